import CollabKit

/// `collab tasks`: tasks across collaborations by due date — the daily reminder list.
struct TasksCommand: Command {
    static let name = "tasks"
    static let abstract = "tasks across collaborations by due date, with days left or overdue"
    static let usage = "collab tasks [--owner P] [--department D] [--status S] [--overdue] [--due-within N] [--format text|json]"
    static let formats = ["text", "json"]
    static let options: [OptionSpec] = [
        .option("--owner", value: "P", "only tasks owned by P"),
        .option("--department", value: "D", "only tasks of department D"),
        .option("--status", value: "S", "only tasks with status S: todo, doing, blocked, done or dropped"),
        .flag("--overdue", "only open tasks past their due date"),
        .option("--due-within", value: "N", "only open tasks due within N days (overdue ones included)"),
    ]
    static let discussion = """
    Days are counted from today (--today or COLLAB_TODAY override the clock). The seeds'
    reminder one day before each deadline (关键节点前1天提醒) is what a lead runs each morning:
        collab tasks --due-within 1
    """

    let filter: TaskFilter

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        _ = try Self.positionals(arguments, maximum: 0)
        var filter = TaskFilter(owner: arguments.value("--owner"), department: arguments.value("--department"),
                                overdueOnly: arguments.has("--overdue"))
        if let status = arguments.value("--status") {
            guard let value = TaskStatus(rawValue: status) else {
                throw UsageError("--status '\(status)' is not one of todo, doing, blocked, done, dropped", command: Self.name)
            }
            filter.status = value
        }
        if let days = arguments.value("--due-within") {
            guard let value = Int(days), value >= 0 else {
                throw UsageError("--due-within takes a whole number of days, not '\(days)'", command: Self.name)
            }
            filter.dueWithin = value
        }
        self.filter = filter
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        let rows = try TaskList.run(workspace, filter: filter, today: context.today)
        switch context.format {
        case "json": context.out(TaskListReporter.json(rows, today: context.today))
        default: context.out(TaskListReporter.text(rows, width: context.terminalWidth, color: context.color))
        }
        return .success
    }
}
