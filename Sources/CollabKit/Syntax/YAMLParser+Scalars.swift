extension YAMLParser {
    /// A value that starts at `offset` and, but for a literal block, ends on this line.
    /// Leaves `index` at the line after it.
    mutating func parseInlineValue(_ lineIndex: Int, _ offset: Int, parentIndent: Int) throws(SyntaxError) -> Node {
        let end = lines[lineIndex].end
        index = lineIndex + 1
        switch text[offset] {
        case Byte.quote, Byte.apostrophe:
            let scalar = try parseQuoted(lineIndex, offset)
            try checkLineEnd(lineIndex, scalar.range.end.offset, .textAfterClosingQuote)
            return .scalar(scalar)
        case Byte.openBracket:
            return try parseFlowSequence(lineIndex, offset)
        case Byte.openBrace:
            return try parseFlowMapping(lineIndex, offset)
        case Byte.pipe:
            return try parseLiteral(lineIndex, offset, parentIndent: parentIndent)
        case UInt8(ascii: ">"):
            throw unsupported(.folded, lineIndex, offset)
        default:
            try checkPlainStart(lineIndex, offset, end, flow: false)
            return .scalar(try parsePlain(lineIndex, offset, parentIndent: parentIndent))
        }
    }

    /// Rejects what cannot start a plain scalar, saying what to write instead.
    func checkPlainStart(_ lineIndex: Int, _ offset: Int, _ end: Int, flow: Bool) throws(SyntaxError) {
        let byte = text[offset]
        let next: UInt8? = offset + 1 < end ? text[offset + 1] : nil
        let endsHere = next.map { isBlank($0) || (flow && isFlowIndicator($0)) } ?? true
        switch byte {
        case UInt8(ascii: "&"):
            throw unsupported(.anchor, lineIndex, offset)
        case UInt8(ascii: "*"):
            throw unsupported(.alias, lineIndex, offset)
        case UInt8(ascii: "!"):
            throw unsupported(.tag, lineIndex, offset)
        case Byte.openBracket:
            throw unsupported(.flowListAsKeyOrPrefix, lineIndex, offset)
        case Byte.openBrace:
            throw unsupported(.flowMapping, lineIndex, offset)
        case Byte.closeBracket, Byte.closeBrace, Byte.comma, Byte.percent, UInt8(ascii: "@"), UInt8(ascii: "`"),
             Byte.pipe, UInt8(ascii: ">"), Byte.quote, Byte.apostrophe, Byte.hash:
            throw syntax(.plainStart(String(Character(Unicode.Scalar(byte)))), lineIndex, offset)
        case Byte.dash where endsHere:
            throw syntax(.listStartsHere, lineIndex, offset)
        case Byte.question where endsHere:
            throw unsupported(.complexKey, lineIndex, offset)
        case Byte.colon where endsHere:
            throw syntax(.keyMissing, lineIndex, offset)
        default:
            return
        }
    }

    func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == Byte.comma || byte == Byte.openBracket || byte == Byte.closeBracket
            || byte == Byte.openBrace || byte == Byte.closeBrace
    }

    /// A one-line plain scalar in block context; a continuation on the next line is refused.
    mutating func parsePlain(_ lineIndex: Int, _ start: Int, parentIndent: Int) throws(SyntaxError) -> Scalar {
        let line = lines[lineIndex]
        var stop = start
        while true {
            stop = text.withUnsafeBufferPointer { ByteScan.first(Byte.hash, Byte.colon, in: $0, stop, line.end) }
            if stop == line.end { break }
            if text[stop] == Byte.hash {
                if isBlank(text[stop - 1]) {
                    if stop + 1 < line.end && !isBlank(text[stop + 1]) { noteCut(lineIndex, start, stop) }
                    break
                }
            } else if stop + 1 == line.end || isBlank(text[stop + 1]) {
                throw syntax(.colonInValue, lineIndex, stop)
            }
            stop += 1
        }
        let end = trimEnd(start, stop)
        try checkNoContinuation(lineIndex, start, end, parentIndent: parentIndent)
        return Scalar(text: string(start, end), style: .plain, range: range(lineIndex, start, end))
    }

    /// Notes a plain value cut at the `#` at `hash`, for the `comment-in-value` warning.
    mutating func noteCut(_ lineIndex: Int, _ start: Int, _ hash: Int) {
        let end = lines[lineIndex].end
        cutValues.append(CutValue(value: string(start, trimEnd(start, hash)), comment: string(hash, trimEnd(hash, end)),
                                  location: location(lineIndex, hash)))
    }

    /// YAML would read a more indented line after a plain scalar as its continuation.
    func checkNoContinuation(_ lineIndex: Int, _ start: Int, _ end: Int, parentIndent: Int) throws(SyntaxError) {
        var next = lineIndex + 1
        while next < lines.count {
            let line = lines[next]
            let first = skipSpace(line.start, line.end)
            if first == line.end { next += 1; continue }
            if text[first] == Byte.hash || isMarker(line, Byte.dash) || isMarker(line, Byte.dot) { return }
            try checkNoTab(next)
            if line.indent <= parentIndent && text[line.contentStart] != Byte.tab { return }
            if let wide = find(YAMLParser.fullWidthColon, start, end) {
                throw syntax(.fullWidthColon, lineIndex, wide)
            }
            let looksLikeKey = ((try? mappingColon(next, first)) ?? nil) != nil
            if looksLikeKey {
                throw syntax(.unexpectedText, next, first)
            }
            throw unsupported(.plainContinuation, next, first)
        }
    }

    /// Text after a value must be a comment.
    func checkLineEnd(_ lineIndex: Int, _ offset: Int, _ message: Message) throws(SyntaxError) {
        let line = lines[lineIndex]
        let rest = skipSpace(offset, line.end)
        if rest == line.end { return }
        if text[rest] == Byte.hash && rest > offset { return }
        throw syntax(message, lineIndex, rest)
    }
}
