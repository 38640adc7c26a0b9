import Foundation
import Testing

/// `collab set`, `add` and `update` on the real binary (docs/reference.md §9): for every
/// command and list shape only the lines of the change differ, comments and CRLF survive, a
/// refused change leaves the file untouched, a bad path exits 2.
struct EditCommandTests {
    static let today = ["COLLAB_TODAY": "2024-07-02"]

    /// The lines of `before` that are not in `after` and the lines of `after` that are not in
    /// `before`, around their longest common subsequence (as a line diff shows them).
    static func changedLines(_ before: String, _ after: String) -> (removed: [String], added: [String]) {
        let a = lines(before), b = lines(after)
        var common = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                common[i][j] = a[i] == b[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var removed: [String] = [], added: [String] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                i += 1; j += 1
            } else if j < b.count, i == a.count || common[i][j + 1] >= common[i + 1][j] {
                added.append(b[j]); j += 1
            } else {
                removed.append(a[i]); i += 1
            }
        }
        return (removed, added)
    }

    /// Lines split at LF only: a CR stays at the end of its line (Swift's "\r\n" is one
    /// Character, so `components(separatedBy: "\n")` would not split it).
    static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
    }

    struct Shape: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var file: String
        var removed: [String] = []
        var added: [String]
        /// Text the result must contain: where the new lines stand.
        var around: String? = nil
        /// A change made to the file first, to give the list its shape.
        var prepare: (old: String, new: String)? = nil
        /// Commands run first.
        var setup: [[String]] = []
        var testDescription: String { name }
    }

    static let tasks = "collaborations/new-product-page/tasks.yaml"
    static let shapes: [Shape] = [
        Shape(name: "set a value", arguments: ["set", "new-product-page", "tasks.T3.due=2024-07-09"], file: tasks,
              removed: ["    due: 2024-07-08"], added: ["    due: 2024-07-09"]),
        Shape(name: "set a missing key: in the schema's order", arguments: ["set", "new-product-page", "tasks.T4.start=2024-06-20"], file: tasks,
              added: ["    start: 2024-06-20"], around: "    department: marketing\n    start: 2024-06-20\n    due: 2024-07-05\n"),
        Shape(name: "set a list of texts from a comma list", arguments: ["set", "new-product-page", "tasks.T5.depends_on=T3，T4, T1"], file: tasks,
              removed: ["    depends_on: [T3, T4]"], added: ["    depends_on: [T3, T4, T1]"]),
        Shape(name: "set an empty value: cleared", arguments: ["set", "new-product-page", "problem.reporter="],
              file: "collaborations/new-product-page/problem.yaml", removed: ["reporter: 周经理"], added: ["reporter:"]),
        Shape(name: "set a value keeps its quotes", arguments: ["set", "new-product-page", "tasks.T4.title=准备活动素材包"], file: tasks,
              removed: ["    title: '准备活动素材'"], added: ["    title: '准备活动素材包'"],
              prepare: ("    title: 准备活动素材", "    title: '准备活动素材'")),
        Shape(name: "add a task to a block list", arguments: ["add", "new-product-page", "tasks", "title=压力测试", "due=2024-07-10",
                                                               "owner=冯主管", "department=tech", "deliverable=压测报告"], file: tasks,
              added: ["  - id: T6", "    title: 压力测试", "    owner: 冯主管", "    department: tech", "    due: 2024-07-10",
                      "    deliverable: 压测报告", "    status: todo"]),
        Shape(name: "add a task to tasks: []", arguments: ["add", "budget-2025", "tasks", "title=编制预算", "owner=李主管",
                                                            "department=finance", "due=2025-01-20", "deliverable=预算表"],
              file: "collaborations/budget-2025/tasks.yaml", removed: ["tasks: []"],
              added: ["tasks:", "  - id: T1", "    title: 编制预算", "    owner: 李主管", "    department: finance", "    due: 2025-01-20",
                      "    deliverable: 预算表", "    status: todo"],
              setup: [["new", "budget-2025", "--title", "2025年预算编制", "--lead", "finance"],
                      ["add", "budget-2025", "stakeholders.departments", "department=finance", "role=lead", "liaison=李主管"]]),
        Shape(name: "update: an update appended to a block list", arguments: ["update", "new-product-page", "T3", "联调完成"], file: tasks,
              added: ["      - date: 2024-07-02", "        by: 钱工程师", "        note: 联调完成"],
              around: "        note: 首页与详情页完成，剩余抽奖模块\n      - date: 2024-07-02\n"),
        Shape(name: "update: a task without updates gets the list", arguments: ["update", "new-product-page", "T5", "验收用例已写好"], file: tasks,
              added: ["    updates:", "      - date: 2024-07-02", "        by: 周经理", "        note: 验收用例已写好"]),
        Shape(name: "update: updates: with no value", arguments: ["update", "new-product-page", "T5", "验收用例已写好", "--by", "吴专员"], file: tasks,
              added: ["      - date: 2024-07-02", "        by: 吴专员", "        note: 验收用例已写好"],
              around: "    updates:   # 每日进度\n      - date: 2024-07-02\n",
              prepare: ("    depends_on: [T3, T4]\n", "    depends_on: [T3, T4]\n    updates:   # 每日进度\n")),
        Shape(name: "update --status blocked also writes the note", arguments: ["update", "new-product-page", "T5", "等待测试环境", "--status", "blocked"],
              file: tasks, removed: ["    status: todo"],
              added: ["    status: blocked", "    note: 等待测试环境", "    updates:",
                      "      - date: 2024-07-02", "        by: 周经理", "        note: 等待测试环境", "        status: blocked"]),
        Shape(name: "add a text to a block list", arguments: ["add", "new-product-page", "problem.impact", "预算超支 10%"],
              file: "collaborations/new-product-page/problem.yaml", added: ["  - 预算超支 10%"],
              around: "  - 技术部同期有系统升级，测试资源冲突\n  - 预算超支 10%\ncauses:\n"),
        Shape(name: "add a text to a [ ] list", arguments: ["add", "new-product-page", "tasks.T5.depends_on", "T1"], file: tasks,
              removed: ["    depends_on: [T3, T4]"], added: ["    depends_on: [T3, T4, T1]"]),
        Shape(name: "add a text to a file of comments only", arguments: ["add", "new-product-page", "feedback.practices", "每日站会"],
              file: "collaborations/new-product-page/feedback.yaml", added: ["practices:", "  - 每日站会"]),
        Shape(name: "add a keyed item", arguments: ["add", "new-product-page", "stakeholders.departments", "liaison=李主管", "department=finance", "role=support"],
              file: "collaborations/new-product-page/stakeholders.yaml",
              added: ["  - department: finance", "    role: support", "    liaison: 李主管"], around: "    liaison: 李主管\npeople:\n"),
        Shape(name: "set a key of a mapping that is missing", arguments: ["set", "new-product-page", "feedback.verification.conclusion=partial",
                                                                          "feedback.responses.product.comment=上线顺利"],
              file: "collaborations/new-product-page/feedback.yaml",
              added: ["verification:", "  conclusion: partial", "    comment: 上线顺利"],
              around: "verification:\n  conclusion: partial\nresponses:\n  - department: product\n    comment: 上线顺利\n",
              prepare: ("# Filled in at the verify stage (验证阶段填写).\n", "# Filled in at the verify stage (验证阶段填写).\nresponses:\n  - department: product\n")),
    ]

    @Test(arguments: shapes)
    func onlyTheLinesOfTheChangeDiffer(_ shape: Shape) throws {
        let workspace = try Scratch.workspace()
        if let prepare = shape.prepare {
            let text = try workspace.read(shape.file)
            #expect(text.contains(prepare.old))
            try workspace.write(shape.file, text.replacingOccurrences(of: prepare.old, with: prepare.new))
        }
        for command in shape.setup {
            let result = try CLI.run(command, in: workspace.path, environment: Self.today)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        let before = try workspace.read(shape.file)
        let result = try CLI.run(shape.arguments, in: workspace.path, environment: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let after = try workspace.read(shape.file)
        let changed = Self.changedLines(before, after)
        #expect(changed.removed == shape.removed)
        #expect(changed.added == shape.added)
        if let around = shape.around { #expect(after.contains(around), "\(after)") }
        // What was written is what collab reads back: the check finds nothing new to complain of.
        #expect(!result.stderr.contains("error"), "\(result.stderr)")
    }
}

extension EditCommandTests {
    @Test func crlfLineEndsAndCommentsSurviveEveryCommand() throws {
        let workspace = try Scratch.workspace()
        let file = "collaborations/q3-data-sync/tasks.yaml"
        let original = try workspace.read(file)
        #expect(original.contains("    # Moved from 10-12"))
        try workspace.write(file, original.replacingOccurrences(of: "\n", with: "\r\n"))
        let commands = [
            ["update", "q3-data-sync", "T4", "模板已补充运营字段", "--date", "2024-10-16"],
            ["set", "q3-data-sync", "tasks.T2.deliverable=《数据提报格式模板V2》"],
            ["add", "q3-data-sync", "tasks.T3.depends_on", "T4"],
        ]
        for command in commands {
            let before = try workspace.read(file)
            let result = try CLI.run(command, in: workspace.path, environment: ["COLLAB_TODAY": "2024-10-20"])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            let after = try workspace.read(file)
            let changed = Self.changedLines(before, after)
            #expect(!changed.added.isEmpty && changed.removed.count <= 1, "\(command): \(changed)")
            #expect(changed.added.allSatisfy { $0.hasSuffix("\r") }, "\(command): \(changed.added)")
        }
        let after = try workspace.read(file)
        #expect(Self.lines(after).dropLast().allSatisfy { $0.hasSuffix("\r") }, "a line lost its CR")
        #expect(after.contains("    # Moved from 10-12: the owner was travelling (因李主管出差，延迟至10月13日).\r\n"))
        #expect(after.contains("    depends_on: [T1, T2, T4]\r\n"))
    }

    @Test func aRefusedChangeLeavesTheFileUntouched() throws {
        let workspace = try Scratch.workspace()
        let refused: [(arguments: [String], rule: String)] = [
            (["set", "new-product-page", "tasks.T3.owner=无名氏"], "task-owner-unknown"),
            (["set", "new-product-page", "tasks.T3.status=finished"], "invalid-value"),
            (["set", "new-product-page", "tasks.T3.due=2024-02-30"], "invalid-date"),
            (["add", "new-product-page", "tasks", "title=验收", "owner=周经理", "department=legal", "due=2024-07-12", "deliverable=报告"], "task-department-unknown"),
        ]
        for (arguments, rule) in refused {
            let before = try Data(contentsOf: workspace.file(Self.tasks))
            let result = try CLI.run(arguments, in: workspace.path, environment: Self.today)
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("[\(rule)]"), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("collab: error: refused: the change would add "), "\(result.stderr)")
            #expect(result.stderr.hasSuffix(" to new-product-page (above); nothing was written\n"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(try Data(contentsOf: workspace.file(Self.tasks)) == before, "\(arguments) wrote the file")
        }
        let chinese = try CLI.run(["--lang", "zh", "set", "new-product-page", "tasks.T3.owner=无名氏"], in: workspace.path, environment: Self.today)
        #expect(chinese.stderr.contains("已拒绝：这次改动会给 new-product-page 增加 1 个错误（见上）；未写入任何内容"), "\(chinese.stderr)")
    }

    /// A change that adds a warning is written, and the warning is printed (on stderr, so
    /// the change lines on stdout stay as they are).
    @Test func aWarningTheChangeAddsIsPrintedAndTheChangeWritten() throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["set", "new-product-page", "tasks.T5.due=2024-06-30"], in: workspace.path, environment: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "new-product-page: tasks.T5.due 2024-07-12 → 2024-06-30\n")
        let warnings = result.stderr.split(separator: "\n")
        #expect(warnings.count == 1 && warnings[0].hasPrefix("collaborations/new-product-page/tasks.yaml:52:10: warning: ")
                && warnings[0].hasSuffix("[task-overdue]"), "\(result.stderr)")
        #expect(try workspace.read(Self.tasks).contains("    due: 2024-06-30\n"))
    }

    @Test func badPathsExitTwoWithWhatExistsAndWriteNothing() throws {
        let workspace = try Scratch.workspace()
        let cases: [(arguments: [String], message: String)] = [
            (["set", "new-product-page", "tasks.T3.deu=2024-07-09"], "'tasks.T3' has no key 'deu' (its keys: id, title, owner, department, start, due, deliverable, status, depends_on, note, updates); did you mean 'due'?"),
            (["set", "new-product-page", "tasks.T33.due=2024-07-09"], "'tasks' has no item 'T33'; its items: T1, T2, T3, T4, T5; did you mean 'T3'?"),
            (["set", "new-product-page", "task.T3.due=2024-07-09"], "'task' is not a record file: a path starts with problem, stakeholders, tasks, feedback or meetings.<meeting>; did you mean 'tasks.T3.due'?"),
            (["set", "new-product-page", "T3.due=2024-07-09"], "did you mean 'tasks.T3.due'?"),
            (["set", "new-product-page", "problem.impact.3=x"], "'problem.impact' is a list of 2 items named by position; '3' is not one of 1…2"),
            (["set", "new-product-page", "tasks.T3.due.day=1"], "'tasks.T3.due' is a single value; it has no 'day'"),
            (["set", "new-product-page", "tasks.T3=x"], "'tasks.T3' holds keys; set one of them (tasks.T3.<key>)"),
            (["set", "new-product-page", "tasks.T3.updates=x"], "'tasks.T3.updates' is a list of items; add one with collab add"),
            (["set", "new-product-page", "tasks..due=x"], "'tasks..due' has an empty part"),
            (["set", "new-product-page", "tasks.T3.due"], "'tasks.T3.due' is not PATH=VALUE"),
            (["add", "new-product-page", "tasks", "id=T3", "title=重复"], "'tasks.T3' exists already; change its values with collab set tasks.T3.<key>=…"),
            (["add", "new-product-page", "tasks", "titel=验收"], "'tasks' has no key 'titel'"),
            (["add", "new-product-page", "stakeholders.departments", "role=support"], "an item of 'stakeholders.departments' is named by its 'department': give department=…"),
            (["add", "new-product-page", "problem.title", "x"], "'problem.title' is not a list"),
            (["add", "new-product-page", "problem.impact", "a", "b"], "'problem.impact' is a list of texts: give one TEXT, quoted if it has spaces"),
            (["add", "new-product-page", "tasks", "验收"], "'验收' is not FIELD=VALUE"),
            (["update", "new-product-page", "T9", "x"], "'tasks' has no item 'T9'"),
            (["update", "new-product-page", "T3", "x", "--status", "dnoe"], "--status 'dnoe' is not one of todo, doing, blocked, done, dropped; did you mean 'done'?"),
            (["update", "new-product-page", "T3", "x", "--date", "7月2日"], "--date '7月2日' is not a date YYYY-MM-DD"),
            (["update", "no-such-thing", "T3", "x"], "no-such-thing"),
            (["set", "new-product-page"], "set needs at least one PATH=VALUE"),
            (["set", "Bad_ID", "tasks.T3.due=2024-07-09"], "'Bad_ID' is not a collaboration id"),
            (["update"], "update needs a collaboration ID"),
        ]
        let before = try Self.records(workspace)
        for (arguments, message) in cases {
            let result = try CLI.run(arguments, in: workspace.path, environment: Self.today)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count <= 2, "\(arguments): \(result.stderr)")
            CLI.expectNoCrash(result)
        }
        #expect(try Self.records(workspace) == before)
        let chinese = try CLI.run(["--lang", "zh", "set", "new-product-page", "tasks.T3.deu=1"], in: workspace.path)
        #expect(chinese.stderr.contains("「tasks.T3」没有「deu」这个键（可用的键：id、title、owner、department、start、due、deliverable、status、depends_on、note、updates）；是否想写「due」？"),
                "\(chinese.stderr)")
    }

    /// Every record file of the workspace, by path.
    static func records(_ workspace: Scratch) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = workspace.file("collaborations")
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! where url.pathExtension == "yaml" {
            files[url.path] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func dryRunPrintsTheDiffAndWritesNothing() throws {
        let workspace = try Scratch.workspace()
        let before = try Self.records(workspace)
        let text = try CLI.run(["update", "new-product-page", "T3", "联调完成", "--status", "done", "--dry-run"], in: workspace.path, environment: Self.today)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout == """
            new-product-page  stage execute
              tasks.yaml
                ~ tasks.T3.status (活动页面前端开发): doing → done
                + tasks.T3.updates.2 (活动页面前端开发): {date: 2024-07-02, by: 钱工程师, note: 联调完成, status: done}
            (dry run: nothing was written)

            """)
        let json = try CLI.run(["set", "new-product-page", "tasks.T3.due=2024-07-09", "--dry-run", "--format", "json"], in: workspace.path, environment: Self.today)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(changes[0]["path"] as? String == "tasks.T3.due")
        #expect(changes[0]["item"] as? String == "T3")
        #expect(changes[0]["field"] as? String == "due")
        #expect(changes[0]["old"] as? String == "2024-07-08")
        #expect(changes[0]["new"] as? String == "2024-07-09")
        #expect(changes[0]["change"] as? String == "changed")
        #expect(try Self.records(workspace) == before)
    }

    @Test func outputIsOneLinePerChangeAndJSONInTheDiffShape() throws {
        let workspace = try Scratch.workspace()
        let text = try CLI.run(["set", "new-product-page", "tasks.T3.due=2024-07-09", "tasks.T3.note=等测试环境"], in: workspace.path, environment: Self.today)
        #expect(text.stdout == "new-product-page: tasks.T3.due 2024-07-08 → 2024-07-09\nnew-product-page: tasks.T3.note + 等测试环境\n")
        let again = try CLI.run(["set", "new-product-page", "tasks.T3.due=2024-07-09"], in: workspace.path, environment: Self.today)
        #expect(again.status == 0)
        #expect(again.stdout == "new-product-page: nothing to change; the records already say so\n")
        let json = try CLI.run(["add", "new-product-page", "problem.impact", "预算超支", "--format", "json"], in: workspace.path, environment: Self.today)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let change = try #require((object["changes"] as? [[String: Any]])?.first)
        #expect(change["collaboration"] as? String == "new-product-page")
        #expect(change["file"] as? String == "problem.yaml")
        #expect(change["change"] as? String == "added")
        #expect(change["path"] as? String == "problem.impact.3")
        #expect(change["new"] as? String == "预算超支")
    }
}
