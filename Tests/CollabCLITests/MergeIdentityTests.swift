import Foundation
import Testing

/// Identity before ids (docs/reference.md §12): a change, a progress update and a reference
/// follow the task they were made on, through real `git rebase`, `git merge` in both
/// directions and `git cherry-pick`, with the driver `collab setup` configures.
struct MergeIdentityTests {
    static let tasks = "collaborations/new-product-page/tasks.yaml"

    /// `feat` adds T6 for 冯主管 and then records progress on it; `main` adds its own T6 for
    /// 钱工程师 — both of the tech department, as in the report that found the bug.
    static func twoTasksSixRepository() throws -> GitWorkspace {
        let repository = try Self.branched("feat")
        try add(repository, "B方任务", owner: "冯主管", due: "2024-07-20")
        try repository.commit("feat: T6")
        #expect(try repository.collab("update", "new-product-page", "T6", "B开始做了", "--status", "doing", "--date", "2024-07-04").status == 0)
        try repository.commit("feat: progress on T6")
        try repository.git("checkout", "-q", "main")
        try add(repository, "A方任务", owner: "钱工程师", due: "2024-07-21")
        try repository.commit("main: T6")
        return repository
    }

    /// A repository with the driver set up (`collab setup`), the template committed on
    /// main, and `branch` made from it and checked out.
    static func branched(_ branch: String) throws -> GitWorkspace {
        let repository = try GitWorkspace()
        #expect(try repository.collab("setup").status == 0)
        try repository.commit("base")
        try repository.git("checkout", "-q", "-b", branch)
        return repository
    }

    static func add(_ repository: GitWorkspace, _ title: String, owner: String, due: String, _ more: String...) throws {
        let result = try repository.collab(["add", "new-product-page", "tasks", "title=\(title)", "owner=\(owner)", "department=tech",
                                            "due=\(due)", "deliverable=\(title)报告"] + more)
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// The task whose title is `title`, as its lines in the merged file.
    static func task(_ title: String, in repository: GitWorkspace) throws -> String {
        let text = try repository.scratch.read(tasks)
        let blocks = text.components(separatedBy: "\n  - id: ").dropFirst().map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }
        return try #require(blocks.first { $0.contains("\n    title: \(title)\n") }, "no task \(title) in\n\(text)")
    }

    static func expectProgressOnBsTaskOnly(_ repository: GitWorkspace) throws {
        let b = try task("B方任务", in: repository), a = try task("A方任务", in: repository)
        #expect(b.contains("    status: doing\n") && b.contains("        by: 冯主管\n        note: B开始做了\n"), "B's task:\n\(b)")
        #expect(a.contains("    status: todo\n") && !a.contains("B开始做了"), "A's task:\n\(a)")
        #expect(a.hasPrefix("T6\n") && b.hasPrefix("T7\n"), "ids: A \(a.prefix(3)), B \(b.prefix(3))")
    }

    @Test func aRebasedProgressUpdateStaysOnTheTaskItWasMadeFor() throws {
        let repository = try Self.twoTasksSixRepository()
        try repository.git("checkout", "-q", "feat")
        let rebase = try repository.gitResult(["rebase", "main"])
        #expect(rebase.status == 0, "\(rebase.stdout)\(rebase.stderr)")
        #expect(rebase.stderr.contains("theirs' change to T6 B方任务 (owner 冯主管, department tech, due 2024-07-20) went to T7"), "\(rebase.stderr)")
        try Self.expectProgressOnBsTaskOnly(repository)
    }

    @Test func aCherryPickedProgressUpdateStaysOnTheTaskItWasMadeFor() throws {
        let repository = try Self.twoTasksSixRepository()
        let pick = try repository.gitResult(["cherry-pick", "feat~1", "feat"])
        #expect(pick.status == 0, "\(pick.stdout)\(pick.stderr)")
        try Self.expectProgressOnBsTaskOnly(repository)
    }

    /// feat merges main; main records progress on its own T6; main merges feat. Each
    /// person's progress stays on their own task, whichever id it has.
    @Test func progressOnBothBranchesStaysPutThroughMergesBothWays() throws {
        let repository = try Self.twoTasksSixRepository()
        try repository.git("checkout", "-q", "feat")
        try repository.commitWith("merge", "-q", "main", "-m", "feat merges main")
        try repository.git("checkout", "-q", "main")
        #expect(try repository.collab("update", "new-product-page", "T6", "A开始做了", "--status", "doing", "--date", "2024-07-04").status == 0)
        try repository.commit("main: progress on T6")
        let merge = try repository.gitResult(["merge", "feat", "-m", "main merges feat"])
        #expect(merge.status == 0, "\(merge.stdout)\(merge.stderr)")
        let a = try Self.task("A方任务", in: repository), b = try Self.task("B方任务", in: repository)
        #expect(a.hasPrefix("T6\n") && a.contains("by: 钱工程师\n        note: A开始做了\n") && !a.contains("B开始做了"), "A's task:\n\(a)")
        #expect(b.contains("by: 冯主管\n        note: B开始做了\n") && !b.contains("A开始做了") && b.contains("    status: doing\n"), "B's task:\n\(b)")
        #expect(!b.hasPrefix("T6\n"), "B's task took A's id:\n\(b)")
        let check = try CLI.run(["check", "new-product-page", "--today", "2024-07-04"], in: repository.path)
        #expect(!check.stdout.contains("task-id-duplicate"), "\(check.stdout)")
    }

    /// Found in review: main renames 冯主管's 周报 (T7) to 周报-冯 beside 钱工程师's 周报
    /// (T6); feat records progress on its T6, 冯主管's. Which of main's two is base's T6
    /// cannot be told: git stops on a conflict instead of putting 冯主管's progress on 钱工程师's task.
    @Test(arguments: [MergeDriverTests.Operation.merge, .rebase])
    func progressOnATaskTwoOfOursResembleStopsOnAConflict(_ operation: MergeDriverTests.Operation) throws {
        let repository = try Self.branched("topic")
        try Self.add(repository, "周报", owner: "冯主管", due: "2024-07-20")
        try repository.commit("topic: 冯主管's 周报")
        try repository.git("checkout", "-q", "main")
        try Self.add(repository, "周报", owner: "钱工程师", due: "2024-07-20")
        try repository.commit("main: 钱工程师's 周报")
        try repository.commitWith("merge", "-q", "topic", "-m", "main merges topic")
        #expect(try repository.collab("set", "new-product-page", "tasks.T7.title=周报-冯").status == 0)
        try repository.commit("main: retitle T7")
        try repository.git("checkout", "-q", "topic")
        #expect(try repository.collab("update", "new-product-page", "T6", "冯的进展", "--status", "doing", "--date", "2024-07-04").status == 0)
        try repository.commit("topic: progress")
        try repository.git("checkout", "-q", "main")
        let result = try MergeDriverTests.run(operation, repository)
        #expect(result.status != 0 && (result.stdout + result.stderr).contains("CONFLICT"), "\(result.stdout)\(result.stderr)")
        let qian = try Self.task("周报", in: repository)
        #expect(!qian.contains("冯的进展\n") || qian.contains("<<<<<<<"), "钱工程师's task:\n\(qian)")
    }

    /// Ours adds T6; theirs adds its own T6 and makes T5 depend on it. Theirs' task becomes
    /// T7, and so does the reference theirs made to it — not ours' T6.
    @Test(arguments: MergeDriverTests.Operation.allCases)
    func theirsReferencesFollowTheirRenumberedTask(_ operation: MergeDriverTests.Operation) throws {
        let repository = try Self.referenceRepository()
        let result = try MergeDriverTests.run(operation, repository)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let text = try repository.scratch.read(Self.tasks)
        #expect(text.contains("  - id: T6\n    title: 压力测试\n") && text.contains("  - id: T7\n    title: 安全评审\n"), "\(text)")
        #expect(text.contains("    depends_on: [T3, T4, T7]\n"), "T5 must depend on theirs' task, now T7:\n\(text)")
    }

    /// The same two branches merged the other way: the branch that made the reference is
    /// ours now, keeps its T6, and the other side's task is renumbered instead.
    @Test func aReferenceStaysOnItsTaskWhenTheBranchThatMadeItMergesTheOther() throws {
        let repository = try Self.referenceRepository()
        try repository.git("checkout", "-q", "topic")
        let result = try repository.gitResult(["merge", "main", "-m", "topic merges main"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let text = try repository.scratch.read(Self.tasks)
        #expect(text.contains("  - id: T6\n    title: 安全评审\n") && text.contains("  - id: T7\n    title: 压力测试\n"), "\(text)")
        #expect(text.contains("    depends_on: [T3, T4, T6]\n"), "T5 must still depend on 安全评审, T6:\n\(text)")
    }

    /// main adds 压力测试 as T6; topic adds 安全评审 as T6 and makes T5 depend on it.
    static func referenceRepository() throws -> GitWorkspace {
        let repository = try Self.branched("topic")
        try add(repository, "安全评审", owner: "钱工程师", due: "2024-07-09")
        #expect(try repository.collab("set", "new-product-page", "tasks.T5.depends_on=T3, T4, T6").status == 0)
        try repository.commit("theirs")
        try repository.git("checkout", "-q", "main")
        try add(repository, "压力测试", owner: "冯主管", due: "2024-07-10")
        try repository.commit("ours")
        return repository
    }
}
