import CollabKit

/// `collab status`: one row per collaboration and what blocks its next gate.
struct StatusCommand: Command {
    static let name = "status"
    static let abstract = Message(en: "one row per collaboration: stage, lead, tasks, overdue, next due, what blocks the next gate",
                                  zh: "每个协作一行：阶段、牵头部门、任务、逾期、最近截止日期、下一关口还差什么")
    static let usage = "collab status [ID…] [--stage STAGE] [--format text|json|markdown]"
    typealias Format = StatusFormat
    static let operands = Operands.collaborations
    static let options: [OptionSpec] = [
        .option(.stage, value: "STAGE", Message(en: "only collaborations at STAGE: define, initiate, plan, execute, verify or closed",
                                                zh: "只列出处于 STAGE 阶段的协作：define、initiate、plan、execute、verify 或 closed")),
    ]
    static let discussion: Message? = Message(en: """
    TASKS counts tasks done or dropped out of all; OVERDUE counts open tasks past their due
    date; NEXT DUE is the earliest due date of an open task; NEXT GATE names the first unmet
    requirement of the gate the collaboration must pass next, or says it is ready to advance.
    On a terminal long titles are cut with … to fit its width. Markdown is a table to paste.
    A file that cannot be read or a value outside the schema is shown on stderr (with "?" or
    "(invalid)" in the row) and the exit status is 1, as collab check would give.
    """, zh: """
    「任务」为已完成或已放弃的任务数 / 任务总数；「逾期」为超过截止日期仍未完成的任务数；
    「最近截止」为未完成任务中最早的截止日期；「下一关口」指出协作要通过的下一个关口中第一项
    未满足的要求，或说明已可推进。在终端中，过长的标题以 … 截断以适应宽度。Markdown 格式是
    可直接粘贴的表格。无法读取的文件或超出 schema 的值写到 stderr（该行显示「?」或
    「(invalid)」），退出码为 1，与 collab check 一致。
    """)

    let ids: [String]
    let stage: Stage?
    let format: Format

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        format = try Self.format(arguments)
        ids = try Self.collaborationIDs(arguments)
        stage = try arguments.value(.stage).map { name throws(UsageError) in
            guard let stage = Stage(typed: name) else {
                let stages = Stage.allCases.map(\.rawValue)
                var message = Message(en: "unknown stage '\(name)'; choose one of \(Language.en.list(stages))",
                                      zh: "未知的阶段「\(name)」；可选 \(Language.zh.list(stages))")
                if let meant = Suggestion.closest(to: name, in: stages).flatMap(Stage.init(rawValue:)) {
                    message = message.then(.didYouMean(meant.rawValue))
                }
                throw UsageError(message, command: Self.name)
            }
            return stage
        }
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        let read = try WorkspaceStatus.run(workspace, ids: ids, today: context.today)
        let rows = read.rows.filter { stage == nil || $0.stage == stage || $0.rejectedStage != nil }
        context.out(format.render(rows, context.renderSettings))
        return context.reportUnread(read.problems, workspace: workspace)
    }
}
