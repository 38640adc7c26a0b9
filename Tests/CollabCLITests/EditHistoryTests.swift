import CollabKit
import Foundation
import Testing

/// The edit commands with git: `--commit` commits only what the edit changed, and every path
/// `collab diff` names is one `collab set` takes.
struct EditHistoryTests {
    @Test func commitCommitsOnlyTheRecordFilesTheEditChanged() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try repo.replace("collaborations/new-product-page/problem.yaml", "reporter: 周经理", "reporter: 周总")
        try repo.replace("collaborations/q3-data-sync/feedback.yaml", "  - 10月部门例会\n", "  - 10月部门例会\n  - 11月部门例会\n")
        try repo.git("add", "collaborations/q3-data-sync/feedback.yaml")
        try repo.scratch.write("collaborations/new-product-page/notes.md", "会议笔记\n")
        let result = try repo.collab("update", "new-product-page", "T3", "联调完成", "--status", "done", "--commit")
        #expect(result.status == 0, "\(result.stderr)")
        let head = try repo.git("rev-parse", "--short=7", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(result.stdout == """
            new-product-page: tasks.T3.status doing → done
            new-product-page: tasks.T3.updates.2 + {date: 2024-10-20, by: 钱工程师, note: 联调完成, status: done}
            committed \(head)

            """)
        #expect(try repo.git("log", "-1", "--format=%s|%an") == "collab(new-product-page): tasks.T3.status, tasks.T3.updates.2|李主管\n")
        #expect(try repo.git("show", "--name-only", "--format=", "HEAD") == "collaborations/new-product-page/tasks.yaml\n")
        #expect(try repo.git("status", "--porcelain") == """
             M collaborations/new-product-page/problem.yaml
            M  collaborations/q3-data-sync/feedback.yaml
            ?? collaborations/new-product-page/notes.md

            """)
        // What was committed is the file as written.
        #expect(try repo.git("diff", "HEAD", "--", "collaborations/new-product-page/tasks.yaml").isEmpty)
        let single = try repo.collab("set", "new-product-page", "tasks.T5.due=2024-07-13", "--commit")
        #expect(single.status == 0, "\(single.stderr)")
        #expect(try repo.git("log", "-1", "--format=%s") == "collab(new-product-page): tasks.T5.due 2024-07-12 → 2024-07-13\n")
        try repo.git("fsck", "--strict")
    }

    @Test func aRefusedOrDryRunEditCommitsNothing() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        let refused = try repo.collab("set", "new-product-page", "tasks.T3.owner=无名氏", "--commit")
        #expect(refused.status == 1)
        let dry = try repo.collab("set", "new-product-page", "tasks.T3.due=2024-07-09", "--commit", "--dry-run")
        #expect(dry.status == 0)
        #expect(try repo.git("rev-list", "--count", "HEAD") == "1\n")
        #expect(try repo.git("status", "--porcelain").isEmpty)
    }

    /// Values changed in all four files by hand: each change `collab diff` reports names a
    /// path `collab set` takes (setting it to the value it has is no change).
    @Test func everyPathTheDiffNamesIsOneSetTakes() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try repo.replace("collaborations/new-product-page/problem.yaml", "target: 7月12日前通过验收，严重缺陷为0", "target: 7月10日前通过验收")
        try repo.replace("collaborations/new-product-page/problem.yaml", "  - 技术部同期有系统升级，测试资源冲突", "  - 技术部同期有系统升级")
        try repo.replace("collaborations/new-product-page/problem.yaml", "    cause: 开发周期尚未评估，测试资源未排期", "    cause: 测试资源未排期")
        try repo.replace("collaborations/new-product-page/stakeholders.yaml", "liaison: 冯主管", "liaison: 钱工程师")
        try repo.replace("collaborations/new-product-page/tasks.yaml", "due: 2024-07-08", "due: 2024-07-09")
        try repo.replace("collaborations/new-product-page/tasks.yaml", "note: 首页与详情页完成，剩余抽奖模块", "note: 首页完成")
        try repo.replace("collaborations/new-product-page/tasks.yaml", "    depends_on: [T3, T4]", "    depends_on: [T3, T1]")
        try repo.replace("collaborations/new-product-page/tasks.yaml", "    note: 等待产品部确认新品主图，已在群内提醒\n", "")
        try repo.replace("collaborations/q3-data-sync/feedback.yaml", "    owner: 李主管\n    due: 2024-11-15", "    owner: 赵会计\n    due: 2024-11-15")
        try repo.replace("collaborations/q3-data-sync/stakeholders.yaml", "  - name: 赵会计\n    department: finance\n",
                         "  - name: 赵会计\n    department: finance\n    contact: zhao@example.com\n")
        let diff = try repo.collab("diff", "--format", "json")
        let text = try repo.collab("diff")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.count == 10, "\(diff.stdout)")
        for change in changes {
            let id = try #require(change["collaboration"] as? String)
            let path = try #require(change["path"] as? String)
            let title = (change["title"] as? String).map { " (\($0))" } ?? ""
            #expect(text.stdout.contains(" \(path)\(title): "), "text names no \(path)\(title)")
            let value = change["new"] as? String ?? ""
            let set = try repo.collab("set", id, "\(path)=\(value)")
            #expect(set.status == 0, "\(path): \(set.stderr)")
            #expect(set.stdout == "\(id): nothing to change; the records already say so\n", "\(path): \(set.stdout)")
        }
        let paths = Set(changes.compactMap { $0["path"] as? String })
        #expect(paths.isSuperset(of: ["problem.goal.target", "problem.impact.2", "problem.causes.tech.cause", "stakeholders.departments.tech.liaison",
                                      "tasks.T3.due", "tasks.T3.updates.1.note", "tasks.T5.depends_on.2", "tasks.T4.note",
                                      "feedback.improvements.跨部门流程修订时需增加法务部预审.owner", "stakeholders.people.赵会计.contact"]), "\(paths)")
    }
}

/// The README's table of path forms, each resolved by the binary on the template's records.
struct ReadmePathTests {
    /// The paths of the table after "Every form:" in README.md.
    static func readmePaths() throws -> [String] {
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let table = readme.components(separatedBy: "itself. Every form:\n")[1].components(separatedBy: "\n\n")[0]
        return table.split(separator: "\n").dropFirst(2).flatMap { row in
            row.split(separator: "|")[0].split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        }
    }

    @Test func everyPathFormOfTheReadmeNamesAValue() throws {
        let workspace = try Scratch.workspace()
        // A second task T2, as a merge of two branches may leave it, for the `T2#2` form.
        let tasks = "collaborations/q3-data-sync/tasks.yaml"
        try workspace.write(tasks, try workspace.read(tasks) + "  - id: T2\n    title: 重复的任务\n    due: 2024-10-20\n")
        let edit = try CollaborationEdit(id: "q3-data-sync", root: workspace.path)
        let paths = try Self.readmePaths()
        #expect(paths.count == 21, "\(paths)")
        for path in paths {
            let resolved = try edit.resolve(path)
            #expect(resolved.path.description == path)
            switch resolved.kind {
            case .object, .list: Issue.record("\(path) names no value")
            default: break
            }
            // The binary takes it too: setting the value it has is no change.
            guard let node = resolved.node else { continue }
            let value = node.scalar?.text ?? (node.sequence?.items.compactMap { $0.scalar?.text }.joined(separator: ",") ?? "")
            let result = try CLI.run(["set", "q3-data-sync", "\(path)=\(value)"], in: workspace.path)
            #expect(result.status == 0, "\(path): \(result.stderr)")
            #expect(result.stdout == "q3-data-sync: nothing to change; the records already say so\n", "\(path): \(result.stdout)")
        }
    }
}
