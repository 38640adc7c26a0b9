/// The semantic diff of docs/reference.md §7. Items of keyed lists are matched by the key the
/// record schema names (tasks by `id`, departments and responses by `department`, people by
/// `name`, improvements by `point`…), items sharing a key in order among themselves; other
/// lists are compared as sequences, so an inserted or appended item is one change.
public enum RecordDiff {
    /// Changes between two parses of one record file (nil: the file is absent).
    /// A meeting file that came or went is one change, summarised by its topic and date.
    public static func changes(_ file: RecordFile, old: Node?, new: Node?, collaboration: String) -> [RecordChange] {
        var differ = Differ(file: file, collaboration: collaboration)
        if case .meeting = file, (old == nil) != (new == nil), let whole = old ?? new {
            differ.changes.append(RecordChange(collaboration: collaboration, file: file.fileName, kind: old == nil ? .added : .removed,
                                               item: nil, field: nil, old: nil, new: nil, summary: Differ.summary(whole, ""),
                                               path: RecordPath(file)))
            return differ.changes
        }
        differ.value(old, new, kind: .object(RecordSchema.of(file)), at: Differ.Place(path: RecordPath(file)))
        return differ.changes
    }

    static func orderedKeys(_ a: Mapping?, _ b: Mapping?) -> [String] {
        var keys: [String] = []
        var seen = Set<String>()
        for entry in (b?.entries ?? []) + (a?.entries ?? []) where seen.insert(entry.key.text).inserted {
            keys.append(entry.key.text)
        }
        return keys
    }
}

/// Walks two trees side by side, guided by the schema, and records what differs.
struct Differ {
    /// Where the walk is: the edit path, and the item and field the JSON of §7 names.
    struct Place {
        var path: RecordPath
        var item: String?
        var field: [String] = []
        /// The title of the top-level item the walk is in.
        var title: String?

        func key(_ key: String) -> Place {
            var place = self
            // The list at a file's top is the file itself: no field named `tasks`.
            if !(path.segments.isEmpty && key == RecordSchema.of(path.file).listAtTop) { place.field.append(key) }
            place.path = path.appending(.key(key))
            return place
        }

        func item(_ label: String, occurrence: Int) -> Place {
            var place = self
            let shown = RecordPath.Segment.item(label, occurrence: occurrence)
            place.path = path.appending(shown)
            if item == nil {
                place.item = shown.description
                place.field = []
            } else {
                place.field.append(shown.description)
            }
            return place
        }

        func position(_ position: Int) -> Place {
            var place = self
            place.path = path.appending(.position(position))
            place.field.append(String(position))
            return place
        }
    }

    let file: RecordFile
    let collaboration: String
    var changes: [RecordChange] = []

    mutating func record(_ kind: RecordChange.Kind, _ place: Place, old: String?, new: String?, summary: String? = nil) {
        let whole = place.field.isEmpty && place.item != nil
        let field = whole ? nil : place.field.joined(separator: ".")
        // The item's title beside a change inside it, unless the change is of the title itself.
        let title = field.map(Self.titles.contains) == false ? place.title : nil
        changes.append(RecordChange(collaboration: collaboration, file: file.fileName, kind: kind, item: place.item,
                                    field: field, old: old, new: new, summary: summary, path: place.path, title: title))
    }

    /// Any two values at `place`, of the schema's `kind` when known.
    mutating func value(_ old: Node?, _ new: Node?, kind: RecordSchema.Kind?, at place: Place) {
        let old = old.flatMap { $0.isNull ? nil : $0 }
        let new = new.flatMap { $0.isNull ? nil : $0 }
        switch (old, new, kind) {
        case (nil, nil, _):
            return
        case (.mapping(let a)?, .mapping(let b)?, _):
            mapping(a, b, kind: kind, at: place)
        case (.mapping(let a)?, nil, .object?), (nil, .mapping(let a)?, .object?):
            // A file, or a mapping such as `goal`, that is new or gone: its keys one by one,
            // each named by a path `collab set` takes.
            let empty = Mapping(entries: [], range: a.range, isFlow: false)
            mapping(old?.mapping ?? empty, new?.mapping ?? empty, kind: kind, at: place)
        case (_, _, .list(let items)?) where (old == nil || old?.sequence != nil) && (new == nil || new?.sequence != nil):
            let a = old?.sequence?.items ?? [], b = new?.sequence?.items ?? []
            if let key = items.itemKey { keyedList(a, b, key: key, items: items, at: place) } else { sequence(a, b, kind: kind, at: place) }
        case (.sequence(let a)?, .sequence(let b)?, _):
            sequence(a.items, b.items, kind: kind, at: place)
        case (_, _, .textList?) where (old?.sequence != nil && new == nil) || (old == nil && new?.sequence != nil):
            sequence(old?.sequence?.items ?? [], new?.sequence?.items ?? [], kind: kind, at: place)
        default:
            let before = old.map(Self.text), after = new.map(Self.text)
            guard before != after else { return }
            record(old == nil ? .added : (new == nil ? .removed : .changed), place, old: before, new: after)
        }
    }

    private mutating func mapping(_ a: Mapping, _ b: Mapping, kind: RecordSchema.Kind?, at place: Place) {
        let schema = kind?.inner
        for key in RecordDiff.orderedKeys(a, b) {
            value(a[key], b[key], kind: schema?.kind(key), at: place.key(key))
        }
    }

    /// A list whose items are matched by `key`; the n-th item with a key is matched with the
    /// other side's n-th item with that key, and items without one by position.
    private mutating func keyedList(_ old: [Node], _ new: [Node], key: String, items: RecordSchema, at place: Place) {
        let before = ItemLabel.labelled(old, of: items), after = ItemLabel.labelled(new, of: items)
        let beforeIndex = Dictionary(before.map { ($0.label, $0.node) }, uniquingKeysWith: { first, _ in first })
        let afterLabels = Set(after.map(\.label))
        let order = after.map(\.label) + before.map(\.label).filter { !afterLabels.contains($0) }
        let afterIndex = Dictionary(after.map { ($0.label, $0.node) }, uniquingKeysWith: { first, _ in first })
        for label in order {
            var itemPlace = place.item(label.key, occurrence: label.occurrence)
            if place.item == nil { itemPlace.title = Self.title(afterIndex[label] ?? beforeIndex[label]) }
            switch (beforeIndex[label], afterIndex[label]) {
            case (nil, let added?): record(.added, itemPlace, old: nil, new: nil, summary: Self.summary(added, key))
            case (let removed?, nil): record(.removed, itemPlace, old: nil, new: nil, summary: Self.summary(removed, key))
            case (let a, let b): value(Self.expanded(a, items), Self.expanded(b, items), kind: .object(items), at: itemPlace)
            }
        }
    }

    /// A bare item (a member `陈工`) as the mapping it stands for (`{name: 陈工}`), so that an
    /// email added to it is one added key; any other node as it is.
    static func expanded(_ node: Node?, _ items: RecordSchema) -> Node? {
        guard items.bareItems, let key = items.itemKey, let scalar = node?.scalar, !scalar.isNull else { return node }
        let entry = MappingEntry(key: Scalar(text: key, style: .plain, range: scalar.range), value: .scalar(scalar))
        return .mapping(Mapping(entries: [entry], range: scalar.range, isFlow: true))
    }

    /// An unkeyed list as a sequence: items equal in data are matched in order (progress
    /// updates thus by date, author and note), and what lies between matches is added or
    /// removed — or changed, where as many items were removed as added in one place.
    private mutating func sequence(_ old: [Node], _ new: [Node], kind: RecordSchema.Kind?, at place: Place) {
        let itemKind: RecordSchema.Kind? = { if case .list(let items)? = kind { return .object(items) } else { return nil } }()
        for gap in SequenceAlignment.gaps(old, new, equal: { $0.firstDataDifference(from: $1) == nil }) {
            // As many items removed as added in one place, each of the same shape as its
            // counterpart: the items were edited (an update's note reworded), field by field.
            let sameShapes = zip(gap.old, gap.new).allSatisfy { ($0.1.scalar != nil) == ($1.1.scalar != nil) && ($0.1.mapping != nil) == ($1.1.mapping != nil) }
            let pairs = gap.old.count == gap.new.count && sameShapes ? gap.old.count : 0
            for offset in 0..<pairs {
                value(gap.old[offset].1, gap.new[offset].1, kind: itemKind, at: place.position(gap.new[offset].0 + 1))
            }
            for (index, node) in gap.old.dropFirst(pairs) {
                record(.removed, place.position(index + 1), old: Self.text(node), new: nil)
            }
            for (index, node) in gap.new.dropFirst(pairs) {
                record(.added, place.position(index + 1), old: nil, new: Self.text(node))
            }
        }
    }

    /// The keys that name an item for people, the first one present wins.
    static let titles = ["title", "cause", "comment", "text", "topic"]

    /// An item's title (`财务部数据预审` for a task), on one line; nil when it has none.
    static func title(_ node: Node?) -> String? {
        guard let mapping = node?.mapping else { return nil }
        return titles.lazy.compactMap { mapping[$0]?.scalar?.text }.first { !$0.isEmpty }
    }

    /// `财务部数据预审 (owner 李主管, due 2024-10-25)` for a task; the other items likewise.
    static func summary(_ node: Node, _ key: String) -> String? {
        guard let mapping = node.mapping else { return text(node) }
        let title = title(node)
        let details = mapping.entries.lazy
            .filter { $0.key.text != key && !(titles + ["updates", "note", "depends_on", "contact"]).contains($0.key.text) }
            .compactMap { entry in oneLine(entry.value).map { "\(entry.key.text) \($0)" } }
            .prefix(3)
        let parts = [title, details.isEmpty ? nil : "(" + details.joined(separator: ", ") + ")"].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// A short value of a summary: a one-line scalar, or a list of them (`[陈主管, 周专员]`).
    static func oneLine(_ node: Node) -> String? {
        switch node {
        case .scalar(let scalar): return scalar.isNull || scalar.text.contains("\n") ? nil : scalar.text
        case .sequence(let sequence):
            return sequence.items.isEmpty || !sequence.items.allSatisfy({ oneLine($0) != nil }) ? nil : text(node)
        case .mapping: return nil
        }
    }

    /// A value as one text: a scalar's text, or a flow-style rendering of a collection.
    static func text(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return scalar.text
        case .sequence(let sequence): return "[" + sequence.items.map(text).joined(separator: ", ") + "]"
        case .mapping(let mapping): return "{" + mapping.entries.map { "\($0.key.text): \(text($0.value))" }.joined(separator: ", ") + "}"
        }
    }
}
