import Foundation
import Testing

/// Issue 31, point 1 for norm updates, on the real binary: a norm update with owner and due
/// is a follow-up like an improvement — reminded after closing until done, listed by `tasks`
/// and `status`, shown in the report — and its progress (done, note) may be added to a closed
/// collaboration while its norm may not change.
@Suite struct NormUpdateFollowUpTests {
    static let feedback = "collaborations/q3-data-sync/feedback.yaml"
    static let norm = "  - norm: 明确跨部门任务优先级\n    owner: 李主管\n"
    static let path = "feedback.norm_updates.明确跨部门任务优先级"

    /// The example's closed q3-data-sync, its norm update due 2024-11-20.
    static func dueNormUpdate(_ scratch: Scratch) throws {
        let text = try scratch.read(feedback)
        #expect(text.contains(norm))
        try scratch.write(feedback, text.replacingOccurrences(of: norm, with: norm + "    due: 2024-11-20\n"))
    }

    @Test func anOpenNormUpdateOfAClosedCollaborationIsRemindedListedAndReported() throws {
        let workspace = try Scratch.workspace()
        try Self.dueNormUpdate(workspace)
        #expect(try CLI.run(["check", "q3-data-sync"], in: workspace.path).status == 0)

        let remind = try CLI.run(["remind", "q3-data-sync", "--today", "2024-11-25", "--lang", "zh"], in: workspace.path)
        #expect(remind.status == 0, "\(remind.stderr)")
        #expect(remind.stdout.contains("""
            q3-data-sync 规范更新 明确跨部门任务优先级：已逾期 5 天（截止 2024-11-20）
              反馈与改进记录中的规范更新，填写完成日期（done）前持续提醒
        """), "\(remind.stdout)")
        let json = try CLI.run(["remind", "q3-data-sync", "--today", "2024-11-25", "--format", "json"], in: workspace.path)
        #expect(json.stdout.contains(#"{"kind":"norm_update","meeting":null,"collaboration":"q3-data-sync","#) && json.stdout.contains(##""collaboration_title":"Q3活动数据未按时同步至财务部","id":"#1","title":"明确跨部门任务优先级""##), "\(json.stdout)")

        let tasks = try CLI.run(["tasks", "q3-data-sync", "--today", "2024-11-25"], in: workspace.path)
        #expect(tasks.stdout.contains("2024-11-20   5 overdue  q3-data-sync   norm update #1  明确跨部门任务优先级"), "\(tasks.stdout)")
        let zh = try CLI.run(["tasks", "q3-data-sync", "--today", "2024-11-25", "--lang", "zh"], in: workspace.path)
        #expect(zh.stdout.contains("q3-data-sync  规范更新 #1  明确跨部门任务优先级"), "\(zh.stdout)")
        let rows = try #require((try JSONSerialization.jsonObject(with: Data(try CLI.run(["tasks", "q3-data-sync", "--today", "2024-11-25", "--format", "json"],
                                                                                            in: workspace.path).stdout.utf8)) as? [String: Any])?["tasks"] as? [[String: Any]])
        #expect(rows.map { $0["kind"] as? String } == ["improvement", "norm_update", "improvement"])
        #expect(rows[1]["days_left"] as? Int == -5 && rows[1]["department"] as? String == "finance")

        let status = try CLI.run(["status", "q3-data-sync", "--today", "2024-11-25"], in: workspace.path)
        #expect(status.stdout.contains("closed; 2 improvements open, 1 overdue; 1 norm update open, 1 overdue"), "\(status.stdout)")
        let statusJSON = try CLI.run(["status", "q3-data-sync", "--today", "2024-11-25", "--format", "json"], in: workspace.path)
        #expect(statusJSON.stdout.contains(#""norm_updates":{"open":1,"overdue":1}"#), "\(statusJSON.stdout)")

        let markdown = try CLI.run(["report", "q3-data-sync", "--format", "markdown", "--today", "2024-11-25"], in: workspace.path)
        #expect(markdown.stdout.contains("**Norm updates**\n\n| Norm | Owner | Due | State |\n|---|---|---|---|\n| 明确跨部门任务优先级 | 李主管 | 2024-11-20 | ⚠️ overdue |"),
                "\(markdown.stdout)")
        let html = try CLI.run(["report", "q3-data-sync", "--format", "html", "--today", "2024-11-25", "--lang", "zh"], in: workspace.path)
        #expect(html.stdout.contains("<p><b>规范更新</b></p>"), "\(html.stdout)")
        #expect(html.stdout.contains("<span class=\"overdue-text\">逾期</span>"), "\(html.stdout)")

        // Done: no longer reminded, nor listed without --all.
        try workspace.write(Self.feedback, try workspace.read(Self.feedback).replacingOccurrences(
            of: "    due: 2024-11-20\n", with: "    due: 2024-11-20\n    done: 2024-11-24\n"))
        let done = try CLI.run(["remind", "q3-data-sync", "--today", "2024-11-25", "--lang", "zh"], in: workspace.path)
        #expect(done.status == 0 && !done.stdout.contains("规范更新"), "\(done.stdout)")
        #expect(!(try CLI.run(["tasks", "q3-data-sync", "--today", "2024-11-25"], in: workspace.path)).stdout.contains("norm update"))
    }

    /// As an improvement needs owner and due, a norm update with a due needs an owner (the
    /// verify gate, `improvement-incomplete`); one without a due is a plain record.
    @Test func aNormUpdateWithADueNeedsAnOwner() throws {
        let workspace = try Scratch.workspace()
        try Self.dueNormUpdate(workspace)
        try workspace.write(Self.feedback, try workspace.read(Self.feedback).replacingOccurrences(
            of: "  - norm: 明确跨部门任务优先级\n    owner: 李主管\n", with: "  - norm: 明确跨部门任务优先级\n"))
        let check = try CLI.run(["check", "q3-data-sync"], in: workspace.path)
        #expect(check.status == 1 && check.stdout.contains("feedback.yaml:30:5: error: norm update '明确跨部门任务优先级' lacks owner [improvement-incomplete]"),
                "\(check.stdout)")
        try workspace.write(Self.feedback, try workspace.read(Self.feedback).replacingOccurrences(of: "    due: 2024-11-20\n", with: ""))
        #expect(try CLI.run(["check", "q3-data-sync"], in: workspace.path).status == 0)
    }

    @Test func aClosedCollaborationTakesANormUpdatesProgressButNotANewNorm() throws {
        let repo = try GitWorkspace()
        try Self.dueNormUpdate(repo.scratch)
        try repo.commit("template")
        let done = try LoopAfterClosingTests.collab(repo, ["set", "q3-data-sync", Self.path + ".done=2024-11-28", Self.path + ".note=已写入协作规范第3版", "--commit"])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(try repo.scratch.read(Self.feedback).hasSuffix("    due: 2024-11-20\n    done: 2024-11-28\n    note: 已写入协作规范第3版\n"))
        let progress = try LoopAfterClosingTests.collab(repo, ["check", "--base", "HEAD~1", "q3-data-sync"])
        #expect(progress.status == 0 && !progress.stdout.contains("closed-modified"), "\(progress.stdout)")

        let rewritten = try LoopAfterClosingTests.collab(repo, ["set", "q3-data-sync", Self.path + ".norm=改写的规范"])
        #expect(rewritten.status == 0, "\(rewritten.stderr)")
        let refused = try LoopAfterClosingTests.collab(repo, ["check", "--base", "HEAD~1", "q3-data-sync"])
        #expect(refused.status == 1 && refused.stdout.contains("error: q3-data-sync was closed at the base revision; feedback.yaml changed"),
                "\(refused.stdout)")
        #expect(refused.stdout.contains("[closed-modified]"), "\(refused.stdout)")
    }
}
