/// Writes compact JSON with members in the order given, so output shapes stay stable.
public final class JSONWriter {
    public private(set) var output = ""
    private var needsComma = [false]

    public init() {}

    public func object(_ body: () -> Void) {
        container("{", "}", body)
    }

    public func member(_ key: String, _ value: () -> Void) {
        separate()
        appendQuoted(key)
        output += ":"
        needsComma.append(false)
        value()
        needsComma.removeLast()
    }

    public func array<C: Collection>(_ items: C, _ body: (C.Element) -> Void) {
        container("[", "]") { for item in items { body(item) } }
    }

    /// An array whose elements `body` writes one by one.
    public func array(_ body: () -> Void) {
        container("[", "]", body)
    }

    private func container(_ open: String, _ close: String, _ body: () -> Void) {
        separate()
        output += open
        needsComma.append(false)
        body()
        needsComma.removeLast()
        output += close
    }

    public func boolean(_ value: Bool) {
        separate()
        output += value ? "true" : "false"
    }

    public func string(_ value: String) {
        separate()
        appendQuoted(value)
    }

    public func optionalString(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    public func number(_ value: Int) {
        separate()
        output += String(value)
    }

    public func null() {
        separate()
        output += "null"
    }

    private func separate() {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
    }

    /// `text` as a JSON string: `"` `\\` and control characters escaped (\n \r \t by name),
    /// and U+2028 and U+2029, which JavaScript takes for line ends. The text between escapes
    /// is appended in runs, not character by character.
    private func appendQuoted(_ text: String) {
        output += "\""
        let bytes = text.utf8
        var run = bytes.startIndex, index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            var escape: String?
            var next = bytes.index(after: index)
            switch byte {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case ..<0x20: escape = Unicode.Scalar(byte).fourDigitEscape
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                let second = next, third = second == bytes.endIndex ? second : bytes.index(after: second)
                if third != bytes.endIndex, bytes[second] == 0x80, bytes[third] == 0xA8 || bytes[third] == 0xA9 {
                    escape = bytes[third] == 0xA8 ? "\\u2028" : "\\u2029"
                    next = bytes.index(after: third)
                }
            default: break
            }
            if let escape {
                output += text[run..<index]
                output += escape
                run = next
            }
            index = next
        }
        output += text[run..<bytes.endIndex]
        output += "\""
    }
}

extension Unicode.Scalar {
    /// `\u001b`: the escape JSON and YAML's double-quoted scalars share for a BMP character.
    var fourDigitEscape: String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
