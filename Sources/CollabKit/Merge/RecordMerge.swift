/// The three-way merge of one record file by the keys of docs/reference.md §7 and §12, as
/// git's merge driver: walked with the record schema over the parses of base, ours and
/// theirs, it changes ours' bytes only where theirs changed something ours did not — a value
/// spliced, a key or item inserted with its comments, an item removed — so ours' comments
/// and layout stay everywhere else. Items are matched as `collab diff` matches them (tasks
/// by id, departments by department…); items appended to unkeyed lists on both sides are all
/// kept (progress updates in date order); a numbered item (task, decision, action) both sides
/// added under one id goes to theirs under the next free id. What both sides changed
/// differently is a conflict marked around just its lines.
public struct RecordMerge {
    public struct Outcome: Sendable {
        public var bytes: [UInt8]
        public var conflicts: Int
        /// What the merge did that people should know of (an id given anew).
        public var notes: [Message]
    }

    /// Where a key or item stands in one side: any offset on its first line, where it ends,
    /// and the column of its key (or of its `-`).
    struct Held {
        var start: Int
        var end: Int
        var indent: Int
    }

    let file: RecordFile
    let base: MergeText
    let ours: MergeText
    let theirs: MergeText
    let markerSize: Int
    var edits: [MergeEdit] = []
    var conflicts = 0
    var notes: [Message] = []

    /// The merge of three versions of `file`; nil when one does not parse, its root is not a
    /// mapping on every side, or a side holds a key twice (the caller then merges lines).
    public static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8], file: RecordFile, markerSize: Int = 7) -> Outcome? {
        guard let baseDocument = try? YAMLParser.parse(base), let oursDocument = try? YAMLParser.parse(ours),
              let theirsDocument = try? YAMLParser.parse(theirs) else { return nil }
        if theirs == base { return Outcome(bytes: ours, conflicts: 0, notes: []) }
        if ours == base { return Outcome(bytes: theirs, conflicts: 0, notes: []) }
        guard let o = oursDocument.root?.mapping, let t = theirsDocument.root?.mapping, !o.isFlow, !t.isFlow,
              !o.entries.isEmpty, !t.entries.isEmpty else { return nil }
        // A key twice on a side (duplicate-key): which of the two is meant is unknown.
        if [baseDocument, oursDocument, theirsDocument].contains(where: { $0.root?.holdsAKeyTwice == true }) { return nil }
        let b = baseDocument.root?.mapping
        var merge = RecordMerge(file: file, base: MergeText(bytes: base), ours: MergeText(bytes: ours), theirs: MergeText(bytes: theirs),
                                markerSize: markerSize)
        merge.mapping(b, o, t, schema: RecordSchema.of(file))
        if merge.edits.isEmpty { return Outcome(bytes: ours, conflicts: 0, notes: []) }
        guard let bytes = MergeEdit.apply(merge.edits, to: ours) else { return nil }
        // A clean result must read back; should it not, the lines are merged instead.
        if merge.conflicts == 0, (try? YAMLParser.parse(bytes)) == nil { return nil }
        return Outcome(bytes: bytes, conflicts: merge.conflicts, notes: merge.notes)
    }

    // MARK: Walking the three parses

    private mutating func mapping(_ b: Mapping?, _ o: Mapping, _ t: Mapping, schema: RecordSchema?) {
        for (index, theirsEntry) in t.entries.enumerated() {
            let key = theirsEntry.key.text
            let baseEntry = b?.first(key), oursEntry = o.first(key)
            switch (baseEntry, oursEntry) {
            case (nil, nil):
                // Theirs added the key: after the nearest key before it that ours has.
                // (Before ours' first key only when that key starts its line: not after a `- `.)
                let first = o.entries[0].key.range.start.offset
                let previous = t.entries[..<index].reversed().lazy.compactMap { o.first($0.key.text) }.first
                    ?? (ours.bytes[ours.lineStart(first)..<first].allSatisfy { $0 == 0x20 } ? nil : o.entries[0])
                let at = previous.map { ours.lineEnd(after: Self.held($0).end) } ?? ours.lineStart(first)
                insert(theirsBlock(Self.held(theirsEntry), to: o.indent), at: at)
            case (let baseEntry?, nil):
                if !same(theirsEntry.value, .theirs, baseEntry.value, .base) {
                    conflict(ours: nil, theirs: Self.held(theirsEntry), indent: o.indent, at: ours.lineEnd(after: o.range.end.offset))
                }
            case (_, let oursEntry?):
                value(baseEntry?.value, oursEntry.value, theirsEntry.value, kind: schema?.kind(key),
                      ours: Self.held(oursEntry), theirs: Self.held(theirsEntry))
            }
        }
        for oursEntry in o.entries where t.first(oursEntry.key.text) == nil {
            guard let baseEntry = b?.first(oursEntry.key.text) else { continue }  // ours added it
            if same(oursEntry.value, .ours, baseEntry.value, .base) {
                remove(Self.held(oursEntry))
            } else {
                conflict(ours: Self.held(oursEntry), theirs: nil, indent: o.indent, at: 0)
            }
        }
    }

    private mutating func value(_ b: Node?, _ o: Node, _ t: Node, kind: RecordSchema.Kind?, ours oursHeld: Held, theirs theirsHeld: Held) {
        if same(t, .theirs, b, .base) || same(o, .ours, t, .theirs) { return }
        // Mappings and keyed lists are walked even when only theirs changed, so that ours'
        // comments and layout inside them stay.
        switch (o, t, kind) {
        case (.mapping(let om), .mapping(let tm), _) where !om.isFlow && !tm.isFlow && !om.entries.isEmpty && !tm.entries.isEmpty:
            let schema: RecordSchema?
            switch kind {
            case .object(let inner)?, .list(let inner)?: schema = inner
            default: schema = nil
            }
            mapping(b?.mapping, om, tm, schema: schema)
        case (.sequence(let os), .sequence(let ts), .list(let items)?) where items.itemKey != nil:
            keyedList(b?.sequence, os, ts, items: items, ours: oursHeld, theirs: theirsHeld)
        case (.sequence(let os), .sequence(let ts), _) where !same(o, .ours, b, .base):
            let itemKind: RecordSchema.Kind?
            switch kind {
            case .list(let items)?: itemKind = .object(items)
            case .textList?: itemKind = .text
            default: itemKind = nil
            }
            sequence(b?.sequence, os, ts, itemKind: itemKind, ours: oursHeld, theirs: theirsHeld)
        default:
            if same(o, .ours, b, .base) {
                take(o, t, ours: oursHeld, theirs: theirsHeld)
            } else {
                conflict(ours: oursHeld, theirs: theirsHeld, indent: oursHeld.indent, at: 0)
            }
        }
    }

    /// Ours did not change the value, theirs did: theirs' value, spliced in place when both
    /// are one-line scalars (ours' comment after it stays), else theirs' lines for ours'.
    private mutating func take(_ o: Node, _ t: Node, ours oursHeld: Held, theirs theirsHeld: Held) {
        if let os = o.scalar, let ts = t.scalar, !os.isNull, !ts.isNull, os.style != .literal, ts.style != .literal,
           !ours.bytes[os.range.start.offset..<os.range.end.offset].contains(0x0A),
           !theirs.bytes[ts.range.start.offset..<ts.range.end.offset].contains(0x0A) {
            replace(os.range.start.offset..<os.range.end.offset, with: Array(theirs.bytes[ts.range.start.offset..<ts.range.end.offset]))
            return
        }
        replace(ours.block(oursHeld.start, oursHeld.end, withComments: false),
                with: theirsBlock(theirsHeld, to: oursHeld.indent, withComments: false))
    }

    /// A list whose items are matched by key. Theirs' new items go after ours' last item, in
    /// theirs' order; a numbered item added on both sides under one id becomes theirs' under
    /// the next free id, with the references to it among theirs' new items.
    private mutating func keyedList(_ b: SequenceNode?, _ o: SequenceNode, _ t: SequenceNode, items: RecordSchema,
                                    ours oursHeld: Held, theirs theirsHeld: Held) {
        guard let key = items.itemKey, !o.isFlow, !t.isFlow, !o.items.isEmpty, !t.items.isEmpty else {
            if same(.sequence(o), .ours, b.map(Node.sequence), .base) { return take(.sequence(o), .sequence(t), ours: oursHeld, theirs: theirsHeld) }
            return conflict(ours: oursHeld, theirs: theirsHeld, indent: oursHeld.indent, at: 0)
        }
        let baseItems = Differ.labelled(b?.items ?? [], key), oursItems = Differ.labelled(o.items, key)
        let theirsItems = Differ.labelled(t.items, key)
        let baseIndex = Dictionary(baseItems.map { ($0.label, $0.node) }, uniquingKeysWith: { first, _ in first })
        let oursIndex = Dictionary(oursItems.map { ($0.label, $0.node) }, uniquingKeysWith: { first, _ in first })
        let theirsLabels = Set(theirsItems.map(\.label))
        var appended: [Node] = []
        var renames: [String: String] = [:]
        var taken = Set((baseItems + oursItems + theirsItems).map(\.label.key))
        for (label, theirsItem) in theirsItems {
            switch (baseIndex[label], oursIndex[label]) {
            case (nil, nil):
                appended.append(theirsItem)
            case (nil, let oursItem?):
                if same(oursItem, .ours, theirsItem, .theirs) { continue }
                if let prefix = items.idPrefix, label.occurrence == 1 {
                    let fresh = Self.nextID(prefix, taken: taken)
                    taken.insert(fresh)
                    renames[label.key] = fresh
                    notes.append(.renumbered(label.key, fresh, Differ.summary(theirsItem, key)))
                    appended.append(theirsItem)
                } else {
                    conflict(ours: itemHeld(oursItem, in: ours), theirs: itemHeld(theirsItem, in: theirs), indent: 0, at: 0)
                }
            case (let baseItem?, nil):
                if !same(theirsItem, .theirs, baseItem, .base) {
                    conflict(ours: nil, theirs: itemHeld(theirsItem, in: theirs), indent: itemHeld(o.items[o.items.count - 1], in: ours).indent,
                             at: ours.lineEnd(after: o.range.end.offset))
                }
            case (let baseItem, let oursItem?):
                value(baseItem, oursItem, theirsItem, kind: .object(items), ours: itemHeld(oursItem, in: ours), theirs: itemHeld(theirsItem, in: theirs))
            }
        }
        for (label, oursItem) in oursItems where !theirsLabels.contains(label) {
            guard let baseItem = baseIndex[label] else { continue }  // ours added it
            if same(oursItem, .ours, baseItem, .base) {
                remove(itemHeld(oursItem, in: ours))
            } else {
                conflict(ours: itemHeld(oursItem, in: ours), theirs: nil, indent: 0, at: 0)
            }
        }
        guard !appended.isEmpty else { return }
        let indent = itemHeld(o.items[o.items.count - 1], in: ours).indent
        var text: [UInt8] = []
        for item in appended {
            text += theirsBlock(itemHeld(item, in: theirs), to: indent, replacing: renames.isEmpty ? [] : Self.references(in: item, key: key, renames: renames, theirs: theirs))
        }
        insert(text, at: ours.lineEnd(after: o.range.end.offset))
    }

    /// An unkeyed list (progress updates, texts), matched by position where both sides only
    /// changed items in place or appended: items changed on one side take that side's values
    /// (field by field), items appended on both sides are all kept, theirs' after ours' —
    /// progress updates in date order. Items inserted or removed on both sides are a conflict.
    private mutating func sequence(_ b: SequenceNode?, _ o: SequenceNode, _ t: SequenceNode, itemKind: RecordSchema.Kind?,
                                   ours oursHeld: Held, theirs theirsHeld: Held) {
        let baseItems = b?.items ?? []
        guard inPlaceOrAppended(baseItems, o.items, .ours), inPlaceOrAppended(baseItems, t.items, .theirs) else {
            return conflict(ours: oursHeld, theirs: theirsHeld, indent: oursHeld.indent, at: 0)
        }
        for index in baseItems.indices {
            value(baseItems[index], o.items[index], t.items[index], kind: itemKind,
                  ours: itemHeld(o.items[index], in: ours), theirs: itemHeld(t.items[index], in: theirs))
        }
        let oursNew = Array(o.items[baseItems.count...])
        let theirsNew = t.items[baseItems.count...].filter { item in !oursNew.contains { same($0, .ours, item, .theirs) } }
        guard !theirsNew.isEmpty else { return }
        if o.isFlow {
            guard theirsNew.allSatisfy({ $0.scalar != nil }) else { return conflict(ours: oursHeld, theirs: theirsHeld, indent: oursHeld.indent, at: 0) }
            let close = o.range.end.offset - 1
            var text: [UInt8] = []
            for (index, item) in theirsNew.enumerated() {
                if !(o.items.isEmpty && index == 0) { text += Array(", ".utf8) }
                text += EditValue.inFlow(item.scalar?.text ?? "").utf8
            }
            return insert(text, at: close)
        }
        guard !o.items.isEmpty else { return conflict(ours: oursHeld, theirs: theirsHeld, indent: oursHeld.indent, at: 0) }
        let indent = itemHeld(o.items[o.items.count - 1], in: ours).indent
        for item in theirsNew {
            let text: [UInt8]
            if t.isFlow {
                text = Array((String(repeating: " ", count: indent) + "- " + ScalarRenderer.render(item.scalar?.text ?? "")).utf8) + lineBreak
            } else {
                text = theirsBlock(itemHeld(item, in: theirs), to: indent)
            }
            // A progress update goes before the first of ours' new ones dated after it.
            let date = Self.date(of: item)
            if let date, let later = oursNew.first(where: { Self.date(of: $0).map { $0 > date } ?? false }) {
                insert(text, at: ours.block(later.range.start.offset, later.range.end.offset, withComments: true).lowerBound)
            } else {
                insert(text, at: ours.lineEnd(after: o.range.end.offset))
            }
        }
    }

    // MARK: Changes to ours

    private mutating func insert(_ text: [UInt8], at offset: Int) {
        edits.append(MergeEdit(range: offset..<offset, text: text, order: edits.count))
    }

    private mutating func replace(_ range: Range<Int>, with text: [UInt8]) {
        edits.append(MergeEdit(range: range, text: text, order: edits.count))
    }

    private mutating func remove(_ held: Held) {
        replace(ours.block(held.start, held.end, withComments: true), with: [])
    }

    /// Ours' lines of a key or item, then theirs', between markers of `markerSize`; one side
    /// is empty where it removed what the other changed (`at` then places the markers).
    private mutating func conflict(ours oursHeld: Held?, theirs theirsHeld: Held?, indent: Int, at offset: Int) {
        conflicts += 1
        let range = oursHeld.map { ours.block($0.start, $0.end, withComments: false) } ?? offset..<offset
        var text = Array((String(repeating: "<", count: markerSize) + " ours").utf8) + lineBreak
        var oursLines = Array(ours.bytes[range])
        if let last = oursLines.last, last != 0x0A { oursLines += lineBreak }
        text += oursLines
        text += Array(String(repeating: "=", count: markerSize).utf8) + lineBreak
        if let theirsHeld { text += theirsBlock(theirsHeld, to: oursHeld?.indent ?? indent, withComments: false) }
        text += Array((String(repeating: ">", count: markerSize) + " theirs").utf8) + lineBreak
        replace(range, with: text)
    }

    /// Theirs' lines of a key or item, moved to ours' indentation, with `replacing` (offsets of
    /// theirs) applied first.
    private func theirsBlock(_ held: Held, to indent: Int, withComments: Bool = true, replacing: [(Range<Int>, String)] = []) -> [UInt8] {
        let range = theirs.block(held.start, held.end, withComments: withComments)
        guard !replacing.isEmpty else { return theirs.lines(range, from: held.indent, to: indent, crlf: ours.crlf) }
        var bytes = Array(theirs.bytes[range])
        for (part, text) in replacing.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) where range.contains(part.lowerBound) {
            bytes.replaceSubrange((part.lowerBound - range.lowerBound)..<(part.upperBound - range.lowerBound), with: Array(text.utf8))
        }
        return MergeText(bytes: bytes).lines(0..<bytes.count, from: held.indent, to: indent, crlf: ours.crlf)
    }

    private var lineBreak: [UInt8] { ours.crlf ? [0x0D, 0x0A] : [0x0A] }

    // MARK: Helpers

    static func held(_ entry: MappingEntry) -> Held {
        Held(start: entry.key.range.start.offset, end: max(entry.key.range.end.offset, entry.value.range.end.offset),
             indent: entry.key.range.start.column - 1)
    }

    /// A list item: from its `-` line, at the `-`'s column.
    private func itemHeld(_ item: Node, in text: MergeText) -> Held {
        let start = item.range.start.offset
        let lineStart = text.lineStart(start)
        let indent = text.bytes[lineStart..<start].prefix { $0 == 0x20 }.count
        return Held(start: start, end: item.range.end.offset, indent: indent)
    }

    /// The scalars of a new item of theirs that name a renamed id: its own id, and the ids
    /// in its `depends_on`.
    private static func references(in item: Node, key: String, renames: [String: String], theirs: MergeText) -> [(Range<Int>, String)] {
        guard let mapping = item.mapping else { return [] }
        var found: [(Range<Int>, String)] = []
        func rename(_ scalar: Scalar?) {
            guard let scalar, let fresh = renames[scalar.text] else { return }
            found.append((scalar.range.start.offset..<scalar.range.end.offset, ScalarRenderer.render(fresh)))
        }
        rename(mapping[key]?.scalar)
        for dependency in mapping["depends_on"]?.sequence?.items ?? [] { rename(dependency.scalar) }
        return found
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

    /// Whether `items` is `base` with items changed in place and others appended: no item
    /// inserted before another or removed, so positions still match.
    func inPlaceOrAppended(_ baseItems: [Node], _ items: [Node], _ side: Side) -> Bool {
        guard items.count >= baseItems.count else { return false }
        return SequenceAlignment.gaps(baseItems, items, equal: { same($0, .base, $1, side) }).allSatisfy { gap in
            (gap.old.count == gap.new.count && zip(gap.old, gap.new).allSatisfy { $0.0 == $1.0 })
                || (gap.old.isEmpty && gap.new.allSatisfy { $0.0 >= baseItems.count })
        }
    }

    static func date(of item: Node) -> String? {
        item.mapping?["date"]?.scalar?.text
    }

    /// One past the highest `<prefix><number>` taken.
    static func nextID(_ prefix: String, taken: Set<String>) -> String {
        let highest = taken.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }.max() ?? 0
        var next = highest + 1
        while taken.contains(prefix + String(next)) { next += 1 }
        return prefix + String(next)
    }
}

extension Message {
    fileprivate static func renumbered(_ id: String, _ fresh: String, _ summary: String?) -> Message {
        let what = summary.map { " " + $0 } ?? ""
        return Message(en: "theirs' new \(id)\(what) is \(fresh) now: ours added a \(id) too",
                       zh: "对方新增的 \(id)\(what) 已改为 \(fresh)：我方也新增了 \(id)")
    }
}
