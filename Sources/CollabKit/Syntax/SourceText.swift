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
        var column = 1
        var i = line.start
        let stop = min(offset, line.end)
        while i < stop {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
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
        let count = bytes.count
        var i = 0
        if count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw SyntaxError(.encoding, "the file is UTF-16; save it as UTF-8", at: .start)
        }
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        var lineStart = i
        var lineNumber = 1
        var counting = true
        var indent = 0
        lines.reserveCapacity(count / 24 + 1)
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
                lines.append(Line(start: lineStart, end: end, indent: min(indent, end - lineStart)))
                i += 1
                lineStart = i
                lineNumber += 1
                counting = true
                indent = 0
                continue
            }
            if byte < 0x80 {
                if byte == 0x0D {
                    if i + 1 < count && bytes[i + 1] == 0x0A { i += 1; continue }
                    throw error(.unsupported, "a carriage return without a line feed; use LF or CRLF line ends", lineStart, i, lineNumber)
                }
                if (byte < 0x20 && byte != 0x09) || byte == 0x7F {
                    throw error(.syntax, "control character \(hex(UInt32(byte))) is not allowed in YAML; write it as an escape in a double-quoted value", lineStart, i, lineNumber)
                }
                i += 1
                continue
            }
            let (scalar, length) = decode(at: i)
            guard let value = scalar else {
                throw error(.encoding, "invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true)); save the file as UTF-8", lineStart, i, lineNumber)
            }
            if (value >= 0x80 && value <= 0x9F && value != 0x85) || value == 0xFFFE || value == 0xFFFF {
                throw error(.syntax, "character \(hex(value)) is not allowed in YAML", lineStart, i, lineNumber)
            }
            if value == 0x85 || value == 0x2028 || value == 0x2029 {
                // YAML 1.2 reads these as text, YAML 1.1 readers (PyYAML) as line breaks: the
                // same file would mean two things.
                throw error(.syntax, "character \(hex(value)) is a line break to some YAML readers and text to others; remove it, or write it as an escape (\\N, \\L, \\P) in a double-quoted value",
                            lineStart, i, lineNumber)
            }
            i += length
        }
        if lineStart < count {
            lines.append(Line(start: lineStart, end: count, indent: min(indent, count - lineStart)))
        }
    }

    /// Decodes one multi-byte UTF-8 sequence; nil when it is malformed, overlong or a surrogate.
    private func decode(at i: Int) -> (UInt32?, Int) {
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

    private func error(_ kind: SyntaxError.Kind, _ message: String, _ lineStart: Int, _ offset: Int, _ line: Int) -> SyntaxError {
        var column = 1
        for k in lineStart..<offset where bytes[k] & 0xC0 != 0x80 { column += 1 }
        return SyntaxError(kind, message, at: SourceLocation(offset: offset, line: line, column: column))
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
