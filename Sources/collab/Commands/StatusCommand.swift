import CollabKit

/// `collab status`: one row per collaboration and what blocks its next gate.
struct StatusCommand: Command {
    static let name = "status"
    static let abstract = "one row per collaboration: stage, lead, tasks, overdue, next due, what blocks the next gate"
    static let usage = "collab status [ID…] [--format text|json|markdown]"
    static let formats = ["text", "json", "markdown"]
    static let operands = Operands.collaborations
    static let options: [OptionSpec] = []
    static let discussion = """
    TASKS counts tasks done or dropped out of all; OVERDUE counts open tasks past their due
    date; NEXT DUE is the earliest due date of an open task; NEXT GATE names the first unmet
    requirement of the gate the collaboration must pass next, or says it is ready to advance.
    On a terminal long titles are cut with … to fit its width. Markdown is a table to paste.
    """

    let ids: [String]

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        ids = try Self.collaborationIDs(arguments)
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        let rows = try WorkspaceStatus.run(workspace, ids: ids, today: context.today)
        switch context.format {
        case "json": context.out(StatusReporter.json(rows, today: context.today))
        case "markdown": context.out(StatusReporter.markdown(rows))
        default: context.out(StatusReporter.text(rows, width: context.terminalWidth, color: context.color))
        }
        return .success
    }
}
