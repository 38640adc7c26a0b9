/// The three-way merge of one record file by the keys of docs/reference.md §7 and §12, as
/// git's merge driver: walked with the record schema over the parses of base, ours and
/// theirs, it changes ours' bytes only where theirs changed something ours did not — a value
/// spliced, a key or item inserted with its comments, an item removed — so ours' comments
/// and layout stay everywhere else. Numbered items (tasks, decisions, actions) are first
/// matched by identity (`IdentityAlignment`): base and theirs take ours' ids, so a change
/// follows the item it was made on. Items appended to unkeyed lists on both sides are all
/// kept (progress updates in date order). What both sides changed differently is a conflict
/// marked around just its lines. Every decision is also kept as data (`MergeIntent`), and a
/// clean result must read back as exactly that data.
public struct RecordMerge {
    public struct Outcome: Sendable {
        public var bytes: [UInt8]
        public var conflicts: Int
        /// What the merge did that people should know of (an id given anew, a change that
        /// followed its item to another id).
        public var notes: [Message]
        /// The merged bytes did not read back as the data the merge intended: the caller
        /// merges lines and reports a conflict instead of writing them.
        public var readBackDiffers = false
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
    var intent: MergeIntent
    /// Numbered lists whose items' identity could not be told (an id twice, an item without
    /// one): merged only where ours left them as base had them.
    var unaligned: Set<String>

    /// The merge of three versions of `file`; nil when one does not parse, its root is not a
    /// mapping on every side, or a side holds a key twice (the caller then merges lines).
    public static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8], file: RecordFile, markerSize: Int = 7) -> Outcome? {
        guard let baseDocument = try? YAMLParser.parse(base), let oursDocument = try? YAMLParser.parse(ours),
              let theirsDocument = try? YAMLParser.parse(theirs) else { return nil }
        if theirs == base { return Outcome(bytes: ours, conflicts: 0, notes: []) }
        if ours == base { return Outcome(bytes: theirs, conflicts: 0, notes: []) }
        guard let oursRoot = oursDocument.root, let o = oursRoot.mapping, let t = theirsDocument.root?.mapping, !o.isFlow, !t.isFlow,
              !o.entries.isEmpty, !t.entries.isEmpty else { return nil }
        // A key twice on a side (duplicate-key): which of the two is meant is unknown.
        if [baseDocument, oursDocument, theirsDocument].contains(where: { $0.root?.holdsAKeyTwice == true }) { return nil }
        let aligned = IdentityAlignment.align(file: file, base: (base, baseDocument.root), ours: oursRoot, theirs: (theirs, theirsDocument.root))
        // Read again only what the alignment renumbered.
        guard let alignedBase = aligned.base == base ? baseDocument : try? YAMLParser.parse(aligned.base),
              let alignedTheirs = aligned.theirs == theirs ? theirsDocument : try? YAMLParser.parse(aligned.theirs),
              let alignedTheirsRoot = alignedTheirs.root?.mapping else { return nil }
        var merge = RecordMerge(file: file, base: MergeText(bytes: aligned.base), ours: MergeText(bytes: ours),
                                theirs: MergeText(bytes: aligned.theirs), markerSize: markerSize, intent: MergeIntent(ours: oursRoot),
                                unaligned: aligned.unaligned)
        merge.mapping(alignedBase.root?.mapping, o, alignedTheirsRoot, schema: RecordSchema.of(file), at: [])
        if merge.edits.isEmpty { return Outcome(bytes: ours, conflicts: 0, notes: aligned.notes) }
        guard let bytes = MergeEdit.apply(merge.edits, to: ours) else { return nil }
        var outcome = Outcome(bytes: bytes, conflicts: merge.conflicts, notes: aligned.notes)
        if merge.conflicts == 0 {
            // A clean result must read back, and as the data intended.
            outcome.readBackDiffers = !merge.intent.isHeld(by: (try? YAMLParser.parse(bytes))?.root)
        }
        return outcome
    }

    // MARK: Walking the three parses

    mutating func mapping(_ b: Mapping?, _ o: Mapping, _ t: Mapping, schema: RecordSchema?, at path: [MergeIntent.Step]) {
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
                let at = previous.map { ours.lineEnd(after: held($0, in: ours).end) } ?? ours.lineStart(first)
                insert(theirsBlock(held(theirsEntry, in: theirs), to: o.indent), at: at)
                intent.set(path + [.key(key)], to: theirsEntry.value)
            case (let baseEntry?, nil):
                if !same(theirsEntry.value, .theirs, baseEntry.value, .base) {
                    conflict(ours: nil, theirs: held(theirsEntry, in: theirs), indent: o.indent, at: ours.lineEnd(after: ours.end(of: .mapping(o))))
                }
            case (_, let oursEntry?):
                value(baseEntry?.value, oursEntry.value, theirsEntry.value, kind: schema?.kind(key),
                      ours: held(oursEntry, in: ours), theirs: held(theirsEntry, in: theirs), at: path + [.key(key)])
            }
        }
        for oursEntry in o.entries where t.first(oursEntry.key.text) == nil {
            guard let baseEntry = b?.first(oursEntry.key.text) else { continue }  // ours added it
            if same(oursEntry.value, .ours, baseEntry.value, .base) {
                remove(held(oursEntry, in: ours))
                intent.set(path + [.key(oursEntry.key.text)], to: nil)
            } else {
                conflict(ours: held(oursEntry, in: ours), theirs: nil, indent: o.indent, at: 0)
            }
        }
    }

    /// Where the two sides write a value: in a block, or inside a flow list `[…]`.
    struct Context {
        var oursInFlow = false
        var theirsInFlow = false
    }

    mutating func value(_ b: Node?, _ o: Node, _ t: Node, kind: RecordSchema.Kind?, ours oursHeld: Held, theirs theirsHeld: Held,
                        context: Context = Context(), at path: [MergeIntent.Step]) {
        if same(t, .theirs, b, .base) || same(o, .ours, t, .theirs) { return }
        // Mappings and keyed lists are walked even when only theirs changed, so that ours'
        // comments and layout inside them stay.
        switch (o, t, kind) {
        case (.mapping(let om), .mapping(let tm), _) where !om.isFlow && !tm.isFlow && !om.entries.isEmpty && !tm.entries.isEmpty:
            mapping(b?.mapping, om, tm, schema: kind?.inner, at: path)
        case (.sequence(let os), .sequence(let ts), .list(let items)?) where items.itemKey != nil:
            keyedList(b?.sequence, os, ts, items: items, ours: oursHeld, theirs: theirsHeld, at: path)
        case (.sequence(let os), .sequence(let ts), _) where !same(o, .ours, b, .base):
            sequence(b?.sequence, os, ts, itemKind: kind?.itemKind, ours: oursHeld, theirs: theirsHeld, at: path)
        default:
            if same(o, .ours, b, .base) {
                take(o, t, ours: oursHeld, theirs: theirsHeld, context: context)
                intent.set(path, to: t)
            } else {
                conflict(ours: oursHeld, theirs: theirsHeld, indent: oursHeld.indent, at: 0)
            }
        }
    }

    /// Ours did not change the value, theirs did: theirs' value, spliced in place when both
    /// are one-line scalars (ours' comment after it stays; written anew for ours' context
    /// when one side has it inside `[…]` and the other not), else theirs' lines for ours'.
    mutating func take(_ o: Node, _ t: Node, ours oursHeld: Held, theirs theirsHeld: Held, context: Context) {
        if let os = o.scalar, let ts = t.scalar, !os.isNull, !ts.isNull, os.style != .literal, ts.style != .literal,
           !ours.bytes[os.range.start.offset..<os.range.end.offset].contains(0x0A),
           !theirs.bytes[ts.range.start.offset..<ts.range.end.offset].contains(0x0A) {
            let text = context.oursInFlow == context.theirsInFlow
                ? Array(theirs.bytes[ts.range.start.offset..<ts.range.end.offset])
                : Array((context.oursInFlow ? EditValue.inFlow(ts.text) : ScalarRenderer.render(ts.text)).utf8)
            replace(os.range.start.offset..<os.range.end.offset, with: text)
            return
        }
        replace(ours.block(oursHeld.start, oursHeld.end, withComments: false),
                with: theirsBlock(theirsHeld, to: oursHeld.indent, withComments: false))
    }
}
