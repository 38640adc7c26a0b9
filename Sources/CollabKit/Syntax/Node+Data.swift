/// Data equality: what two nodes mean, whatever their layout, quoting and comments. Null
/// (a key with no value) and "" stay different; the order of a mapping's keys does not count.
extension Node {
    /// Where, in this node, the first difference in data from `old` is; nil when they hold
    /// the same data.
    public func firstDataDifference(from old: Node?) -> SourceLocation? {
        guard let old else { return range.start }
        switch (self, old) {
        case (.scalar(let new), .scalar(let was)):
            return new.isNull == was.isNull && new.text == was.text ? nil : new.range.start
        case (.sequence(let new), .sequence(let was)):
            for (index, item) in new.items.enumerated() {
                guard index < was.items.count else { return item.range.start }
                if let difference = item.firstDataDifference(from: was.items[index]) { return difference }
            }
            return new.items.count == was.items.count ? nil : new.range.end
        case (.mapping(let new), .mapping(let was)):
            guard new.entries.count == was.entries.count else {
                return new.entries.first { was.first($0.key.text) == nil }?.key.range.start ?? new.range.start
            }
            for entry in new.entries {
                guard let before = was.first(entry.key.text) else { return entry.key.range.start }
                if let difference = entry.value.firstDataDifference(from: before.value) { return difference }
            }
            return nil
        default:
            return range.start
        }
    }
}

extension YAMLDocument {
    /// Where this document's data first differs from `old`'s; nil when they are the same.
    public func firstDataDifference(from old: YAMLDocument) -> SourceLocation? {
        // An empty file, one of comments only and `{}` are all the empty mapping.
        func meaningful(_ node: Node?) -> Node? {
            guard let node, !node.isNull, node.mapping?.entries.isEmpty != true else { return nil }
            return node
        }
        switch (meaningful(root), meaningful(old.root)) {
        case (nil, nil): return nil
        case (nil, _?): return .start
        case (let new?, let was): return new.firstDataDifference(from: was)
        }
    }
}
