/// Puts a file's comments and blank lines back around the canonical layout: a comment at
/// the end of a line stays there; comment lines stand before the node that follows them,
/// at its indentation; a blank line before a node or its comments is kept (one at most).
struct CommentWeaver {
    struct Comment {
        var line: Int
        var text: String
        var trailing: Bool
    }

    let source: SourceText
    let document: YAMLDocument

    func weave(_ layout: [OutputLine]) -> [String] {
        var comments = collect(excluding: protectedRanges())
        var result: [String] = []
        var trailing: [Int: String] = [:]
        for comment in comments where comment.trailing { trailing[comment.line] = comment.text }
        comments.removeAll { $0.trailing }
        var next = 0
        for line in layout {
            var text = line.text
            if let anchor = line.origins.max() {
                var leading: [Comment] = []
                while next < comments.count && comments[next].line <= anchor {
                    leading.append(comments[next])
                    next += 1
                }
                let pad = String(repeating: " ", count: line.indent)
                for comment in leading {
                    keepBlank(before: comment.line, in: &result)
                    result.append(pad + comment.text)
                }
                keepBlank(before: line.origins.min() ?? anchor, in: &result)
                if let comment = line.origins.compactMap({ trailing.removeValue(forKey: $0) }).first {
                    text += " " + comment
                }
            }
            result.append(text)
        }
        let rest = comments[next...] + trailing.map { Comment(line: $0.key, text: $0.value, trailing: false) }
        // After a literal block a comment must sit left of the block's text, or it becomes
        // text (found by scripts/fuzz: the block was indented anew, the comment was not).
        let literal = layout.last { !$0.text.isEmpty }.flatMap { $0.origins.isEmpty ? $0.indent : nil }
        for comment in rest.sorted(by: { $0.line < $1.line }) {
            keepBlank(before: comment.line, in: &result)
            let indent = min(source.lines[comment.line].indent, (literal ?? Int.max) - 1)
            result.append(String(repeating: " ", count: max(0, indent)) + comment.text)
        }
        return result
    }

    /// Every `#` that starts a comment: at the start of a line's content, or after a blank,
    /// outside the text of any value.
    private func collect(excluding protected: [Range<Int>]) -> [Comment] {
        let bytes = source.bytes
        var comments: [Comment] = []
        var cursor = 0
        for (index, line) in source.lines.enumerated() {
            var offset = line.start
            while offset < line.end {
                while cursor < protected.count && protected[cursor].upperBound <= offset { cursor += 1 }
                if cursor < protected.count && protected[cursor].contains(offset) {
                    offset = protected[cursor].upperBound
                    continue
                }
                let byte = bytes[offset]
                if byte == UInt8(ascii: "#") && (offset == line.start || bytes[offset - 1] == 0x20 || bytes[offset - 1] == 0x09) {
                    var end = line.end
                    while end > offset && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
                    let before = bytes[line.start..<offset].allSatisfy { $0 == 0x20 || $0 == 0x09 }
                    comments.append(Comment(line: index, text: String(decoding: bytes[offset..<end], as: UTF8.self), trailing: !before))
                    break
                }
                offset += 1
            }
        }
        return comments
    }

    /// The bytes of values, where a `#` is text: scalars, and a literal block's lines.
    private func protectedRanges() -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        if let root = document.root { collectRanges(root, into: &ranges) }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    private func collectRanges(_ node: Node, into ranges: inout [Range<Int>]) {
        switch node {
        case .scalar(let scalar):
            var start = scalar.range.start.offset
            if scalar.style == .literal {
                start = source.bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? scalar.range.end.offset
            }
            if start < scalar.range.end.offset { ranges.append(start..<scalar.range.end.offset) }
        case .mapping(let mapping):
            for entry in mapping.entries {
                ranges.append(entry.key.range.start.offset..<entry.key.range.end.offset)
                collectRanges(entry.value, into: &ranges)
            }
        case .sequence(let sequence):
            for item in sequence.items { collectRanges(item, into: &ranges) }
        }
    }

    /// One blank line where the source had one or more above `line`.
    private func keepBlank(before line: Int, in result: inout [String]) {
        if !result.isEmpty && result.last != "" && line > 0 && isBlank(line - 1) { result.append("") }
    }

    private func isBlank(_ index: Int) -> Bool {
        let line = source.lines[index]
        return source.bytes[line.start..<line.end].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
