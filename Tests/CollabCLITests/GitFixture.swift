import Foundation
import CollabTestSupport
import Testing

/// A workspace in a real git repository, built with the git CLI (an independent witness of
/// what collab reads and writes through libgit2).
final class GitWorkspace {
    let scratch: Scratch
    var path: String { scratch.path }
    private var clock = 1_727_830_800  // 2024-10-02T09:00:00+08:00

    init() throws {
        scratch = try Scratch.workspace()
        try git("init", "-q", "-b", "main")
        try git("config", "user.name", "李主管")
        try git("config", "user.email", "li@example.com")
    }

    /// Runs git and returns its standard output; a failure is a test failure.
    @discardableResult
    func git(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try gitResult(arguments)
        #expect(result.status == 0, "git \(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout
    }

    /// Runs git and returns how it ended, for commands that may stop (a merge with conflicts).
    func gitResult(_ arguments: [String]) throws -> CLIResult {
        let date = "\(clock) +0800"
        let environment = ["PATH": "/usr/bin:/bin", "HOME": scratch.path, "GIT_AUTHOR_DATE": date,
                           "GIT_COMMITTER_DATE": date, "GIT_CONFIG_NOSYSTEM": "1"]
        return CLIResult(try ChildProcess.run(["git"] + arguments, in: scratch.url, environment: environment))
    }

    /// Commits everything, `days` after the previous commit.
    func commit(_ message: String, days: Int = 1) throws {
        clock += days * 86_400
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }

    /// Runs a git command that commits (a merge), `days` after the previous commit.
    func commitWith(_ arguments: String..., days: Int = 1) throws {
        clock += days * 86_400
        let result = try gitResult(arguments)
        #expect(result.status == 0, "git \(arguments): \(result.stderr)")
    }

    func replace(_ file: String, _ old: String, _ new: String) throws {
        let text = try scratch.read(file)
        #expect(text.contains(old), "\(file) has no '\(old)'")
        try scratch.write(file, text.replacingOccurrences(of: old, with: new))
    }

    /// Marks every open task of new-product-page finished, so its execute gate holds.
    func finishNewProductPageTasks() throws {
        let file = "collaborations/new-product-page/tasks.yaml"
        try replace(file, "status: doing", "status: done")
        try replace(file, "status: blocked", "status: dropped")
        try replace(file, "status: todo", "status: done")
    }

    /// What the README says makes `git diff` show record changes through collab: `collab setup`.
    func useCollabAsDiffDriver() throws {
        let setup = try collab("setup")
        #expect(setup.status == 0, "\(setup.stderr)")
    }

    func collab(_ arguments: String...) throws -> CLIResult {
        try collab(arguments)
    }

    func collab(_ arguments: [String]) throws -> CLIResult {
        try CLI.run(arguments, in: path, environment: ["COLLAB_TODAY": "2024-10-20", "HOME": path, "GIT_CONFIG_NOSYSTEM": "1"])
    }
}
