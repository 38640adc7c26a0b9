/// Which item of one side of a merge is which item of base (docs/reference.md §12, identity
/// before ids). An id alone does not say it: a rebase replays a progress update made on
/// base's `T6` onto a side where the merge driver already gave that task the id `T7` and
/// another person's task holds `T6`. The fields the schema names as an item's identity (a
/// task's title, owner and department; a decision's or action's text) tell them apart.
struct IdentifiedItem {
    let id: String
    let identity: [String?]
    let node: Node

    /// The items of a numbered list; nil when an item has no id or an id stands twice (which
    /// item is meant cannot be told, so the caller merges lines).
    static func items(of list: Node?, items schema: RecordSchema) -> [IdentifiedItem]? {
        guard let key = schema.itemKey else { return nil }
        var seen = Set<String>()
        var found: [IdentifiedItem] = []
        for node in list?.sequence?.items ?? [] {
            guard let mapping = node.mapping, let id = mapping[key]?.scalar, !id.isNull, seen.insert(id.text).inserted else { return nil }
            found.append(IdentifiedItem(id: id.text, identity: schema.identity.map { mapping[$0]?.scalar?.text }, node: node))
        }
        return found
    }

    /// The same item, changed in place: at most one identity field differs, and not all of
    /// them (a retitled task, or one handed to another owner — not a different task).
    func isCloseTo(_ other: IdentifiedItem) -> Bool {
        let differing = zip(identity, other.identity).filter { $0 != $1 }.count
        return differing <= 1 && differing < identity.count
    }

    /// Whether the two hold the same data but for their ids.
    func holdsSameData(as other: IdentifiedItem, key: String) -> Bool {
        guard id != other.id else { return node.firstDataDifference(from: other.node) == nil }
        func withoutID(_ node: Node) -> Node {
            guard let mapping = node.mapping else { return node }
            return .mapping(Mapping(entries: mapping.entries.filter { $0.key.text != key }, range: mapping.range, isFlow: mapping.isFlow))
        }
        return withoutID(node).firstDataDifference(from: withoutID(other.node)) == nil
    }
}

/// base index → side index: which item of a side each base item became.
struct ItemMatching {
    var pairs: [Int: Int] = [:]
    private(set) var taken = Set<Int>()

    /// In order of certainty: the same id with the same identity; the same identity under
    /// another id, where exactly one item of the side has it (renumbered); the same id with
    /// an identity changed in one field (edited in place). An item matched by none has no
    /// counterpart: removed, or replaced beyond telling.
    init(base: [IdentifiedItem], side: [IdentifiedItem]) {
        let sideIndex = Dictionary(side.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (b, item) in base.enumerated() {
            if let s = sideIndex[item.id], side[s].identity == item.identity { pair(b, s) }
        }
        for (b, item) in base.enumerated() where pairs[b] == nil {
            let sameIdentity = side.indices.filter { !taken.contains($0) && side[$0].identity == item.identity }
            let twinsInBase = base.indices.filter { pairs[$0] == nil && base[$0].identity == item.identity }
            if sameIdentity.count == 1, twinsInBase.count == 1 { pair(b, sameIdentity[0]) }
        }
        // Edited in place only when no other item of the side is as close: a retitled task
        // beside another of the same owner cannot be told from it.
        for (b, item) in base.enumerated() where pairs[b] == nil {
            guard let s = sideIndex[item.id], !taken.contains(s), side[s].isCloseTo(item) else { continue }
            let alike = side.indices.filter { !taken.contains($0) && side[$0].isCloseTo(item) }
            if alike == [s] { pair(b, s) }
        }
    }

    mutating func pair(_ b: Int, _ s: Int) {
        pairs[b] = s
        taken.insert(s)
    }

    /// Base's items neither side can be told to hold, while both hold an item under its id
    /// (a decision reworded on both sides, a task retitled and reassigned on both): those
    /// items are base's, changed, so the merge compares them field by field and what both
    /// changed differently is a conflict — not two items, one of them renumbered.
    static func pairChangedOnBothSides(base: [IdentifiedItem], _ ours: inout ItemMatching, _ oursItems: [IdentifiedItem],
                                       _ theirs: inout ItemMatching, _ theirsItems: [IdentifiedItem]) {
        let oursIndex = Dictionary(oursItems.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let theirsIndex = Dictionary(theirsItems.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (b, item) in base.enumerated() where ours.pairs[b] == nil && theirs.pairs[b] == nil {
            guard let o = oursIndex[item.id], let t = theirsIndex[item.id], !ours.taken.contains(o), !theirs.taken.contains(t) else { continue }
            ours.pair(b, o)
            theirs.pair(b, t)
        }
    }

    /// Where base's item stands on the other side exactly as base had it, under its own id,
    /// this side's item under that id is base's item changed, whatever its identity: the
    /// merge then simply takes this side's version, as a line merge would.
    mutating func pairUntouched(base: [IdentifiedItem], side: [IdentifiedItem], other: ItemMatching, otherItems: [IdentifiedItem], key: String) {
        let sideIndex = Dictionary(side.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (b, item) in base.enumerated() where pairs[b] == nil {
            guard let s = sideIndex[item.id], !taken.contains(s), let o = other.pairs[b],
                  otherItems[o].id == item.id, otherItems[o].holdsSameData(as: item, key: key) else { continue }
            pair(b, s)
        }
    }
}
