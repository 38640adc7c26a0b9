import CollabKit

/// What `set`, `add` and `update` share (docs/reference.md §9): the collaboration's lock held
/// from reading to writing and committing, the check that refuses a change adding an error,
/// `--dry-run`, `--commit`, and one line per change.
struct RecordEditRun {
    let id: String
    let dryRun: Bool
    let commit: Bool

    static let options: [OptionSpec] = [
        .flag(.dryRun, Message(en: "print the change as collab diff would, and write nothing",
                               zh: "按 collab diff 的格式显示改动，不写入任何内容")),
        .flag(.commit, Message(en: "commit the changed record files (and nothing else) as 'collab(ID): <the change>'",
                               zh: "把改动的记录文件（且只有它们）提交为「collab(ID): <改动>」")),
    ]
    let format: Format

    /// What set, add and update print: a line per change, or the change as collab diff's JSON.
    enum Format: String, OutputFormat {
        case text, json
    }

    init(id: String, _ arguments: ParsedArguments, format: Format) {
        self.id = id
        self.format = format
        dryRun = arguments.has(.dryRun)
        commit = arguments.has(.commit)
    }

    /// Runs the edit as one transaction of the library and reports its outcome.
    func run(_ context: Context, _ change: (inout CollaborationEdit) throws -> Void) throws -> ExitStatus {
        let workspace = try context.workspace()
        let transaction = CollaborationTransaction(workspace: workspace, collaboration: id, today: context.today,
                                                   commit: commit ? try context.commitEnvironment(nil) : nil)
        let outcome = try transaction.edit(dryRun: dryRun, checked: { show($0, context, workspace) }, change)
        return report(outcome, context)
    }

    /// The findings the change adds, but notices, on stderr: shown before anything is written.
    private func show(_ added: [Diagnostic], _ context: Context, _ workspace: Workspace) {
        let reporter = TextReporter(language: context.language, color: context.color)
        for finding in added where finding.severity != .notice {
            var shown = finding
            shown.file = context.displayPath(shown.file, workspace: workspace)
            context.err(reporter.line(shown) + "\n")
        }
    }

    private func report(_ outcome: EditOutcome, _ context: Context) -> ExitStatus {
        switch outcome.result {
        case .unchanged:
            context.say(Message(en: "\(id): nothing to change; the records already say so", zh: "\(id)：记录已是如此，无需改动"))
        case .refused:
            let errors = outcome.addedErrors
            context.fail(Message(en: "refused: the change would add \(errors == 1 ? "1 error" : "\(errors) errors") to \(id) (above); nothing was written",
                                 zh: "已拒绝：这次改动会给 \(id) 增加 \(errors) 个错误（见上）；未写入任何内容"))
            return .findings
        case .dryRun where format == .json:
            context.out(DiffReporter.json([outcome.diff], from: "worktree", to: nil, language: context.language))
        case .dryRun:
            context.out(DiffReporter.text([outcome.diff], language: context.language, color: context.color))
            context.say(Message(en: "(dry run: nothing was written)", zh: "（试运行：未写入任何内容）"))
        case .written where format == .json:
            context.out(DiffReporter.json([outcome.diff], from: "worktree", to: outcome.commit.map { String($0.hex) }, language: context.language))
        case .written:
            for change in outcome.changes { context.out("\(id): " + DiffReporter.editLine(change) + "\n") }
            if let committed = outcome.commit {
                context.say(Message(en: "committed \(committed.hex.prefix(7))", zh: "已提交 \(committed.hex.prefix(7))"))
            }
        }
        return .success
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
    /// A date the user meant to write (`2025/3/5`, `3/5` in the year of `today`) is suggested.
    static func dateOption(_ arguments: ParsedArguments, _ option: OptionName = .date, today: CalendarDate? = nil) throws(UsageError) -> CalendarDate? {
        guard let text = arguments.value(option) else { return nil }
        guard let date = CalendarDate(text) else {
            let option = option.spelling
            let meant = CalendarDate.probable(text, year: today?.year).map { Message.didYouMean($0.description) }
            throw UsageError(Message(en: "\(option) '\(text)' is not a date YYYY-MM-DD", zh: "\(option)「\(text)」不是 YYYY-MM-DD 格式的日期").then(meant), command: name)
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
