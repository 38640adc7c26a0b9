import CollabKit

/// `collab check [ID…] [--strict]`: every finding in every collaboration, gcc style or JSON.
struct CheckCommand: Command {
    static let name = "check"
    static let abstract = Message(en: "validate collaborations: syntax, schema, stage gates and deadlines",
                                  zh: "检查协作记录：语法、字段、阶段关口和截止日期")
    static let usage = "collab check [ID…] [--base REV [--head REV] [--changed]] [--strict] [--format text|json|github|junit|sarif]"
    typealias Format = CheckFormat
    static let operands = Operands.collaborations
    static let options: [OptionSpec] = [
        .flag(.strict, Message(en: "exit 1 on warnings too, not only on errors", zh: "有警告（warning）也以 1 退出，而不只是有错误时")),
        .option(.base, value: "REV", Message(en: "also check what changed since REV, following folder renames: stage-regression, closed-modified, collaboration-removed, task-removed, collaboration-late, goal-changed, due-moved",
                                             zh: "同时检查自 REV 以来的改动（跟随文件夹改名）：stage-regression、closed-modified、collaboration-removed、task-removed、collaboration-late、goal-changed、due-moved")),
        .option(.head, value: "REV", Message(en: "with --base: check REV's records instead of the working tree",
                                             zh: "与 --base 合用：检查 REV 中的记录，而不是工作区")),
        .flag(.changed, Message(en: "with --base: report only collaborations whose records differ from REV (and collab.yaml); all of them when collab.yaml, templates/ or schemas/ changed",
                                zh: "与 --base 合用：只报告记录与 REV 不同的协作（以及 collab.yaml）；collab.yaml、templates/ 或 schemas/ 有改动时报告全部协作")),
    ]
    static let discussion: Message? = Message(en: """
    Checks the named collaborations, or all under collaborations/. Exit status: 0 when no
    error was found (warnings and notices allowed unless --strict), 1 when one was, 2 on a
    usage or I/O error. In CI on a pull request: collab check --base origin/main --changed,
    so that deadlines of collaborations the pull request does not touch cannot fail it (when
    collab.yaml, templates/ or schemas/ changed, every collaboration is checked: they decide
    findings everywhere). --base follows a renamed collaboration folder by its records.
    Formats: github prints workflow commands (annotations on a pull request), junit a test
    report (GitLab, Jenkins), sarif a SARIF 2.1.0 log (GitHub code scanning); the paths of
    github and sarif are relative to the repository root.
    """, zh: """
    检查指定的协作，不指定时检查 collaborations/ 下的全部协作。退出码：没有错误时为 0（除非
    加了 --strict，警告和提示不影响退出码），有错误时为 1，用法或读写出错时为 2。在 CI 中检查
    合并请求时用 collab check --base origin/main --changed，这样合并请求没有改动的协作即使
    逾期也不会让它失败（collab.yaml、templates/ 或 schemas/ 有改动时检查全部协作：它们决定
    每个协作的检查结果）。--base 按记录内容跟随改名的协作文件夹。格式：github 输出工作流命令（在合并请求上显示批注），junit 输出测试
    报告（GitLab、Jenkins），sarif 输出 SARIF 2.1.0 日志（GitHub 代码扫描）；github 和
    sarif 中的路径相对于仓库根目录。
    """)

    let ids: [String]
    let strict: Bool
    let base: String?
    let head: String?
    let changed: Bool
    let format: Format

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        format = try Self.format(arguments)
        ids = try Self.collaborationIDs(arguments)
        strict = arguments.has(.strict)
        base = arguments.value(.base)
        head = arguments.value(.head)
        changed = arguments.has(.changed)
        if head != nil && base == nil { throw UsageError(Message(en: "--head goes with --base", zh: "--head 要和 --base 一起用"), command: Self.name) }
        if changed && base == nil { throw UsageError(Message(en: "--changed goes with --base", zh: "--changed 要和 --base 一起用"), command: Self.name) }
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        var report: CheckReport
        if let base {
            let repository = try context.repository(of: workspace)
            report = try HistoryCheck.run(workspace, repository: repository, base: base, head: head, ids: ids,
                                       changedOnly: changed, today: context.today)
        } else {
            report = try WorkspaceCheck.run(workspace, ids: ids, today: context.today)
        }
        for note in report.notes { context.note(note) }
        let fromRoot = format.pathsFromRepositoryRoot ? RepositoryPaths.locate(workspace.root, environment: context.gitEnvironment)?.prefix : nil
        var sources: [String: String] = [:]
        for index in report.diagnostics.indices {
            let file = report.diagnostics[index].file
            let shown = fromRoot.map { $0 + file } ?? context.displayPath(file, workspace: workspace)
            sources[shown] = Path.join(workspace.root, file)
            report.diagnostics[index].file = shown
        }
        let lines = SourceLines(paths: sources)
        context.out(format.render(.init(report, strict: strict, toolVersion: Runner.version, sourceLine: { lines.line($0, $1) }),
                                  context.renderSettings))
        let failing = report.count(.error) > 0 || (strict && report.count(.warning) > 0)
        return failing ? .findings : .success
    }
}

/// Source lines for the caret display, each file read once when first asked for.
final class SourceLines {
    private let paths: [String: String]
    private var cache: [String: [Substring]] = [:]

    init(paths: [String: String]) { self.paths = paths }

    func line(_ file: String, _ number: Int) -> String? {
        if cache[file] == nil {
            guard let path = paths[file], let bytes = try? FileSystem.read(path, limit: YAMLParser.maxFileSize) else { return nil }
            let text = String(decoding: bytes, as: UTF8.self)
            cache[file] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = cache[file], number >= 1, number <= lines.count else { return nil }
        var line = lines[number - 1]
        if line.hasSuffix("\r") { line = line.dropLast() }
        return String(line)
    }
}
