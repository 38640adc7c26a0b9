import CollabKit

/// `collab metrics`: flow metrics of every collaboration from the records and one walk of
/// the git history (docs/reference.md §13).
struct MetricsCommand: Command {
    static let name = "metrics"
    static let abstract = Message(en: "flow metrics from the git history: days per stage, cycle time, throughput, cumulative flow, on-time tasks per department",
                                  zh: "取自 git 历史的流转指标：各阶段停留天数、周期、吞吐量、累积流图、各部门按时完成情况")
    static let usage = "collab metrics [--since DATE] [--until DATE] [--format text|json|csv|markdown|html] [-o FILE]"
    typealias Format = MetricsFormat
    static let operands = Operands.none
    static let options: [OptionSpec] = [
        .option(.since, value: "DATE", Message(en: "the window's first day, YYYY-MM-DD (default: the first stage change)",
                                               zh: "统计范围的第一天，YYYY-MM-DD（默认为最早的阶段变更）")),
        .option(.until, value: "DATE", Message(en: "the window's last day, YYYY-MM-DD (default: today)",
                                               zh: "统计范围的最后一天，YYYY-MM-DD（默认为今天）")),
        .option(.output, short: "-o", value: "FILE", Message(en: "write to FILE instead of printing (- prints)",
                                                             zh: "写入文件 FILE 而不是输出到终端（- 表示输出）")),
    ]
    static let discussion: Message? = Message(en: """
    Reads the first-parent history once for every collaboration: when each entered each stage
    (a change that came through a merge counts from the commit on the merged branch that made
    it) and when each task was last made done. Per collaboration: current stage and days in
    it, days in each stage (visits summed), verify rounds, cycle time (first define to closed)
    and tasks on time, late and open. Across the workspace: median and 85th percentile
    (nearest rank) of days per stage and of cycle time, collaborations closed per ISO week and
    per month, collaborations per stage at the end of each week (cumulative flow), and open
    collaborations by days in their stage (aging). Per department: tasks done on time (done
    date not after the due date) and late, median days late, open tasks past due. Days are
    differences of calendar dates, each commit's in its own time zone; open work counts up to
    today. --since/--until bound the weeks and months, the collaborations closed and the tasks
    done that count. json has the shape in the reference; csv is one row per collaboration and
    stage; markdown has tables and Mermaid charts; html is one self-contained page with SVG
    charts, light or dark as the reader prefers. Outside git every stage counts from today.
    """, zh: """
    一次读取第一父提交历史，得到每个协作进入各阶段的时间（经合并带入的变更，按被合并分支上做出
    该变更的提交计）和每个任务最后一次标为完成的时间。每个协作：当前阶段及停留天数、各阶段停留
    天数（多次进入则累加）、验证轮次、周期（从最早的 define 到 closed）、按时完成、逾期完成和未
    完成的任务数。全工作区：各阶段停留天数和周期的中位数与 85 分位（取实际出现的值）、每个 ISO
    周和每月关闭的协作数、每周末各阶段的协作数（累积流图）、未关闭协作按当前阶段停留天数排列
    （在制品老化）。每个部门：按时完成（完成日期不晚于截止日期）和逾期完成的任务数、逾期天数
    中位数、已过截止日期仍未完成的任务数。天数按日历日期相减，各提交按其自身时区；未完成的工作
    算到今天。--since/--until 限定统计的周和月、计入的关闭协作和完成任务。json 的结构见参考
    文档；csv 每个协作的每个阶段一行；markdown 含表格和 Mermaid 图表；html 是单个自包含页面，
    内嵌 SVG 图表，随读者设置显示浅色或深色。不在 git 仓库中时，各阶段都从今天算起。
    """)

    let since: CalendarDate?
    let until: CalendarDate?
    let output: String?
    let format: Format

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        format = try Self.format(arguments)
        since = try Self.dateOption(arguments, .since)
        until = try Self.dateOption(arguments, .until)
        output = arguments.value(.output)
        if let since, let until, since > until {
            throw UsageError(Message(en: "--since \(since) is after --until \(until)", zh: "--since \(since) 晚于 --until \(until)"), command: Self.name)
        }
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        let history = StageHistory(workspace, environment: context.gitEnvironment)
        // The records are read on other threads while this one compares the history's trees.
        let (read, changes) = try Concurrently.run({ try workspace.read { $0 } }, alongside: { try history.changes() })
        let flow = try history.flow(changes, tasks: FlowMetrics.doneTasks(read.rows))
        let moves = try history.planChanges(changes, ids: nil) ?? [:]
        let metrics = FlowMetrics(read.rows, history: flow, config: workspace.config, today: context.today, since: since, until: until,
                                  dueMoves: moves)
        var settings = context.renderSettings
        if output != nil { settings.width = nil }
        let text = format.render(metrics, settings)
        try ReportCommand.emit(text, to: output, context)
        if flow == nil { context.note(FlowMetrics.outsideGit) }
        for record in flow?.oversized ?? [] { context.note(record.message) }
        context.noteShallowHistory(history.repository)
        return context.reportUnread(read.problems, workspace: workspace)
    }
}
