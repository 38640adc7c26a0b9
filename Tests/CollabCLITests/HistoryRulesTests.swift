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

    @Test func removingAnActiveCollaborationIsAnErrorAndAClosedOneIsAllowed() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try FileManager.default.removeItem(at: repo.scratch.file("collaborations/new-product-page"))
        let active = try repo.collab("check", "--base", "HEAD")
        #expect(active.status == 1)
        #expect(active.stdout.contains("collaborations/new-product-page:1:1: error: new-product-page was removed while at stage execute"),
                "\(active.stdout)")
        #expect(active.stdout.contains("[collaboration-removed]"))

        try repo.git("checkout", "-q", "--", ".")
        try FileManager.default.removeItem(at: repo.scratch.file("collaborations/q3-data-sync"))
        let closed = try repo.collab("check", "--base", "HEAD")
        #expect(closed.status == 0, "a closed collaboration may be removed: \(closed.stdout)")
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

    static func line(of text: String, in file: String) -> Int {
        let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains(text) } ?? -1) + 1
    }
}
