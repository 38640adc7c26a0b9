/// The keyed semantic diff of docs/reference.md §7: list items are matched by their key — tasks by
/// `id`, departments and responses by `department`, people by `name`, improvements by
/// `point` (causes by `department`, norm updates by `norm`) — other lists by position.
public enum RecordDiff {
    /// The key that identifies items of the list at `key` in `file`.
    static func itemKey(_ file: RecordFile, _ key: String) -> String? {
        switch (file, key) {
        case (.tasks, "tasks"): return "id"
        case (.stakeholders, "departments"), (.feedback, "responses"), (.problem, "causes"): return "department"
        case (.stakeholders, "people"): return "name"
        case (.feedback, "improvements"): return "point"
        case (.feedback, "norm_updates"): return "norm"
        default: return nil
        }
    }

    /// Changes between two parses of one record file (nil: the file is absent).
    public static func changes(_ file: RecordFile, old: Node?, new: Node?, collaboration: String) -> [RecordChange] {
        var differ = Differ(file: file, collaboration: collaboration)
        differ.value(old, new, item: nil, path: [])
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

/// Walks two trees side by side and records what differs.
struct Differ {
    let file: RecordFile
    let collaboration: String
    var changes: [RecordChange] = []

    mutating func record(_ kind: RecordChange.Kind, item: String?, path: [String]?, old: String?, new: String?, summary: String? = nil) {
        changes.append(RecordChange(collaboration: collaboration, file: file.fileName, kind: kind, item: item,
                                    field: path.map { $0.joined(separator: ".") }, old: old, new: new, summary: summary))
    }

    /// Any two values at `path`: scalars compared as text, mappings key by key, lists by position.
    mutating func value(_ old: Node?, _ new: Node?, item: String?, path: [String]) {
        switch (old, new) {
        case (nil, nil):
            return
        case (.mapping(let a)?, .mapping(let b)?):
            for key in RecordDiff.orderedKeys(a, b) {
                let before = a[key].flatMap { $0.isNull ? nil : $0 }
                let after = b[key].flatMap { $0.isNull ? nil : $0 }
                if path.isEmpty, let itemKey = RecordDiff.itemKey(file, key) {
                    keyedList(before?.sequence, after?.sequence, key: itemKey)
                } else {
                    value(before, after, item: item, path: path + [key])
                }
            }
        case (.mapping(let a)?, nil) where path.isEmpty && item == nil,
             (nil, .mapping(let a)?) where path.isEmpty && item == nil:
            // A file that is new or gone (or was only comments): its keys one by one.
            let empty = Mapping(entries: [], range: a.range, isFlow: false)
            value(old == nil ? .mapping(empty) : old, new == nil ? .mapping(empty) : new, item: nil, path: [])
        case (.sequence(let a)?, .sequence(let b)?):
            for index in 0..<max(a.items.count, b.items.count) {
                value(index < a.items.count ? a.items[index] : nil, index < b.items.count ? b.items[index] : nil,
                      item: item, path: path + [String(index + 1)])
            }
        default:
            let before = old.map(Self.text)
            let after = new.map(Self.text)
            guard before != after else { return }
            let kind: RecordChange.Kind = old == nil ? .added : (new == nil ? .removed : .changed)
            record(kind, item: item, path: path, old: before, new: after)
        }
    }

    /// A list whose items are matched by `key`; unkeyed items fall back to their position.
    mutating func keyedList(_ old: SequenceNode?, _ new: SequenceNode?, key: String) {
        let before = Self.index(old, key)
        let after = Self.index(new, key)
        let order = after.map(\.0) + before.map(\.0).filter { id in !after.contains { $0.0 == id } }
        for id in order {
            let a = before.first { $0.0 == id }?.1
            let b = after.first { $0.0 == id }?.1
            switch (a, b) {
            case (nil, let added?): record(.added, item: id, path: nil, old: nil, new: nil, summary: Self.summary(added, key))
            case (let removed?, nil): record(.removed, item: id, path: nil, old: nil, new: nil, summary: Self.summary(removed, key))
            default: value(a, b, item: id, path: [])
            }
            for index in changes.indices where changes[index].item == id {
                if changes[index].field == "" { changes[index].field = nil }
                changes[index].itemKind = key == "id" ? nil : key
            }
        }
    }

    static func index(_ list: SequenceNode?, _ key: String) -> [(String, Node)] {
        (list?.items ?? []).enumerated().map { position, node in
            let id = node.mapping?[key]?.scalar.flatMap { $0.isNull ? nil : $0.text } ?? "#\(position + 1)"
            return (id, node)
        }
    }

    /// `财务部数据预审 (owner 李主管, due 2024-10-25)` for a task; the other fields likewise.
    static func summary(_ node: Node, _ key: String) -> String? {
        guard let mapping = node.mapping else { return text(node) }
        let title = ["title", "cause", "comment"].lazy.compactMap { mapping[$0]?.scalar?.text }.first { !$0.isEmpty }
        let details = mapping.entries.filter { entry in
            entry.key.text != key && !["title", "cause", "comment", "updates", "note", "depends_on", "contact"].contains(entry.key.text)
                && entry.value.scalar.map { !$0.isNull && !$0.text.contains("\n") } ?? false
        }.prefix(3).map { "\($0.key.text) \($0.value.scalar?.text ?? "")" }
        let parts = [title, details.isEmpty ? nil : "(" + details.joined(separator: ", ") + ")"].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
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
