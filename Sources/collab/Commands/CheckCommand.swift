import CollabKit

/// `collab check [ID…] [--strict]`: every finding in every collaboration, gcc style or JSON.
struct CheckCommand: Command {
    static let name = "check"
    static let abstract = "validate collaborations: syntax, schema, stage gates and deadlines"
    static let usage = "collab check [ID…] [--base REV [--head REV] [--changed]] [--strict] [--format text|json|github|junit|sarif]"
    static let formats = ["text", "json", "github", "junit", "sarif"]
    static let operands = Operands.collaborations
    static let options: [OptionSpec] = [
        .flag("--strict", "exit 1 on warnings too, not only on errors"),
        .option("--base", value: "REV", "also check what changed since REV: stage-regression, closed-modified, collaboration-removed, task-removed"),
        .option("--head", value: "REV", "with --base: check REV's records instead of the working tree"),
        .flag("--changed", "with --base: report only collaborations whose records differ from REV (and collab.yaml)"),
    ]
    static let discussion = """
    Checks the named collaborations, or all under collaborations/. Exit status: 0 when no
    error was found (warnings and notices allowed unless --strict), 1 when one was, 2 on a
    usage or I/O error. In CI on a pull request: collab check --base origin/main --changed,
    so that deadlines of collaborations the pull request does not touch cannot fail it.
    Formats: github prints workflow commands (annotations on a pull request), junit a test
    report (GitLab, Jenkins), sarif a SARIF 2.1.0 log (GitHub code scanning); the paths of
    github and sarif are relative to the repository root.
    """

    let ids: [String]
    let strict: Bool
    let base: String?
    let head: String?
    let changed: Bool

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        ids = try Self.collaborationIDs(arguments)
        strict = arguments.has("--strict")
        base = arguments.value("--base")
        head = arguments.value("--head")
        changed = arguments.has("--changed")
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
        let fromRoot = ["github", "sarif"].contains(context.format) ? RepositoryPaths.locate(workspace.root, environment: context.gitEnvironment)?.prefix : nil
        var sources: [String: String] = [:]
        for index in report.diagnostics.indices {
            let file = report.diagnostics[index].file
            let shown = fromRoot.map { $0 + file } ?? context.displayPath(file, workspace: workspace)
            sources[shown] = Path.join(workspace.root, file)
            report.diagnostics[index].file = shown
        }
        switch context.format {
        case "json": context.out(JSONReporter(language: context.language).generateReport(report))
        case "github": context.out(GitHubReporter(language: context.language).generateReport(report))
        case "junit": context.out(JUnitReporter(strict: strict, language: context.language).generateReport(report))
        case "sarif": context.out(SARIFReporter(version: Runner.version, language: context.language).generateReport(report))
        default:
            let lines = SourceLines(paths: sources)
            let reporter = TextReporter(language: context.language, color: context.color, showSource: context.stdoutIsTerminal,
                                        sourceLine: { lines.line($0, $1) })
            context.out(reporter.generateReport(report))
        }
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
