import CollabKit
#if canImport(Glibc)
import Glibc
#endif

/// Everything a command may touch of the outside world: arguments already parsed, the
/// folder it starts in, the environment, today's date and the two output streams.
public final class Context {
    let environment: [String: String]
    /// Absolute path of the starting folder (after -C).
    let directory: String
    /// The language everything a person reads is rendered in (docs/reference.md §14).
    let language: Language
    let color: Bool
    let today: CalendarDate
    let stdoutIsTerminal: Bool
    /// Columns of the terminal on stdout (or COLUMNS); nil in a pipe or file.
    let terminalWidth: Int?
    /// Where `out` and `err` write (see StandardStream).
    let standardOutput: StandardStream
    let standardError: StandardStream
    /// The warm model of a process that stays up (`collab mcp`): record files it has read,
    /// re-read only when changed on disk. nil on the command line, which reads as it always did.
    public var cache: RecordCache?

    init(directory: String, language: Language, color: Bool, today: CalendarDate,
         environment: [String: String], stdoutIsTerminal: Bool, terminalWidth: Int? = nil,
         standardOutput: StandardStream, standardError: StandardStream) {
        self.directory = directory
        self.language = language
        self.color = color
        self.today = today
        self.environment = environment
        self.stdoutIsTerminal = stdoutIsTerminal
        self.terminalWidth = terminalWidth
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    /// What output formats render with: the language, colour, the terminal's width, today.
    var renderSettings: RenderSettings {
        RenderSettings(language: language, color: color, width: terminalWidth, terminal: stdoutIsTerminal, today: today)
    }

    func out(_ text: String) { standardOutput.write(text) }
    func err(_ text: String) { standardError.write(text) }

    /// A line on stdout in the chosen language: what a command did.
    func say(_ message: Message) { out(message.text(language) + "\n") }

    /// `collab: error: …` on stderr in the chosen language: why a command did nothing.
    func fail(_ message: Message) { err("collab: error: " + TerminalText.escape(message.text(language)) + "\n") }

    /// The workspace the command works on: collab.yaml found from the starting folder up.
    func workspace() throws -> Workspace {
        try Workspace.load(root: try Workspace.find(from: directory), cache: cache)
    }

    /// Where git's environment puts the repository: GIT_DIR and GIT_WORK_TREE (relative to
    /// the starting folder, as git takes them after -C); empty when unset.
    var gitEnvironment: GitEnvironment {
        guard let gitDir = environment[.gitDir], !gitDir.isEmpty else { return GitEnvironment() }
        let workTree = environment[.gitWorkTree].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return GitEnvironment(gitDir: Path.absolute(gitDir, base: directory), workTree: Path.absolute(workTree, base: directory))
    }

    /// `gitEnvironment` with the dates a commit is to carry (GIT_AUTHOR_DATE,
    /// GIT_COMMITTER_DATE), for a command that commits; a date git's formats do not give is
    /// a usage error (exit 2), as git refuses it.
    func commitEnvironment(_ command: String?) throws(UsageError) -> GitEnvironment {
        var found = gitEnvironment
        for variable in [EnvironmentVariable.gitAuthorDate, .gitCommitterDate] {
            guard let text = environment[variable], !text.isEmpty else { continue }
            guard let time = GitTime.parse(text) else {
                throw UsageError(Message(en: "\(variable.name) '\(text)' is not a date git takes; write @1741140000 +0800, 2025-03-05T10:00:00+08:00 or 2025-03-05 10:00:00 +0800",
                                         zh: "\(variable.name)「\(text)」不是 git 接受的日期；请写成 @1741140000 +0800、2025-03-05T10:00:00+08:00 或 2025-03-05 10:00:00 +0800"),
                                 command: command)
            }
            if variable == .gitAuthorDate { found.authorTime = time } else { found.committerTime = time }
        }
        return found
    }

    /// The git repository of a workspace, found as git finds it.
    func repository(of workspace: Workspace) throws -> Repository {
        try Repository.discover(from: workspace.root, environment: gitEnvironment)
    }

    /// `collab: note: …` on stderr: something the reader should know about the output.
    func note(_ message: Message) { err("collab: note: " + TerminalText.escape(message.text(language)) + "\n") }

    /// Says once on stderr that history stopped at a shallow clone's boundary, when it did.
    func noteShallowHistory(_ repository: Repository?) {
        guard let boundary = repository?.shallowBoundary else { return }
        let commit = boundary.hex.prefix(7)
        note(Message(en: "this clone is shallow; history stops at commit \(commit) (git fetch --unshallow reads all of it)",
                     zh: "这是浅克隆，历史只到提交 \(commit) 为止（git fetch --unshallow 可取回全部历史）"))
    }

    private var displayPaths: [String: String] = [:]

    /// A workspace-relative path as the user should see it: relative to the starting folder.
    /// Findings share few files, so each is worked out once.
    func displayPath(_ path: String, workspace: Workspace) -> String {
        if let known = displayPaths[path] { return known }
        let shown = Path.relative(Path.join(workspace.root, path), to: directory)
        displayPaths[path] = shown
        return shown
    }

    /// Shows on stderr what a command could not read or skipped, one gcc-style line each
    /// (paths as the user sees them), and the exit status that calls for: 1 when any is an
    /// error (docs/reference.md §4: nothing is ever left out silently).
    func reportUnread(_ problems: [Diagnostic], workspace: Workspace) -> ExitStatus {
        let reporter = TextReporter(language: language)
        for var problem in problems {
            problem.file = displayPath(problem.file, workspace: workspace)
            err(reporter.line(problem) + "\n")
        }
        return problems.contains { $0.severity == .error } ? .findings : .success
    }
}

extension Message {
    /// What a command that writes files says for each file written.
    static func wrote(_ path: String) -> Message {
        Message(en: "wrote \(path)", zh: "已写入 \(path)")
    }
}
