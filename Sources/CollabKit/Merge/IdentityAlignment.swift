/// Base and theirs renumbered into ours' ids before the merge by keys (docs/reference.md §12):
/// each item of theirs takes the id its base item has in ours (found by identity,
/// `ItemMatching`), an item theirs added takes a free id when ours holds its id for another
/// item, and the references to them (`depends_on`) follow. The merge by keys then matches
/// by id what is the same item, so a change or a progress update is never put on another
/// person's item, however the commits were replayed.
struct IdentityAlignment {
    var base: [UInt8]
    var theirs: [UInt8]
    var notes: [Message] = []
    var unaligned = Set<String>()

    /// Lists whose items cannot be told apart (an item without an id, an id twice on a side)
    /// are left as they are and named in `unaligned`.
    static func align(file: RecordFile, base: (bytes: [UInt8], root: Node?), ours: Node?,
                      theirs: (bytes: [UInt8], root: Node?)) -> IdentityAlignment {
        var alignment = IdentityAlignment(base: base.bytes, theirs: theirs.bytes)
        var baseRewrites: [(Range<Int>, String)] = [], theirsRewrites: [(Range<Int>, String)] = []
        for field in RecordSchema.of(file).fields {
            guard case .list(let schema) = field.kind, !schema.identity.isEmpty else { continue }
            let lists = (base.root?.mapping?[field.key], ours?.mapping?[field.key], theirs.root?.mapping?[field.key])
            let notes = alignment.notes
            guard let b = IdentifiedItem.items(of: lists.0, items: schema), let o = IdentifiedItem.items(of: lists.1, items: schema),
                  let t = IdentifiedItem.items(of: lists.2, items: schema) else {
                alignment.unaligned.insert(field.key)
                continue
            }
            let ids = alignment.ids(base: b, ours: o, theirs: t, schema: schema)
            guard let baseSpots = rewrites(lists.0, ids.base, schema: schema),
                  let theirsSpots = rewrites(lists.2, ids.theirs, schema: schema) else {
                alignment.notes = notes
                alignment.unaligned.insert(field.key)
                continue
            }
            baseRewrites += baseSpots
            theirsRewrites += theirsSpots
        }
        alignment.base = apply(baseRewrites, to: base.bytes)
        alignment.theirs = apply(theirsRewrites, to: theirs.bytes)
        return alignment
    }

    /// The new ids of base's and theirs' items (old id → new id, only those that change).
    private mutating func ids(base b: [IdentifiedItem], ours o: [IdentifiedItem], theirs t: [IdentifiedItem],
                              schema: RecordSchema) -> (base: [String: String], theirs: [String: String]) {
        var oursMatch = ItemMatching(base: b, side: o), theirsMatch = ItemMatching(base: b, side: t)
        let key = schema.itemKey ?? ""
        theirsMatch.pairUntouched(base: b, side: t, other: oursMatch, otherItems: o, key: key)
        oursMatch.pairUntouched(base: b, side: o, other: theirsMatch, otherItems: t, key: key)
        ItemMatching.pairChangedOnBothSides(base: b, &oursMatch, o, &theirsMatch, t)
        var taken = Set((b + o + t).map(\.id))
        var used = Set(o.map(\.id))
        func fresh() -> String {
            let id = RecordMerge.nextID(schema.idPrefix ?? "", taken: taken)
            taken.insert(id)
            used.insert(id)
            return id
        }
        // Base's items: the id ours gives them; one ours removed keeps its own id unless ours
        // holds that id for another item.
        var baseIDs: [Int: String] = [:]
        for index in b.indices {
            if let s = oursMatch.pairs[index] { baseIDs[index] = o[s].id }
        }
        for index in b.indices where baseIDs[index] == nil {
            if used.insert(b[index].id).inserted { baseIDs[index] = b[index].id } else { baseIDs[index] = fresh() }
        }
        var theirsIDs: [Int: String] = [:]
        for (index, s) in theirsMatch.pairs {
            theirsIDs[s] = baseIDs[index]
            if baseIDs[index] != t[s].id, !t[s].holdsSameData(as: b[index], key: key) {
                notes.append(.followed(t[s].id, baseIDs[index] ?? t[s].id, Differ.summary(t[s].node, key)))
            }
        }
        let oursAdded = Set(o.indices).subtracting(oursMatch.pairs.values)
        for index in t.indices where theirsIDs[index] == nil {
            let id = t[index].id
            let sameAddition = oursAdded.contains { o[$0].id == id && o[$0].holdsSameData(as: t[index], key: key) }
            if used.insert(id).inserted || sameAddition {
                theirsIDs[index] = id
            } else {
                let new = fresh()
                theirsIDs[index] = new
                notes.append(.renumbered(id, new, Differ.summary(t[index].node, key)))
            }
        }
        func changed(_ items: [IdentifiedItem], _ ids: [Int: String]) -> [String: String] {
            var map: [String: String] = [:]
            for (index, id) in ids where items[index].id != id { map[items[index].id] = id }
            return map
        }
        return (changed(b, baseIDs), changed(t, theirsIDs))
    }

    /// Where a list's ids and its references name a renamed item: each scalar's range and its
    /// new text. nil when one cannot be rewritten in place.
    private static func rewrites(_ list: Node?, _ renames: [String: String], schema: RecordSchema) -> [(Range<Int>, String)]? {
        guard !renames.isEmpty, let key = schema.itemKey else { return [] }
        var found: [(Range<Int>, String)] = []
        for item in list?.sequence?.items ?? [] {
            guard let mapping = item.mapping else { continue }
            if let id = mapping[key]?.scalar, let new = renames[id.text] {
                found.append((id.range.start.offset..<id.range.end.offset, ScalarRenderer.render(new)))
            }
            for field in schema.references {
                guard let references = mapping[field]?.sequence else {
                    if let scalar = mapping[field]?.scalar, renames[scalar.text] != nil { return nil }
                    continue
                }
                for reference in references.items {
                    guard let scalar = reference.scalar, let new = renames[scalar.text] else { continue }
                    let text = references.isFlow ? EditValue.inFlow(new) : ScalarRenderer.render(new)
                    found.append((scalar.range.start.offset..<scalar.range.end.offset, text))
                }
            }
        }
        return found
    }

    private static func apply(_ rewrites: [(Range<Int>, String)], to bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for (range, text) in rewrites.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            out.replaceSubrange(range, with: Array(text.utf8))
        }
        return out
    }
}

extension Message {
    static func renumbered(_ id: String, _ fresh: String, _ summary: String?) -> Message {
        let what = summary.map { " " + $0 } ?? ""
        return Message(en: "theirs' new \(id)\(what) is \(fresh) now: ours has another \(id)",
                       zh: "对方新增的 \(id)\(what) 已改为 \(fresh)：我方已有另一个 \(id)")
    }

    static func followed(_ id: String, _ oursID: String, _ summary: String?) -> Message {
        let what = summary.map { " " + $0 } ?? ""
        return Message(en: "theirs' change to \(id)\(what) went to \(oursID), the id ours gives that item",
                       zh: "对方对 \(id)\(what) 的修改已落到 \(oursID)：我方中该条目的编号是 \(oursID)")
    }
}
