import Foundation
import Testing

/// `collab diff` between revisions and the working tree, and as git's external diff.
struct DiffCommandTests {
    struct Change: Equatable, CustomStringConvertible {
        var collaboration: String?, file: String?, change: String?, item: String?, field: String?, path: String?, old: String?, new: String?
        init(_ collaboration: String?, _ file: String?, _ change: String?, _ item: String?, _ field: String?, _ path: String?,
             _ old: String?, _ new: String?) {
            (self.collaboration, self.file, self.change, self.item, self.field, self.path, self.old, self.new)
                = (collaboration, file, change, item, field, path, old, new)
        }
        var description: String { "\([collaboration, file, change, item, field, path, old, new].map { $0 ?? "null" })" }
    }

    func changes(_ result: CLIResult) throws -> [Change] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let list = try #require(json["changes"] as? [[String: Any]])
        return list.map { Change($0["collaboration"] as? String, $0["file"] as? String, $0["change"] as? String, $0["item"] as? String,
                                 $0["field"] as? String, $0["path"] as? String, $0["old"] as? String, $0["new"] as? String) }
    }

    @Test func jsonCoversEveryKindOfChange() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try repo.replace("collaborations/new-product-page/problem.yaml", "stage: execute", "stage: verify")
        try repo.replace("collaborations/new-product-page/problem.yaml", "  - 技术部同期有系统升级，测试资源冲突\n", "")
        try repo.replace("collaborations/new-product-page/tasks.yaml", "due: 2024-07-08", "due: 2024-07-09")
        try repo.replace("collaborations/new-product-page/tasks.yaml", "    note: 等待产品部确认新品主图，已在群内提醒\n", "")
        try repo.replace("collaborations/new-product-page/tasks.yaml", "  - id: T2\n    title: 评估开发周期并排期\n    owner: 冯主管\n    department: tech\n    start: 2024-06-17\n    due: 2024-06-21\n    deliverable: 开发排期表\n    status: done\n", "")
        try repo.replace("collaborations/new-product-page/stakeholders.yaml", "people:\n", "  - department: operations\n    role: support\n    liaison: 孙主管\npeople:\n")
        try repo.replace("collaborations/new-product-page/stakeholders.yaml", "liaison: 冯主管", "liaison: 钱工程师")
        try repo.scratch.write("collaborations/new-product-page/feedback.yaml", "practices:\n  - 每日站会\n")
        try FileManager.default.removeItem(at: repo.scratch.file("collaborations/q3-data-sync"))
        #expect(try CLI.run(["new", "budget", "--title", "预算"], in: repo.path, environment: ["COLLAB_TODAY": "2024-10-20"]).status == 0)
        try repo.commit("change everything")
        let result = try repo.collab("diff", "HEAD~1", "HEAD", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["from"] as? String == "HEAD~1")
        #expect(json["to"] as? String == "HEAD")
        let expected = [
            Change("budget", nil, "added", nil, nil, nil, nil, nil),
            Change("new-product-page", "problem.yaml", "changed", nil, "stage", "problem.stage", "execute", "verify"),
            Change("new-product-page", "problem.yaml", "removed", nil, "impact.2", "problem.impact.2", "技术部同期有系统升级，测试资源冲突", nil),
            Change("new-product-page", "stakeholders.yaml", "changed", "tech", "liaison", "stakeholders.departments.tech.liaison", "冯主管", "钱工程师"),
            Change("new-product-page", "stakeholders.yaml", "added", "operations", nil, "stakeholders.departments.operations", nil, nil),
            Change("new-product-page", "tasks.yaml", "changed", "T3", "due", "tasks.T3.due", "2024-07-08", "2024-07-09"),
            Change("new-product-page", "tasks.yaml", "removed", "T4", "note", "tasks.T4.note", "等待产品部确认新品主图，已在群内提醒", nil),
            Change("new-product-page", "tasks.yaml", "removed", "T2", nil, "tasks.T2", nil, nil),
            Change("new-product-page", "feedback.yaml", "added", nil, "practices.1", "feedback.practices.1", nil, "每日站会"),
            Change("q3-data-sync", nil, "removed", nil, nil, nil, nil, nil),
        ]
        #expect(try changes(result) == expected)
        let text = try repo.collab("diff", "HEAD~1..HEAD", "--", "new-product-page")
        #expect(text.stdout == """
        new-product-page  stage execute → verify
          problem.yaml
            ~ problem.stage: execute → verify
            - problem.impact.2: 技术部同期有系统升级，测试资源冲突
          stakeholders.yaml
            ~ stakeholders.departments.tech.liaison: 冯主管 → 钱工程师
            + stakeholders.departments.operations (role support, liaison 孙主管)
          tasks.yaml
            ~ tasks.T3.due (活动页面前端开发): 2024-07-08 → 2024-07-09
            - tasks.T4.note (准备活动素材): 等待产品部确认新品主图，已在群内提醒
            - tasks.T2 评估开发周期并排期 (owner 冯主管, department tech, start 2024-06-17)
          feedback.yaml
            + feedback.practices.1: 每日站会

        """)
    }

    @Test func defaultsCompareHeadWithTheWorkingTreeAndOneRevisionWithTheWorkingTree() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try repo.replace("collaborations/new-product-page/tasks.yaml", "status: todo", "status: doing")
        let worktree = try repo.collab("diff")
        #expect(worktree.stdout == "new-product-page  stage execute\n  tasks.yaml\n    ~ tasks.T5.status (上线前联合验收): todo → doing\n")
        #expect(try repo.collab("diff", "main").stdout == worktree.stdout)
        let markdown = try repo.collab("diff", "--format", "markdown")
        #expect(markdown.stdout.contains("| changed | tasks.T5.status (上线前联合验收) | todo | doing |"), "\(markdown.stdout)")
        #expect(markdown.stdout.hasPrefix("## collab diff: HEAD → working tree\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(repo.collab("diff", "--format", "json").stdout.utf8)) as? [String: Any])
        let change = try #require((json["changes"] as? [[String: Any]])?.first)
        #expect(change["path"] as? String == "tasks.T5.status" && change["title"] as? String == "上线前联合验收", "\(change)")
    }

    @Test func aFileThatDoesNotParseIsReportedAndUnchangedOnesAreNotRead() throws {
        let repo = try GitWorkspace()
        try repo.scratch.write("collaborations/q3-data-sync/tasks.yaml", "tasks: [unclosed\n")
        try repo.commit("a broken file nobody changes")
        try repo.scratch.write("collaborations/new-product-page/tasks.yaml", "tasks:\n  - id: T1\n    title: a: b\n")
        let result = try repo.collab("diff", "--format", "json")
        #expect(result.status == 1, "a file collab cannot read is never a clean diff")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["file"] as? String == "collaborations/new-product-page/tasks.yaml")
        #expect((diagnostics.first?["message"] as? String)?.hasPrefix("in the working tree: quote this value") == true)
        #expect(diagnostics.first?["line"] as? Int == 3)
    }

    @Test func gitDiffShowsSemanticDiffsThroughTheExternalDiffDriver() throws {
        let repo = try GitWorkspace()
        try repo.useCollabAsDiffDriver()
        try repo.commit("start")
        try repo.replace("collaborations/new-product-page/tasks.yaml", "due: 2024-07-12", "due: 2024-07-15")
        let output = try repo.git("diff")
        #expect(output == "new-product-page\n  tasks.yaml\n    ~ tasks.T5.due (上线前联合验收): 2024-07-12 → 2024-07-15\n")
        try repo.commit("move T5")
        let log = try repo.git("log", "-p", "--ext-diff", "-1", "--format=%s")
        #expect(log.contains("move T5") && log.contains("~ tasks.T5.due (上线前联合验收): 2024-07-12 → 2024-07-15"))
    }

    @Test func anInsertedUpdateIsOneChangeNotACascade() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        // An update inserted before the first of T1's two updates, and one appended to T3.
        try repo.replace("collaborations/new-product-page/tasks.yaml", "    updates:\n      - date: 2024-06-19\n",
                         "    updates:\n      - date: 2024-06-18\n        by: 周经理\n        note: 启动评审\n      - date: 2024-06-19\n")
        try repo.replace("collaborations/new-product-page/tasks.yaml", "        note: 首页与详情页完成，剩余抽奖模块\n",
                         "        note: 首页与详情页完成，剩余抽奖模块\n      - date: 2024-07-03\n        by: 钱工程师\n        note: 抽奖模块联调中\n")
        let result = try repo.collab("diff")
        #expect(result.stdout == """
        new-product-page  stage execute
          tasks.yaml
            + tasks.T1.updates.1 (输出最终需求文档V3.0): {date: 2024-06-18, by: 周经理, note: 启动评审}
            + tasks.T3.updates.2 (活动页面前端开发): {date: 2024-07-03, by: 钱工程师, note: 抽奖模块联调中}

        """)
    }

    @Test func aDuplicatedTaskIdHidesNoChange() throws {
        let repo = try GitWorkspace()
        try repo.replace("collaborations/new-product-page/tasks.yaml", "  - id: T5\n", "  - id: T2\n")
        try repo.commit("two tasks named T2")
        try repo.replace("collaborations/new-product-page/tasks.yaml", "due: 2024-07-12", "due: 2024-07-15")
        let result = try repo.collab("diff", "--format", "json")
        #expect(try changes(result) == [
            Change("new-product-page", "tasks.yaml", "changed", "T2#2", "due", "tasks.T2#2.due", "2024-07-12", "2024-07-15"),
        ])
    }

    @Test func theExternalDriverShowsAnUnparsableSideAsItsDiagnostic() throws {
        let repo = try GitWorkspace()
        try repo.useCollabAsDiffDriver()
        try repo.commit("start")
        try repo.replace("collaborations/new-product-page/tasks.yaml", "    title: 上线前联合验收\n", "    title: 上线前: 联合验收\n")
        let output = try repo.git("diff")
        #expect(output.contains("tasks.yaml: does not parse after: quote this value"), "\(output)")
        #expect(!output.contains("- tasks."), "no item is shown as removed: \(output)")
    }

    @Test func badRevisionsAndRepositoriesExitTwo() throws {
        let repo = try GitWorkspace()
        let empty = try repo.collab("diff")
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("has no commits yet"))
        try repo.commit("start")
        #expect(try repo.collab("diff", "nope").stderr == "collab: error: unknown revision 'nope'\n")
        #expect(try repo.collab("diff", "a", "b", "c").status == 2)
        let symmetric = try repo.collab("diff", "main...main")
        #expect(symmetric.status == 2)
        #expect(symmetric.stderr.contains("A...B is not supported"))
        let plain = try Scratch.workspace()
        #expect(try CLI.run(["diff"], in: plain.path).status == 2)
    }
}
