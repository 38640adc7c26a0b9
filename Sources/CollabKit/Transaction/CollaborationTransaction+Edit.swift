/// What an edit of a collaboration's records (`set`, `add`, `update`) came to.
public struct EditOutcome: Sendable, Equatable {
    public enum Result: Sendable, Equatable {
        /// The records already said so: nothing to write.
        case unchanged
        /// The change would add an error (`added`): nothing was written.
        case refused
        /// A dry run: the change was checked and nothing was written.
        case dryRun
        /// The edited files were written (and committed when `commit` is set).
        case written
    }

    public var result: Result
    /// The changes, as `collab diff` names them, with the stage before and after.
    public var diff: CollaborationDiff
    /// The findings the change adds (every severity), in report order.
    public var added: [Diagnostic]
    /// The files written, relative to the workspace root; empty unless `written`.
    public var written: [String]
    /// The commit made, if any.
    public var commit: ObjectID?

    public var changes: [RecordChange] { diff.changes }
    /// How many of the added findings are errors.
    public var addedErrors: Int { added.count { $0.severity == .error } }
}

extension CollaborationTransaction {
    /// Reads the collaboration, lets `change` edit it, and checks, writes and commits the
    /// result, all holding the collaboration's lock. A change that adds an error is refused
    /// and nothing is written; so is a dry run. `checked` is given the added findings as
    /// soon as they are known — before writing, so a surface shows them even when the write
    /// or the commit then fails.
    public func edit(dryRun: Bool = false, checked: ([Diagnostic]) -> Void = { _ in },
                     _ change: (inout CollaborationEdit) throws -> Void) throws -> EditOutcome {
        try locked {
            var edit = try CollaborationEdit(id: id, root: workspace.root)
            try change(&edit)
            let changes = edit.changes
            guard !changes.isEmpty else {
                return EditOutcome(result: .unchanged, diff: CollaborationDiff(id: id), added: [], written: [], commit: nil)
            }
            let added = edit.addedFindings(config: workspace.config, today: today).sorted(by: Diagnostic.reportOrder)
            checked(added)
            let oldStage = edit.original.problem?.stage?.value.rawValue
            let stageChange = changes.first { $0.path == RecordPath(.problem, [.key("stage")]) }
            let diff = CollaborationDiff(id: id, oldStage: oldStage, newStage: stageChange.map(\.new) ?? oldStage, changes: changes)
            var outcome = EditOutcome(result: .refused, diff: diff, added: added, written: [], commit: nil)
            if outcome.addedErrors > 0 { return outcome }
            if dryRun {
                outcome.result = .dryRun
                return outcome
            }
            let files = edit.edited.map { file, bytes in
                FileWrite(path: edit.original.path(file), bytes: bytes, mode: .replacing(original: edit.original.sources[file] ?? []))
            }
            outcome.commit = try write(files, as: .edit(id, changes))
            outcome.result = .written
            outcome.written = files.map(\.path)
            return outcome
        }
    }
}
