/// Parses collab's YAML subset (docs/reference.md §5) into a `YAMLDocument`. Block structure is read
/// line by line from the indentation; anything outside the subset stops the parse with a
/// `SyntaxError` that says where and what to write instead.
public struct YAMLParser {
    public static let maxFileSize = 1 << 20
    public static let maxDepth = 32

    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> YAMLDocument {
        try parseWithSource(bytes).0
    }

    /// The document and the split source, for tools that need both (the formatter).
    static func parseWithSource(_ bytes: [UInt8]) throws(SyntaxError) -> (YAMLDocument, SourceText) {
        guard bytes.count <= maxFileSize else { throw .tooLarge(bytes.count) }
        var parser = YAMLParser(source: try SourceText(bytes))
        do {
            var document = try parser.parseStream()
            document.cutValues = parser.cutValues
            return (document, parser.source)
        } catch {
            // Only a file that fails to parse is searched for conflict markers, so the
            // common case pays nothing for it.
            throw parser.unresolvedConflict() ?? error
        }
    }

    public static func parse(_ text: String) throws(SyntaxError) -> YAMLDocument {
        try parse(Array(text.utf8))
    }

    let source: SourceText
    let text: [UInt8]
    let lines: [SourceText.Line]
    /// The next line to look at.
    var index = 0
    var depth = 0
    var cutValues: [CutValue] = []

    init(source: SourceText) {
        self.source = source
        self.text = source.bytes
        self.lines = source.lines
    }

    mutating func parseStream() throws(SyntaxError) -> YAMLDocument {
        guard let first = nextContentLine() else { return YAMLDocument(root: nil) }
        let line = lines[first]
        if line.indent == 0 && text[line.start] == Byte.percent {
            throw unsupported(.directive, first, line.start)
        }
        var document = YAMLDocument(root: nil)
        if isMarker(line, Byte.dash) {
            document.explicitStart = true
            let rest = skipSpace(line.start + 3, line.end)
            if rest == line.end || text[rest] == Byte.hash {
                index = first + 1
                document.root = try parseIndentedValue(parentIndent: -1, nullAt: location(first, line.start + 3), compactSequence: false)
            } else {
                if isSequenceEntry(rest, line.end) {
                    throw unsupported(.listOnDocumentStart, first, rest)
                }
                document.root = try parseInlineValue(first, rest, parentIndent: -1)
            }
        } else if isMarker(line, Byte.dot) {
            try checkLineEnd(first, line.start + 3, .textAfterDocumentEnd)
            index = first + 1
            if let more = nextContentLine() {
                throw unsupported(.severalDocuments, more, lines[more].contentStart)
            }
            return document
        } else {
            try checkNoTab(first)
            document.root = try parseBlockNode(first, line.contentStart, parentIndent: -1)
        }
        guard let rest = nextContentLine() else { return document }
        let after = lines[rest]
        if isMarker(after, Byte.dot) {
            document.explicitEnd = true
            try checkLineEnd(rest, after.start + 3, .textAfterDocumentEnd)
            index = rest + 1
            if let more = nextContentLine() {
                throw unsupported(.severalDocuments, more, lines[more].contentStart)
            }
            return document
        }
        if isMarker(after, Byte.dash) {
            throw unsupported(.severalDocumentsMarker, rest, after.start)
        }
        try checkNoTab(rest)
        throw syntax(.unexpectedText, rest, after.contentStart)
    }

    // MARK: Block structure

    /// A node that starts at `offset` on line `lineIndex`, where a block collection may begin.
    mutating func parseBlockNode(_ lineIndex: Int, _ offset: Int, parentIndent: Int) throws(SyntaxError) -> Node {
        depth += 1
        defer { depth -= 1 }
        if depth > YAMLParser.maxDepth {
            throw unsupported(.tooDeep(YAMLParser.maxDepth), lineIndex, offset)
        }
        let line = lines[lineIndex]
        if isSequenceEntry(offset, line.end) {
            return try parseBlockSequence(lineIndex, offset)
        }
        if try mappingColon(lineIndex, offset) != nil {
            return try parseBlockMapping(lineIndex, offset)
        }
        return try parseInlineValue(lineIndex, offset, parentIndent: parentIndent)
    }

    mutating func parseBlockMapping(_ firstLine: Int, _ firstOffset: Int) throws(SyntaxError) -> Node {
        let indent = firstOffset - lines[firstLine].start
        var entries: [MappingEntry] = []
        entries.reserveCapacity(8)  // records' mappings are small: this saves most regrowing
        var lineIndex = firstLine
        var offset = firstOffset
        while true {
            let line = lines[lineIndex]
            guard let colon = try mappingColon(lineIndex, offset) else {
                throw notAKey(lineIndex, offset)
            }
            let key = try plainKey(lineIndex, offset, colon)
            let valueStart = skipSpace(colon + 1, line.end)
            let value: Node
            if valueStart == line.end || text[valueStart] == Byte.hash {
                index = lineIndex + 1
                value = try parseIndentedValue(parentIndent: indent, nullAt: location(lineIndex, colon + 1), compactSequence: true)
            } else {
                value = try parseInlineValue(lineIndex, valueStart, parentIndent: indent)
            }
            entries.append(MappingEntry(key: key, value: value))
            guard let next = try nextLine(atIndent: indent) else { break }
            if isSequenceEntry(lines[next].contentStart, lines[next].end) {
                throw syntax(.listItemWhereKeyExpected, next, lines[next].contentStart)
            }
            lineIndex = next
            offset = lines[next].contentStart
        }
        let range = SourceRange(start: entries[0].key.range.start, end: entries[entries.count - 1].value.range.end)
        return .mapping(Mapping(entries: entries, range: range, isFlow: false))
    }

    mutating func parseBlockSequence(_ firstLine: Int, _ firstOffset: Int) throws(SyntaxError) -> Node {
        let indent = firstOffset - lines[firstLine].start
        let start = location(firstLine, firstOffset)
        var items: [Node] = []
        var lineIndex = firstLine
        var offset = firstOffset
        while true {
            let line = lines[lineIndex]
            let itemStart = skipSpace(offset + 1, line.end)
            if itemStart == line.end || text[itemStart] == Byte.hash {
                index = lineIndex + 1
                items.append(try parseIndentedValue(parentIndent: indent, nullAt: location(lineIndex, offset + 1), compactSequence: false))
            } else if find([Byte.tab], offset + 1, itemStart) != nil {
                items.append(try parseInlineValue(lineIndex, itemStart, parentIndent: indent))
            } else {
                items.append(try parseBlockNode(lineIndex, itemStart, parentIndent: indent))
            }
            guard let next = try nextLine(atIndent: indent),
                  isSequenceEntry(lines[next].contentStart, lines[next].end) else { break }
            lineIndex = next
            offset = lines[next].contentStart
        }
        let range = SourceRange(start: start, end: items[items.count - 1].range.end)
        return .sequence(SequenceNode(items: items, range: range, isFlow: false))
    }

    /// The value of a key or list item whose line ends after the indicator: a block node on
    /// the following lines, or null.
    mutating func parseIndentedValue(parentIndent: Int, nullAt: SourceLocation, compactSequence: Bool) throws(SyntaxError) -> Node {
        let null = Node.scalar(Scalar(text: "", style: .plain, range: SourceRange(at: nullAt)))
        guard let next = nextContentLine() else { return null }
        let line = lines[next]
        if isMarker(line, Byte.dash) || isMarker(line, Byte.dot) { return null }
        if line.indent > parentIndent {
            try checkNoTab(next)
            return try parseBlockNode(next, line.contentStart, parentIndent: parentIndent)
        }
        if compactSequence && line.indent == parentIndent && isSequenceEntry(line.contentStart, line.end) {
            depth += 1
            defer { depth -= 1 }
            return try parseBlockSequence(next, line.contentStart)
        }
        return null
    }

    /// The next content line that continues a collection at `indent`, or nil when the
    /// collection ends there. A deeper line is an indentation error.
    mutating func nextLine(atIndent indent: Int) throws(SyntaxError) -> Int? {
        guard let next = nextContentLine() else { return nil }
        let line = lines[next]
        if line.indent < indent || isMarker(line, Byte.dash) || isMarker(line, Byte.dot) { return nil }
        if line.indent > indent {
            throw syntax(.unexpectedIndentation, next, line.contentStart)
        }
        try checkNoTab(next)
        return next
    }
}

extension YAMLParser {
    /// Reads and parses the file at `path`; nil when there is none. A file larger than
    /// `maxFileSize` is not read: it is `SyntaxError.tooLarge` with its size, as a file outside
    /// the subset is a `SyntaxError`; a file that cannot be read is a `FileSystemError`.
    public static func parse(file path: String) throws -> YAMLDocument? {
        let bytes: [UInt8]?
        do {
            bytes = try FileSystem.read(path, limit: maxFileSize)
        } catch {
            throw SyntaxError(error) ?? error
        }
        return try bytes.map { bytes throws(SyntaxError) in try parse(bytes) }
    }
}
