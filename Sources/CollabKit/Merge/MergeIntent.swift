/// What a merge means to write, as data: ours' data with each decision of the merge applied
/// (a value taken from theirs, a key or item added or removed). The bytes the merge splices
/// are read back and must hold exactly this data (docs/reference.md §12): a splice that
/// would change a value's meaning — a block item moved into a flow list, a byte order mark
/// inside a key, a kept literal's blank lines lost — is caught instead of written.
///
/// The decisions are kept as a tree of paths into ours; the check walks the result beside
/// ours and compares what no decision touched subtree by subtree, so it costs about one more
/// walk of the file.
struct MergeIntent {
    /// A step from a value to one inside it: a mapping's key, or a list item by its position
    /// in ours.
    enum Step: Hashable {
        case key(String)
        case item(Int)
    }

    private enum Change {
        case replace(Node)
        case remove
    }

    /// The decisions at one place of ours and below it.
    private final class Decisions {
        var change: Change?
        var inside: [Step: Decisions] = [:]
        /// Items added to the list here, before ours' item at a position (nil: at the end), in
        /// the order they were decided.
        var insertions: [(before: Int?, nodes: [Node])] = []
    }

    private let ours: Node
    private let decisions = Decisions()

    init(ours: Node) { self.ours = ours }

    /// The value at `path` becomes `node`'s data (nil: removed).
    func set(_ path: [Step], to node: Node?) {
        at(path).change = node.map(Change.replace) ?? .remove
    }

    /// Items added to the list at `path`, before ours' item at position `before` (nil: at
    /// its end).
    func insert(_ nodes: [Node], into path: [Step], before: Int?) {
        at(path).insertions.append((before, nodes))
    }

    /// Whether `node` (the merged file read back) holds exactly the intended data.
    func isHeld(by node: Node?) -> Bool { Self.holds(node, ours, decisions) }

    private func at(_ path: [Step]) -> Decisions {
        var current = decisions
        for step in path {
            if let next = current.inside[step] {
                current = next
            } else {
                let next = Decisions()
                current.inside[step] = next
                current = next
            }
        }
        return current
    }

    private static func holds(_ result: Node?, _ ours: Node?, _ decisions: Decisions?) -> Bool {
        guard let decisions else { return same(result, ours) }
        switch decisions.change {
        case .remove?: return result == nil
        case .replace(let node)?: return same(result, node)
        case nil: break
        }
        if decisions.inside.isEmpty && decisions.insertions.isEmpty { return same(result, ours) }
        switch (result, ours) {
        case (.mapping(let r)?, .mapping(let o)?):
            var keys = o.entries.map(\.key.text)
            for case .key(let key) in decisions.inside.keys where o.index(of: key) == nil { keys.append(key) }
            var kept = 0
            for key in keys {
                let inside = decisions.inside[.key(key)], value = r[key]
                if case .remove? = inside?.change {
                    guard value == nil else { return false }
                    continue
                }
                kept += 1
                guard holds(value, o[key], inside) else { return false }
            }
            return r.entries.count == kept
        case (.sequence(let r)?, .sequence(let o)?):
            var expected: [(ours: Node?, decisions: Decisions?)] = []
            func inserted(before position: Int?) {
                for insertion in decisions.insertions where insertion.before == position {
                    expected += insertion.nodes.map { (Optional($0), nil) }
                }
            }
            for (position, item) in o.items.enumerated() {
                inserted(before: position)
                let inside = decisions.inside[.item(position)]
                if case .remove? = inside?.change { continue }
                expected.append((item, inside))
            }
            inserted(before: nil)
            guard r.items.count == expected.count else { return false }
            return zip(r.items, expected).allSatisfy { holds($0, $1.ours, $1.decisions) }
        default:
            return false
        }
    }

    private static func same(_ a: Node?, _ b: Node?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.firstDataDifference(from: b) == nil
    }
}
