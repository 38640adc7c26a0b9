extension YAMLParser {
    /// `[a, "b c", 'd']` on one line: a flow sequence of scalars.
    mutating func parseFlowSequence(_ lineIndex: Int, _ open: Int) throws(SyntaxError) -> Node {
        let end = lines[lineIndex].end
        var items: [Node] = []
        var i = skipSpace(open + 1, end)
        while true {
            guard i < end, !(text[i] == Byte.hash && isBlank(text[i - 1])) else {
                throw unclosedFlow(lineIndex, open)
            }
            if text[i] == Byte.closeBracket { break }
            let item = try parseFlowScalar(lineIndex, i, end)
            items.append(.scalar(item))
            i = skipSpace(item.range.end.offset, end)
            guard i < end else { throw unclosedFlow(lineIndex, open) }
            switch text[i] {
            case Byte.comma:
                i = skipSpace(i + 1, end)
                if i < end && text[i] == Byte.comma {
                    throw syntax(.emptyFlowEntry, lineIndex, i)
                }
            case Byte.closeBracket:
                continue
            case Byte.colon:
                throw unsupported(.pairInFlowList, lineIndex, i)
            case Byte.hash where isBlank(text[i - 1]):
                throw unclosedFlow(lineIndex, open)
            default:
                throw syntax(.flowListSeparator, lineIndex, i)
            }
        }
        let after = skipSpace(i + 1, end)
        if after < end && text[after] == Byte.colon && (after + 1 == end || isBlank(text[after + 1])) {
            throw unsupported(.flowListAsKey, lineIndex, open)
        }
        try checkLineEnd(lineIndex, i + 1, .textAfterFlowList)
        let range = self.range(lineIndex, open, i + 1)
        return .sequence(SequenceNode(items: items, range: range, isFlow: true))
    }

    /// `{}`: the only flow mapping in the subset.
    mutating func parseFlowMapping(_ lineIndex: Int, _ open: Int) throws(SyntaxError) -> Node {
        let end = lines[lineIndex].end
        let close = skipSpace(open + 1, end)
        guard close < end, text[close] == Byte.closeBrace else {
            if find([Byte.closeBrace], open, text.count) == nil {
                throw syntax(.unclosedBrace, lineIndex, open)
            }
            throw unsupported(.flowMapping, lineIndex, open)
        }
        try checkLineEnd(lineIndex, close + 1, .textAfterFlowMapping)
        let range = self.range(lineIndex, open, close + 1)
        return .mapping(Mapping(entries: [], range: range, isFlow: true))
    }

    /// One scalar inside `[ ]`: quoted, or plain up to `,`, `]`, `: ` or a comment.
    private func parseFlowScalar(_ lineIndex: Int, _ start: Int, _ end: Int) throws(SyntaxError) -> Scalar {
        let byte = text[start]
        if byte == Byte.quote || byte == Byte.apostrophe {
            return try parseQuoted(lineIndex, start)
        }
        if byte == Byte.openBracket || byte == Byte.openBrace {
            throw unsupported(.nestedFlow, lineIndex, start)
        }
        try checkPlainStart(lineIndex, start, end, flow: true)
        var i = start
        while i < end {
            let byte = text[i]
            if byte == Byte.comma || byte == Byte.closeBracket { break }
            if byte == Byte.openBracket || byte == Byte.openBrace || byte == Byte.closeBrace {
                throw unsupported(.nestedFlow, lineIndex, i)
            }
            if byte == Byte.hash && isBlank(text[i - 1]) { break }
            if byte == Byte.colon && (i + 1 == end || isBlank(text[i + 1]) || isFlowIndicator(text[i + 1])) {
                break
            }
            i += 1
        }
        let stop = trimEnd(start, i)
        if let comma = find(YAMLParser.fullWidthComma, start, stop) {
            throw syntax(.fullWidthComma, lineIndex, comma)
        }
        return Scalar(text: string(start, stop), style: .plain, range: range(lineIndex, start, stop))
    }

    private func unclosedFlow(_ lineIndex: Int, _ open: Int) -> SyntaxError {
        if find([Byte.closeBracket], lines[lineIndex].end, text.count) != nil {
            return unsupported(.flowListMustClose, lineIndex, open)
        }
        return syntax(.unclosedBracket, lineIndex, open)
    }
}
