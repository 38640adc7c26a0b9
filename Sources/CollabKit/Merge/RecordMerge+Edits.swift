extension RecordMerge {
    // MARK: Changes to ours

    /// Whole lines inserted at `offset`, a line's start; at the end of a file whose last line
    /// has no line break, after one.
    mutating func insert(_ text: [UInt8], at offset: Int) {
        edits.append(MergeEdit(range: offset..<offset, text: afterLastLine(offset) + text, order: edits.count))
    }

    /// A line break to end ours' last line when `offset` is the end of ours and that line has none.
    func afterLastLine(_ offset: Int) -> [UInt8] {
        offset == ours.bytes.count && offset > ours.origin && ours.bytes.last != 0x0A ? lineBreak : []
    }

    mutating func replace(_ range: Range<Int>, with text: [UInt8]) {
        edits.append(MergeEdit(range: range, text: text, order: edits.count))
    }

    mutating func remove(_ held: Held) {
        replace(ours.block(held.start, held.end, withComments: true), with: [])
    }

    /// Ours' lines of a key or item, then theirs', between markers of `markerSize`; one side
    /// is empty where it removed what the other changed (`at` then places the markers).
    mutating func conflict(ours oursHeld: Held?, theirs theirsHeld: Held?, indent: Int, at offset: Int) {
        conflicts += 1
        let range = oursHeld.map { ours.block($0.start, $0.end, withComments: false) } ?? offset..<offset
        var text = afterLastLine(range.lowerBound) + Array((String(repeating: "<", count: markerSize) + " ours").utf8) + lineBreak
        var oursLines = Array(ours.bytes[range])
        if let last = oursLines.last, last != 0x0A { oursLines += lineBreak }
        text += oursLines
        text += Array(String(repeating: "=", count: markerSize).utf8) + lineBreak
        if let theirsHeld { text += theirsBlock(theirsHeld, to: oursHeld?.indent ?? indent, withComments: false) }
        text += Array((String(repeating: ">", count: markerSize) + " theirs").utf8) + lineBreak
        replace(range, with: text)
    }

    /// Theirs' lines of a key or item, moved to ours' indentation, with ours' line ends.
    func theirsBlock(_ held: Held, to indent: Int, withComments: Bool = true) -> [UInt8] {
        theirs.lines(theirs.block(held.start, held.end, withComments: withComments), from: held.indent, to: indent, crlf: ours.crlf)
    }

    var lineBreak: [UInt8] { ours.crlf ? [0x0D, 0x0A] : [0x0A] }

    // MARK: Where things stand

    /// A key and its value: from the key's line to where the value ends, at the key's column.
    func held(_ entry: MappingEntry, in text: MergeText) -> Held {
        Held(start: entry.key.range.start.offset, end: max(entry.key.range.end.offset, text.end(of: entry.value)),
             indent: entry.key.range.start.column - 1)
    }

    /// A list item: from its `-` line, at the `-`'s column.
    func itemHeld(_ item: Node, in text: MergeText) -> Held {
        let start = item.range.start.offset
        let lineStart = text.lineStart(start)
        let indent = text.bytes[lineStart..<start].prefix { $0 == 0x20 }.count
        return Held(start: start, end: text.end(of: item), indent: indent)
    }

    /// Whether the list at `path` is one whose items' identity could not be told.
    func isUnaligned(_ path: [MergeIntent.Step]) -> Bool {
        guard path.count == 1, case .key(let key) = path[0] else { return false }
        return unaligned.contains(key)
    }

    enum Side { case base, ours, theirs }

    private func text(_ side: Side) -> MergeText {
        switch side {
        case .base: return base
        case .ours: return ours
        case .theirs: return theirs
        }
    }

    /// Whether two nodes hold the same data. Text written byte for byte alike from the same
    /// column is the same data, which saves walking the two trees (most of a file is unchanged).
    func same(_ a: Node?, _ sideA: Side, _ b: Node?, _ sideB: Side) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        let (ra, rb) = (a.range, b.range)
        if ra.start.column == rb.start.column, ra.end.offset - ra.start.offset == rb.end.offset - rb.start.offset,
           text(sideA).bytes[ra.start.offset..<ra.end.offset].elementsEqual(text(sideB).bytes[rb.start.offset..<rb.end.offset]) {
            return true
        }
        return a.firstDataDifference(from: b) == nil
    }
}
