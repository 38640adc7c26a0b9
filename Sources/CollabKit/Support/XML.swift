/// Text made safe for XML 1.0 (and so for HTML) content and attribute values: markup
/// characters become entities, line breaks in attributes character references, and
/// characters XML cannot hold at all (most C0 and C1 controls) are shown as `\u{1b}`.
enum XML {
    static func escape(_ text: String, attribute: Bool = true) -> String {
        if needsNoEscape(text, attribute: attribute) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "'" where attribute: out += "&apos;"
            case "\n": out += attribute ? "&#10;" : "\n"
            case "\t": out += attribute ? "&#9;" : "\t"
            default:
                if TerminalText.isControl(scalar) || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Whether `text` comes out of `escape` as it is, told from its UTF-8 bytes without
    /// decoding: no markup character, no line break or tab in an attribute, and no lead bytes
    /// of a character `escape` changes (C0 and C1 controls, U+2028–U+202E, U+2066–U+2069,
    /// U+FFFE, U+FFFF); unsure is false.
    private static func needsNoEscape(_ text: String, attribute: Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x26, 0x3C, 0x3E, 0x7F: return false  // & < >, DEL
                case 0x22, 0x27: if attribute { return false }  // " '
                case 0x0A, 0x09: if attribute { return false }
                case ..<0x20: return false
                case 0xC2: if index + 1 < bytes.count && bytes[index + 1] < 0xA0 { return false }  // U+0080–U+009F
                case 0xE2: if index + 1 < bytes.count && (bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81) { return false }
                case 0xEF: if index + 1 < bytes.count && bytes[index + 1] == 0xBF { return false }  // U+FFC0–U+FFFF
                default: break
                }
                index += 1
            }
            return true
        } ?? false
    }
}
