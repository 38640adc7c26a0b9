/// `collab report ID --format markdown`: the collaboration for people who do not read YAML,
/// as GitHub and GitLab render Markdown (tables, Mermaid charts). Record text is escaped so
/// it makes no HTML, links or mentions.
public enum MarkdownReport {
    public static func render(_ report: CollaborationReport) -> String {
        let c = report.collaboration
        var out = "# \(text(report.title))\n\n"
        var facts = ["`\(report.id)`", "stage **\(report.stage)**"]
        if let opened = c.problem?.opened?.value { facts.append("opened \(opened)") }
        if let lead = c.stakeholders?.lead?.value { facts.append("lead \(text(report.department(lead)))") }
        out += facts.joined(separator: " · ") + "\n\n"
        out += problem(c.problem)
        out += "## Stakeholders 干系人\n\n"
        let departments = c.stakeholders?.departments?.items ?? []
        out += table(["Department 部门", "Role 角色", "Liaison 对接人"],
                     departments.map { [report.department($0.department?.value), $0.role?.value.rawValue ?? "", $0.liaison?.value ?? ""] })
        if let channel = c.stakeholders?.channel?.value { out += "Channel 协作群: \(text(channel))\n\n" }
        out += "## Tasks 任务\n\n"
        out += table(["Id", "Task 任务", "Owner 负责人", "Due 截止", "Status 状态", "Latest progress 最新进展", "Deliverable 交付物"],
                     report.tasks.map { task in
            var status = task.statusText + (report.isOverdue(task) ? " ⚠️ overdue" : "")
            if let reason = report.reason(task) { status += ": " + reason }
            return [task.id?.value ?? "", task.title?.value ?? "", task.owner?.value ?? "",
                    task.dueText ?? "", status, report.latestProgress(task) ?? "—",
                    task.deliverable?.value ?? ""]
        })
        if let gantt = Mermaid.gantt(report) {
            out += "### Timeline 任务甘特图\n\n```mermaid\n\(gantt)```\n\n"
        }
        out += "## Stage history 阶段时间线\n\n"
        if let stages = report.stages {
            if let timeline = Mermaid.timeline(stages) {
                out += "```mermaid\n\(timeline)```\n\n"
                out += table(["Date 日期", "From → To", "Author 提交人", "Commit"], stages.map {
                    [$0.date.description, "\($0.from ?? "new") → \($0.to ?? "removed")", $0.author, $0.commit]
                })
            } else {
                out += "No stage change in the history of HEAD yet.\n\n"
            }
        } else {
            out += "Not in a git repository: no stage history.\n\n"
        }
        out += feedback(c.feedback, report)
        return out
    }

    private static func problem(_ problem: ProblemRecord?) -> String {
        var out = "## Problem 问题\n\n"
        for (label, value) in [("Phenomenon 现象", problem?.phenomenon), ("Essence 本质", problem?.essence)] {
            out += "**\(label)**: \(text(value?.value ?? "—"))\n\n"
        }
        out += list("Impact 影响", problem?.impact?.items.map(\.value))
        let causes = problem?.causes?.items.map { "\($0.department?.value ?? "?"): \($0.cause?.value ?? "")" }
        out += list("Suspected causes 初步归因", causes)
        if let goal = problem?.goal {
            var line = goal.statement?.value ?? "—"
            if let metric = goal.metric?.value { line += " — \(metric)" }
            if let target = goal.target?.value { line += " → \(target)" }
            if let due = goal.due?.value { line += " (due \(due))" }
            out += "**Goal 目标**: \(text(line))\n\n"
        }
        return out
    }

    private static func feedback(_ feedback: FeedbackRecord?, _ report: CollaborationReport) -> String {
        var out = "## Feedback 反馈与改进\n\n"
        guard let feedback else { return out + "No feedback yet.\n\n" }
        if let verification = feedback.verification {
            let parts = [verification.conclusion?.value.rawValue, verification.date?.value.description, verification.evidence?.value]
            out += "**Verification 效果验证**: \(text(parts.compactMap { $0 }.joined(separator: " · ")))\n\n"
        }
        let responses = feedback.responses?.items ?? []
        if !responses.isEmpty {
            out += table(["Department 部门", "By 反馈人", "Comment 反馈"],
                         responses.map { [report.department($0.department?.value), $0.by?.value ?? "", $0.comment?.value ?? ""] })
        }
        out += list("Practices 有效做法", feedback.practices?.items.map(\.value))
        let improvements = feedback.improvements?.items ?? []
        if !improvements.isEmpty {
            out += "**Improvements 改进项**\n\n"
            out += table(["Improvement 改进点", "Owner 负责人", "Due 截止"],
                         improvements.map { [$0.point?.value ?? "", $0.owner?.value ?? "", $0.due?.value.description ?? ""] })
        }
        if feedback.verification == nil && responses.isEmpty && improvements.isEmpty && (feedback.practices?.isEmpty ?? true) {
            out += "No feedback yet.\n\n"
        }
        return out
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "—\n\n" }
        var out = "| " + header.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: header.count) + "\n"
        for row in rows { out += "| " + row.map(Markdown.escapeCell).joined(separator: " | ") + " |\n" }
        return out + "\n"
    }

    private static func list(_ label: String, _ items: [String]?) -> String {
        guard let items, !items.isEmpty else { return "" }
        return "**\(label)**\n\n" + items.map { "- " + text($0) + "\n" }.joined() + "\n"
    }

    /// Record text outside tables: escaped like a cell, line breaks kept as Markdown breaks.
    static func text(_ value: String) -> String {
        value.split(separator: "\n", omittingEmptySubsequences: false).map { Markdown.escapeCell(String($0)) }
            .joined(separator: "  \n")
    }
}
