/// What a merge means to write, as data: ours' data with each decision of the merge applied
/// (a value taken from theirs, a key or item added or removed). The bytes the merge splices
/// are read back and must hold exactly this data (docs/reference.md §12): a splice that
/// would change a value's meaning — a block item moved into a flow list, a byte order mark
/// inside a key, a kept literal's blank lines lost — is caught instead of written.
struct MergeIntent {
    indirect enum Value: Equatable {
        case scalar(String?)
        case list([Slot])
        case map([String: Value])

        init(_ node: Node) {
            switch node {
            case .scalar(let scalar): self = .scalar(scalar.isNull ? nil : scalar.text)
            case .sequence(let sequence): self = .list(sequence.items.enumerated().map { Slot(original: $0, value: Value($1)) })
            case .mapping(let mapping):
                self = .map(Dictionary(mapping.entries.map { ($0.key.text, Value($0.value)) }, uniquingKeysWith: { first, _ in first }))
            }
        }

        /// The data alone: removed items gone, inserted ones in place, positions forgotten.
        var settled: Value {
            switch self {
            case .scalar: return self
            case .list(let slots):
                return .list(slots.compactMap { slot in slot.value.map { Slot(original: nil, value: $0.settled) } })
            case .map(let entries): return .map(entries.mapValues(\.settled))
            }
        }
    }

    /// A list item: `original` is its position in ours (nil for an item the merge adds);
    /// `value` nil once the merge removes it.
    struct Slot: Equatable {
        var original: Int?
        var value: Value?
    }

    /// A step from a value to one inside it: a mapping's key, or a list item by its
    /// position in ours.
    enum Step {
        case key(String)
        case item(Int)
    }

    private(set) var root: Value

    init(ours: Node) { root = Value(ours) }

    /// The value at `path` becomes `node`'s data (nil: removed).
    mutating func set(_ path: [Step], to node: Node?) {
        Self.update(&root, path[...]) { $0 = node.map(Value.init) }
    }

    /// Items added to the list at `path`, before ours' item at position `before` (nil: at
    /// its end).
    mutating func insert(_ nodes: [Node], into path: [Step], before: Int?) {
        Self.update(&root, path[...]) { value in
            guard case .list(var slots)? = value else { return }
            let added = nodes.map { Slot(original: nil, value: Value($0)) }
            let at = before.flatMap { position in slots.firstIndex { $0.original == position } } ?? slots.count
            slots.insert(contentsOf: added, at: at)
            value = .list(slots)
        }
    }

    /// Whether `node` (the merged file read back) holds exactly the intended data.
    func isHeld(by node: Node?) -> Bool {
        guard let node else { return false }
        return Value(node).settled == root.settled
    }

    private static func update(_ value: inout Value, _ path: ArraySlice<Step>, _ change: (inout Value?) -> Void) {
        guard let step = path.first else {
            var optional: Value? = value
            change(&optional)
            value = optional ?? .scalar(nil)
            return
        }
        switch (step, value) {
        case (.key(let key), .map(var entries)):
            var inner = entries[key]
            if path.count == 1 {
                change(&inner)
            } else if var existing = inner {
                update(&existing, path.dropFirst(), change)
                inner = existing
            }
            entries[key] = inner
            value = .map(entries)
        case (.item(let position), .list(var slots)):
            guard let index = slots.firstIndex(where: { $0.original == position }) else { return }
            if path.count == 1 {
                change(&slots[index].value)
            } else if var existing = slots[index].value {
                update(&existing, path.dropFirst(), change)
                slots[index].value = existing
            }
            value = .list(slots)
        default:
            return
        }
    }
}
