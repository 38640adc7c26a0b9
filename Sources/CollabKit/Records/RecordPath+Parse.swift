extension RecordPath {
    /// A path as people write it, read against the record schema and the file's parse:
    /// keys must be the schema's, items of keyed lists must exist (an item key that holds
    /// a '.' is matched whole), positions must be within the list. Returns the path and the
    /// schema's kind of the value it names, with the value when the file has it.
    public static func parse(_ text: String, root: Node?) throws(PathError) -> (path: RecordPath, kind: RecordSchema.Kind, node: Node?) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: \.isEmpty) else { throw .empty(text) }
        let file = try RecordPath.file(of: text)
        var path = RecordPath(file)
        let schema = RecordSchema.of(file)
        var kind = RecordSchema.Kind.object(schema)
        var node = root
        if let top = schema.listAtTop {
            path = path.appending(.key(top))
            kind = schema.kind(top) ?? kind
            node = node?.mapping?[top]
        }
        var rest = parts.dropFirst(file.name.split(separator: ".").count)
        while let part = rest.first {
            switch kind {
            case .object(let schema):
                guard let inner = schema.kind(part) else { throw .unknownKey(part, at: path.description, keys: schema.keys) }
                path = path.appending(.key(part))
                kind = inner
                node = node?.mapping?[part]
                rest = rest.dropFirst()
            case .list(let items) where items.itemKey != nil:
                let labelled = ItemLabel.labelled(node?.sequence?.items ?? [], of: items)
                let names = labelled.map { RecordPath.Segment.item($0.label.key, occurrence: $0.label.occurrence).description }
                // The longest run of parts that names an item: a key may itself hold dots. Without
                // one, the run that names exactly one item without regard to case (`t3` → T3).
                let lengths = stride(from: rest.count, through: 1, by: -1)
                let found: (length: Int, index: Int)
                if let length = lengths.first(where: { names.contains(rest.prefix($0).joined(separator: ".")) }) {
                    found = (length, names.firstIndex(of: rest.prefix(length).joined(separator: ".")) ?? 0)
                } else if let match = lengths.lazy.compactMap({ length -> (length: Int, index: Int)? in
                    let written = rest.prefix(length).joined(separator: ".").lowercased()
                    let matches = names.indices.filter { names[$0].lowercased() == written }
                    return matches.count == 1 ? (length, matches[0]) : nil
                }).first {
                    found = match
                } else {
                    throw .unknownItem(part, in: path.description, labels: names)
                }
                let (length, index) = found
                path = path.appending(.item(labelled[index].label.key, occurrence: labelled[index].label.occurrence))
                kind = .object(items)
                node = labelled[index].node
                rest = rest.dropFirst(length)
            case .list, .textList:
                let items = node?.sequence?.items ?? []
                guard let position = Int(part), position >= 1, position <= items.count else {
                    throw .notAPosition(part, in: path.description, count: items.count)
                }
                path = path.appending(.position(position))
                kind = kind.itemKind ?? .text
                node = items[position - 1]
                rest = rest.dropFirst()
            case .text, .date, .enumeration, .pattern, .days, .version:
                throw .notAContainer(path.description, next: part)
            }
        }
        return (path, kind, node)
    }

    /// The record file a path starts with: `tasks`, or `meetings.<file name without .yaml>`.
    /// A path that starts with a task id instead (`T2.due`) is answered with the path it
    /// likely meant.
    public static func file(of text: String) throws(PathError) -> RecordFile {
        let parts = text.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        let first = String(parts[0])
        if let file = RecordFile(requiredName: first) { return file }
        if first == WorkspaceLayout.meetingsFolder {
            guard parts.count > 1, !parts[1].isEmpty else { throw .meetingNotNamed(text) }
            return .meeting(String(parts[1]))
        }
        let names = RecordFile.required.map(\.name) + [WorkspaceLayout.meetingsFolder]
        let hint = Suggestion.closest(to: first, in: names).map { $0 + text.dropFirst(first.count) }
        throw .unknownFile(first, hint: hint ?? (Identifier.isTaskID(first) ? RecordFile.tasks.name + "." + text : nil))
    }
}
