/// Makes record text safe to print: control characters (ESC, CR, BEL, C1 controls…) are
/// shown as `\u{1b}` so a record cannot move the cursor, clear the screen or set a title.
public enum TerminalText {
    public static func escape(_ text: String) -> String {
        guard mayHoldControl(text), text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether any byte could start a control character: below space (but tab), DEL, or the
    /// lead bytes of C1 controls (0xC2) and of the line and direction marks (0xE2). Most text
    /// has none, and is passed on without decoding it.
    private static func mayHoldControl(_ text: String) -> Bool {
        text.utf8.contains { byte in (byte < 0x20 && byte != 0x09) || byte == 0x7F || byte == 0xC2 || byte == 0xE2 }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09) || (0x7F...0x9F).contains(value)
            || value == 0x2028 || value == 0x2029 || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
}
