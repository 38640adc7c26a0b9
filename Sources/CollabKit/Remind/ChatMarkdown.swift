/// Record text made to show as written inside a chat robot's Markdown message (DingTalk's):
/// no link, image, emphasis, code, heading, quote, list or table of its own. CommonMark's
/// backslash escape before each character that could open one, `<` `>` `&` as entities (no
/// HTML: DingTalk renders `<font>`), and a bare URL's `:` escaped so it is not made a link.
/// An `@` is followed by a word joiner (U+2060, invisible): DingTalk reads `@13800000001` in
/// the text as a mention of that number when it is among the message's, and a renderer
/// reads `name@example.com` as a mail link. What is safe in text stays as it is: dates,
/// numbers, Chinese punctuation.
enum ChatMarkdown {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var atStart = true, onlyDigits = true
        for character in text {
            defer { atStart = false; onlyDigits = onlyDigits && character.isASCII && character.isNumber }
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "#", "~", "!", "|": out += "\\" + String(character)
            case "-" where atStart, "+" where atStart, "=" where atStart: out += "\\" + String(character)
            case ":" where ["http", "https", "ftp", "mailto"].contains(where: { out.suffix(6).lowercased().hasSuffix($0) }),
                 "." where out.suffix(3).lowercased() == "www":
                out += "\\" + String(character)
            case "." where !atStart && onlyDigits:
                // "1. " at the start of a line would begin an ordered list.
                out += "\\."
            case "@", "＠": out += String(character) + "\u{2060}"
            case "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
