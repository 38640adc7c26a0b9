/// Changes one scalar, or inserts one key, by splicing the file's bytes: everything else —
/// comments, key order, quoting of other values, blank lines, LF or CRLF — stays byte for byte.
public enum ScalarEdit {
    public enum EditError: Error, Equatable, CustomStringConvertible, Failure {
        case notParsable(SyntaxError)
        case notAMapping(path: String)
        case notAScalar(path: String)

        public var message: Message {
            switch self {
            case .notParsable(let error):
                return Message(en: "the file does not parse: \(error.message.text(.en))", zh: "文件无法解析：\(error.message.text(.zh))")
            case .notAMapping(let path): return Message(en: "'\(path)' is not a mapping of 'key: value' lines", zh: "「\(path)」不是由「键: 值」行组成的映射")
            case .notAScalar(let path): return Message(en: "'\(path)' is not a single value", zh: "「\(path)」不是单个的值")
            }
        }

        public var description: String { message.text(.en) }
    }

    /// `bytes` with the value at `path` (keys from the root mapping down) set to `value`. An
    /// existing value keeps its quoting style where it can; a missing key is inserted after
    /// the last entry of its mapping (missing mappings on the way are inserted too).
    public static func setting(_ path: [String], to value: String, in bytes: [UInt8]) throws(EditError) -> [UInt8] {
        let document: YAMLDocument
        do { document = try YAMLParser.parse(bytes) } catch { throw .notParsable(error) }
        let lineEnd: [UInt8] = bytes.firstIndex(of: 0x0A).map { $0 > 0 && bytes[$0 - 1] == 0x0D } ?? false ? [0x0D, 0x0A] : [0x0A]
        var mapping: Mapping?
        if let root = document.root, !root.isNull {
            guard case .mapping(let top) = root, !top.isFlow else { throw .notAMapping(path: "") }
            mapping = top
        }
        for (depth, key) in path.enumerated() {
            let shown = path[...depth].joined(separator: ".")
            guard let current = mapping, let entry = current.first(key) else {
                return insert(Array(path[depth...]), value, into: mapping, bytes, lineEnd)
            }
            if depth == path.count - 1 {
                guard case .scalar(let scalar) = entry.value else { throw .notAScalar(path: shown) }
                let rendered = Array(ScalarRenderer.render(value, preferring: scalar.style).utf8)
                var result = bytes
                let replacement = scalar.isNull ? [UInt8(ascii: " ")] + rendered : rendered
                result.replaceSubrange(scalar.range.start.offset..<scalar.range.end.offset, with: replacement)
                return result
            }
            if entry.value.isNull {
                return insert(Array(path[(depth + 1)...]), value, under: entry, bytes, lineEnd, indent: current.indent + 2)
            }
            guard case .mapping(let next) = entry.value, !next.isFlow else { throw .notAMapping(path: shown) }
            mapping = next
        }
        return bytes
    }

    /// Inserts `keys` (nested) with `value` after the last entry of `mapping`, or at the end
    /// of the file when there is no mapping yet.
    private static func insert(_ keys: [String], _ value: String, into mapping: Mapping?, _ bytes: [UInt8], _ lineEnd: [UInt8]) -> [UInt8] {
        guard let mapping, !mapping.entries.isEmpty else {
            var result = bytes
            if let last = result.last, last != 0x0A { result += lineEnd }
            return result + lines(keys, value, indent: 0, lineEnd)
        }
        return splice(lines(keys, value, indent: mapping.indent, lineEnd), afterLineOf: mapping.range.end.offset, bytes, lineEnd)
    }

    /// Fills an empty `key:` whose value is a mapping still to be written.
    private static func insert(_ keys: [String], _ value: String, under entry: MappingEntry, _ bytes: [UInt8],
                               _ lineEnd: [UInt8], indent: Int) -> [UInt8] {
        splice(lines(keys, value, indent: indent, lineEnd), afterLineOf: entry.key.range.end.offset, bytes, lineEnd)
    }

    private static func splice(_ text: [UInt8], afterLineOf offset: Int, _ bytes: [UInt8], _ lineEnd: [UInt8]) -> [UInt8] {
        var result = bytes
        if let newline = bytes[offset...].firstIndex(of: 0x0A) {
            result.insert(contentsOf: text, at: newline + 1)
        } else {
            result += lineEnd + text
        }
        return result
    }

    private static func lines(_ keys: [String], _ value: String, indent: Int, _ lineEnd: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        for (depth, key) in keys.enumerated() {
            out += Array(String(repeating: " ", count: indent + 2 * depth).utf8) + Array(key.utf8) + [UInt8(ascii: ":")]
            out += depth == keys.count - 1 ? [UInt8(ascii: " ")] + Array(ScalarRenderer.render(value).utf8) + lineEnd : lineEnd
        }
        return out
    }
}

extension Mapping {
    /// The column (0-based) its keys stand at.
    var indent: Int { (entries.first?.key.range.start.column ?? 1) - 1 }
}
