/// The semantic diff of two sides of a workspace, collaboration by collaboration. Folders
/// whose tree ids match are skipped unread, and within a changed folder only files whose
/// blob ids differ are parsed: the cost follows the change, not the workspace.
public enum WorkspaceDiff {
    public static func run(old: DiffSide, new: DiffSide, ids: [String] = []) throws -> [CollaborationDiff] {
        if var oldTree = old as? TreeSide, var newTree = new as? TreeSide {
            let changed = try newTree.changedCollaborations(comparedTo: oldTree).filter { ids.isEmpty || ids.contains($0.name) }
            for entry in changed {
                oldTree.folders[entry.name] = entry.old
                newTree.folders[entry.name] = entry.new
            }
            return try changed.compactMap { entry in
                try collaboration(entry.name, old: entry.old == nil ? nil : oldTree, new: entry.new == nil ? nil : newTree)
            }
        }
        let before = try old.collaborations()
        let after = try new.collaborations()
        var names = Set(before.keys).union(after.keys)
        if !ids.isEmpty { names = names.intersection(ids) }
        var result: [CollaborationDiff] = []
        for id in names.sorted() {
            if let a = before[id], let b = after[id], let x = a, let y = b, x == y { continue }
            if let diff = try collaboration(id, old: before[id] == nil ? nil : old, new: after[id] == nil ? nil : new) {
                result.append(diff)
            }
        }
        return result
    }

    private static func collaboration(_ id: String, old: DiffSide?, new: DiffSide?) throws -> CollaborationDiff? {
        let oldIDs = try old?.fileIDs(id) ?? [:]
        let newIDs = try new?.fileIDs(id) ?? [:]
        var diff = CollaborationDiff(id: id, oldStage: nil, newStage: nil, changes: [], unreadable: [])
        if old == nil || new == nil {
            diff.changes.append(RecordChange(collaboration: id, file: nil, kind: old == nil ? .added : .removed,
                                             item: nil, field: nil, old: nil, new: nil, summary: nil))
        }
        var parsed: [RecordFile: (Node?, Node?)] = [:]
        let files = Set(oldIDs.keys).union(newIDs.keys).union([.problem]).sorted()
        for file in files where oldIDs[file] != newIDs[file] || file == .problem {
            let a = try parse(old, id, file, blob: oldIDs[file], into: &diff)
            let same = oldIDs[file] != nil && oldIDs[file] == newIDs[file]
            let b = same ? a : try parse(new, id, file, blob: newIDs[file], into: &diff)
            parsed[file] = (a, b)
        }
        diff.oldStage = parsed[.problem]?.0?.mapping?["stage"]?.scalar?.text
        diff.newStage = parsed[.problem]?.1?.mapping?["stage"]?.scalar?.text
        guard old != nil && new != nil else { return diff }
        for file in files where oldIDs[file] != newIDs[file] {
            guard let (a, b) = parsed[file], !diff.unreadable.contains(where: { $0.file.hasSuffix("/" + file.fileName) }) else { continue }
            if a == nil && b == nil && (oldIDs[file] == nil) != (newIDs[file] == nil) {
                diff.changes.append(RecordChange(collaboration: id, file: file.fileName, kind: oldIDs[file] == nil ? .added : .removed,
                                                 item: nil, field: nil, old: nil, new: nil, summary: nil))
            }
            diff.changes += RecordDiff.changes(file, old: a, new: b, collaboration: id)
        }
        return diff.changes.isEmpty && diff.unreadable.isEmpty ? nil : diff
    }

    /// The root of a file's parse, nil when absent or empty; a file that does not parse is
    /// reported in `unreadable` with its side named.
    private static func parse(_ side: DiffSide?, _ id: String, _ file: RecordFile, blob: ObjectID?,
                              into diff: inout CollaborationDiff) throws -> Node? {
        guard let side, let blob else { return nil }
        do {
            guard let bytes = try side.read(id, file, blob: blob) else { return nil }
            return try YAMLParser.parse(bytes).root
        } catch let error as SyntaxError {
            diff.unreadable.append(Diagnostic(file: WorkspaceLayout.collaborationFile(id, file.fileName), at: error.location, rule: error.kind.rule,
                                              message: .onSide(side.revision, error.message), collaboration: id))
            return nil
        }
    }
}

extension Message {
    /// A finding about one side of a diff: "at main: …" / "在 main 中：…".
    public static func onSide(_ revision: String?, _ message: Message) -> Message {
        Message(en: "\(revision.map { "at \($0)" } ?? "in the working tree"): \(message.text(.en))",
                zh: "\(revision.map { "在 \($0) 中" } ?? "在工作区中")：\(message.text(.zh))")
    }
}
