import CollabKit

/// `collab tasks`: tasks across collaborations by due date — the daily reminder list.
struct TasksCommand: Command {
    static let name = "tasks"
    static let abstract = Message(en: "tasks across collaborations by due date, with days left or overdue",
                                  zh: "按截止日期列出各协作的任务，附剩余或逾期天数")
    static let usage = "collab tasks [ID…] [--owner P] [--department D] [--status S]… [--overdue] [--due-within N] [--all] [--format text|json]"
    typealias Format = TaskListFormat
    static let operands = Operands.collaborations
    static let options: [OptionSpec] = [
        .option(.owner, value: "P", Message(en: "only tasks owned by P", zh: "只列出负责人为 P 的任务")),
        .option(.department, value: "D", Message(en: "only tasks of department D, by id (finance) or by its directory name (财务部)",
                                                 zh: "只列出部门 D 的任务，D 可以是编号（finance）或名录中的名称（财务部）")),
        .option(.status, value: "S", Message(en: "only tasks with status S (todo, doing, blocked, done, dropped); repeat it or give a comma list",
                                             zh: "只列出状态为 S 的任务（todo、doing、blocked、done、dropped）；可重复此选项或用逗号分隔")),
        .flag(.overdue, Message(en: "only open tasks past their due date", zh: "只列出已逾期的未完成任务")),
        .option(.dueWithin, value: "N", Message(en: "only open tasks due within N working days (overdue ones included)",
                                                zh: "只列出 N 个工作日内到期的未完成任务（含已逾期的）")),
        .flag(.all, Message(en: "also the done and dropped tasks of closed collaborations",
                            zh: "同时列出已关闭协作中已完成和已放弃的任务")),
    ]
    static let discussion: Message? = Message(en: """
    Lists the tasks of the named collaborations, or of all. Days left are working days of
    collab.yaml's calendar, days overdue are calendar days, both counted from today (--today
    or COLLAB_TODAY override the clock). The seeds' reminder one day before each deadline
    (关键节点前1天提醒) is what a lead runs each morning (collab remind posts it to the group):
        collab tasks --due-within 1
    A status or due date outside the schema is shown as written, marked (invalid), and never
    filtered out; what cannot be read is shown on stderr, and the exit status is then 1.
    An unknown --department or --owner exits 2 with a suggestion.
    """, zh: """
    列出指定协作（不指定时为全部协作）的任务。剩余天数按 collab.yaml 工作日历中的工作日计算，
    逾期天数按自然日计算，都从今天算起（--today 或 COLLAB_TODAY 可代替系统时钟）。
    「关键节点前1天提醒」就是牵头人每天早上运行的（collab remind 可把它推送到群里）：
        collab tasks --due-within 1
    超出 schema 的状态或截止日期按原样显示并标注 (invalid)，绝不会被过滤掉；无法读取的内容
    写到 stderr，此时退出码为 1。未知的 --department 或 --owner 以 2 退出，并给出建议。
    """)

    let ids: [String]
    let filter: TaskFilter
    let department: String?
    let format: Format

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        format = try Self.format(arguments)
        ids = try Self.collaborationIDs(arguments)
        var filter = TaskFilter(owner: arguments.value(.owner), overdueOnly: arguments.has(.overdue),
                                all: arguments.has(.all))
        for list in arguments.values(.status) {
            for word in list.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == " " }) {
                let status = try Self.taskStatus(String(word))
                filter.statuses.insert(status)
            }
        }
        if let days = arguments.value(.dueWithin) {
            guard let value = Int(days), value >= 0 else {
                throw UsageError(Message(en: "--due-within takes a whole number of working days, not '\(days)'", zh: "--due-within 需要整数个工作日，而不是「\(days)」"), command: Self.name)
            }
            filter.dueWithin = value
        }
        department = arguments.value(.department)
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
        context.out(format.render(read.rows, context.renderSettings))
        return context.reportUnread(read.problems, workspace: workspace)
    }

    static func unknown(_ what: Message, _ text: String, among words: [String]) -> Message {
        var message = Message(en: "no \(what.text(.en)) '\(text)' in this workspace's records",
                              zh: "本工作区的记录中没有\(what.text(.zh))「\(text)」")
        if let close = Suggestion.closest(to: text, in: words) { message = message.then(.didYouMean(close)) }
        return message
    }
}
