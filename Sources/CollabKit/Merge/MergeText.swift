/// The bytes of one side of a merge, with the line arithmetic the merge needs: the whole
/// lines a key or item stands on (with the comment lines just above it), moved to another
/// indentation.
struct MergeText {
    let bytes: [UInt8]
    /// Where the first line starts: after the byte order mark, which belongs to no key.
    let origin: Int

    init(bytes: [UInt8]) {
        self.bytes = bytes
        origin = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// The start of the line holding `offset`.
    func lineStart(_ offset: Int) -> Int {
        var start = max(origin, min(offset, bytes.count))
        while start > origin, bytes[start - 1] != 0x0A { start -= 1 }
        return start
    }

    /// Where `node` ends; past the blank lines after it where its last value is a literal
    /// block that keeps them (`|+`), so nothing is inserted between the text and its blank lines.
    func end(of node: Node) -> Int {
        var end = node.range.end.offset
        guard let last = node.lastScalar, last.style == .literal, keepsBlankLines(last) else { return end }
        end = lineEnd(after: end)
        while end < bytes.count {
            let next = lineEnd(after: end + 1)
            guard bytes[end..<next].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }) else { break }
            end = next
        }
        return end
    }

    /// Whether a literal's header (`|+`, `|2+`) keeps its trailing blank lines.
    private func keepsBlankLines(_ literal: Scalar) -> Bool {
        bytes[literal.range.start.offset...].dropFirst().prefix { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != UInt8(ascii: "#") }
            .contains(UInt8(ascii: "+"))
    }

    /// Just past the line break of the line holding `offset` (the end of the file on its
    /// last line). `offset` is taken as the end of a value: a value ending at a line's start
    /// ended on the line before.
    func lineEnd(after offset: Int) -> Int {
        var end = max(0, min(offset, bytes.count))
        if end > 0, bytes[end - 1] == 0x0A { return end }
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        return min(end + 1, bytes.count)
    }

    /// The whole lines from the one holding `start` to the one holding `end`, with the
    /// comment lines right above (a comment belongs to what follows it).
    func block(_ start: Int, _ end: Int, withComments: Bool) -> Range<Int> {
        var first = lineStart(start)
        while withComments, first > origin {
            let previous = lineStart(first - 1)
            let content = bytes[previous..<first].drop { $0 == 0x20 }
            guard content.first == UInt8(ascii: "#") else { break }
            first = previous
        }
        return first..<lineEnd(after: end)
    }

    /// The lines of `range` moved from `indent` to `target` columns (only lines indented at
    /// least that much move left), ending in a line break, with ours' line ends.
    func lines(_ range: Range<Int>, from indent: Int, to target: Int, crlf: Bool) -> [UInt8] {
        var out: [UInt8] = []
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start
            while end < range.upperBound, bytes[end] != 0x0A { end += 1 }
            var line = Array(bytes[start..<end])
            if line.last == 0x0D { line.removeLast() }
            let leading = line.prefix { $0 == 0x20 }.count
            if !line.isEmpty {
                if target > indent {
                    line.insert(contentsOf: [UInt8](repeating: 0x20, count: target - indent), at: 0)
                } else if target < indent {
                    line.removeFirst(min(indent - target, leading))
                }
            }
            out += line + (crlf ? [0x0D, 0x0A] : [0x0A])
            start = end + 1
        }
        return out
    }

    /// Whether the file ends its lines with CR LF.
    var crlf: Bool { bytes.firstIndex(of: 0x0A).map { $0 > 0 && bytes[$0 - 1] == 0x0D } ?? false }
}

/// A change to ours' bytes: `range` replaced by `text`. Edits never overlap; insertions at one
/// offset keep the order they were made in, before any text replaced from there on.
struct MergeEdit {
    var range: Range<Int>
    var text: [UInt8]
    var order: Int

    /// nil when two edits overlap or one lies outside `bytes` (both sides then hold
    /// something the walk did not expect, such as a key twice): the caller merges lines.
    /// An insertion inside text that is removed goes where that text began (found by
    /// scripts/fuzz: theirs renamed a key, and its new entry was to go after the comments
    /// that the old entry took with it).
    static func apply(_ edits: [MergeEdit], to bytes: [UInt8]) -> [UInt8]? {
        var out = bytes
        let removals = edits.filter { !$0.range.isEmpty && $0.text.isEmpty }.map(\.range)
        let moved = edits.map { edit in
            guard edit.range.isEmpty, let removed = removals.first(where: { $0.lowerBound < edit.range.lowerBound && edit.range.lowerBound < $0.upperBound })
            else { return edit }
            return MergeEdit(range: removed.lowerBound..<removed.lowerBound, text: edit.text, order: edit.order)
        }
        let sorted = moved.sorted { a, b in
            if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound > b.range.lowerBound }
            if a.range.isEmpty != b.range.isEmpty { return !a.range.isEmpty }
            return a.order > b.order
        }
        var limit = bytes.count
        for edit in sorted {
            guard edit.range.lowerBound >= 0, edit.range.upperBound <= limit else { return nil }
            out.replaceSubrange(edit.range, with: edit.text)
            limit = edit.range.lowerBound
        }
        return out
    }
}

extension Node {
    /// The scalar written last inside this node.
    var lastScalar: Scalar? {
        switch self {
        case .scalar(let scalar): return scalar
        case .sequence(let sequence): return sequence.items.last?.lastScalar
        case .mapping(let mapping): return mapping.entries.last?.value.lastScalar
        }
    }
}
