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
        #expect(try repository.git("log", "-1", "--format=%s") == "collab(directory): departments + support (客服部)\n")
        #expect(try repository.git("show", "--name-only", "--format=", "HEAD") == "collab.yaml\n")
    }
}
