extension RecordMerge {
    /// A list whose items are matched by key (numbered items already renumbered into ours'
    /// ids by `IdentityAlignment`). Theirs' new items go after ours' last item, in theirs'
    /// order.
    mutating func keyedList(_ b: SequenceNode?, _ o: SequenceNode, _ t: SequenceNode, items: RecordSchema,
                            ours oursHeld: Held, theirs theirsHeld: Held, at path: [MergeIntent.Step]) {
        if items.bareItems, o.isFlow || t.isFlow, !same(.sequence(o), .ours, b.map(Node.sequence), .base) {
            // Members written `[a, b]`: by position, as a list of texts, appends of both sides kept.
            return sequence(b, o, t, itemKind: .object(items), ours: oursHeld, theirs: theirsHeld, at: path)
        }
        guard let key = items.itemKey, !o.isFlow, !t.isFlow, !o.items.isEmpty, !t.items.isEmpty,
              !(isUnaligned(path) && !same(.sequence(o), .ours, b.map(Node.sequence), .base)) else {
            if same(.sequence(o), .ours, b.map(Node.sequence), .base) {
                take(.sequence(o), .sequence(t), ours: oursHeld, theirs: theirsHeld, context: Context())
                return intent.set(path, to: .sequence(t))
            }
            return conflict(ours: oursHeld, theirs: theirsHeld, indent: oursHeld.indent, at: 0)
        }
        let baseItems = ItemLabel.labelled(b?.items ?? [], of: items), oursItems = ItemLabel.labelled(o.items, of: items)
        let theirsItems = ItemLabel.labelled(t.items, of: items)
        let baseIndex = Dictionary(baseItems.map { ($0.label, $0.node) }, uniquingKeysWith: { first, _ in first })
        let oursIndex = Dictionary(oursItems.enumerated().map { ($1.label, (position: $0, node: $1.node)) }, uniquingKeysWith: { first, _ in first })
        let theirsLabels = Set(theirsItems.map(\.label))
        var appended: [Node] = []
        for (label, theirsItem) in theirsItems {
            switch (baseIndex[label], oursIndex[label]) {
            case (nil, nil):
                appended.append(theirsItem)
            case (nil, let oursItem?):
                // Both added an item under one key (the alignment gave theirs a free id where
                // the items differ and the list is numbered): the same item once, else a conflict.
                if !same(oursItem.node, .ours, theirsItem, .theirs) {
                    conflict(ours: itemHeld(oursItem.node, in: ours), theirs: itemHeld(theirsItem, in: theirs), indent: 0, at: 0)
                }
            case (let baseItem?, nil):
                if !same(theirsItem, .theirs, baseItem, .base) {
                    conflict(ours: nil, theirs: itemHeld(theirsItem, in: theirs), indent: itemHeld(o.items[o.items.count - 1], in: ours).indent,
                             at: ours.lineEnd(after: ours.end(of: .sequence(o))))
                }
            case (let baseItem, let oursItem?):
                value(baseItem, oursItem.node, theirsItem, kind: .object(items), ours: itemHeld(oursItem.node, in: ours),
                      theirs: itemHeld(theirsItem, in: theirs), at: path + [.item(oursItem.position)])
            }
        }
        for (position, (label, oursItem)) in oursItems.enumerated() where !theirsLabels.contains(label) {
            guard let baseItem = baseIndex[label] else { continue }  // ours added it
            if same(oursItem, .ours, baseItem, .base) {
                remove(itemHeld(oursItem, in: ours))
                intent.set(path + [.item(position)], to: nil)
            } else {
                conflict(ours: itemHeld(oursItem, in: ours), theirs: nil, indent: 0, at: 0)
            }
        }
        guard !appended.isEmpty else { return }
        let indent = itemHeld(o.items[o.items.count - 1], in: ours).indent
        insert(appended.flatMap { theirsBlock(itemHeld($0, in: theirs), to: indent) }, at: ours.lineEnd(after: ours.end(of: .sequence(o))))
        intent.insert(appended, into: path, before: nil)
    }

    /// An unkeyed list (progress updates, texts), matched by position where both sides only
    /// changed items in place or appended: items changed on one side take that side's values
    /// (field by field), items appended on both sides are all kept, theirs' after ours' —
    /// progress updates in date order. Items inserted or removed on both sides are a conflict.
    mutating func sequence(_ b: SequenceNode?, _ o: SequenceNode, _ t: SequenceNode, itemKind: RecordSchema.Kind?,
                           ours oursHeld: Held, theirs theirsHeld: Held, at path: [MergeIntent.Step]) {
        let baseItems = b?.items ?? []
        guard inPlaceOrAppended(baseItems, o.items, .ours), inPlaceOrAppended(baseItems, t.items, .theirs) else {
            return conflict(ours: oursHeld, theirs: theirsHeld, indent: oursHeld.indent, at: 0)
        }
        let context = Context(oursInFlow: o.isFlow, theirsInFlow: t.isFlow)
        for index in baseItems.indices {
            value(baseItems[index], o.items[index], t.items[index], kind: itemKind,
                  ours: itemHeld(o.items[index], in: ours), theirs: itemHeld(t.items[index], in: theirs), context: context, at: path + [.item(index)])
        }
        let oursNew = Array(o.items[baseItems.count...])
        let theirsNew = t.items[baseItems.count...].filter { item in !oursNew.contains { same($0, .ours, item, .theirs) } }
        guard !theirsNew.isEmpty else { return }
        if o.isFlow {
            guard theirsNew.allSatisfy({ $0.scalar != nil || (t.isFlow && $0.mapping?.isFlow == true) }) else {
                return conflict(ours: oursHeld, theirs: theirsHeld, indent: oursHeld.indent, at: 0)
            }
            let close = o.range.end.offset - 1
            var text: [UInt8] = []
            for (index, item) in theirsNew.enumerated() {
                if !(o.items.isEmpty && index == 0) { text += Array(", ".utf8) }
                text += inFlow(item)
            }
            insert(text, at: close)
            return intent.insert(theirsNew, into: path, before: nil)
        }
        guard !o.items.isEmpty else { return conflict(ours: oursHeld, theirs: theirsHeld, indent: oursHeld.indent, at: 0) }
        let indent = itemHeld(o.items[o.items.count - 1], in: ours).indent
        for item in theirsNew {
            let text: [UInt8]
            if t.isFlow {
                let written = item.scalar.map { Array(ScalarRenderer.render($0.text).utf8) } ?? inFlow(item)
                text = Array((String(repeating: " ", count: indent) + "- ").utf8) + written + lineBreak
            } else {
                text = theirsBlock(itemHeld(item, in: theirs), to: indent)
            }
            // A progress update goes before the first of ours' new ones dated after it.
            let date = Self.date(of: item)
            if let date, let later = oursNew.firstIndex(where: { Self.date(of: $0).map { $0 > date } ?? false }) {
                let laterItem = oursNew[later]
                insert(text, at: ours.block(laterItem.range.start.offset, laterItem.range.end.offset, withComments: true).lowerBound)
                intent.insert([item], into: path, before: baseItems.count + later)
            } else {
                insert(text, at: ours.lineEnd(after: ours.end(of: .sequence(o))))
                intent.insert([item], into: path, before: nil)
            }
        }
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

    /// An item of theirs' `[…]` list as written inside ours': a text quoted for it, a flow
    /// mapping (a member `{name: 陈工, email: …}`) as theirs wrote it.
    func inFlow(_ item: Node) -> [UInt8] {
        if let scalar = item.scalar { return Array(EditValue.inFlow(scalar.text).utf8) }
        return Array(theirs.bytes[item.range.start.offset..<item.range.end.offset])
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
