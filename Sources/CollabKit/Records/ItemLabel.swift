/// How an item of a keyed list is named in a record path, a diff and a merge: the value of its
/// item key (`T3`), or `#N` (its position) when it has none, with the occurrence of that name
/// among the items before it (a key written twice is `T3`, then `T3#2`). In a list of bare
/// items (`RecordSchema.bareItems`: directory members) a text item is named by its text.
struct ItemLabel: Hashable {
    var key: String
    var occurrence: Int

    /// `items` of a list of `schema`'s items, with their labels, in order.
    static func labelled(_ items: [Node], of schema: RecordSchema) -> [(label: ItemLabel, node: Node)] {
        labelled(items, schema.itemKey ?? "", bare: schema.bareItems)
    }

    /// `items` with their labels, in order; `bare`: a text item is named by its text.
    static func labelled(_ items: [Node], _ key: String, bare: Bool = false) -> [(label: ItemLabel, node: Node)] {
        var seen: [String: Int] = [:]
        return items.enumerated().map { position, node in
            let written = (bare ? node.scalar : nil) ?? node.mapping?[key]?.scalar
            let name = written.flatMap { $0.isNull ? nil : $0.text } ?? "#\(position + 1)"
            seen[name, default: 0] += 1
            return (ItemLabel(key: name, occurrence: seen[name] ?? 1), node)
        }
    }
}
