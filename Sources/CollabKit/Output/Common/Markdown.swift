/// Text made safe for a Markdown table cell, shown as written: no HTML, no table breaks, no
/// links (inline, autolinked URLs and e-mail addresses) and nothing GitHub or GitLab turns
/// into a reference: @mentions, #12, GH-12 and commit-like hex strings are put in code spans,
/// where no reference is made. A text of several lines keeps them, as `<br>` in a cell.
enum Markdown {
    static func escapeCell(_ text: String) -> String {
        lines(text).map(escapeLine).joined(separator: "<br>")
    }

    /// The lines of a text (LF, CRLF or CR between them); the line break that ends a block
    /// value (`|`) starts no line of its own.
    static func lines(_ text: String) -> [Substring] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// One line of text escaped for Markdown (control characters shown as `\u{1b}`).
    static func escapeLine(_ line: Substring) -> String {
        var out = ""
        let characters = Array(TerminalText.escape(String(line)))
        var index = 0
        while index < characters.count {
            if let end = referenceEnd(characters, index) {
                out += "`" + String(characters[index..<end]) + "`"
                index = end
                continue
            }
            let character = characters[index]
            index += 1
            switch character {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "#", "~", "@": out += "\\" + String(character)
            case ":" where ["http", "https", "ftp", "mailto", "xmpp"].contains(where: { out.lowercased().hasSuffix($0) }),
                 "." where out.lowercased().hasSuffix("www"):
                out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }

    /// Where a reference GitHub would autolink ends, when one starts at `start`: `@name`,
    /// `#12`, `GH-12`, or a run of 7 to 40 hex digits (a commit).
    static func referenceEnd(_ characters: [Character], _ start: Int) -> Int? {
        if start > 0, isWord(characters[start - 1]) { return nil }
        func run(from index: Int, while accepts: (Character) -> Bool) -> Int {
            var end = index
            while end < characters.count, accepts(characters[end]) { end += 1 }
            return end
        }
        let first = characters[start]
        if first == "@" || first == "#" {
            let end = run(from: start + 1) { first == "@" ? ($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-")) : $0.isASCII && $0.isNumber }
            return end > start + 1 ? end : nil
        }
        if start + 3 < characters.count, String(characters[start..<start + 3]).uppercased() == "GH-" {
            let end = run(from: start + 3) { $0.isASCII && $0.isNumber }
            return end > start + 3 ? end : nil
        }
        let end = run(from: start) { $0.isHexDigit }
        guard (7...40).contains(end - start), end == characters.count || !isWord(characters[end]) else { return nil }
        return end
    }

    private static func isWord(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_")
    }

    static func headerCase(_ header: String) -> String {
        header.prefix(1) + header.dropFirst().lowercased()
    }
}
