import Foundation
import Testing

/// Issue 31, points 1–3, on the real binary: the loop after closing (a retrospective and
/// improvements' progress are not `closed-modified`), done dates from the record (and commits
/// dated by git's date variables), and lateness in tasks, the report and the metrics.
@Suite struct LoopAfterClosingTests {
    static let improvement = "feedback.improvements.跨部门流程修订时需增加法务部预审"

    /// collab in `repo` with git's date variables set to `date` (nil: unset).
    static func collab(_ repo: GitWorkspace, _ arguments: [String], date: String? = nil) throws -> CLIResult {
        var environment = ["COLLAB_TODAY": "2024-12-01", "HOME": repo.path, "GIT_CONFIG_NOSYSTEM": "1"]
        if let date { environment["GIT_AUTHOR_DATE"] = date; environment["GIT_COMMITTER_DATE"] = date }
        return try CLI.run(arguments, in: repo.path, environment: environment)
    }

    @Test func aClosedCollaborationTakesItsRetrospectiveAndImprovementsProgressAndNothingElse() throws {
        let repo = try GitWorkspace()
        try repo.commit("template")
        let meeting = try Self.collab(repo, ["meeting", "q3-data-sync", "--topic", "复盘会", "--date", "2024-11-25", "--slug", "retro", "--commit"])
        #expect(meeting.status == 0, "\(meeting.stderr)")
        let file = "collaborations/q3-data-sync/meetings/2024-11-25-retro.yaml"
        #expect(try repo.scratch.read(file).contains("\nscenario: retrospective\n"))
        let done = try Self.collab(repo, ["set", "q3-data-sync", Self.improvement + ".done=2024-11-20", Self.improvement + ".note=已增加法务预审", "--commit"])
        #expect(done.status == 0, "\(done.stderr)")
        let followUp = try Self.collab(repo, ["check", "--base", "HEAD~2", "q3-data-sync"])
        #expect(!followUp.stdout.contains("closed-modified"), "\(followUp.stdout)")

        // Anything else is still history rewritten: a practice, or a meeting that is no retrospective.
        let practice = try Self.collab(repo, ["set", "q3-data-sync", "feedback.practices.1=改写的做法"])
        #expect(practice.status == 0, "\(practice.stderr)")
        try repo.replace(file, "scenario: retrospective", "scenario: issue")
        let rewritten = try Self.collab(repo, ["check", "--base", "HEAD~2", "q3-data-sync"])
        #expect(rewritten.stdout.contains("feedback.yaml:17:5: error: q3-data-sync was closed at the base revision; feedback.yaml changed"), "\(rewritten.stdout)")
        #expect(rewritten.stdout.contains("2024-11-25-retro.yaml:11:1: error: q3-data-sync was closed"), "\(rewritten.stdout)")
    }

    @Test func closedCollaborationsImprovementsAreTrackedInTasksAndStatus() throws {
        let workspace = try Scratch.workspace()
        let tasks = try CLI.run(["tasks", "q3-data-sync", "--today", "2024-11-20", "--format", "json"], in: workspace.path)
        let rows = try #require((try JSONSerialization.jsonObject(with: Data(tasks.stdout.utf8)) as? [String: Any])?["tasks"] as? [[String: Any]])
        #expect(rows.map { $0["kind"] as? String } == ["improvement", "improvement"])
        #expect(rows.first?["days_left"] as? Int == -5 && rows.first?["department"] as? String == "finance")
        let status = try CLI.run(["status", "q3-data-sync", "--today", "2024-11-20"], in: workspace.path)
        #expect(status.stdout.contains("closed; 2 improvements open, 1 overdue"), "\(status.stdout)")
        let zh = try CLI.run(["status", "q3-data-sync", "--today", "2024-11-20", "--lang", "zh"], in: workspace.path)
        #expect(zh.stdout.contains("已关闭；2 项改进未完成，1 项已逾期"), "\(zh.stdout)")
    }

    @Test func doneDatesComeFromTheRecordAndCommitsCarryGitsDates() throws {
        let repo = try GitWorkspace()
        try repo.commit("template")
        // T3 (due 07-08) done on 07-07 by its record, committed on the 12th: on time.
        let update = try Self.collab(repo, ["update", "new-product-page", "T3", "联调完成", "--status", "done", "--date", "2024-07-07", "--commit"],
                                     date: "2024-07-12T10:00:00+08:00")
        #expect(update.status == 0, "\(update.stderr)")
        #expect(try repo.git("log", "-1", "--format=%aI %cI") == "2024-07-12T10:00:00+08:00 2024-07-12T10:00:00+08:00\n")
        // T5 (due 07-12) made done without an update: the commit's date, 07-14 in +0800.
        let set = try Self.collab(repo, ["set", "new-product-page", "tasks.T5.status=done", "--commit"], date: "@1720915200 +0800")
        #expect(set.status == 0, "\(set.stderr)")
        #expect(try repo.git("log", "-1", "--format=%aI") == "2024-07-14T08:00:00+08:00\n")

        let metrics = try MetricsCommandTests.json(try Self.collab(repo, ["metrics", "--format", "json"]))
        let page = try MetricsCommandTests.collaboration(metrics, "new-product-page")
        let done = try #require(page["done_tasks"] as? [[String: Any]])
        let t3 = try #require(done.first { $0["id"] as? String == "T3" })
        let t5 = try #require(done.first { $0["id"] as? String == "T5" })
        #expect(t3["done"] as? String == "2024-07-07" && t3["days_late"] as? Int == 0 && t3["done_date_from"] as? String == "record")
        #expect(t5["done"] as? String == "2024-07-14" && t5["days_late"] as? Int == 2 && t5["done_date_from"] as? String == "commit")
        let tech = try #require((metrics["departments"] as? [[String: Any]])?.first { $0["department"] as? String == "tech" })
        #expect(tech["done_date_from"] as? [String: Int] == ["record": 1, "commit": 1], "T3 by its record, T2 by the template's commit")

        // A date git does not take is refused before anything is written.
        let before = try repo.scratch.read("collaborations/new-product-page/tasks.yaml")
        let bad = try Self.collab(repo, ["update", "new-product-page", "T4", "x", "--commit"], date: "2025/3/5")
        #expect(bad.status == 2 && bad.stderr.contains("GIT_AUTHOR_DATE '2025/3/5' is not a date git takes"), "\(bad.stderr)")
        #expect(try repo.scratch.read("collaborations/new-product-page/tasks.yaml") == before)
    }

    @Test func lateCompletionIsShownInTasksAndTheReport() throws {
        let workspace = try Scratch.workspace()
        let update = try CLI.run(["update", "new-product-page", "T3", "页面完成", "--status", "done", "--date", "2024-07-11", "--today", "2024-07-12"],
                                 in: workspace.path)
        #expect(update.status == 0, "\(update.stderr)")
        let text = try CLI.run(["tasks", "new-product-page", "--today", "2024-07-12"], in: workspace.path)
        #expect(text.stdout.contains("2024-07-08  done 3 days late  new-product-page  T3"), "\(text.stdout)")
        let zh = try CLI.run(["tasks", "new-product-page", "--today", "2024-07-12", "--lang", "zh"], in: workspace.path)
        #expect(zh.stdout.contains("逾期 3 天完成"), "\(zh.stdout)")
        let json = try CLI.run(["tasks", "new-product-page", "--today", "2024-07-12", "--format", "json"], in: workspace.path)
        #expect(json.stdout.contains("\"id\":\"T3\",\"title\":\"活动页面前端开发\",\"owner\":\"钱工程师\",\"department\":\"tech\",\"due\":\"2024-07-08\",\"status\":\"done\""))
        #expect(json.stdout.contains("\"done\":\"2024-07-11\",\"days_late\":3"), "\(json.stdout)")
        let markdown = try CLI.run(["report", "new-product-page", "--format", "markdown", "--today", "2024-07-12"], in: workspace.path)
        #expect(markdown.stdout.contains("| 2024-07-08 | done ⚠️ done 3 days late (2024-07-11) |"), "\(markdown.stdout)")
        let html = try CLI.run(["report", "new-product-page", "--format", "html", "--today", "2024-07-12", "--lang", "zh"], in: workspace.path)
        #expect(html.stdout.contains("<span class=\"overdue-text late\">逾期 3 天完成（2024-07-11）</span>"))
    }

    @Test func metricsCountDueDateMovesPerDepartmentFromTheHistory() throws {
        let repo = try GitWorkspace()
        try repo.commit("template")
        for (due, date) in [("2024-07-15", "2024-07-10T09:00:00+08:00"), ("2024-07-19", "2024-07-11T09:00:00+08:00")] {
            let moved = try Self.collab(repo, ["set", "new-product-page", "tasks.T5.due=" + due, "--commit"], date: date)
            #expect(moved.status == 0, "\(moved.stderr)")
        }
        let metrics = try MetricsCommandTests.json(try Self.collab(repo, ["metrics", "--format", "json"]))
        let product = try #require((metrics["departments"] as? [[String: Any]])?.first { $0["department"] as? String == "product" })
        #expect(product["due_moves"] as? Int == 2 && product["due_moved_days"] as? Int == 7, "07-12 → 07-15 → 07-19")
        let text = try Self.collab(repo, ["metrics"])
        #expect(text.stdout.contains("Due dates moved"), "\(text.stdout)")
    }
}
