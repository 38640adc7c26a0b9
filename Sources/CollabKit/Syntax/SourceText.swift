/// The bytes of a file split into lines, after checking that they are text YAML may hold:
/// valid UTF-8, no control characters, LF or CRLF line ends. Offsets stay those of the
/// original bytes (a BOM included), so edits can splice the file.
struct SourceText {
    struct Line {
        /// First byte of the line (after the BOM on line 1).
        var start: Int
        /// One past the last byte before the line break (CR excluded).
        var end: Int
        /// Leading spaces.
        var indent: Int
        /// The first byte of a multi-byte character on the line (`end` when there is none):
        /// up to there a column is a byte count.
        var asciiEnd: Int

        var contentStart: Int { start + indent }
    }

    let bytes: [UInt8]
    private(set) var lines: [Line] = []

    init(_ bytes: [UInt8]) throws(SyntaxError) {
        self.bytes = bytes
        try split()
    }

    /// Line and column of a byte offset on a known line.
    func location(line index: Int, offset: Int) -> SourceLocation {
        let line = lines[index]
        if offset <= line.asciiEnd {
            return SourceLocation(offset: offset, line: index + 1, column: offset - line.start + 1)
        }
        let stop = min(offset, line.end)
        var column = line.asciiEnd - line.start + 1
        column += bytes.withUnsafeBufferPointer { ByteScan.characters($0, line.asciiEnd, stop) }
        column += max(0, offset - max(stop, line.start))
        return SourceLocation(offset: offset, line: index + 1, column: column)
    }

    /// Line and column of any byte offset.
    func location(offset: Int) -> SourceLocation {
        guard !lines.isEmpty else { return SourceLocation(offset: offset, line: 1, column: 1) }
        var low = 0
        var high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].start <= offset { low = mid } else { high = mid - 1 }
        }
        return location(line: low, offset: offset)
    }

    private mutating func split() throws(SyntaxError) {
        lines = try bytes.withUnsafeBufferPointer { buffer throws(SyntaxError) in try Self.split(buffer) }
    }

    /// The lines of `bytes`, checking on the way that every character is one YAML may hold.
    /// On the hot path of every command: plain ASCII and the common multi-byte characters
    /// (CJK, full-width punctuation) are taken without decoding them.
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> [Line] {
        let count = bytes.count
        var lines: [Line] = []
        var i = 0
        if count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw SyntaxError(.encoding, .utf16, at: .start)
        }
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        var lineStart = i
        var lineNumber = 1
        var counting = true
        var indent = 0
        var asciiEnd = -1
        lines.reserveCapacity(count / 24 + 1)
        func fail(_ kind: SyntaxError.Kind, _ message: Message, at offset: Int) -> SyntaxError {
            var column = 1
            for k in lineStart..<offset where bytes[k] & 0xC0 != 0x80 { column += 1 }
            return SyntaxError(kind, message, at: SourceLocation(offset: offset, line: lineNumber, column: column))
        }
        while i < count {
            let byte = bytes[i]
            if byte == 0x20 {
                if counting { indent += 1 }
                i += 1
                continue
            }
            counting = false
            if byte == 0x0A {
                let end = (i > lineStart && bytes[i - 1] == 0x0D) ? i - 1 : i
                lines.append(Line(start: lineStart, end: end, indent: min(indent, end - lineStart),
                                  asciiEnd: asciiEnd < 0 ? end : min(asciiEnd, end)))
                i += 1
                lineStart = i
                lineNumber += 1
                counting = true
                indent = 0
                asciiEnd = -1
                continue
            }
            if byte < 0x80 {
                if byte < 0x20 || byte == 0x7F {
                    if byte == 0x0D {
                        if i + 1 < count && bytes[i + 1] == 0x0A { i += 1; continue }
                        throw fail(.unsupported, .bareCarriageReturn, at: i)
                    }
                    if byte != 0x09 {
                        throw fail(.syntax, .controlCharacter(hex(UInt32(byte))), at: i)
                    }
                }
                i += 1
                continue
            }
            if asciiEnd < 0 { asciiEnd = i }
            if let length = commonSequence(bytes, at: i) {
                i += length
                continue
            }
            let (scalar, length) = decode(bytes, at: i)
            guard let value = scalar else {
                throw fail(.encoding, .invalidUTF8(String(byte, radix: 16, uppercase: true)), at: i)
            }
            if (value >= 0x80 && value <= 0x9F && value != 0x85) || value == 0xFFFE || value == 0xFFFF {
                throw fail(.syntax, .characterNotAllowed(hex(value)), at: i)
            }
            if value == 0x85 || value == 0x2028 || value == 0x2029 {
                // YAML 1.2 reads these as text, YAML 1.1 readers (PyYAML) as line breaks: the
                // same file would mean two things.
                throw fail(.syntax, .ambiguousLineBreak(hex(value)),
                           at: i)
            }
            i += length
        }
        if lineStart < count {
            lines.append(Line(start: lineStart, end: count, indent: min(indent, count - lineStart),
                              asciiEnd: asciiEnd < 0 ? count : asciiEnd))
        }
        return lines
    }

    /// The length of a well-formed two- or three-byte sequence that is none of the characters
    /// YAML or collab refuse (C1 controls, U+2028, U+2029, U+FFFE, U+FFFF) — Latin, CJK and
    /// full-width punctuation; nil for anything else, which `decode` then looks at closely.
    @inline(__always)
    private static func commonSequence(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let lead = bytes[i]
        if lead >= 0xE1 && lead <= 0xEF && lead != 0xED && i + 2 < bytes.count {
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return nil }
            if lead == 0xE2 && b1 == 0x80 && (b2 == 0xA8 || b2 == 0xA9) { return nil }
            if lead == 0xEF && b1 == 0xBF && b2 >= 0xBE { return nil }
            return 3
        }
        if lead >= 0xC3 && lead <= 0xDF && i + 1 < bytes.count && bytes[i + 1] & 0xC0 == 0x80 { return 2 }
        return nil
    }

    /// Decodes one multi-byte UTF-8 sequence; nil when it is malformed, overlong or a surrogate.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32?, Int) {
        let lead = bytes[i]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return (nil, 1)
        }
        guard i + length <= bytes.count else { return (nil, 1) }
        for k in 1..<length {
            let next = bytes[i + k]
            guard next & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : (length == 3 ? 0x800 : 0x10000)
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return (nil, 1) }
        return (value, length)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
