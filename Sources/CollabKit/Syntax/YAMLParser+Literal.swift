extension YAMLParser {
    private struct LiteralHeader {
        var indentation: Int?
        var chomping: UInt8?
    }

    /// A literal block scalar (`|`, `|-`, `|+`, with an optional indentation digit).
    mutating func parseLiteral(_ lineIndex: Int, _ pipe: Int, parentIndent: Int) throws(SyntaxError) -> Node {
        let header = try literalHeader(lineIndex, pipe)
        var contentIndent: Int
        if let digits = header.indentation {
            contentIndent = parentIndent >= 0 ? parentIndent + digits : digits
        } else {
            contentIndent = try detectIndentation(after: lineIndex, parentIndent: parentIndent)
        }
        contentIndent = max(contentIndent, parentIndent + 1)
        var texts: [(start: Int, end: Int, empty: Bool)] = []
        var next = lineIndex + 1
        while next < lines.count {
            let line = lines[next]
            if isMarker(line, Byte.dash) || isMarker(line, Byte.dot) { break }
            let spacesOnly = line.start + line.indent == line.end
            if spacesOnly {
                let extra = line.indent > contentIndent
                texts.append((line.start + min(contentIndent, line.indent), line.end, !extra))
            } else if line.indent < contentIndent {
                if text[line.contentStart] == Byte.tab {
                    throw syntax(.tabInLiteral, next, line.contentStart)
                }
                break
            } else {
                texts.append((line.start + contentIndent, line.end, false))
            }
            next += 1
        }
        index = next
        let start = location(lineIndex, pipe)
        var value = ""
        var endLocation = location(lineIndex, lines[lineIndex].end)
        if let last = texts.lastIndex(where: { !$0.empty }) {
            var bytes: [UInt8] = []
            for k in 0...last {
                if k > 0 { bytes.append(0x0A) }
                bytes.append(contentsOf: text[texts[k].start..<texts[k].end])
            }
            var breaks = 0
            // The end of the file counts as the last line's break, as in libyaml.
            if header.chomping != Byte.dash { breaks = 1 }
            if header.chomping == UInt8(ascii: "+") { breaks += texts.count - 1 - last }
            bytes.append(contentsOf: repeatElement(0x0A, count: breaks))
            value = String(decoding: bytes, as: UTF8.self)
            endLocation = location(lineIndex + 1 + last, texts[last].end)
        } else if header.chomping == UInt8(ascii: "+") {
            value = String(repeating: "\n", count: texts.count)
        }
        let range = SourceRange(start: start, end: endLocation)
        return .scalar(Scalar(text: value, style: .literal, range: range))
    }

    private func literalHeader(_ lineIndex: Int, _ pipe: Int) throws(SyntaxError) -> LiteralHeader {
        let end = lines[lineIndex].end
        var header = LiteralHeader()
        var i = pipe + 1
        while i < end && !isBlank(text[i]) {
            let byte = text[i]
            if byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9") && header.indentation == nil {
                header.indentation = Int(byte - UInt8(ascii: "0"))
            } else if (byte == Byte.dash || byte == UInt8(ascii: "+")) && header.chomping == nil {
                header.chomping = byte
            } else {
                throw syntax(.badLiteralHeader, lineIndex, i)
            }
            i += 1
        }
        try checkLineEnd(lineIndex, i, .textAfterPipe)
        return header
    }

    /// The indentation of the first non-empty line; leading blank lines may not be deeper.
    private func detectIndentation(after lineIndex: Int, parentIndent: Int) throws(SyntaxError) -> Int {
        var widest = 0
        var widestLine = lineIndex
        var next = lineIndex + 1
        while next < lines.count {
            let line = lines[next]
            if isMarker(line, Byte.dash) || isMarker(line, Byte.dot) { break }
            if line.start + line.indent == line.end {
                if line.indent > widest { widest = line.indent; widestLine = next }
                next += 1
                continue
            }
            if line.indent > parentIndent && widest > line.indent {
                throw syntax(.blankLineTooWide, widestLine, lines[widestLine].start)
            }
            return line.indent
        }
        return max(widest, parentIndent + 1)
    }
}
