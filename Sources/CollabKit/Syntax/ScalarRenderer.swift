/// Writes a text value as YAML that every YAML 1.2 parser reads back as the same string:
/// plain where that is safe, double-quoted with escapes otherwise.
public enum ScalarRenderer {
    public static func render(_ text: String) -> String {
        isPlainSafe(text) ? text : doubleQuoted(text)
    }

    /// Like `render`, but keeping a value's quotes where the new text allows them.
    public static func render(_ text: String, preferring style: ScalarStyle) -> String {
        switch style {
        case .singleQuoted where canSingleQuote(text): return singleQuoted(text)
        case .doubleQuoted: return doubleQuoted(text)
        default: return render(text)
        }
    }

    static func canSingleQuote(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value < 0x20 || TerminalText.isControl($0) || $0.value == 0xFEFF }
    }

    public static func singleQuoted(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    public static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if first == " " || last == " " || last == ":" { return false }
        if text.contains(": ") || text.contains(" #") || text.hasPrefix("---") || text.hasPrefix("...") { return false }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || TerminalText.isControl($0) || $0.value == 0xFEFF }) { return false }
        return !looksLikeNonString(text)
    }

    /// Values YAML 1.2's core schema (or YAML 1.1 parsers such as PyYAML) read as null,
    /// booleans or numbers.
    static func looksLikeNonString(_ text: String) -> Bool {
        let lowered = text.lowercased()
        let words: Set<String> = ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", ".nan", ".inf", "-.inf", "+.inf"]
        if words.contains(lowered) { return true }
        let digits = text.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        let numeric = text.unicodeScalars.allSatisfy { "0123456789+-._eExXoOabcdefABCDEF:".unicodeScalars.contains($0) }
        return digits > 0 && numeric && !CalendarDate.hasDateShape(text)
    }

    public static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{1b}": out += "\\e"
            default:
                if scalar.value < 0x20 || TerminalText.isControl(scalar) || scalar.value == 0xFEFF {
                    out += scalar.fourDigitEscape
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
