import CollabKit
#if canImport(Glibc)
import Glibc
#endif

/// Everything a command may touch of the outside world: arguments already parsed, the
/// folder it starts in, the environment, today's date and the two output streams.
final class Context {
    let environment: [String: String]
    /// Absolute path of the starting folder (after -C).
    let directory: String
    let format: String
    let color: Bool
    let today: CalendarDate
    let stdoutIsTerminal: Bool
    /// Columns of the terminal on stdout (or COLUMNS); nil in a pipe or file.
    let terminalWidth: Int?
    private(set) var standardOutput = ""
    private(set) var standardError = ""

    init(directory: String, format: String, color: Bool, today: CalendarDate,
         environment: [String: String], stdoutIsTerminal: Bool, terminalWidth: Int? = nil) {
        self.directory = directory
        self.format = format
        self.color = color
        self.today = today
        self.environment = environment
        self.stdoutIsTerminal = stdoutIsTerminal
        self.terminalWidth = terminalWidth
    }

    func out(_ text: String) { standardOutput += text }
    func err(_ text: String) { standardError += text }

    /// The workspace the command works on: collab.yaml found from the starting folder up.
    func workspace() throws -> Workspace {
        try Workspace.load(root: try Workspace.find(from: directory))
    }

    /// A workspace-relative path as the user should see it: relative to the starting folder.
    func displayPath(_ path: String, workspace: Workspace) -> String {
        Path.relative(Path.join(workspace.root, path), to: directory)
    }

    /// Shows on stderr what a command could not read, one gcc-style line each (paths as the
    /// user sees them), and the exit status that calls for: 1 when anything is shown
    /// (docs/reference.md §4: nothing is ever left out silently).
    func reportUnread(_ problems: [Diagnostic], workspace: Workspace) -> ExitStatus {
        let reporter = TextReporter()
        for var problem in problems {
            problem.file = displayPath(problem.file, workspace: workspace)
            err(reporter.line(problem) + "\n")
        }
        return problems.isEmpty ? .success : .findings
    }

    /// Makes `flush` write what was collected; separate so tests can read it instead.
    func flush() {
        write(1, standardOutput)
        write(2, standardError)
        standardOutput = ""
        standardError = ""
    }

    private func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if count <= 0 { if errno == EINTR { continue }; return }
            offset += count
        }
        bytes.removeAll()
    }
}
