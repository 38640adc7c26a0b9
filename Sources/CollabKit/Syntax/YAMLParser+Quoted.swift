extension YAMLParser {
    /// A single- or double-quoted scalar that must close on its own line.
    func parseQuoted(_ lineIndex: Int, _ open: Int) throws(SyntaxError) -> Scalar {
        let quote = text[open]
        let end = lines[lineIndex].end
        guard let close = closingQuote(quote, open, end) else {
            throw unclosedQuote(lineIndex, open)
        }
        let value: String
        let style: ScalarStyle
        if quote == Byte.apostrophe {
            style = .singleQuoted
            value = unquoteSingle(open + 1, close)
        } else {
            style = .doubleQuoted
            value = try unescape(lineIndex, open + 1, close)
        }
        return Scalar(text: value, style: style, range: range(lineIndex, open, close + 1))
    }

    /// The inside of a single-quoted scalar, where `''` stands for `'`.
    private func unquoteSingle(_ start: Int, _ end: Int) -> String {
        guard find([Byte.apostrophe], start, end) != nil else { return string(start, end) }
        var bytes: [UInt8] = []
        var i = start
        while i < end {
            bytes.append(text[i])
            i += text[i] == Byte.apostrophe ? 2 : 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func unclosedQuote(_ lineIndex: Int, _ open: Int) -> SyntaxError {
        let quote = text[open]
        let lineEnd = lines[lineIndex].end
        if quote == Byte.quote && lineEnd > open + 1 && text[lineEnd - 1] == Byte.backslash {
            return unsupported(.quotedContinuation, lineIndex, lineEnd - 1)
        }
        var i = lineEnd
        while i < text.count {
            if text[i] == Byte.backslash && quote == Byte.quote { i += 2; continue }
            if text[i] == quote {
                return unsupported(.quotedMustEnd, lineIndex, open)
            }
            i += 1
        }
        return syntax(.unclosedQuote(quote == Byte.quote ? "\"" : "'"), lineIndex, open)
    }

    /// Resolves the escapes of a double-quoted scalar's inside.
    func unescape(_ lineIndex: Int, _ start: Int, _ end: Int) throws(SyntaxError) -> String {
        var i = start
        var plainRun = start
        var hasEscape = false
        while i < end { if text[i] == Byte.backslash { hasEscape = true; break }; i += 1 }
        if !hasEscape { return string(start, end) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - start)
        i = start
        plainRun = start
        while i < end {
            guard text[i] == Byte.backslash else { i += 1; continue }
            bytes.append(contentsOf: text[plainRun..<i])
            let code = text[i + 1]
            var length = 2
            switch code {
            case UInt8(ascii: "0"): bytes.append(0)
            case UInt8(ascii: "a"): bytes.append(0x07)
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "t"), Byte.tab: bytes.append(0x09)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "v"): bytes.append(0x0B)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "e"): bytes.append(0x1B)
            case Byte.space, Byte.quote, UInt8(ascii: "/"), Byte.backslash: bytes.append(code)
            case UInt8(ascii: "N"): bytes.append(contentsOf: [0xC2, 0x85])
            case UInt8(ascii: "_"): bytes.append(contentsOf: [0xC2, 0xA0])
            case UInt8(ascii: "L"): bytes.append(contentsOf: [0xE2, 0x80, 0xA8])
            case UInt8(ascii: "P"): bytes.append(contentsOf: [0xE2, 0x80, 0xA9])
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let digits = code == UInt8(ascii: "x") ? 2 : (code == UInt8(ascii: "u") ? 4 : 8)
                guard let scalar = hexScalar(i + 2, digits, end) else {
                    throw syntax(.badHexEscape(String(Character(Unicode.Scalar(code))), digits), lineIndex, i)
                }
                bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
                length = 2 + digits
            default:
                throw syntax(.badEscape(String(decoding: [code], as: UTF8.self)), lineIndex, i)
            }
            i += length
            plainRun = i
        }
        bytes.append(contentsOf: text[plainRun..<end])
        return String(decoding: bytes, as: UTF8.self)
    }

    private func hexScalar(_ start: Int, _ digits: Int, _ end: Int) -> Unicode.Scalar? {
        guard start + digits <= end else { return nil }
        var value: UInt32 = 0
        for k in start..<(start + digits) {
            guard let digit = hexValue(text[k]) else { return nil }
            value = value << 4 | digit
        }
        return Unicode.Scalar(value)
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
