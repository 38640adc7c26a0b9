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
        !text.unicodeScalars.contains(where: mustEscape)
    }

    /// A character written only as an escape: a control character (a terminal would act on
    /// it), U+FEFF (read as a byte order mark), and U+FFFE and U+FFFF, which YAML does not
    /// allow in a file at all (found by scripts/fuzz: `set` wrote U+FFFF raw).
    static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || TerminalText.isControl(scalar) || scalar.value == 0xFEFF || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// Every check and escape here works on Unicode scalars or bytes, as the parser reads,
    /// never on characters: a combining mark joins the `'`, `，` or space before it into one
    /// character, which would hide it (found by scripts/fuzz).
    public static func singleQuoted(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            if scalar == "'" { out += "''" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "'"
    }

    /// Whether `text` may be written plain in block context: every YAML 1.2 and YAML 1.1
    /// reader gets the same text back (see `PlainMeaning`).
    public static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if first == " " || last == " " || last == ":" { return false }
        let bytes = Array(text.utf8)
        if bytes.contains(Array(": ".utf8)) || bytes.contains(Array(" #".utf8)) || bytes.starts(with: "---".utf8) || bytes.starts(with: "...".utf8) {
            return false
        }
        if text.unicodeScalars.contains(where: mustEscape) { return false }
        return PlainMeaning.readsBackAsWritten(text)
    }

    /// Whether `text` may be written plain inside `[ ]`: also none of the characters that end
    /// a plain value there (PyYAML ends one at `?` too), nor a full-width comma, which collab
    /// reads there as a mistyped separator.
    public static func isFlowSafe(_ text: String) -> Bool {
        isPlainSafe(text) && !text.unicodeScalars.contains { ",[]{}#:?，".unicodeScalars.contains($0) }
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
                if mustEscape(scalar) {
                    out += scalar.fourDigitEscape
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
