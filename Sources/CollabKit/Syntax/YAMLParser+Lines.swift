/// Byte values the parser compares against.
enum Byte {
    static let tab: UInt8 = 0x09
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let percent: UInt8 = 0x25
    static let apostrophe: UInt8 = 0x27
    static let comma: UInt8 = 0x2C
    static let dash: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let colon: UInt8 = 0x3A
    static let less: UInt8 = 0x3C
    static let equals: UInt8 = 0x3D
    static let greater: UInt8 = 0x3E
    static let question: UInt8 = 0x3F
    static let openBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D
    static let openBrace: UInt8 = 0x7B
    static let pipe: UInt8 = 0x7C
    static let closeBrace: UInt8 = 0x7D
}

extension YAMLParser {
    /// Skips blank and comment lines from `index`; the first line with content, if any.
    mutating func nextContentLine() -> Int? {
        while index < lines.count {
            let line = lines[index]
            var i = line.start + line.indent
            while i < line.end && (text[i] == Byte.space || text[i] == Byte.tab) { i += 1 }
            if i < line.end && text[i] != Byte.hash { return index }
            index += 1
        }
        return nil
    }

    /// Whether the line is a document marker (`---` or `...` at column 1, then a space or the end).
    @inline(__always)
    func isMarker(_ line: SourceText.Line, _ byte: UInt8) -> Bool {
        let s = line.start
        guard line.indent == 0, s + 3 <= line.end,
              text[s] == byte, text[s + 1] == byte, text[s + 2] == byte else { return false }
        return s + 3 == line.end || isBlank(text[s + 3])
    }

    /// Whether a `-` list indicator starts at `offset`.
    func isSequenceEntry(_ offset: Int, _ end: Int) -> Bool {
        offset < end && text[offset] == Byte.dash && (offset + 1 == end || isBlank(text[offset + 1]))
    }

    func isBlank(_ byte: UInt8) -> Bool { byte == Byte.space || byte == Byte.tab }

    func skipSpace(_ from: Int, _ end: Int) -> Int {
        var i = from
        while i < end && isBlank(text[i]) { i += 1 }
        return i
    }

    /// The end of the text before trailing spaces and tabs.
    func trimEnd(_ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start && isBlank(text[e - 1]) { e -= 1 }
        return e
    }

    /// Indentation is ASCII spaces: a tab, or the full-width space (U+3000) a Chinese input
    /// method types, where the content should start is an error named as such.
    @inline(__always)
    func checkNoTab(_ lineIndex: Int) throws(SyntaxError) {
        let line = lines[lineIndex]
        let start = line.contentStart
        guard start < line.end, text[start] == Byte.tab || text[start] == 0xE3 else { return }
        try indentationError(lineIndex, start)
    }

    private func indentationError(_ lineIndex: Int, _ start: Int) throws(SyntaxError) {
        let end = lines[lineIndex].end
        if text[start] == Byte.tab {
            throw syntax(.tabIndentation, lineIndex, start)
        }
        if start + 2 < end && text[start + 1] == 0x80 && text[start + 2] == 0x80 {
            throw syntax(.fullWidthSpaceIndentation, lineIndex, start)
        }
    }

    func location(_ lineIndex: Int, _ offset: Int) -> SourceLocation {
        source.location(line: lineIndex, offset: offset)
    }

    func range(_ lineIndex: Int, _ start: Int, _ end: Int) -> SourceRange {
        let first = location(lineIndex, start)
        if end <= lines[lineIndex].asciiEnd { return SourceRange(start: first, end: location(lineIndex, end)) }
        // The end's column counts on from the start's: the line's prefix is not counted twice.
        let column = first.column + text.withUnsafeBufferPointer { ByteScan.characters($0, start, end) }
        return SourceRange(start: first, end: SourceLocation(offset: end, line: lineIndex + 1, column: column))
    }

    func string(_ start: Int, _ end: Int) -> String {
        text.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        }
    }

    @inline(never)
    func syntax(_ message: Message, _ lineIndex: Int, _ offset: Int) -> SyntaxError {
        SyntaxError(.syntax, message, at: location(lineIndex, offset))
    }

    @inline(never)
    func unsupported(_ message: Message, _ lineIndex: Int, _ offset: Int) -> SyntaxError {
        SyntaxError(.unsupported, message, at: location(lineIndex, offset))
    }

    /// Where the first UTF-8 sequence of `needle` occurs in [start, end).
    func find(_ needle: [UInt8], _ start: Int, _ end: Int) -> Int? {
        guard !needle.isEmpty, end - start >= needle.count else { return nil }
        var i = start
        while i + needle.count <= end {
            if text[i] == needle[0] {
                var k = 1
                while k < needle.count && text[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
