import CollabKit

/// `collab tasks`: tasks across collaborations by due date — the daily reminder list.
struct TasksCommand: Command {
    static let name = "tasks"
    static let abstract = "tasks across collaborations by due date, with days left or overdue"
    static let usage = "collab tasks [ID…] [--owner P] [--department D] [--status S]… [--overdue] [--due-within N] [--all] [--format text|json]"
    static let formats = ["text", "json"]
    static let operands = Operands.collaborations
    static let options: [OptionSpec] = [
        .option("--owner", value: "P", "only tasks owned by P"),
        .option("--department", value: "D", "only tasks of department D, by id (finance) or by its directory name (财务部)"),
        .option("--status", value: "S", "only tasks with status S (todo, doing, blocked, done, dropped); repeat it or give a comma list"),
        .flag("--overdue", "only open tasks past their due date"),
        .option("--due-within", value: "N", "only open tasks due within N days (overdue ones included)"),
        .flag("--all", "also the done and dropped tasks of closed collaborations"),
    ]
    static let discussion = """
    Lists the tasks of the named collaborations, or of all. Days are counted from today
    (--today or COLLAB_TODAY override the clock). The seeds' reminder one day before each
    deadline (关键节点前1天提醒) is what a lead runs each morning:
        collab tasks --due-within 1
    A status or due date outside the schema is shown as written, marked (invalid), and never
    filtered out; what cannot be read is shown on stderr, and the exit status is then 1.
    An unknown --department or --owner exits 2 with a suggestion.
    """

    let ids: [String]
    let filter: TaskFilter
    let department: String?

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        ids = try Self.collaborationIDs(arguments)
        var filter = TaskFilter(owner: arguments.value("--owner"), overdueOnly: arguments.has("--overdue"),
                                all: arguments.has("--all"))
        for list in arguments.values("--status") {
            for word in list.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == " " }) {
                let name = String(word)
                guard let status = TaskStatus(rawValue: name) else {
                    var message = Message(en: "--status '\(name)' is not one of todo, doing, blocked, done, dropped",
                                          zh: "--status「\(name)」不是 todo、doing、blocked、done、dropped 之一")
                    if let meant = TaskStatus(chineseName: name) {
                        message = message.then(.didYouMean(meant.rawValue))
                    } else if let close = Suggestion.closest(to: name, in: TaskStatus.allCases.map(\.rawValue)) {
                        message = message.then(.didYouMean(close))
                    }
                    throw UsageError(message, command: Self.name)
                }
                filter.statuses.insert(status)
            }
        }
        if let days = arguments.value("--due-within") {
            guard let value = Int(days), value >= 0 else {
                throw UsageError(Message(en: "--due-within takes a whole number of days, not '\(days)'", zh: "--due-within 需要整数天数，而不是「\(days)」"), command: Self.name)
            }
            filter.dueWithin = value
        }
        department = arguments.value("--department")
        self.filter = filter
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        var filter = self.filter
        filter.department = department.map { workspace.config.departmentID($0) ?? $0 }
        let (read, known) = try TaskList.run(workspace, ids: ids, filter: filter, today: context.today)
        if let department, let id = filter.department, !known.departments.contains(id) {
            throw UsageError(Self.unknown(Message(en: "department", zh: "部门"), department, among: workspace.config.departmentWords + known.departments.sorted()),
                             command: Self.name)
        }
        if let owner = filter.owner, !known.people.contains(owner) {
            throw UsageError(Self.unknown(Message(en: "owner", zh: "负责人"), owner, among: known.people.sorted()), command: Self.name)
        }
        switch context.format {
        case "json": context.out(TaskListReporter.json(read.rows, today: context.today))
        default: context.out(TaskListReporter.text(read.rows, language: context.language, width: context.terminalWidth, color: context.color))
        }
        return context.reportUnread(read.problems, workspace: workspace)
    }

    static func unknown(_ what: Message, _ text: String, among words: [String]) -> Message {
        var message = Message(en: "no \(what.text(.en)) '\(text)' in this workspace's records",
                              zh: "本工作区的记录中没有\(what.text(.zh))「\(text)」")
        if let close = Suggestion.closest(to: text, in: words) { message = message.then(.didYouMean(close)) }
        return message
    }
}
