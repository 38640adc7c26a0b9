extension YAMLParser {
    static let fullWidthColon = Array("：".utf8)
    static let fullWidthComma = Array("，".utf8)

    /// The offset of the `:` that makes the text at `offset` a mapping key, or nil when the
    /// line holds no plain `key:`. Keys the subset does not take throw.
    func mappingColon(_ lineIndex: Int, _ offset: Int) throws(SyntaxError) -> Int? {
        let end = lines[lineIndex].end
        let first = text[offset]
        if first == Byte.quote || first == Byte.apostrophe {
            if let close = closingQuote(first, offset, end) {
                let after = skipSpace(close + 1, end)
                if after < end && text[after] == Byte.colon && (after + 1 == end || isBlank(text[after + 1])) {
                    throw unsupported(.quotedKey, lineIndex, offset)
                }
            }
            return nil
        }
        // A flow list is a value, never a key in the subset: a ': ' inside it (in quotes)
        // belongs to its items.
        if first == Byte.openBracket || first == Byte.openBrace { return nil }
        if first == Byte.question && (offset + 1 == end || isBlank(text[offset + 1])) {
            throw unsupported(.complexKey, lineIndex, offset)
        }
        var i = offset
        while true {
            i = text.withUnsafeBufferPointer { ByteScan.first(Byte.colon, Byte.hash, in: $0, i, end) }
            if i == end { return nil }
            if text[i] == Byte.colon {
                if i + 1 == end || isBlank(text[i + 1]) { return i }
            } else if i > offset && isBlank(text[i - 1]) {
                return nil
            }
            i += 1
        }
    }

    /// The plain key before `colon`, checked like a plain value.
    func plainKey(_ lineIndex: Int, _ start: Int, _ colon: Int) throws(SyntaxError) -> Scalar {
        let end = trimEnd(start, colon)
        if end == start {
            throw unsupported(.keyMissing, lineIndex, start)
        }
        try checkPlainStart(lineIndex, start, end, flow: false)
        let key = string(start, end)
        // A key cannot be quoted, so it must read the same plain in YAML 1.1 readers too.
        if text[start..<end].contains(Byte.tab) || !PlainMeaning.readsBackAsWritten(key) {
            throw unsupported(.keyReadsDifferently(key), lineIndex, start)
        }
        // Nor may it start like a document marker, which it becomes once fmt unindents it.
        if text[start..<end].starts(with: "---".utf8) || text[start..<end].starts(with: "...".utf8) {
            throw unsupported(.keyLikeDocumentMarker(key), lineIndex, start)
        }
        return Scalar(text: key, style: .plain, range: range(lineIndex, start, end))
    }

    /// The index of the quote that closes a one-line quoted scalar opened at `open`.
    func closingQuote(_ quote: UInt8, _ open: Int, _ end: Int) -> Int? {
        var i = open + 1
        while i < end {
            let byte = text[i]
            if quote == Byte.apostrophe && byte == Byte.apostrophe {
                if i + 1 < end && text[i + 1] == Byte.apostrophe { i += 2; continue }
                return i
            }
            if quote == Byte.quote {
                if byte == Byte.backslash { i += 2; continue }
                if byte == Byte.quote { return i }
            }
            i += 1
        }
        return nil
    }

    /// Explains a line where `key: value` was expected but none was found.
    func notAKey(_ lineIndex: Int, _ offset: Int) -> SyntaxError {
        let end = lines[lineIndex].end
        if let wide = find(YAMLParser.fullWidthColon, offset, end) {
            return syntax(.fullWidthColon, lineIndex, wide)
        }
        var i = offset
        while i < end {
            if text[i] == Byte.colon && i + 1 < end && !isBlank(text[i + 1]) {
                return syntax(.spaceAfterColon, lineIndex, i)
            }
            i += 1
        }
        return syntax(.keyExpected, lineIndex, offset)
    }
}
