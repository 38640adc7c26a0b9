import Foundation
import Testing

/// Beyond a task's own deadline (docs/reference.md §10): escalation to the lead department
/// (逾期上报), tasks at risk from the tasks they depend on, improvements after closing.
struct RemindFollowUpTests {
    /// Thursday 2024-07-11: T4 (市场部, due Friday 07-05) is 4 working days late and T3
    /// (技术部, due Monday 07-08) 3: both are listed again under 产品部, the lead, for its
    /// liaison 周经理, who is mentioned.
    @Test func aTaskLateByMoreThanEscalateAfterDaysIsListedUnderTheLead() throws {
        let workspace = try Scratch.workspace()
        let text = try CLI.run(["remind", "--today", "2024-07-11", "--lang", "zh"], in: workspace.path).stdout
        // Three items, two of them listed again under the lead: still three to follow up.
        #expect(text.hasPrefix("collab 提醒 · 2024-07-11（周四）：3 个部门共 3 项待跟进\n"), "\(text)")
        #expect(text.contains("""
        产品部（product）
          周经理 · mobile:13800000001
            逾期上报：逾期 4 个工作日（市场部 郑经理） · new-product-page T4 准备活动素材：已逾期 6 天（截止 2024-07-05）；
        """), "\(text)")
        #expect(text.contains("    逾期上报：逾期 3 个工作日（技术部 钱工程师） · new-product-page T3 活动页面前端开发：已逾期 3 天"), "\(text)")
        let wecom = try CLI.run(["remind", "--today", "2024-07-11", "--lang", "zh", "--format", "wecom"], in: workspace.path).stdout
        #expect(wecom.contains("【产品部】\\n周经理\\n· 逾期上报：逾期 4 个工作日（市场部 郑经理） · 2024年Q3新品上线活动页面 · T4"), "\(wecom)")
        let json = try CLI.run(["remind", "--today", "2024-07-11", "--format", "json"], in: workspace.path).stdout
        #expect(json.contains(#""escalated_from":{"department":"marketing","owner":"郑经理","working_days_overdue":4}"#), "\(json)")

        // Wednesday T3 is 2 working days late: not yet; a setting of 3 spares T4 on Thursday too.
        let wednesday = try CLI.run(["remind", "--today", "2024-07-10", "--lang", "zh"], in: workspace.path).stdout
        #expect(wednesday.contains("逾期上报：逾期 3 个工作日（市场部 郑经理）") && !wednesday.contains("（技术部 钱工程师）"), "\(wednesday)")
        try workspace.write("collab.yaml", try workspace.read("collab.yaml").replacingOccurrences(
            of: "  escalate_after_days: 2\n", with: "  escalate_after_days: 4\n"))
        let patient = try CLI.run(["remind", "--today", "2024-07-11", "--lang", "zh"], in: workspace.path)
        #expect(patient.status == 0 && !patient.stdout.contains("逾期上报"), "\(patient.stdout)\(patient.stderr)")
    }

    @Test func escalateAfterDaysIsAWholeNumberOfDays() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("collab.yaml", try workspace.read("collab.yaml").replacingOccurrences(
            of: "  escalate_after_days: 2\n", with: "  escalate_after_days: soon\n"))
        let check = try CLI.run(["check"], in: workspace.path)
        #expect(check.status == 1 && check.stdout.contains("collab.yaml:") && check.stdout.contains("escalate_after_days 'soon' should be a whole number of days [invalid-value]"),
                "\(check.stdout)")
    }

    /// T5 depends on T3 (overdue) and T4 (blocked and overdue): its owner hears of it
    /// before T5's own date comes near.
    @Test func aTaskDependingOnABlockedOrOverdueTaskIsAtRisk() throws {
        let workspace = try Scratch.workspace()
        let text = try CLI.run(["remind", "--today", "2024-07-09", "--lang", "zh"], in: workspace.path).stdout
        #expect(text.contains("new-product-page T5 上线前联合验收：有延误风险：前置任务 T3 已逾期 1 天、T4 已逾期 4 天且受阻"), "\(text)")
        let json = try CLI.run(["remind", "--today", "2024-07-09", "--format", "json"], in: workspace.path).stdout
        #expect(json.contains(#"{"reason":"at_risk","depends_on":[{"id":"T3","blocked":false,"overdue_days":1},{"id":"T4","blocked":true,"overdue_days":4}]}"#), "\(json)")
        // Once both are done, T5 is no longer at risk, and not due soon: nothing of it.
        let tasks = "collaborations/new-product-page/tasks.yaml"
        try workspace.write(tasks, try workspace.read(tasks).replacingOccurrences(of: "status: doing", with: "status: done")
            .replacingOccurrences(of: "status: blocked", with: "status: done"))
        let after = try CLI.run(["remind", "--today", "2024-07-09", "--lang", "zh"], in: workspace.path)
        #expect(after.status == 0 && after.stdout.isEmpty, "\(after.stdout)\(after.stderr)")
    }

    /// q3-data-sync is closed; its improvements stay reminded until they are done.
    @Test func openImprovementsAreRemindedAfterClosingUntilDone() throws {
        let workspace = try Scratch.workspace()
        let feedback = "collaborations/q3-data-sync/feedback.yaml"
        try workspace.write(feedback, try workspace.read(feedback).replacingOccurrences(of: "due: 2024-11-15", with: "due: 2024-07-08"))
        let text = try CLI.run(["remind", "q3-data-sync", "--today", "2024-07-09", "--lang", "zh"], in: workspace.path)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("""
        财务部（finance）
          李主管 · wecom:li.zhuguan
            q3-data-sync 待改进点 跨部门流程修订时需增加法务部预审：已逾期 1 天（截止 2024-07-08）
              反馈与改进记录中的待改进点，填写完成日期（done）前持续提醒
        """), "\(text.stdout)")
        let wecom = try CLI.run(["remind", "q3-data-sync", "--today", "2024-07-09", "--lang", "zh", "--format", "wecom"], in: workspace.path).stdout
        #expect(wecom.contains(#""mentioned_list":["li.zhuguan"]"#) && wecom.contains("Q3活动数据未按时同步至财务部 · 待改进点"), "\(wecom)")

        try workspace.write(feedback, try workspace.read(feedback).replacingOccurrences(
            of: "    due: 2024-07-08\n", with: "    due: 2024-07-08\n    done: 2024-07-05\n"))
        let check = try CLI.run(["check", "q3-data-sync"], in: workspace.path)
        #expect(check.status == 0, "done is a key of an improvement: \(check.stdout)")
        let done = try CLI.run(["remind", "q3-data-sync", "--today", "2024-07-09"], in: workspace.path)
        #expect(done.status == 0 && done.stdout.isEmpty, "\(done.stdout)")
    }
}
