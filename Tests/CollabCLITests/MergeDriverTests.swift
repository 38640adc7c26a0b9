import Foundation
import Testing

/// `collab merge-driver`, configured by `collab setup`, driven by real `git merge`, `git rebase`
/// and `git cherry-pick` (docs/reference.md §12); each scenario also shows what git's own line
/// merge does with the same two branches.
struct MergeDriverTests {
    static let tasks = "collaborations/new-product-page/tasks.yaml"

    enum Operation: String, CaseIterable {
        case merge, rebase, cherryPick = "cherry-pick"
    }

    /// Two branches from the template: `main` (ours) and `topic` (theirs), each with one commit.
    struct Scenario: Sendable, CustomTestStringConvertible {
        var name: String
        var ours: @Sendable (GitWorkspace) throws -> Void
        var theirs: @Sendable (GitWorkspace) throws -> Void
        var testDescription: String { name }
    }

    static func repository(_ scenario: Scenario, driver: Bool) throws -> GitWorkspace {
        let repository = try GitWorkspace()
        if driver {
            let setup = try repository.collab("setup")
            #expect(setup.status == 0, "\(setup.stderr)")
        }
        try repository.commit("base")
        try repository.git("checkout", "-q", "-b", "topic")
        try scenario.theirs(repository)
        try repository.commit("theirs")
        try repository.git("checkout", "-q", "main")
        try scenario.ours(repository)
        try repository.commit("ours")
        return repository
    }

    /// Runs the operation that brings theirs onto ours; ends on the branch holding the result.
    static func run(_ operation: Operation, _ repository: GitWorkspace) throws -> CLIResult {
        switch operation {
        case .merge: return try repository.gitResult(["merge", "topic", "-m", "merge topic"])
        case .rebase:
            try repository.git("checkout", "-q", "topic")
            return try repository.gitResult(["rebase", "main"])
        case .cherryPick: return try repository.gitResult(["cherry-pick", "topic"])
        }
    }

    static func file(_ repository: GitWorkspace) throws -> String { try repository.scratch.read(tasks) }

    static func check(_ repository: GitWorkspace) throws -> String {
        try CLI.run(["check", "--today", "2024-07-04"], in: repository.path).stdout
    }

    // MARK: Scenarios

    static let updateAndNewTask = Scenario(name: "an update of the last task beside a new task", ours: { (repository: GitWorkspace) throws in
        #expect(try repository.collab("add", "new-product-page", "tasks", "title=压力测试", "owner=冯主管", "department=tech",
                                      "due=2024-07-10", "deliverable=压测报告").status == 0)
    }, theirs: { (repository: GitWorkspace) throws in
        #expect(try repository.collab("update", "new-product-page", "T5", "联合验收方案已起草", "--date", "2024-07-04").status == 0)
    })

    @Test(arguments: Operation.allCases)
    func anUpdateOfTheLastTaskBesideANewTaskMergesCleanly(_ operation: Operation) throws {
        let plain = try Self.repository(Self.updateAndNewTask, driver: false)
        let git = try Self.run(operation, plain)
        #expect(git.status != 0 && (git.stdout + git.stderr).contains("CONFLICT"), "git alone: \(git.stdout)\(git.stderr)")

        let repository = try Self.repository(Self.updateAndNewTask, driver: true)
        let result = try Self.run(operation, repository)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let text = try Self.file(repository)
        #expect(text.contains("""
                depends_on: [T3, T4]
                updates:
                  - date: 2024-07-04
                    by: 周经理
                    note: 联合验收方案已起草
              - id: T6
                title: 压力测试
            """), "\(text)")
        let check = try Self.check(repository)
        #expect(check.hasSuffix("0 errors, 2 warnings, 1 notice\n"), "\(check)")
    }

    static let sameNewID = Scenario(name: "the same new id on both sides", ours: { (repository: GitWorkspace) throws in
        #expect(try repository.collab("add", "new-product-page", "tasks", "title=压力测试", "owner=冯主管", "department=tech",
                                      "due=2024-07-10", "deliverable=压测报告").status == 0)
    }, theirs: { (repository: GitWorkspace) throws in
        #expect(try repository.collab("add", "new-product-page", "tasks", "title=安全评审", "owner=钱工程师", "department=tech",
                                      "due=2024-07-09", "deliverable=评审记录").status == 0)
        #expect(try repository.collab("add", "new-product-page", "tasks", "title=评审整改", "owner=钱工程师", "department=tech",
                                      "due=2024-07-11", "deliverable=整改记录", "depends_on=T6").status == 0)
    })

    @Test(arguments: Operation.allCases)
    func theSameNewIDOnBothSidesGivesTheirsTheNextFreeID(_ operation: Operation) throws {
        let plain = try Self.repository(Self.sameNewID, driver: false)
        let git = try Self.run(operation, plain)
        #expect(git.status != 0 && (git.stdout + git.stderr).contains("CONFLICT"), "git alone: \(git.stdout)\(git.stderr)")

        let repository = try Self.repository(Self.sameNewID, driver: true)
        let result = try Self.run(operation, repository)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect((result.stdout + result.stderr).contains("theirs' new T6 安全评审 (owner 钱工程师, department tech, due 2024-07-09) is T8 now: ours has another T6"),
                "\(result.stdout)\(result.stderr)")
        let text = try Self.file(repository)
        #expect(text.contains("  - id: T6\n    title: 压力测试\n"), "\(text)")
        #expect(text.contains("  - id: T8\n    title: 安全评审\n"), "\(text)")
        #expect(text.contains("  - id: T7\n    title: 评审整改\n") && text.contains("    depends_on: [T8]\n"), "\(text)")
        let check = try Self.check(repository)
        #expect(!check.contains("task-id-duplicate"), "\(check)")
    }

    static let twoFields = Scenario(name: "two different fields of one task", ours: { (repository: GitWorkspace) throws in
        #expect(try repository.collab("set", "new-product-page", "tasks.T5.due=2024-07-13").status == 0)
    }, theirs: { (repository: GitWorkspace) throws in
        #expect(try repository.collab("set", "new-product-page", "tasks.T5.deliverable=验收报告（含缺陷清单）").status == 0)
    })

    static let updatesBothSides = Scenario(name: "updates appended on both sides", ours: { (repository: GitWorkspace) throws in
        #expect(try repository.collab("update", "new-product-page", "T3", "抽奖模块联调完成", "--date", "2024-07-03").status == 0)
    }, theirs: { (repository: GitWorkspace) throws in
        #expect(try repository.collab("update", "new-product-page", "T3", "抽奖模块接口已提测", "--date", "2024-07-02").status == 0)
    })

    static let comments = Scenario(name: "comments on both sides", ours: { (repository: GitWorkspace) throws in
        try repository.replace(tasks, "  - id: T3\n", "  # 前端排期已与测试组确认\n  - id: T3\n")
    }, theirs: { (repository: GitWorkspace) throws in
        let text = try repository.scratch.read(tasks)
        try repository.scratch.write(tasks, text + "  # 会上补充：上线前做一次压力测试\n  - id: T6\n    title: 压力测试\n    owner: 冯主管\n    department: tech\n    due: 2024-07-10\n    deliverable: 压测报告\n    status: todo\n")
    })

    /// Scenarios git alone stops on, merged cleanly by the driver: (scenario, what the result holds).
    static let cleanScenarios: [(Scenario, [String])] = [
        (twoFields, ["    due: 2024-07-13\n    deliverable: 验收报告（含缺陷清单）\n"]),
        (updatesBothSides, ["note: 首页与详情页完成，剩余抽奖模块\n      - date: 2024-07-02\n        by: 钱工程师\n        note: 抽奖模块接口已提测\n      - date: 2024-07-03\n        by: 钱工程师\n        note: 抽奖模块联调完成\n"]),
        (comments, ["  # 前端排期已与测试组确认\n  - id: T3\n", "  # 会上补充：上线前做一次压力测试\n  - id: T6\n"]),
    ]

    @Test(arguments: Operation.allCases)
    func changesOfDifferentFieldsItemsAndCommentsMergeCleanly(_ operation: Operation) throws {
        for (scenario, expected) in Self.cleanScenarios {
            let plain = try Self.repository(scenario, driver: false)
            let git = try Self.run(operation, plain)
            let repository = try Self.repository(scenario, driver: true)
            let result = try Self.run(operation, repository)
            #expect(result.status == 0, "\(scenario.name): \(result.stdout)\(result.stderr)")
            let text = try Self.file(repository)
            for part in expected { #expect(text.contains(part), "\(scenario.name): \(text)") }
            let check = try Self.check(repository)
            #expect(!check.contains("error:"), "\(scenario.name): \(check)")
            // git alone: a conflict where the changes touch neighbouring lines; for the
            // comments, where they do not, the same text as the driver's.
            let plainText = try Self.file(plain)
            if scenario.name == Self.comments.name {
                #expect(git.status == 0 && plainText == text, "git alone: \(git.stdout)\(git.stderr)")
            } else {
                #expect(git.status != 0 && (git.stdout + git.stderr).contains("CONFLICT"), "git alone, \(scenario.name): \(git.stdout)\(git.stderr)")
            }
        }
    }

    static let sameField = Scenario(name: "the same field changed differently", ours: { (repository: GitWorkspace) throws in
        #expect(try repository.collab("set", "new-product-page", "tasks.T5.due=2024-07-13", "tasks.T3.status=done").status == 0)
    }, theirs: { (repository: GitWorkspace) throws in
        #expect(try repository.collab("set", "new-product-page", "tasks.T5.due=2024-07-14", "tasks.T4.note=主图已确认").status == 0)
    })

    @Test(arguments: Operation.allCases)
    func theSameFieldChangedDifferentlyIsAConflictAroundThatFieldOnly(_ operation: Operation) throws {
        let plain = try Self.repository(Self.sameField, driver: false)
        let git = try Self.run(operation, plain)
        #expect(git.status != 0 && (git.stdout + git.stderr).contains("CONFLICT"), "git alone: \(git.stdout)\(git.stderr)")

        let repository = try Self.repository(Self.sameField, driver: true)
        let result = try Self.run(operation, repository)
        #expect(result.status != 0 && (result.stdout + result.stderr).contains("CONFLICT"), "\(result.stdout)\(result.stderr)")
        let text = try Self.file(repository)
        // In a rebase, "ours" is the branch rebased onto: main's due, then the topic's.
        #expect(text.contains("""
                department: product
            <<<<<<< ours
                due: 2024-07-13
            =======
                due: 2024-07-14
            >>>>>>> theirs
                deliverable: 验收报告
            """), "\(text)")
        #expect(text.contains("    status: done\n    depends_on: [T1, T2]") && text.contains("    note: 主图已确认\n"), "the other changes merged: \(text)")
        #expect(text.components(separatedBy: "<<<<<<<").count == 2, "one conflict: \(text)")
        let check = try CLI.run(["check", "--today", "2024-07-04"], in: repository.path)
        #expect(check.status == 1 && check.stdout.contains("tasks.yaml:52:1: error: unresolved merge conflict"), "\(check.stdout)")
    }

    static let unparsable = Scenario(name: "a side that does not parse", ours: { (repository: GitWorkspace) throws in
        #expect(try repository.collab("set", "new-product-page", "tasks.T1.deliverable=需求文档V3.1").status == 0)
    }, theirs: { (repository: GitWorkspace) throws in
        try repository.replace(tasks, "    due: 2024-07-12\n", "\tdue: 2024-07-12\n")
    })

    @Test(arguments: Operation.allCases)
    func aSideThatDoesNotParseIsMergedByLinesAsGitWould(_ operation: Operation) throws {
        let plain = try Self.repository(Self.unparsable, driver: false)
        let git = try Self.run(operation, plain)
        let repository = try Self.repository(Self.unparsable, driver: true)
        let result = try Self.run(operation, repository)
        #expect(result.status == git.status, "\(result.stdout)\(result.stderr)")
        let text = try Self.file(repository), plainText = try Self.file(plain)
        #expect(text == plainText)
        #expect(text.contains("需求文档V3.1") && text.contains("\tdue: 2024-07-12"), "\(text)")
    }
}
