import CollabKit

/// `collab report ID | --all`: a readable report of a collaboration (Markdown with Mermaid
/// charts, or one self-contained HTML page), or a static HTML dashboard of all of them.
struct ReportCommand: Command {
    static let name = "report"
    static let abstract = Message(en: "a readable report with a task Gantt chart and the stage timeline (Markdown or HTML)",
                                  zh: "生成便于阅读的报告，含任务甘特图和阶段时间线（Markdown 或 HTML）")
    static let usage = "collab report ID [--format markdown|html] [-o FILE] | collab report --all --format html -o DIR"
    typealias Format = ReportFormat
    static let operands = Operands.collaborations
    static let options: [OptionSpec] = [
        .option(.output, short: "-o", value: "PATH", Message(
            en: "write to the file PATH instead of printing (- prints; with --all: a folder for index.html and collaborations/ID.html)",
            zh: "写入文件 PATH 而不是输出到终端（- 表示输出；与 --all 合用时为存放 index.html 和 collaborations/ID.html 的文件夹）")),
        .flag(.all, Message(en: "every collaboration: index.html with stage, lead, progress and overdue, linking to a page each and to the flow metrics (metrics.html)",
                            zh: "所有协作：index.html 列出阶段、牵头部门、进度和逾期，并链接到各协作的页面和流转指标页 metrics.html")),
    ]
    static let discussion: Message? = Message(en: """
    Markdown renders on GitHub and GitLab as is: tables, a Mermaid gantt of the tasks (start to
    due; done, active and critical — overdue or blocked — states; dependencies as `after`) and a
    Mermaid timeline of the stages from the git history, and each change of the goal or of a
    task's due made at execute or later (old → new, who, which commit). HTML is one file with inline CSS and an
    inline SVG chart (no script, nothing fetched), light or dark as the reader prefers, printable
    on A4 landscape. Outside a git repository the stage history is left out. -o writes only
    regular files (a device, folder or link in its place is refused); -o - prints. A
    collaboration that cannot be read is shown on stderr and the exit status is 1.
    """, zh: """
    Markdown 在 GitHub 和 GitLab 上可直接显示：表格、任务的 Mermaid 甘特图（从开始到截止日期；
    已完成、进行中和关键——逾期或受阻——三种状态；依赖写作 `after`），以及取自 git 历史的
    Mermaid 阶段时间线，以及在 execute 或之后的阶段对目标或任务截止日期的每一处改动（原值 → 新值、
    提交人、提交）。HTML 是单个文件，内嵌 CSS 和 SVG 图表（没有脚本，不加载任何外部资源），
    随读者的设置显示浅色或深色，可用 A4 横向打印。不在 git 仓库中时不含阶段历史。-o 只写普通
    文件（该位置若是设备、文件夹或链接则拒绝）；-o - 表示输出到终端。无法读取的协作写到
    stderr，退出码为 1。
    """)

    let id: String?
    let all: Bool
    let output: String?
    let format: Format

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        format = try Self.format(arguments)
        let ids = try Self.collaborationIDs(arguments)
        all = arguments.has(.all)
        output = arguments.value(.output)
        if ids.count > 1 { throw UsageError(Message(en: "report takes one collaboration id (or --all)", zh: "report 只接受一个协作编号（或 --all）"), command: Self.name) }
        id = ids.first
        if all && id != nil { throw UsageError(Message(en: "give a collaboration id or --all, not both", zh: "请指定协作编号或 --all，不要同时指定"), command: Self.name) }
        if !all && id == nil { throw UsageError(Message(en: "name a collaboration, or use --all", zh: "请指定一个协作，或使用 --all"), command: Self.name) }
        if all && (format != .html || output == nil || output == "-") {
            throw UsageError(Message(en: "--all writes a folder of HTML pages: collab report --all --format html -o DIR", zh: "--all 会写出一个 HTML 页面文件夹：collab report --all --format html -o DIR"), command: Self.name)
        }
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        let history = StageHistory(workspace, environment: context.gitEnvironment)
        if all, let output {
            let folder = Path.absolute(output, base: context.directory)
            let config = workspace.config
            // The records are read (and each one's status worked out) on other threads while
            // this one compares the history's trees; then the changed records are read from
            // the history, and the pages made several at a time.
            let (today, language) = (context.today, context.language)
            let (read, changes) = try Concurrently.run({
                try workspace.read { ($0, CollaborationStatus(RuleContext(collaboration: $0, config: config, today: today))) }
            }, alongside: { try history.changes() })
            let collaborations = read.rows.map(\.0)
            let flow = try history.flow(changes, tasks: FlowMetrics.doneTasks(collaborations))
            let planChanges = try history.planChanges(changes, ids: nil)
            // Each page is written as it is made: pages can be made again, so they are not flushed to disk one by one.
            let written = ConcurrentMap.map(collaborations) { collaboration -> Result<Void, Error> in
                let report = CollaborationReport(collaboration, config: config, today: today,
                                                 stages: flow.map { ($0.transitions[collaboration.id] ?? []).map(CollaborationReport.StageEntry.init) },
                                                 planChanges: planChanges?[collaboration.id] ?? [], language: language)
                return Result { try OutputFile.write(HTMLReport.render(report), to: Path.join(folder, HTMLIndex.pagePath(collaboration.id))) }
            }
            for result in written { try result.get() }
            let rows = read.rows.map(\.1)
            let metrics = FlowMetrics(collaborations, history: flow, config: config, today: today)
            try OutputFile.write(MetricsPage.render(metrics, language: language), to: Path.join(folder, HTMLIndex.metricsPath))
            let index = HTMLIndex.render(rows, workspace: workspace.config.name?.value, today: context.today, language: context.language)
            try OutputFile.write(index, to: Path.join(folder, "index.html"))
            let indexShown = Path.relative(Path.join(folder, "index.html"), to: context.directory), count = rows.count
            context.say(Message(en: "wrote \(indexShown) and \(count) reports", zh: "已写入 \(indexShown) 和 \(count) 份报告"))
            for record in flow?.oversized ?? [] { context.note(record.message) }
            context.noteShallowHistory(history.repository)
            return context.reportUnread(read.problems, workspace: workspace)
        }
        guard let id else { return .failure }
        let read = try workspace.read([id]) { $0 }
        guard let collaboration = read.rows.first else { throw WorkspaceError.unknownCollaboration(id) }
        let timeline = try history.transitions(id)
        let planChanges = try history.planChanges(try history.changes(), ids: [id])
        let report = CollaborationReport(collaboration, config: workspace.config, today: context.today,
                                         stages: timeline?.transitions.map(CollaborationReport.StageEntry.init),
                                         planChanges: planChanges?[id] ?? [], language: context.language)
        try Self.emit(format.render(report, context.renderSettings), to: output, context)
        for record in timeline?.oversized ?? [] { context.note(record.message) }
        context.noteShallowHistory(history.repository)
        return context.reportUnread(read.problems, workspace: workspace)
    }

    /// Writes `text` to the file `output` names, saying so, or prints it (no output, or `-`).
    static func emit(_ text: String, to output: String?, _ context: Context) throws {
        guard let output, output != "-" else { return context.out(text) }
        let path = Path.absolute(output, base: context.directory)
        try OutputFile.write(text, to: path)
        context.say(.wrote(Path.relative(path, to: context.directory)))
    }

}
