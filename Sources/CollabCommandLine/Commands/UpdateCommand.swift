import CollabKit

/// `collab update ID TASK TEXT`: a task's progress update (每日进度同步).
struct UpdateCommand: Command {
    static let name = "update"
    static let abstract = Message(en: "record a task's progress (today, by its owner), optionally with its new status",
                                  zh: "记录任务的进展（日期为今天，更新人为负责人），可同时修改状态")
    static let usage = "collab update ID TASK TEXT [--status S] [--by PERSON] [--date D] [--dry-run] [--commit] [--format text|json]"
    static let operands = Operands.collaborations
    typealias Format = RecordEditRun.Format
    static let options: [OptionSpec] = [
        .option(.status, value: "S", Message(en: "also set the task's status: todo, doing, blocked, done or dropped",
                                             zh: "同时修改任务状态：todo、doing、blocked、done 或 dropped")),
        .option(.by, value: "PERSON", Message(en: "who reports (default: the task's owner)", zh: "更新人（默认为任务负责人）")),
        .option(.date, value: "D", Message(en: "the update's date, YYYY-MM-DD (default: today)", zh: "进展日期，YYYY-MM-DD（默认为今天）")),
    ] + RecordEditRun.options
    static let discussion: Message? = Message(en: """
    Appends {date, by, note: TEXT} to the task's updates — the daily progress the liaison
    posts — and with --status sets its status; for blocked and dropped the TEXT also becomes
    the task's note when it has none, so the reason is written down:
        collab update q3-data-sync T2 "已完成初稿，待财务确认"
        collab update q3-data-sync T2 "数据已提交" --status done --commit
        collab update q3-data-sync T3 "等待法务审核" --status blocked
    Checked, locked and printed as collab set is.
    """, zh: """
    向任务的进展记录追加 {date, by, note: TEXT}——对接人每天同步的进度；加 --status 时同时
    修改状态；改为 blocked 或 dropped 且任务还没有备注时，TEXT 也写入任务的 note，原因因此
    有据可查：
        collab update q3-data-sync T2 "已完成初稿，待财务确认"
        collab update q3-data-sync T2 "数据已提交" --status done --commit
        collab update q3-data-sync T3 "等待法务审核" --status blocked
    检查、加锁和输出方式与 collab set 相同。
    """)

    let run: RecordEditRun
    let task: String
    let note: String
    let status: TaskStatus?
    let by: String?
    let date: CalendarDate?

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        run = RecordEditRun(id: try Self.editedCollaboration(arguments, usage: Self.usage), arguments, format: try Self.format(arguments))
        let rest = Array(arguments.positionals.dropFirst())
        guard rest.count == 2 else {
            let message = rest.count < 2
                ? Message(en: "update needs a TASK and the TEXT of the update: \(Self.usage)", zh: "update 需要任务 TASK 和进展内容 TEXT：\(Self.usage)")
                : Message(en: "update takes one TEXT; quote it if it has spaces", zh: "update 只接受一段 TEXT；含空格时请加引号")
            throw UsageError(message, command: Self.name)
        }
        (task, note) = (rest[0], rest[1])
        status = try arguments.value(.status).map { (name: String) throws(UsageError) -> TaskStatus in try Self.taskStatus(name) }
        by = arguments.value(.by)
        date = try Self.dateOption(arguments, today: context.today)
    }

    func run(_ context: Context) throws -> ExitStatus {
        try run.run(context) { edit in
            try edit.update(task: task, note: note, status: status, by: by, date: date ?? context.today)
        }
    }
}
