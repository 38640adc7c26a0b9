/// Record text made to show as written inside a chat robot's Markdown message (DingTalk's):
/// no link, image, emphasis, code, heading, quote, list or table of its own. CommonMark's
/// backslash escape before each character that could open one, `<` `>` `&` as entities (no
/// HTML: DingTalk renders `<font>`), and a bare URL's `:` escaped so it is not made a link.
/// An `@` is followed by a word joiner (U+2060, invisible): DingTalk reads `@13800000001` in
/// the text as a mention of that number when it is among the message's, and a renderer
/// reads `name@example.com` as a mail link. What is safe in text stays as it is: dates,
/// numbers, Chinese punctuation.
enum ChatMarkdown {
    /// Byte by byte: a large digest escapes every line several times while it is split into
    /// messages, so this runs for every character of the records.
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var atStart = true, onlyDigits = true
        for scalar in text.unicodeScalars {
            defer { atStart = false; onlyDigits = onlyDigits && ("0"..."9").contains(scalar) }
            switch scalar {
            case "<": out.append(contentsOf: "&lt;".utf8)
            case ">": out.append(contentsOf: "&gt;".utf8)
            case "&": out.append(contentsOf: "&amp;".utf8)
            case "\\", "`", "*", "_", "[", "]", "#", "~", "!", "|": out += [0x5C, UInt8(scalar.value)]
            case "-" where atStart, "+" where atStart, "=" where atStart: out += [0x5C, UInt8(scalar.value)]
            case ":" where ["http", "https", "ftp", "mailto"].contains(where: { endsWith(out, $0) }), "." where endsWith(out, "www"):
                out += [0x5C, UInt8(scalar.value)]
            case "." where !atStart && onlyDigits:
                // "1. " at the start of a line would begin an ordered list.
                out += [0x5C, 0x2E]
            case "@", "＠":
                UTF8.encode(scalar) { out.append($0) }
                out.append(contentsOf: "\u{2060}".utf8)
            case "\n", "\r": out.append(0x20)
            default: UTF8.encode(scalar) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `bytes` end with the ASCII `word`, in any case.
    private static func endsWith(_ bytes: [UInt8], _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return word.withUTF8Buffer { letters in
            zip(bytes.suffix(count), letters).allSatisfy { $0 | 0x20 == $1 }
        }
    }
}
