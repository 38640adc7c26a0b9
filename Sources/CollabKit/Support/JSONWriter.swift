/// Writes compact JSON with members in the order given, so output shapes stay stable.
public final class JSONWriter {
    public private(set) var output = ""
    private var needsComma = [false]

    public init() {}

    public func object(_ body: () -> Void) {
        separate()
        output += "{"
        needsComma.append(false)
        body()
        needsComma.removeLast()
        output += "}"
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
        separate()
        output += "["
        needsComma.append(false)
        for item in items { body(item) }
        needsComma.removeLast()
        output += "]"
    }

    /// An array whose elements `body` writes one by one.
    public func array(_ body: () -> Void) {
        separate()
        output += "["
        needsComma.append(false)
        body()
        needsComma.removeLast()
        output += "]"
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

    private func appendQuoted(_ text: String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    output += scalar.fourDigitEscape
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
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
