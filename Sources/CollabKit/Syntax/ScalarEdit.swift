/// Changes the value of one top-level key by splicing the file's bytes: everything else —
/// comments, order, quoting of other values, blank lines, line ends — stays byte for byte.
public enum ScalarEdit {
    public enum Failure: Error, Equatable {
        case notParsable(SyntaxError)
        case notAMapping
        case notAScalar(key: String)
    }

    /// `bytes` with `key` set to `value` (rendered by `ScalarRenderer`); a missing key is
    /// appended at the end of the file.
    public static func setting(_ key: String, to value: String, in bytes: [UInt8]) throws(Failure) -> [UInt8] {
        let document: YAMLDocument
        do { document = try YAMLParser.parse(bytes) } catch { throw .notParsable(error) }
        let rendered = Array(ScalarRenderer.render(value).utf8)
        guard let root = document.root, !root.isNull else { return append(key, rendered, to: bytes) }
        guard case .mapping(let mapping) = root else { throw .notAMapping }
        guard let entry = mapping.first(key) else { return append(key, rendered, to: bytes) }
        guard case .scalar(let scalar) = entry.value, scalar.style != .literal else { throw .notAScalar(key: key) }
        let range = scalar.range.start.offset..<scalar.range.end.offset
        let replacement = scalar.isNull ? [UInt8(ascii: " ")] + rendered : rendered
        var result = bytes
        result.replaceSubrange(range, with: replacement)
        return result
    }

    private static func append(_ key: String, _ rendered: [UInt8], to bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        let lineEnd: [UInt8] = bytes.contains(0x0D) ? [0x0D, 0x0A] : [0x0A]
        if let last = result.last, last != 0x0A { result += lineEnd }
        result += Array(key.utf8) + [UInt8(ascii: ":"), UInt8(ascii: " ")] + rendered + lineEnd
        return result
    }
}
