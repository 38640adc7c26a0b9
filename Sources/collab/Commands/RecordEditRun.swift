import CollabKit

/// What `set`, `add` and `update` share (docs/reference.md §9): the collaboration's lock held
/// from reading to writing and committing, the check that refuses a change adding an error,
/// `--dry-run`, `--commit`, and one line per change.
struct RecordEditRun {
    let id: String
    let dryRun: Bool
    let commit: Bool

    static let options: [OptionSpec] = [
        .flag("--dry-run", Message(en: "print the change as collab diff would, and write nothing",
                                   zh: "按 collab diff 的格式显示改动，不写入任何内容")),
        .flag("--commit", Message(en: "commit the changed record files (and nothing else) as 'collab(ID): <the change>'",
                                  zh: "把改动的记录文件（且只有它们）提交为「collab(ID): <改动>」")),
    ]
    static let formats = ["text", "json"]

    init(id: String, _ arguments: ParsedArguments) {
        self.id = id
        dryRun = arguments.has("--dry-run")
        commit = arguments.has("--commit")
    }

    /// Reads the collaboration, lets `change` edit it, and checks, writes, commits and
    /// reports the result.
    func run(_ context: Context, _ change: (inout CollaborationEdit) throws -> Void) throws -> ExitStatus {
        let workspace = try context.workspace()
        let folder = Path.join(workspace.root, WorkspaceLayout.collaborationFolder(id))
        guard FileSystem.isDirectory(folder) else { throw WorkspaceError.unknownCollaboration(id) }
        return try CollaborationLock.holding(folder, within: workspace.root) {
            var edit = try CollaborationEdit(id: id, root: workspace.root)
            try change(&edit)
            return try finish(edit, context, workspace)
        }
    }

    private func finish(_ edit: CollaborationEdit, _ context: Context, _ workspace: Workspace) throws -> ExitStatus {
        let changes = edit.changes
        guard !changes.isEmpty else {
            context.say(Message(en: "\(id): nothing to change; the records already say so", zh: "\(id)：记录已是如此，无需改动"))
            return .success
        }
        let added = edit.addedFindings(config: workspace.config, today: context.today).sorted(by: Diagnostic.reportOrder)
        let reporter = TextReporter(language: context.language, color: context.color)
        for finding in added where finding.severity != .notice {
            var shown = finding
            shown.file = context.displayPath(shown.file, workspace: workspace)
            context.err(reporter.line(shown) + "\n")
        }
        let errors = added.filter { $0.severity == .error }.count
        if errors > 0 {
            context.fail(Message(en: "refused: the change would add \(errors == 1 ? "1 error" : "\(errors) errors") to \(id) (above); nothing was written",
                                 zh: "已拒绝：这次改动会给 \(id) 增加 \(errors) 个错误（见上）；未写入任何内容"))
            return .findings
        }
        let oldStage = edit.original.problem?.stage?.value.rawValue
        let stageChange = changes.first { $0.path == RecordPath(.problem, [.key("stage")]) }
        let diff = CollaborationDiff(id: id, oldStage: oldStage, newStage: stageChange.map(\.new) ?? oldStage, changes: changes)
        if dryRun {
            if context.format == "json" {
                context.out(DiffReporter.json([diff], from: "worktree", to: nil, language: context.language))
            } else {
                context.out(DiffReporter.text([diff], language: context.language, color: context.color))
                context.say(Message(en: "(dry run: nothing was written)", zh: "（试运行：未写入任何内容）"))
            }
            return .success
        }
        let repository = commit ? try context.repository(of: workspace) : nil
        try repository?.checkCanCommit()
        try edit.write()
        var committed: ObjectID?
        if let repository {
            let prefix = try RepositoryPaths.prefix(of: workspace.root, in: repository)
            committed = try repository.commit(files: edit.editedPaths.map { prefix + $0 }, message: "collab(\(id)): " + subject(changes))
        }
        if context.format == "json" {
            context.out(DiffReporter.json([diff], from: "worktree", to: committed.map { String($0.hex) }, language: context.language))
            return .success
        }
        for change in changes { context.out("\(id): " + DiffReporter.editLine(change) + "\n") }
        if let committed {
            context.say(Message(en: "committed \(committed.hex.prefix(7))", zh: "已提交 \(committed.hex.prefix(7))"))
        }
        return .success
    }

    /// The commit's subject: the change, or the paths of several.
    private func subject(_ changes: [RecordChange]) -> String {
        if changes.count == 1 { return DiffReporter.editLine(changes[0]) }
        return changes.compactMap { $0.path?.description }.joined(separator: ", ")
    }
}

extension Command {
    /// `PATH=VALUE` split at its first `=`.
    static func assignment(_ argument: String, what: String) throws(UsageError) -> (key: String, value: String) {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
            throw UsageError(Message(en: "'\(argument)' is not \(what)=VALUE", zh: "「\(argument)」不是「\(what)=值」的形式"), command: name)
        }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    /// The value of a date option (`--date` unless named), a YYYY-MM-DD date; nil when not given.
    static func dateOption(_ arguments: ParsedArguments, _ option: String = "--date") throws(UsageError) -> CalendarDate? {
        guard let text = arguments.value(option) else { return nil }
        guard let date = CalendarDate(text) else {
            throw UsageError(Message(en: "\(option) '\(text)' is not a date YYYY-MM-DD", zh: "\(option)「\(text)」不是 YYYY-MM-DD 格式的日期"), command: name)
        }
        return date
    }

    /// The collaboration id a record-editing command starts with.
    static func editedCollaboration(_ arguments: ParsedArguments, usage: String) throws(UsageError) -> String {
        guard let id = arguments.positionals.first else {
            throw UsageError(Message(en: "\(name) needs a collaboration ID: \(usage)", zh: "\(name) 需要一个协作编号（ID）：\(usage)"), command: name)
        }
        return try collaborationID(id)
    }
}
