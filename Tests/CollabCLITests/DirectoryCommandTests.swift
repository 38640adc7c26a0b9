import Foundation
import Testing

/// `collab dept add`, `collab member add` and `collab init --no-examples` on the real binary
/// (issue 31, point 5): the directory in collab.yaml edited by command, validated, with
/// comments kept and only the lines of the change differing.
struct DirectoryCommandTests {
    @Test func initWithoutExamplesHasNoCollaborations() throws {
        let scratch = try Scratch()
        let result = try CLI.run(["init", "--no-examples"], in: scratch.path)
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try FileManager.default.contentsOfDirectory(atPath: scratch.file("collaborations").path)
        #expect(entries == [".gitignore"])
        #expect(FileManager.default.fileExists(atPath: scratch.file("templates/collaboration/tasks.yaml").path))
        #expect(FileManager.default.fileExists(atPath: scratch.file("schemas/collab.schema.json").path))
        // The template's example people (李主管, 赵会计…) are examples too: the directory starts empty.
        let config = try scratch.read("collab.yaml")
        #expect(config.contains("\ndepartments: []\n") && !config.contains("李主管"), "\(config)")
        let check = try CLI.run(["check"], in: scratch.path)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("0 collaborations"))
    }

    @Test func deptAddAppendsAfterTheLastDepartmentKeepingComments() throws {
        let scratch = try Scratch.workspace()
        let before = try scratch.read("collab.yaml")
        let result = try CLI.run(["dept", "add", "customer-service", "客服部"], in: scratch.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "collab.yaml: departments + customer-service (客服部)\n")
        let changed = EditCommandTests.changedLines(before, try scratch.read("collab.yaml"))
        #expect(changed.removed.isEmpty)
        #expect(changed.added == ["  - id: customer-service", "    name: 客服部"])
        #expect(try CLI.run(["check"], in: scratch.path).status == 0)
    }

    @Test func memberAddAppendsToTheFlowListOrStartsOne() throws {
        let scratch = try Scratch.workspace()
        try #require(try CLI.run(["dept", "add", "customer-service", "客服部"], in: scratch.path).status == 0)
        let first = try CLI.run(["member", "add", "钱小姐", "--department", "customer-service"], in: scratch.path)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "collab.yaml: departments.customer-service.members + 钱小姐\n")
        let second = try CLI.run(["member", "add", "张三", "--department", "finance"], in: scratch.path)
        #expect(second.status == 0, "\(second.stderr)")
        let text = try scratch.read("collab.yaml")
        #expect(text.contains("    name: 客服部\n    members: [钱小姐]\n"))
        #expect(text.contains("  - id: finance # [a-z0-9][a-z0-9-]*\n    name: 财务部\n    members: [李主管, 赵会计, 张三]\n"))
    }

    @Test(arguments: [
        (["dept", "add", "Customer", "客服部"], "must hold only a-z"),
        (["dept", "add", "finance", "财务二部"], "is in the directory already"),
        (["dept", "add", "finance2", "财务部"], "is the name of department 'finance'"),
        (["member", "add", "李主管", "--department", "finance"], "is a member of 'finance' already"),
        (["member", "add", "钱小姐", "--department", "financ"], "did you mean 'finance'?"),
        (["member", "add", "钱小姐"], "needs --department"),
    ])
    func refusedChangesWriteNothing(arguments: [String], expected: String) throws {
        let scratch = try Scratch.workspace()
        let before = try scratch.read("collab.yaml")
        let result = try CLI.run(arguments, in: scratch.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(try scratch.read("collab.yaml") == before)
    }

    @Test func dryRunWritesNothingAndCommitCommitsCollabYamlAlone() throws {
        let repository = try GitWorkspace()
        try repository.commit("init")
        let before = try repository.scratch.read("collab.yaml")
        let dry = try repository.collab("dept", "add", "support", "客服部", "--dry-run")
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect((dry.stdout + dry.stderr).contains("dry run"))
        #expect(try repository.scratch.read("collab.yaml") == before)
        try repository.scratch.write("collaborations/q3-data-sync/problem.yaml", "not committed: stays in the worktree\n")
        let result = try repository.collab("dept", "add", "support", "客服部", "--commit")
        #expect(result.status == 0, "\(result.stderr)")
        // A workspace change, not the commit of a collaboration called `directory`.
        #expect(try repository.git("log", "-1", "--format=%s") == "collab: departments + support (客服部)\n")
        #expect(try repository.git("show", "--name-only", "--format=", "HEAD") == "collab.yaml\n")
    }

    // MARK: Members with email (SPEC §18)

    @Test func memberAddWithEmailTurnsTheFlowListIntoABlockListThatChecks() throws {
        let scratch = try Scratch.workspace()
        let before = try scratch.read("collab.yaml")
        let result = try CLI.run(["member", "add", "陈工", "--department", "tech", "--email", "chen@example.com"], in: scratch.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "collab.yaml: departments.tech.members + 陈工 <chen@example.com>\n")
        let second = try CLI.run(["member", "add", "何工", "--department", "tech", "--email", "he@example.com"], in: scratch.path)
        #expect(second.status == 0, "\(second.stderr)")
        let changed = EditCommandTests.changedLines(before, try scratch.read("collab.yaml"))
        #expect(changed.removed == ["    members: [冯主管, 钱工程师]"])
        #expect(changed.added == ["    members:", "      - 冯主管", "      - 钱工程师", "      - name: 陈工", "        email: chen@example.com",
                                  "      - name: 何工", "        email: he@example.com"])
        let check = try CLI.run(["check"], in: scratch.path)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(try CLI.run(["fmt", "--check"], in: scratch.path).status == 0)
    }

    @Test func aMemberWithEmailMayOwnTasksAsByName() throws {
        let scratch = try Scratch.workspace()
        try #require(try CLI.run(["member", "add", "陈会计", "--department", "finance", "--email", "chen@example.com"], in: scratch.path).status == 0)
        let result = try CLI.run(["set", "q3-data-sync", "tasks.T2.owner=陈会计"], in: scratch.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("陈会计"), "\(result.stderr)")
        let tasks = try CLI.run(["tasks", "--owner", "陈会计", "--all"], in: scratch.path)
        #expect(tasks.status == 0, "\(tasks.stderr)")
    }

    @Test func aBadEmailIsRefusedAsSetRefusesAChangeAddingAnError() throws {
        let scratch = try Scratch.workspace()
        let before = try scratch.read("collab.yaml")
        let result = try CLI.run(["member", "add", "陈工", "--department", "tech", "--email", "chen.example.com"], in: scratch.path)
        #expect(result.status == 1, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("collab.yaml:") ?? false)
        #expect(lines.first?.contains(": error: email 'chen.example.com' is not an email address") ?? false, "\(result.stderr)")
        #expect(lines.first?.contains("e.g. chen@example.com [invalid-value]") ?? false, "\(result.stderr)")
        #expect(lines.last == "collab: error: refused: the change would add 1 error to collab.yaml (above); nothing was written")
        #expect(try scratch.read("collab.yaml") == before)
        // `set` refusing a change that adds an error: the same shape, the same status.
        let set = try CLI.run(["set", "q3-data-sync", "tasks.T2.due=2024-13-40"], in: scratch.path)
        #expect(set.status == result.status)
        #expect(set.stderr.split(separator: "\n").last?.hasPrefix("collab: error: refused: the change would add ") ?? false, "\(set.stderr)")
    }

    @Test func aMemberGivenAgainWithAnotherEmailIsRefusedSayingSo() throws {
        let scratch = try Scratch.workspace()
        try #require(try CLI.run(["member", "add", "陈工", "--department", "tech", "--email", "chen@example.com"], in: scratch.path).status == 0)
        let before = try scratch.read("collab.yaml")
        let again = try CLI.run(["member", "add", "陈工", "--department", "tech", "--email", "chen@other.example"], in: scratch.path)
        #expect(again.status == 2)
        #expect(again.stderr.contains("陈工 is a member of 'tech' already, with email chen@example.com"), "\(again.stderr)")
        let listed = try CLI.run(["member", "add", "李主管", "--department", "finance", "--email", "li@example.com"], in: scratch.path)
        #expect(listed.status == 2)
        #expect(listed.stderr.contains("李主管 is a member of 'finance' already, without an email"), "\(listed.stderr)")
        #expect(try scratch.read("collab.yaml") == before)
    }

    @Test func aDirectoryCommitIsAWorkspaceChangeNotACollaborationsCommit() throws {
        let repository = try GitWorkspace()
        try repository.commit("init")
        let created = try repository.collab("new", "directory", "--title", "目录整理", "--commit")
        try #require(created.status == 0, "\(created.stderr)")
        let logBefore = try repository.collab("log", "directory", "--format", "json")
        let result = try repository.collab("member", "add", "陈工", "--department", "tech", "--email", "chen@example.com", "--commit")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try repository.git("log", "-1", "--format=%s") == "collab: departments.tech.members + 陈工 <chen@example.com>\n")
        #expect(try repository.git("show", "--name-only", "--format=", "HEAD") == "collab.yaml\n")
        let logAfter = try repository.collab("log", "directory", "--format", "json")
        #expect(logAfter.status == 0, "\(logAfter.stderr)")
        #expect(logAfter.stdout == logBefore.stdout)
    }
}
