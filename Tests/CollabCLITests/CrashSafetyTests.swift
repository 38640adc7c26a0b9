import Foundation
import Testing

/// A write killed at any instant leaves each file old or new, and the next write in that
/// folder removes the temporary files killed writers left (docs/reference.md §15).
@Suite struct CrashSafetyTests {
    static let tasks = "collaborations/new-product-page/tasks.yaml"
    static let environment = ["COLLAB_TODAY": "2024-07-01"]

    /// A process id that is certainly gone: a program that has run and been waited for.
    static func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// Starts collab with `arguments` in `directory` and kills it (SIGKILL) at a random
    /// instant within `span` microseconds.
    static func runKilled(_ arguments: [String], in directory: String, within span: UInt32, environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": directory, "COLLAB_TODAY": "2024-07-01"].merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(UInt32.random(in: 0...span))  // random: where a kill lands is up to the scheduler anyway
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    static func leftovers(_ scratch: Scratch) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/collaborations/new-product-page").filter { $0.hasPrefix(".collab-") }.sorted()
    }

    @Test func theNextWriteRemovesWhatDeadWritersLeftAndKeepsALiveOnes() throws {
        let scratch = try Scratch.workspace()
        let dead = try Self.deadProcessID(), alive = ProcessInfo.processInfo.processIdentifier
        try scratch.write("collaborations/new-product-page/.collab-\(dead)-tasks.yaml.tmp", "tasks:\n  - id: T")
        try scratch.write("collaborations/new-product-page/.collab-\(alive)-tasks.yaml.tmp", "written by a process still running")
        let update = try CLI.run(["update", "new-product-page", "T3", "接口联调完成一半"], in: scratch.path, environment: Self.environment)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(try Self.leftovers(scratch) == [".collab-\(alive)-tasks.yaml.tmp"])
    }

    /// `collab update` and `collab fmt`, each killed at random instants: the file they write is
    /// always byte for byte the old or the new one; one more run leaves no temporary file.
    @Test(arguments: [["update", "new-product-page", "T3", "接口联调完成一半"], ["fmt", "new-product-page"]])
    func aKilledWriteLeavesTheOldFileOrTheNew(_ arguments: [String]) throws {
        let scratch = try Scratch.workspace()
        // Trailing spaces give fmt something to rewrite.
        let old = try scratch.read(Self.tasks).replacingOccurrences(of: "status: doing\n", with: "status: doing   \n")
        try scratch.write(Self.tasks, old)
        let reference = try Scratch.workspace()
        try reference.write(Self.tasks, old)
        let started = Date()
        #expect(try CLI.run(arguments, in: reference.path, environment: Self.environment).status == 0)
        // Kill instants span the time a whole run takes here, and a half more.
        let span = UInt32(min(2.0, Date().timeIntervalSince(started) * 1.5) * 1_000_000)
        let new = try reference.read(Self.tasks)
        #expect(new != old)

        var (sawOld, sawNew) = (0, 0)
        for _ in 0..<40 {
            try scratch.write(Self.tasks, old)
            try Self.runKilled(arguments, in: scratch.path, within: span)
            let now = try scratch.read(Self.tasks)
            #expect(now == old || now == new, "a mix after a kill")
            if now == old { sawOld += 1 } else if now == new { sawNew += 1 }
        }
        #expect(sawOld + sawNew == 40)
        #expect(sawOld > 0 && sawNew > 0, "kills before and after the rename: \(sawOld) old, \(sawNew) new")
        try scratch.write(Self.tasks, old)
        let last = try CLI.run(arguments, in: scratch.path, environment: Self.environment)
        #expect(last.status == 0, "\(last.stderr)")
        #expect(try scratch.read(Self.tasks) == new)
        #expect(try Self.leftovers(scratch).isEmpty, "the next run removes what killed writers left")
    }

    /// `collab advance --commit` killed at random instants: problem.yaml is old or new, the
    /// repository passes `git fsck --strict`, and HEAD either has not moved or is a commit
    /// holding the new file; a lock libgit2 held when killed is git's own kind (index.lock, a
    /// ref's .lock), which git would leave too, and after it is removed the next run commits.
    @Test func aKilledAdvanceCommitLeavesTheRepositoryWhole() throws {
        let repo = try GitWorkspace()
        let problem = "collaborations/new-product-page/problem.yaml"
        try repo.finishNewProductPageTasks()
        try repo.commit("tasks done")
        let base = try repo.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        let old = try repo.scratch.read(problem)
        let environment = ["COLLAB_TODAY": "2024-10-20", "GIT_CONFIG_NOSYSTEM": "1"]
        let started = Date()
        let first = try repo.collab("advance", "new-product-page", "--commit")
        #expect(first.status == 0, "\(first.stderr)")
        let span = UInt32(min(2.0, Date().timeIntervalSince(started) * 1.5) * 1_000_000)
        let new = try repo.scratch.read(problem)
        #expect(new != old)

        var (sawOld, sawNew, sawCommit, sawGitLock) = (0, 0, 0, 0)
        for _ in 0..<30 {
            try repo.git("reset", "-q", "--hard", base)
            try Self.runKilled(["advance", "new-product-page", "--commit"], in: repo.path, within: span, environment: environment)
            let now = try repo.scratch.read(problem)
            #expect(now == old || now == new, "a mix after a kill")
            if now == old { sawOld += 1 } else if now == new { sawNew += 1 }
            let fsck = try repo.gitResult(["fsck", "--strict", "--no-dangling"])
            #expect(fsck.status == 0, "git fsck: \(fsck.stdout)\(fsck.stderr)")
            let head = try repo.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
            if head != base {
                sawCommit += 1
                #expect(try repo.git("rev-parse", "HEAD~1").hasPrefix(base))
                #expect(try repo.git("show", "HEAD:\(problem)") == new, "a commit holds the new stage")
                #expect(now == new)
            }
            // A lock libgit2 held when it was killed (index.lock, refs/heads/main.lock) stays, as
            // git's own would; the user removes it, as git's message says.
            let git = repo.scratch.file(".git").path
            for lock in FileManager.default.subpaths(atPath: git) ?? [] where lock.hasSuffix(".lock") {
                sawGitLock += 1
                try FileManager.default.removeItem(atPath: git + "/" + lock)
            }
        }
        #expect(sawOld > 0 && sawNew > 0, "kills before and after the write: \(sawOld) old, \(sawNew) new, \(sawCommit) commits, \(sawGitLock) git locks left")
        try repo.git("reset", "-q", "--hard", base)
        let last = try repo.collab("advance", "new-product-page", "--commit")
        #expect(last.status == 0, "\(last.stderr)")
        #expect(try repo.git("show", "HEAD:\(problem)") == new)
        #expect(try Self.leftovers(repo.scratch).isEmpty, "the next run removes what killed writers left")
        try repo.git("fsck", "--strict")
    }

    /// `collab new` killed at random instants: the collaboration is there whole or not at
    /// all (its files are written in a hidden folder renamed into place); the next `new`
    /// removes the hidden folders killed runs left.
    @Test func aKilledNewLeavesTheWholeCollaborationOrNone() throws {
        let scratch = try Scratch.workspace()
        let arguments = ["new", "budget", "--title", "年度预算编制"]
        let started = Date()
        #expect(try CLI.run(arguments, in: scratch.path, environment: Self.environment).status == 0)
        let span = UInt32(min(2.0, Date().timeIntervalSince(started) * 1.5) * 1_000_000)
        let folder = scratch.path + "/collaborations/budget"
        let whole = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        var (none, made) = (0, 0)
        for _ in 0..<30 {
            try? FileManager.default.removeItem(atPath: folder)
            try Self.runKilled(arguments, in: scratch.path, within: span)
            guard FileManager.default.fileExists(atPath: folder) else { none += 1; continue }
            made += 1
            let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != ".collab.lock" }.sorted()
            #expect(files == whole, "a half-made collaboration: \(files)")
        }
        #expect(none > 0 && made > 0, "kills before and after the rename: \(none) none, \(made) made")
        let next = try CLI.run(["new", "budget-2025", "--title", "2025年预算"], in: scratch.path, environment: Self.environment)
        #expect(next.status == 0, "\(next.stderr)")
        let hidden = try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/collaborations").filter { $0.hasPrefix(".collab-") }
        #expect(hidden.isEmpty, "the next new removes what killed runs left: \(hidden)")
    }
}
