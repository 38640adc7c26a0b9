import Foundation
import Testing

/// The repository's .pre-commit-hooks.yaml, run by pre-commit (from PyPI) from a local clone of
/// a hooks repository holding this checkout's files, in a records repository whose commits go
/// through `pre-commit install`.
struct PreCommitFrameworkTests {
    struct Repositories {
        let scratch: Scratch
        var records: String { scratch.file("records").path }

        /// Runs a program in the records repository with collab (this build) on PATH.
        func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
            try Program.run(executable, arguments, path: CLI.binary.deletingLastPathComponent().path,
                            environment: ["PRE_COMMIT_HOME": scratch.file("cache").path, "COLLAB_TODAY": "2024-07-04",
                                          "GIT_AUTHOR_NAME": "测试", "GIT_AUTHOR_EMAIL": "t@example.org",
                                          "GIT_COMMITTER_NAME": "测试", "GIT_COMMITTER_EMAIL": "t@example.org"])
        }

        func git(_ arguments: String...) throws -> (status: Int32, output: String) {
            try run("/usr/bin/git", ["-C", records] + arguments)
        }

        func preCommit(_ arguments: String...) throws -> (status: Int32, output: String) {
            try run("/bin/sh", ["-c", "cd \"$0\" && exec python3 -m pre_commit \"$@\"", records] + arguments)
        }
    }

    /// A hooks repository with this checkout's hook files; an upstream records repository made
    /// by `collab init` (its q3-data-sync given `upstreamError` when not nil) and a clone of it
    /// with the hooks installed.
    static func repositories(upstreamError: Bool = false) throws -> Repositories {
        let scratch = try Scratch()
        let hooks = scratch.file("hooks")
        try FileManager.default.createDirectory(at: hooks.appendingPathComponent("docs/ci"), withIntermediateDirectories: true)
        for file in [".pre-commit-hooks.yaml", "docs/ci/pre-commit"] {
            try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent(file), to: hooks.appendingPathComponent(file))
        }
        let repositories = Repositories(scratch: scratch)
        func git(_ folder: URL, _ arguments: String...) throws -> String {
            let result = try repositories.run("/usr/bin/git", ["-C", folder.path] + arguments)
            #expect(result.status == 0, "git \(arguments): \(result.output)")
            return result.output
        }
        _ = try git(hooks, "init", "-q", "-b", "main")
        _ = try git(hooks, "add", "-A")
        _ = try git(hooks, "commit", "-qm", "hooks")
        let revision = try git(hooks, "rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)

        let upstream = scratch.file("upstream")
        #expect(try CLI.run(["init", upstream.path], in: scratch.path).status == 0)
        try scratch.write("upstream/.pre-commit-config.yaml", """
        repos:
          - repo: \(hooks.path)
            rev: \(revision)
            hooks:
              - id: collab-check
              - id: collab-fmt

        """)
        if upstreamError {
            let feedback = "upstream/collaborations/q3-data-sync/problem.yaml"
            try scratch.write(feedback, try scratch.read(feedback).replacingOccurrences(of: "stage: closed", with: "stage: shipped"))
        }
        _ = try git(upstream, "init", "-q", "-b", "main")
        _ = try git(upstream, "add", "-A")
        _ = try git(upstream, "commit", "-qm", "records")
        let clone = try repositories.run("/usr/bin/git", ["clone", "-q", upstream.path, repositories.records])
        #expect(clone.status == 0, "\(clone.output)")
        let install = try repositories.preCommit("install")
        #expect(install.status == 0, "\(install.output)")
        return repositories
    }

    static let tasks = "collaborations/new-product-page/tasks.yaml"

    @Test func aCommitWithABrokenRecordIsRefusedAndACleanOnePasses() throws {
        let repositories = try Self.repositories()
        let path = "records/" + Self.tasks
        let original = try repositories.scratch.read(path)
        try repositories.scratch.write(path, original.replacingOccurrences(of: "owner: 周经理", with: "owner: 王五"))
        _ = try repositories.git("add", Self.tasks)
        let refused = try repositories.git("commit", "-qm", "unknown owner")
        #expect(refused.status != 0, "\(refused.output)")
        #expect(refused.output.contains("collab check") && refused.output.contains("Failed")
                && refused.output.contains("tasks.yaml:5:12: error:") && refused.output.contains("[task-owner-unknown]"), "\(refused.output)")
        // Against the upstream branch: only the collaboration the commit changes is reported.
        #expect(refused.output.contains("checked 1 collaboration:"), "\(refused.output)")

        // `pre-commit run` on the file refuses it too, and passes once it is mended.
        let run = try repositories.preCommit("run", "--files", Self.tasks)
        #expect(run.status == 1 && run.output.contains("[task-owner-unknown]"), "\(run.output)")
        try repositories.scratch.write(path, original.replacingOccurrences(of: "note: V3.0已发布并通知相关方", with: "note: V3.0已发布并通知相关方及法务"))
        _ = try repositories.git("add", Self.tasks)
        let passed = try repositories.git("commit", "-qm", "a note")
        #expect(passed.status == 0 && passed.output.contains("collab check") && passed.output.contains("Passed"), "\(passed.output)")
        #expect(try repositories.git("log", "--format=%s", "-1").output == "a note\n")
    }

    /// A file saved by Windows Notepad: collab-check accepts it as `collab check` does, and
    /// collab-fmt says what it changed (the BOM, the line ends) instead of a bare refusal.
    @Test func aNotepadFileIsCheckedAndCollabFmtSaysWhatItChanged() throws {
        let repositories = try Self.repositories()
        let path = "records/" + Self.tasks
        let edited = try repositories.scratch.read(path).replacingOccurrences(of: "note: V3.0已发布并通知相关方", with: "note: V3.0已发布并通知相关方及法务")
        try repositories.scratch.write(path, "\u{FEFF}" + edited.replacingOccurrences(of: "\n", with: "\r\n"))
        _ = try repositories.git("add", Self.tasks)
        let stopped = try repositories.git("commit", "-qm", "a note")
        #expect(stopped.output.contains("collab check") && !stopped.output.contains("collab check.....Failed"), "\(stopped.output)")
        #expect(stopped.status != 0 && stopped.output.contains("formatted collaborations/new-product-page/tasks.yaml: removed the BOM and turned CRLF line ends into LF"),
                "\(stopped.output)")
        #expect(try Data(contentsOf: repositories.scratch.file(path)) == Data(edited.utf8))
        _ = try repositories.git("add", Self.tasks)
        #expect(try repositories.git("commit", "-qm", "a note").status == 0)
    }

    @Test func collabFmtLaysTheRecordOutAndTheCommitPassesOnceItIsAdded() throws {
        let repositories = try Self.repositories()
        let path = "records/" + Self.tasks
        let original = try repositories.scratch.read(path)
        let edited = original.replacingOccurrences(of: "note: V3.0已发布并通知相关方", with: "note: V3.0已发布并通知相关方及法务")
        try repositories.scratch.write(path, edited.replacingOccurrences(of: "status: todo", with: "status:   todo"))
        _ = try repositories.git("add", Self.tasks)
        let stopped = try repositories.git("commit", "-qm", "a note")
        #expect(stopped.status != 0 && stopped.output.contains("collab fmt") && stopped.output.contains("files were modified by this hook")
                && stopped.output.contains("formatted collaborations/new-product-page/tasks.yaml"), "\(stopped.output)")
        #expect(try repositories.scratch.read(path) == edited, "collab fmt lays the record out, the edit kept")
        _ = try repositories.git("add", Self.tasks)
        let passed = try repositories.git("commit", "-qm", "a note")
        #expect(passed.status == 0, "\(passed.output)")
    }

    /// With an upstream, a collaboration the commit does not touch cannot refuse it; without
    /// one (a new repository), every collaboration of the workspace is checked.
    @Test func untouchedCollaborationsAreLeftOutOnlyWhenThereIsAnUpstream() throws {
        let repositories = try Self.repositories(upstreamError: true)
        let path = "records/" + Self.tasks
        try repositories.scratch.write(path, try repositories.scratch.read(path).replacingOccurrences(of: "note: V3.0已发布并通知相关方", with: "note: V3.0已发布"))
        _ = try repositories.git("add", Self.tasks)
        let passed = try repositories.git("commit", "-qm", "a note")
        #expect(passed.status == 0, "\(passed.output)")

        _ = try repositories.git("branch", "--unset-upstream")
        try repositories.scratch.write(path, try repositories.scratch.read(path).replacingOccurrences(of: "note: V3.0已发布", with: "note: V3.0已上线"))
        _ = try repositories.git("add", Self.tasks)
        let refused = try repositories.git("commit", "-qm", "another note")
        #expect(refused.status != 0 && refused.output.contains("q3-data-sync/problem.yaml") && refused.output.contains("[invalid-value]"),
                "\(refused.output)")
    }
}
