import Foundation
import Testing

/// A collaboration walked from define to closed with new, edits and advance — including a
/// refused advance and both loops back from verify.
struct WorkflowTests {
    let today = ["COLLAB_TODAY": "2024-10-11"]

    func advance(_ id: String, _ workspace: Scratch, dryRun: Bool = false) throws -> CLIResult {
        try CLI.run(["advance", id] + (dryRun ? ["--dry-run"] : []), in: workspace.path, environment: today)
    }

    func stage(_ workspace: Scratch) throws -> String? {
        try workspace.read("collaborations/sync/problem.yaml").split(separator: "\n")
            .first { $0.hasPrefix("stage:") }.map { String($0.dropFirst(7)) }
    }

    func fill(_ workspace: Scratch, _ file: String, _ text: String) throws {
        try workspace.write("collaborations/sync/\(file)", text)
    }

    @Test func aCollaborationWalksFromDefineToClosed() throws {
        let workspace = try Scratch.workspace()
        #expect(try CLI.run(["new", "sync", "--title", "数据同步延迟", "--lead", "finance"], in: workspace.path, environment: today).status == 0)

        let refused = try advance("sync", workspace)
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("[problem-incomplete]"))
        #expect(refused.stdout.hasSuffix("cannot advance sync (define → initiate): 5 errors to fix first; needed: the problem has no phenomenon: describe what is observed (现象)\n"))
        #expect(try stage(workspace) == "define")

        var problem = try workspace.read("collaborations/sync/problem.yaml")
        problem = problem.replacingOccurrences(of: "\nphenomenon:\n", with: "\nphenomenon: 市场部数据未按时同步\n")
            .replacingOccurrences(of: "\nessence:\n", with: "\nessence: 流程未明确截止时间\n")
            .replacingOccurrences(of: "\nimpact:\n", with: "\nimpact:\n  - 报表延误2天\n")
            .replacingOccurrences(of: "\ncauses:\n", with: "\ncauses:\n  - department: marketing\n    cause: 未明确责任人\n")
            .replacingOccurrences(of: "  statement:\n", with: "  statement: 按时同步\n")
            .replacingOccurrences(of: "  metric:\n", with: "  metric: 按时率\n")
            .replacingOccurrences(of: "  target:\n", with: "  target: 100%\n")
            .replacingOccurrences(of: "  due:\n", with: "  due: 2024-10-20\n")
        try fill(workspace, "problem.yaml", problem)
        let dry = try advance("sync", workspace, dryRun: true)
        #expect(dry.stdout == "sync: define → initiate (dry run: the gate holds; nothing was changed)\n")
        #expect(try stage(workspace) == "define")
        let first = try advance("sync", workspace)
        #expect(first.stdout == "sync: define → initiate\n")
        #expect(try workspace.read("collaborations/sync/problem.yaml") == problem.replacingOccurrences(of: "\nstage: define\n", with: "\nstage: initiate\n"))

        try fill(workspace, "stakeholders.yaml", """
        lead: finance
        channel: 数据群
        departments:
          - department: finance
            role: lead
            liaison: 李主管
          - department: marketing
            role: execute
            liaison: 王经理

        """)
        #expect(try advance("sync", workspace).stdout == "sync: initiate → plan\n")
        #expect(try advance("sync", workspace).stdout.contains("[tasks-empty]"))
        try fill(workspace, "tasks.yaml", """
        tasks:
          - id: T1
            title: 提交原因说明
            owner: 王经理
            department: marketing
            due: 2024-10-15
            deliverable: 说明报告
            status: doing

        """)
        #expect(try advance("sync", workspace).stdout == "sync: plan → execute\n")
        let open = try advance("sync", workspace)
        #expect(open.status == 1)
        #expect(open.stdout.contains("task T1 is still doing"))
        try fill(workspace, "tasks.yaml", try workspace.read("collaborations/sync/tasks.yaml").replacingOccurrences(of: "status: doing", with: "status: done"))
        #expect(try advance("sync", workspace).stdout == "sync: execute → verify\n")

        let noConclusion = try advance("sync", workspace)
        #expect(noConclusion.status == 1)
        #expect(noConclusion.stdout.contains("[verification-incomplete]"))

        try fill(workspace, "feedback.yaml", "verification:\n  conclusion: partial\n  date: 2024-10-20\n  evidence: 部分按时\n")
        #expect(try advance("sync", workspace).stdout == "sync: verify → execute\n")
        #expect(try advance("sync", workspace).stdout == "sync: execute → verify\n")

        try fill(workspace, "feedback.yaml", "verification:\n  conclusion: unresolved\n  date: 2024-10-20\n  evidence: 仍然延迟\n")
        #expect(try advance("sync", workspace).stdout == "sync: verify → define\n")
        for expected in ["define → initiate", "initiate → plan", "plan → execute", "execute → verify"] {
            #expect(try advance("sync", workspace).stdout == "sync: \(expected)\n")
        }

        try fill(workspace, "feedback.yaml", "verification:\n  conclusion: resolved\n  date: 2024-10-20\n  evidence: 按时提交\n")
        let lessons = try advance("sync", workspace)
        #expect(lessons.status == 1)
        #expect(lessons.stdout.contains("[response-missing]") && lessons.stdout.contains("[lessons-missing]"))
        try fill(workspace, "feedback.yaml", """
        verification:
          conclusion: resolved
          date: 2024-10-20
          evidence: 按时提交
        responses:
          - department: finance
            by: 李主管
            comment: 好
          - department: marketing
            by: 王经理
            comment: 明确
        practices:
          - 每日同步

        """)
        #expect(try advance("sync", workspace).stdout == "sync: verify → closed\n")
        #expect(try stage(workspace) == "closed")
        #expect(try CLI.run(["check", "sync"], in: workspace.path, environment: today).status == 0)

        let closed = try advance("sync", workspace)
        #expect(closed.status == 2)
        #expect(closed.stderr == "collab: error: sync is closed; there is no stage after closed\n")
    }

    @Test func advanceRefusesAnUnknownCollaboration() throws {
        let workspace = try Scratch.workspace()
        let result = try advance("nope", workspace)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no collaboration 'nope'"))
    }
}
