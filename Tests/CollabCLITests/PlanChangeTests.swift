import Foundation
import Testing

/// After plan (the stage at the base is execute or later), a change of the SMART goal or of a
/// task's due is named, old → new, in `check --base`, in the pull-request Markdown of `collab
/// diff` and in `collab report` (docs/reference.md §8).
struct PlanChangeTests {
    static let problem = "collaborations/new-product-page/problem.yaml"
    static let tasks = "collaborations/new-product-page/tasks.yaml"

    /// new-product-page (at execute) on a branch: its goal's target loosened and T3's due moved.
    static func loosened() throws -> GitWorkspace {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.replace(problem, "target: 7月12日前通过验收，严重缺陷为0", "target: 7月20日前通过验收")
        try repo.replace(tasks, "due: 2024-07-08", "due: 2024-07-18")
        try repo.commit("loosen")
        return repo
    }

    @Test func checkBaseWarnsOfAGoalChangedAndADueMovedAfterPlan() throws {
        let repo = try Self.loosened()
        let result = try repo.collab("check", "--base", "main", "--changed")
        #expect(result.status == 0, "warnings: \(result.stdout)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("collaborations/new-product-page/problem.yaml:26:11: warning: goal.target changed after plan: '7月12日前通过验收，严重缺陷为0' → '7月20日前通过验收'; the SMART goal was agreed before planning, a reviewer should confirm the change [goal-changed]"),
                "\(result.stdout)")
        #expect(lines.contains("collaborations/new-product-page/tasks.yaml:31:10: warning: task T3's due moved after plan: 2024-07-08 → 2024-07-18; a reviewer should confirm the new date [due-moved]"),
                "\(result.stdout)")
        #expect(try repo.collab("check", "--base", "main", "--changed", "--strict").status == 1)
        let chinese = try repo.collab("check", "--base", "main", "--changed", "--lang", "zh")
        #expect(chinese.stdout.contains("任务 T3 的截止日期在计划之后被改动：2024-07-08 → 2024-07-18；请评审人确认新的截止日期 [due-moved]"), "\(chinese.stdout)")
        #expect(chinese.stdout.contains("计划之后修改了目标 goal.target：「7月12日前通过验收，严重缺陷为0」 → 「7月20日前通过验收」"), "\(chinese.stdout)")
    }

    @Test func beforeExecuteTheGoalAndTheDatesAreStillBeingPlanned() throws {
        let repo = try GitWorkspace()
        try repo.replace(Self.problem, "stage: execute", "stage: plan")
        try repo.commit("at plan")
        try repo.replace(Self.problem, "target: 7月12日前通过验收，严重缺陷为0", "target: 7月20日前通过验收")
        try repo.replace(Self.tasks, "due: 2024-07-08", "due: 2024-07-18")
        let result = try repo.collab("check", "--base", "HEAD")
        #expect(!result.stdout.contains("[goal-changed]") && !result.stdout.contains("[due-moved]"), "\(result.stdout)")
        let markdown = try repo.collab("diff", "--format", "markdown")
        #expect(!markdown.stdout.contains("⚠️"), "\(markdown.stdout)")
    }

    @Test func theMarkdownDiffMarksThemForTheReviewer() throws {
        let repo = try Self.loosened()
        let result = try repo.collab("diff", "main", "HEAD", "--format", "markdown")
        #expect(result.status == 0)
        #expect(result.stdout == """
        ## collab diff: main → HEAD

        ### ⚠️ Needs a reviewer's eye

        The goal or a due date changed after plan (the stage before was execute or later):

        - `new-product-page` · `goal-changed`: goal.target changed after plan: '7月12日前通过验收，严重缺陷为0' → '7月20日前通过验收'; the SMART goal was agreed before planning, a reviewer should confirm the change
        - `new-product-page` · `due-moved`: task T3's due moved after plan: 2024-07-08 → 2024-07-18; a reviewer should confirm the new date

        ### new-product-page  stage execute

        | Change | Path | Old | New |
        |---|---|---|---|
        | ⚠️ changed | problem.goal.target | 7月12日前通过验收，严重缺陷为0 | 7月20日前通过验收 |
        | ⚠️ changed | tasks.T3.due (活动页面前端开发) | 2024-07-08 | 2024-07-18 |

        """, "\(result.stdout)")
        let chinese = try repo.collab("diff", "main", "HEAD", "--format", "markdown", "--lang", "zh")
        #expect(chinese.stdout.contains("### ⚠️ 需要评审人留意") && chinese.stdout.contains("| ⚠️ 修改 | tasks.T3.due (活动页面前端开发) | 2024-07-08 | 2024-07-18 |"),
                "\(chinese.stdout)")
    }

    @Test func theReportShowsThemBesideTheStageHistory() throws {
        let repo = try Self.loosened()
        try repo.git("checkout", "-q", "main")
        try repo.commitWith("merge", "-q", "--no-ff", "feature", "-m", "merge feature")
        try repo.replace(Self.tasks, "due: 2024-07-18", "due: 2024-07-19")
        try repo.commit("again")
        let commits = try repo.git("log", "--format=%h %s", "--all").split(separator: "\n")
        let loosen = try #require(commits.first { $0.hasSuffix(" loosen") }?.prefix(7))
        let again = try #require(commits.first { $0.hasSuffix(" again") }?.prefix(7))
        let report = try repo.collab("report", "new-product-page")
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("""
        ### ⚠️ Goal and due changes after plan

        Made while the stage was execute or later: a reviewer should have confirmed each.

        | Date | Changed | Old → New | Author | Commit |
        |---|---|---|---|---|
        | 2024-10-04 | problem.goal.target | 7月12日前通过验收，严重缺陷为0 → 7月20日前通过验收 | 李主管 | `\(loosen)` |
        | 2024-10-04 | tasks.T3.due | 2024-07-08 → 2024-07-18 | 李主管 | `\(loosen)` |
        | 2024-10-06 | tasks.T3.due | 2024-07-18 → 2024-07-19 | 李主管 | `\(again)` |

        """), "the change through the merge is credited to the branch commit: \(report.stdout)")
        let html = try repo.collab("report", "new-product-page", "--format", "html", "--lang", "zh")
        #expect(html.stdout.contains("<h3>⚠️ 计划之后对目标和截止日期的改动</h3>") && html.stdout.contains("<td>2024-07-18 → 2024-07-19</td>"), "\(html.stdout)")
        #expect(try repo.collab("report", "--all", "--format", "html", "-o", "site").status == 0)
        let page = try repo.scratch.read("site/collaborations/new-product-page.html")
        #expect(page.contains("<td>tasks.T3.due</td><td>2024-07-08 → 2024-07-18</td>"), "\(page)")
        #expect(!(try repo.scratch.read("site/collaborations/q3-data-sync.html")).contains("⚠️ Goal and due"))
    }
}
