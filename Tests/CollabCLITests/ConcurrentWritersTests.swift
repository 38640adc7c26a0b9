import Foundation
import Testing

/// Writers of one collaboration run at the same time, as two people (or a person and a hook)
/// would: the lock in its folder serialises them, so no change that was reported is lost.
struct ConcurrentWritersTests {
    /// Starts every command line at once and waits for all of them; their exit statuses.
    static func runAtOnce(_ commands: [[String]], in folder: String) throws -> [Int32] {
        let processes = commands.map { arguments -> Process in
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder, "LANG": "C.UTF-8", "COLLAB_TODAY": "2024-07-10"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        return processes.map(\.terminationStatus)
    }

    /// new-product-page with every task finished, so its execute gate holds once.
    static func readyToAdvance() throws -> Scratch {
        let workspace = try Scratch.workspace()
        let file = "collaborations/new-product-page/tasks.yaml"
        let tasks = try workspace.read(file)
            .replacingOccurrences(of: "status: doing", with: "status: done")
            .replacingOccurrences(of: "status: blocked", with: "status: dropped")
            .replacingOccurrences(of: "status: todo", with: "status: done")
        try workspace.write(file, tasks)
        return workspace
    }

    @Test func ofManyAdvancesAtOnceExactlyOneMovesTheStage() throws {
        let workspace = try Self.readyToAdvance()
        let statuses = try Self.runAtOnce(Array(repeating: ["advance", "new-product-page"], count: 12), in: workspace.path)
        // The first moves execute → verify; each later one reads verify, whose gate does not hold.
        #expect(statuses.filter { $0 == 0 }.count == 1, "\(statuses)")
        #expect(statuses.allSatisfy { $0 == 0 || $0 == 1 }, "\(statuses)")
        #expect(try workspace.read("collaborations/new-product-page/problem.yaml").contains("stage: verify\n"))
        #expect(!FileManager.default.fileExists(atPath: workspace.file("collaborations/new-product-page/.collab.lock").path))
    }

    @Test func anAdvanceBesideFmtIsNeverLost() throws {
        for _ in 0..<8 {
            let workspace = try Self.readyToAdvance()
            let file = "collaborations/new-product-page/problem.yaml"
            // Trailing spaces give fmt something to rewrite in the same file advance edits.
            try workspace.write(file, try workspace.read(file).replacingOccurrences(of: "stage: execute", with: "stage: execute   "))
            let statuses = try Self.runAtOnce([["fmt", "new-product-page"], ["advance", "new-product-page"]], in: workspace.path)
            let problem = try workspace.read(file)
            #expect(statuses[1] != 0 || problem.contains("stage: verify"), "advance reported success but the file says: \(problem)")
            #expect(statuses[0] != 0 || statuses[1] != 0 || !problem.contains("stage: verify   "), "\(statuses)")
        }
    }

    /// Tens of people post their progress at the same moment: every update that reported
    /// success is in the file, once, and the file still parses.
    @Test func ofTensOfConcurrentUpdatesNoneThatSucceededIsLost() throws {
        let workspace = try Scratch.workspace()
        let notes = (1...30).map { "第\($0)次进展同步" }
        let statuses = try Self.runAtOnce(notes.map { ["update", "new-product-page", "T3", $0] }, in: workspace.path)
        let tasks = try workspace.read("collaborations/new-product-page/tasks.yaml")
        #expect(statuses.allSatisfy { $0 == 0 || $0 == 2 }, "\(statuses)")
        #expect(statuses.filter { $0 == 0 }.count >= 10, "\(statuses)")
        for (note, status) in zip(notes, statuses) {
            let count = tasks.components(separatedBy: "note: \(note)\n").count - 1
            #expect(count == (status == 0 ? 1 : 0), "\(note): exit \(status), \(count) times in the file")
        }
        let check = try CLI.run(["check", "new-product-page", "--format", "json", "--today", "2024-07-10"], in: workspace.path)
        #expect(!check.stdout.contains("syntax"), "\(check.stdout)")
        #expect(!FileManager.default.fileExists(atPath: workspace.file("collaborations/new-product-page/.collab.lock").path))
    }

    /// A lock or temporary file a writer leaves for a moment is never committed with
    /// `git add -A`: collab init writes collaborations/.gitignore.
    @Test func locksAndTemporaryFilesAreIgnoredByGit() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try repo.scratch.write("collaborations/new-product-page/.collab.lock", "4194305\n")
        try repo.scratch.write("collaborations/new-product-page/.collab.lock.stale", "")
        try repo.scratch.write("collaborations/new-product-page/.collab-123-tasks.yaml.tmp", "tasks: []\n")
        try repo.scratch.write("collaborations/.collab-123-budget.tmp/problem.yaml", "title: x\n")
        #expect(try repo.git("status", "--porcelain").isEmpty)
        let created = try repo.collab("new", "budget-2025", "--title", "2025年预算编制", "--commit")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(!FileManager.default.fileExists(atPath: repo.scratch.file("collaborations/budget-2025/.collab.lock").path))
        #expect(try repo.git("show", "--name-only", "--format=", "HEAD").split(separator: "\n").count == 4)
    }

    @Test func aLockLeftByAProcessThatIsGoneIsTakenOver() throws {
        let workspace = try Self.readyToAdvance()
        // A process id that cannot be running: above Linux's pid_max.
        try workspace.write("collaborations/new-product-page/.collab.lock", "4194305\n")
        let result = try CLI.run(["advance", "new-product-page", "--today", "2024-07-10"], in: workspace.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.file("collaborations/new-product-page/.collab.lock").path))
    }

    @Test func aLockHeldByALiveProcessRefusesAfterWaitingWithExitTwo() throws {
        let workspace = try Self.readyToAdvance()
        let holder = ProcessInfo.processInfo.processIdentifier  // this test runner is alive
        try workspace.write("collaborations/new-product-page/.collab.lock", "\(holder)\n")
        let result = try CLI.run(["advance", "new-product-page", "--today", "2024-07-10"], in: workspace.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains(".collab.lock: is held by process \(holder)"), "\(result.stderr)")
        #expect(try workspace.read("collaborations/new-product-page/problem.yaml").contains("stage: execute\n"))
    }
}
