import Foundation
import Testing

/// The --base rules judge what changed in meaning, and --changed judges a pull request by
/// what it touches (docs/reference.md §4, §6).
struct HistoryRulesTests {
    @Test func reformattingAClosedCollaborationIsNoChange() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        let problem = "collaborations/q3-data-sync/problem.yaml"
        let text = try repo.scratch.read(problem)
        // What fmt or a careful hand may do: other quoting, a comment, another list layout.
        var relaid = "# 已关闭，仅供查阅\n" + text.replacingOccurrences(of: "stage: closed", with: "stage: 'closed'  # 终态")
        relaid = relaid.replacingOccurrences(of: "impact:\n  - 财务", with: "impact:\n    - 财务")
            .replacingOccurrences(of: "\n  - Q3利润", with: "\n    - Q3利润")
        #expect(relaid != text)
        try repo.scratch.write(problem, relaid)
        let result = try repo.collab("check", "--base", "HEAD")
        #expect(!result.stdout.contains("[closed-modified]"), "\(result.stdout)")
        #expect(result.status == 0, "\(result.stdout)")

        try repo.replace(problem, "scenario: issue", "scenario: progress")
        let changed = try repo.collab("check", "--base", "HEAD")
        #expect(changed.status == 1)
        let line = try #require(changed.stdout.split(separator: "\n").first { $0.hasSuffix("[closed-modified]") })
        let number = Self.line(of: "scenario: progress", in: try repo.scratch.read(problem))
        #expect(line.hasPrefix("collaborations/q3-data-sync/problem.yaml:\(number):11: error:"), "the changed value: \(line)")
    }

    @Test func fmtOnAClosedCollaborationPassesCheckBase() throws {
        let repo = try GitWorkspace()
        let problem = "collaborations/q3-data-sync/problem.yaml"
        try repo.replace(problem, "stage: closed", "stage: \"closed\"")
        try repo.commit("quoted")
        #expect(try repo.collab("fmt", "q3-data-sync").status == 0)
        #expect(try repo.scratch.read(problem).contains("stage: closed"), "fmt made a layout change")
        let result = try repo.collab("check", "--base", "HEAD")
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test func removingACollaborationThatReachedExecuteNeedsAMeetingDecisionNamingIt() throws {
        let repo = try GitWorkspace()
        #expect(try repo.collab("new", "early-idea", "--title", "早期设想").status == 0)
        try repo.commit("start")
        try FileManager.default.removeItem(at: repo.scratch.file("collaborations/new-product-page"))
        let active = try repo.collab("check", "--base", "HEAD")
        #expect(active.status == 1)
        #expect(active.stdout.contains("collaborations/new-product-page:1:1: error: new-product-page was removed at stage execute"),
                "\(active.stdout)")
        #expect(active.stdout.contains("[collaboration-removed]"))

        // A closed collaboration is history too (SPEC §8 amended): removing it is an error…
        try repo.git("checkout", "-q", "--", ".")
        try FileManager.default.removeItem(at: repo.scratch.file("collaborations/q3-data-sync"))
        let closed = try repo.collab("check", "--base", "HEAD")
        #expect(closed.status == 1, "\(closed.stdout)")
        #expect(closed.stdout.contains("collaborations/q3-data-sync:1:1: error: q3-data-sync was removed at stage closed"), "\(closed.stdout)")

        // …unless the same change adds a meeting decision naming it, in another collaboration;
        // a decision naming a longer id does not name it.
        let meeting = "collaborations/new-product-page/meetings/2024-06-15-kickoff.yaml"
        try repo.replace(meeting, "  - id: D2\n", "  - id: D3\n    text: q3-data-sync-2 另行立项\n  - id: D2\n")
        #expect(try repo.collab("check", "--base", "HEAD").stdout.contains("[collaboration-removed]"))
        try repo.replace(meeting, "text: q3-data-sync-2 另行立项", "text: 删除协作 q3-data-sync（已归档到知识库）")
        let decided = try repo.collab("check", "--base", "HEAD")
        #expect(decided.status == 0, "\(decided.stdout)")
        #expect(!decided.stdout.contains("[collaboration-removed]"), "\(decided.stdout)")

        // Before execute a collaboration may simply go.
        try repo.git("checkout", "-q", "--", ".")
        try FileManager.default.removeItem(at: repo.scratch.file("collaborations/early-idea"))
        let early = try repo.collab("check", "--base", "HEAD")
        #expect(early.status == 0 && !early.stdout.contains("[collaboration-removed]"), "\(early.stdout)")
    }

    /// Found in review: a closed collaboration copied under a new id, changed so that it is
    /// no rename, with a decision in its own copied meeting naming the old id, excused the
    /// removal. Only a collaboration that was there at base can excuse it.
    @Test func aCopyOfTheRemovedCollaborationCannotExcuseItsRemoval() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try repo.git("mv", "collaborations/q3-data-sync", "collaborations/q3-archive")
        let copy = "collaborations/q3-archive/"
        try repo.replace(copy + "problem.yaml", "opened: 2024-10-02", "opened: 2024-10-03")
        for file in ["problem.yaml", "stakeholders.yaml", "tasks.yaml", "feedback.yaml", "meetings/2024-10-08-plan.yaml"] {
            try repo.scratch.write(copy + file, "# 归档副本\n" + (try repo.scratch.read(copy + file)))
        }
        try repo.replace(copy + "problem.yaml", "title: ", "title: 归档：")
        try repo.replace(copy + "meetings/2024-10-08-plan.yaml", "decisions:\n", "decisions:\n  - id: D9\n    text: 删除 q3-data-sync，改存此处\n")
        try repo.replace(copy + "feedback.yaml", "Q3利润报告按期发布", "Q3利润报告提前发布")
        let result = try repo.collab("check", "--base", "HEAD", "--changed")
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("collaborations/q3-data-sync:1:1: error: q3-data-sync was removed at stage closed"), "\(result.stdout)")
    }

    @Test func aRenamedClosedCollaborationIsFollowedAndItsChangesAreClosedModified() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.git("mv", "collaborations/q3-data-sync", "collaborations/q3-archive")
        try repo.commit("rename")
        // A rename alone changes no record: nothing to report, and no removal either.
        let renamed = try repo.collab("check", "--base", "main", "--changed")
        #expect(renamed.status == 0, "\(renamed.stdout)")
        #expect(!renamed.stdout.contains("[collaboration-removed]") && !renamed.stdout.contains("[collaboration-late]"), "\(renamed.stdout)")
        #expect(renamed.stdout.contains("checked 1 collaboration"), "the renamed collaboration counts as changed: \(renamed.stdout)")
        #expect(renamed.stderr.contains("q3-archive is q3-data-sync renamed"), "\(renamed.stderr)")

        try repo.replace("collaborations/q3-archive/feedback.yaml", "Q3利润报告按期发布", "Q3利润报告提前发布")
        try repo.replace("collaborations/q3-archive/tasks.yaml", "due: 2024-10-13", "due: 2024-10-23")
        try repo.commit("rewrite")
        let changed = try repo.collab("check", "--base", "main", "--changed")
        #expect(changed.status == 1)
        let lines = changed.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("collaborations/q3-archive/feedback.yaml:5:13: error: q3-archive (renamed from q3-data-sync) was closed at the base revision; feedback.yaml changed")
            && $0.hasSuffix("[closed-modified]") }, "\(changed.stdout)")
        #expect(lines.contains { $0.hasPrefix("collaborations/q3-archive/tasks.yaml:25:10: error: q3-archive (renamed from q3-data-sync) was closed")
            && $0.hasSuffix("[closed-modified]") }, "\(changed.stdout)")
        #expect(lines.contains("collaborations/q3-archive/tasks.yaml:25:10: warning: task T2's due moved after plan: 2024-10-13 → 2024-10-23; a reviewer should confirm the new date [due-moved]"),
                "\(changed.stdout)")
        #expect(!changed.stdout.contains("q3-data-sync:1:1"), "a rename is no removal: \(changed.stdout)")
    }

    @Test func aCollaborationFirstAppearingAtVerifyOrClosedIsAWarning() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try FileManager.default.copyItem(at: repo.scratch.file("collaborations/q3-data-sync"), to: repo.scratch.file("collaborations/q4-data-sync"))
        try repo.replace("collaborations/q4-data-sync/problem.yaml", "opened: 2024-10-02", "opened: 2024-10-08")
        #expect(try repo.collab("new", "fresh-start", "--title", "新的协作").status == 0)
        let result = try repo.collab("check", "--base", "HEAD", "--changed")
        #expect(result.status == 0, "a warning: \(result.stdout)")
        #expect(result.stdout.contains("collaborations/q4-data-sync/problem.yaml:6:8: warning: q4-data-sync first appears at stage closed: its earlier stages were never recorded as they happened")
                && result.stdout.contains("[collaboration-late]"), "\(result.stdout)")
        #expect(!result.stdout.contains("fresh-start/problem.yaml:6:8: warning"), "a new collaboration at define is no late one: \(result.stdout)")
        #expect(try repo.collab("check", "--base", "HEAD", "--strict").status == 1)
    }

    @Test func changedReportsOnlyWhatThePullRequestTouches() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try repo.git("checkout", "-q", "-b", "feature")
        // q3-data-sync is touched (a practice added); new-product-page has overdue tasks on
        // 2024-10-20 but is not touched.
        try repo.replace("collaborations/q3-data-sync/feedback.yaml", "建议增加数据预审环节", "建议增加数据预审环节（已纳入月度例会）")
        try repo.commit("q3")
        let everything = try repo.collab("check", "--base", "main", "--strict")
        #expect(everything.status == 1)
        #expect(everything.stdout.contains("new-product-page"))
        let changed = try repo.collab("check", "--base", "main", "--changed", "--strict")
        #expect(!changed.stdout.contains("new-product-page"), "\(changed.stdout)")
        #expect(changed.stdout.contains("[closed-modified]"), "the touched collaboration is still judged: \(changed.stdout)")
        #expect(changed.stdout.contains("checked 1 collaboration"))

        let head = try repo.collab("check", "--base", "main", "--head", "feature", "--changed", "--strict")
        #expect(!head.stdout.contains("new-product-page"), "\(head.stdout)")

        let alone = try repo.collab("check", "--changed")
        #expect(alone.status == 2)
        #expect(alone.stderr.contains("--changed goes with --base"))
    }

    /// collab.yaml (the directory, the members, the calendar), the templates and the schemas
    /// decide findings in collaborations a pull request never touched: --changed checks them all.
    @Test(arguments: [
        ("a department removed", "collab.yaml", "  - id: sales\n    name: 销售部\n    members: [何经理]\n", "", "[department-unknown]"),
        ("a member dropped", "collab.yaml", "members: [周经理, 吴专员]", "members: [吴专员]", "'周经理' is not a member of department 'product'"),
        ("the working calendar", "collab.yaml", "# calendar:\n#   workdays: [mon, tue, wed, thu, fri]\n", "calendar:\n  workdays: [sat]\n", "[task-overdue]"),
        ("a template", "templates/collaboration/problem.yaml", "title:", "# 模板改动\ntitle:", "[task-overdue]"),
        ("a schema", "schemas/tasks.schema.json", "{", "{ ", "[task-overdue]"),
    ])
    func changedChecksEveryCollaborationWhenAWorkspaceWideFileChanged(_ what: String, _ file: String, _ old: String, _ new: String,
                                                                       _ finding: String) throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try repo.git("checkout", "-q", "-b", "feature")
        let text = try repo.scratch.read(file)
        let start = try #require(text.range(of: old), "\(file) has no '\(old)'")
        try repo.scratch.write(file, text.replacingCharacters(in: start, with: new))
        try repo.commit(what)
        let result = try repo.collab("check", "--base", "main", "--changed")
        #expect(result.stdout.contains("collaborations/new-product-page/") && result.stdout.contains(finding), "\(what): \(result.stdout)")
        #expect(result.stdout.contains("checked 2 collaborations"), "\(what): \(result.stdout)")
        let shown = file == "collab.yaml" ? file : String(file.prefix { $0 != "/" }) + "/"
        #expect(result.stderr.contains("collab: note: \(shown) changed since the base: every collaboration is checked"), "\(what): \(result.stderr)")
    }

    static func line(of text: String, in file: String) -> Int {
        let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains(text) } ?? -1) + 1
    }
}
