import Foundation
import Testing

/// `collab init` and `collab new` as a user meets them.
struct InitAndNewTests {
    @Test func initWritesTheTemplateAndItPassesCheck() throws {
        let scratch = try Scratch()
        let result = try CLI.run(["init", "team"], in: scratch.path)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Created a collab workspace in team (24 files)"))
        let template = CLI.packageRoot.appendingPathComponent("workspace-template/collaborations/q3-data-sync/tasks.yaml")
        #expect(try scratch.read("team/collaborations/q3-data-sync/tasks.yaml") == String(contentsOf: template, encoding: .utf8))
        let check = try CLI.run(["check", "--today", "2024-07-04"], in: scratch.path + "/team")
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func initRefusesToOverwriteAndChangesNothing() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("collab.yaml", "version: 1\nname: 我们的\n")
        let result = try CLI.run(["init"], in: workspace.path)
        #expect(result.status == 2)
        #expect(result.stderr == "collab: error: collab.yaml already exists; init refuses to overwrite a workspace\n")
        #expect(try workspace.read("collab.yaml") == "version: 1\nname: 我们的\n")
    }

    @Test func newFillsTitleStageOpenedAndLeadAndKeepsTheTemplatesComments() throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["new", "budget-2025", "--title", "2025年预算编制", "--lead", "finance", "--today", "2024-11-01"],
                                 in: workspace.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Created collaborations/budget-2025/ at stage define.\n")
        let problem = try workspace.read("collaborations/budget-2025/problem.yaml")
        let template = try workspace.read("templates/collaboration/problem.yaml")
        let expected = template.replacingOccurrences(of: "\ntitle:\n", with: "\ntitle: 2025年预算编制\n")
            .replacingOccurrences(of: "\nopened:\n", with: "\nopened: 2024-11-01\n")
        #expect(problem == expected)
        #expect(try workspace.read("collaborations/budget-2025/stakeholders.yaml").contains("\nlead: finance\n"))
        let check = try CLI.run(["check", "budget-2025"], in: workspace.path)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout == "checked 1 collaboration: 0 errors, 0 warnings, 0 notices\n")
    }

    @Test func newQuotesATitleThatWouldNotReadBackAsText() throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["new", "odd", "--title", "原因: 未知 # 待查"], in: workspace.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try workspace.read("collaborations/odd/problem.yaml").contains("\ntitle: \"原因: 未知 # 待查\"\n"))
        let parsed = try CLI.run(["parse", "collaborations/odd/problem.yaml", "--format", "json"], in: workspace.path)
        #expect(parsed.stdout.contains("\"title\":\"原因: 未知 # 待查\""))
    }

    @Test func newUsesTheWorkspacesOwnTemplate() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("templates/collaboration/problem.yaml", "# 我们的模板\ntitle:\nstage: define\nopened:\n")
        let result = try CLI.run(["new", "ours", "--title", "自定义"], in: workspace.path, environment: ["COLLAB_TODAY": "2025-01-02"])
        #expect(result.status == 0)
        #expect(try workspace.read("collaborations/ours/problem.yaml") == "# 我们的模板\ntitle: 自定义\nstage: define\nopened: 2025-01-02\n")
    }

    @Test(arguments: [
        (["new", "Bad_ID", "--title", "t"], "is not a collaboration id"),
        (["new", "../escape", "--title", "t"], "is not a collaboration id"),
        (["new", "ok"], "new needs --title TITLE"),
        (["new", "ok", "--title", "t", "--lead", "nobody"], "--lead 'nobody' is not in the directory"),
        (["new", "q3-data-sync", "--title", "t"], "collaborations/q3-data-sync already exists"),
    ])
    func newRefusesWhatItCannotDo(_ arguments: [String], _ message: String) throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(arguments, in: workspace.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        let folders = try FileManager.default.contentsOfDirectory(atPath: workspace.file("collaborations").path)
        #expect(folders.sorted() == [".gitignore", "new-product-page", "q3-data-sync"])
    }
}
