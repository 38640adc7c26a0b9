/// `collab fmt`: the canonical layout of a file in the subset — two-space indentation,
/// sequences indented under their key, the simplest quoting that keeps each value, no
/// trailing spaces, one final newline, LF line ends and no BOM (FormatChanges says what changed)
/// — with its comments and single blank lines kept.
public enum Formatter {
    public static func format(_ bytes: [UInt8]) throws(SyntaxError) -> [UInt8] {
        let (document, source) = try YAMLParser.parseWithSource(bytes)
        var emitter = LayoutEmitter(source: source)
        emitter.emit(document)
        let woven = CommentWeaver(source: source, document: document).weave(emitter.lines)
        return Array((woven.map { $0 + "\n" }.joined()).utf8)
    }
}

/// One output line and the source lines it stands for (for comments and blank lines).
struct OutputLine {
    var text: String
    var indent: Int
    /// Source line indices whose content this line carries; empty for literal content.
    var origins: [Int]
}

/// Writes the node tree in canonical layout.
struct LayoutEmitter {
    let source: SourceText
    private(set) var lines: [OutputLine] = []

    init(source: SourceText) { self.source = source }

    mutating func emit(_ document: YAMLDocument) {
        if document.explicitStart { lines.append(OutputLine(text: "---", indent: 0, origins: [markerLine(after: -1)])) }
        if let root = document.root, !(root.isNull && document.explicitStart) {
            emit(root, indent: 0, prefix: "", origin: line(root.range.start))
        }
        if document.explicitEnd { lines.append(OutputLine(text: "...", indent: 0, origins: [markerLine(after: lines.last?.origins.max() ?? -1, dots: true)])) }
    }

    /// A node whose first line starts with `prefix` (`key:` or `- `) at `indent`.
    private mutating func emit(_ node: Node, indent: Int, prefix: String, origin: Int, context: ScalarContext = .block) {
        let pad = String(repeating: " ", count: indent)
        switch node {
        case .mapping(let mapping) where !mapping.isFlow && !mapping.entries.isEmpty:
            if !prefix.isEmpty { lines.append(OutputLine(text: pad + prefix, indent: indent, origins: [origin])) }
            for entry in mapping.entries { emitEntry(entry, indent: prefix.isEmpty ? indent : indent + 2) }
        case .sequence(let sequence) where !sequence.isFlow && !sequence.items.isEmpty:
            if !prefix.isEmpty { lines.append(OutputLine(text: pad + prefix, indent: indent, origins: [origin])) }
            for item in sequence.items { emitItem(item, indent: prefix.isEmpty ? indent : indent + 2) }
        default:
            let space = prefix.isEmpty ? "" : " "
            let value = inline(node, context: context)
            var origins = [origin]
            let valueLine = line(node.range.start)
            if valueLine != origin && !node.isNull { origins.append(valueLine) }
            lines.append(OutputLine(text: pad + prefix + (value.isEmpty ? "" : space + value), indent: indent, origins: origins))
            if case .scalar(let scalar) = node, scalar.style == .literal, let body = literalBody(scalar.text) {
                let contentPad = String(repeating: " ", count: indent + 2)
                for text in body { lines.append(OutputLine(text: text.isEmpty ? "" : contentPad + text, indent: indent + 2, origins: [])) }
            }
        }
    }

    private mutating func emitEntry(_ entry: MappingEntry, indent: Int) {
        emit(entry.value, indent: indent, prefix: entry.key.text + ":", origin: line(entry.key.range.start))
    }

    /// A list item: `- value`, or `- ` followed by the first line of a nested collection.
    private mutating func emitItem(_ item: Node, indent: Int) {
        let dashLine = line(item.range.start)
        let first = lines.count
        switch item {
        case .mapping(let mapping) where !mapping.isFlow && !mapping.entries.isEmpty:
            for entry in mapping.entries { emitEntry(entry, indent: indent + 2) }
        case .sequence(let sequence) where !sequence.isFlow && !sequence.items.isEmpty:
            for nested in sequence.items { emitItem(nested, indent: indent + 2) }
        default:
            emit(item, indent: indent, prefix: "-", origin: dashLine)
            return
        }
        let pad = String(repeating: " ", count: indent)
        // The pad is dropped by bytes: a key that starts with a combining mark forms one
        // character with the space before it, and dropping characters would drop the mark.
        lines[first].text = pad + "- " + String(decoding: lines[first].text.utf8.dropFirst(indent + 2), as: UTF8.self)
        lines[first].indent = indent
        lines[first].origins = [dashOrigin(before: item)] + lines[first].origins
    }

    /// The line of an item's `-`: its own line, or (for `-` alone on a line) the content line above.
    private func dashOrigin(before item: Node) -> Int {
        let start = line(item.range.start)
        if source.lines[start].contentStart < item.range.start.offset { return start }
        var index = start - 1
        while index >= 0 {
            let candidate = source.lines[index]
            let content = source.bytes[candidate.start..<candidate.end].drop { $0 == 0x20 || $0 == 0x09 }
            if content.isEmpty || content.first == UInt8(ascii: "#") { index -= 1; continue }
            return content.first == UInt8(ascii: "-") ? index : start
        }
        return start
    }

    private func line(_ location: SourceLocation) -> Int { location.line - 1 }

    private func markerLine(after: Int, dots: Bool = false) -> Int {
        let marker = dots ? UInt8(ascii: ".") : UInt8(ascii: "-")
        for index in source.lines.indices where index > after {
            let line = source.lines[index]
            if line.end - line.start >= 3 && source.bytes[line.start] == marker && source.bytes[line.start + 1] == marker { return index }
        }
        return max(after, 0)
    }
}
