/// `collab report ID --format markdown`: the collaboration for people who do not read YAML,
/// as GitHub and GitLab render Markdown (tables, Mermaid charts). Record text is escaped so
/// it makes no HTML, links or mentions.
public enum MarkdownReport {
    public static func render(_ report: CollaborationReport) -> String {
        let c = report.collaboration
        let t = report.text
        var out = "# \(text(report.title))\n\n"
        var facts = ["`\(report.id)`", t(ReportText.stage("**\(report.stage)**"))]
        if let opened = c.problem?.opened?.value { facts.append(t(ReportText.opened(opened.description))) }
        if let lead = c.stakeholders?.lead?.value { facts.append(t(ReportText.lead(text(report.department(lead))))) }
        out += facts.joined(separator: " · ") + "\n\n"
        out += problem(c.problem, report)
        out += "## \(t(ReportText.stakeholders))\n\n"
        let departments = c.stakeholders?.departments?.items ?? []
        out += table([t(ReportText.department), t(ReportText.role), t(ReportText.liaison)],
                     departments.map { [report.department($0.department?.value), $0.role?.value.rawValue ?? "", $0.liaison?.value ?? ""] })
        if let channel = c.stakeholders?.channel?.value { out += t(ReportText.channel) + report.colon + text(channel) + "\n\n" }
        out += "## \(t(ReportText.tasks))\n\n"
        out += table([t(ReportText.id), t(ReportText.task), t(ReportText.owner), t(ReportText.due), t(ReportText.status),
                      t(ReportText.latestProgress), t(ReportText.deliverable)],
                     report.tasks.map { task in
            var status = task.statusText + (report.isOverdue(task) ? " ⚠️ " + t(ReportText.overdue) : "") + lateness(task, report)
            if let reason = report.reason(task) { status += report.colon + reason }
            return [task.id?.value ?? "", task.title?.value ?? "", task.owner?.value ?? "",
                    task.dueText ?? "", status, report.latestProgress(task) ?? "—",
                    task.deliverable?.value ?? ""]
        })
        if let gantt = Mermaid.gantt(report) {
            out += "### \(t(ReportText.gantt))\n\n```mermaid\n\(gantt)```\n\n"
        }
        out += meetings(report)
        out += "## \(t(ReportText.stageHistory))\n\n"
        if let stages = report.stages {
            if let timeline = Mermaid.timeline(stages, report) {
                out += "```mermaid\n\(timeline)```\n\n"
                out += table([t(ReportText.date), t(ReportText.move), t(ReportText.author), t(ReportText.commit)], stages.map {
                    [$0.date.description, report.move($0), $0.author, $0.commit]
                })
            } else {
                out += t(ReportText.noStageChange) + "\n\n"
            }
        } else {
            out += t(ReportText.notInGit) + "\n\n"
        }
        if !report.planChanges.isEmpty {
            out += "### \(t(ReportText.planChanges))\n\n" + t(ReportText.planChangesIntro) + "\n\n"
            out += table(report.planChangeHeader, report.planChanges.map(report.row))
        }
        out += feedback(c.feedback, report)
        return out
    }

    private static func problem(_ problem: ProblemRecord?, _ report: CollaborationReport) -> String {
        let t = report.text
        var out = "## \(t(ReportText.problem))\n\n"
        for (label, value) in [(ReportText.phenomenon, problem?.phenomenon), (ReportText.essence, problem?.essence)] {
            out += "**\(t(label))**" + report.colon + text(value?.value ?? "—") + "\n\n"
        }
        out += list(t(ReportText.impact), problem?.impact?.items.map(\.value))
        let causes = problem?.causes?.items.map { ($0.department?.value ?? "?") + report.colon + ($0.cause?.value ?? "") }
        out += list(t(ReportText.causes), causes)
        if let goal = problem?.goal {
            var line = goal.statement?.value ?? "—"
            if let metric = goal.metric?.value { line += " — \(metric)" }
            if let target = goal.target?.value { line += " → \(target)" }
            if let due = goal.due?.value { line += report.aside(t(ReportText.dueOn(due.description))) }
            out += "**\(t(ReportText.goal))**" + report.colon + text(line) + "\n\n"
        }
        return out
    }

    /// Each meeting: when and what, who led and recorded it, the minutes' distribution, the
    /// attendees, the goal and agenda, the decisions, and the action items with their tasks.
    private static func meetings(_ report: CollaborationReport) -> String {
        let t = report.text
        var out = "## \(t(ReportText.meetings))\n\n"
        guard !report.meetings.isEmpty else { return out + t(ReportText.noMeetings) + "\n\n" }
        for meeting in report.meetings {
            out += "### \(text(report.heading(meeting)))\n\n"
            out += text(report.facts(meeting).joined(separator: " · ")) + "\n\n"
            out += list(t(ReportText.attendees), report.attendees(meeting))
            if let goal = meeting.goal?.value { out += "**\(t(ReportText.meetingGoal))**" + report.colon + text(goal) + "\n\n" }
            out += list(t(ReportText.agenda), meeting.agenda?.items.map(\.value))
            out += list(t(ReportText.decisions), meeting.decisions?.items.map { [$0.id?.value, $0.text?.value].compactMap { $0 }.joined(separator: " ") })
            let actions = meeting.actions?.items ?? []
            if !actions.isEmpty {
                out += "**\(t(ReportText.actions))**\n\n"
                out += table([t(ReportText.id), t(ReportText.action), t(ReportText.owner), t(ReportText.due), t(ReportText.linkedTask), t(ReportText.status)],
                             actions.map { action in
                    let state = report.state(action)
                    return [action.id?.value ?? "", action.text?.value ?? "", action.owner?.value ?? "", action.dueText ?? "",
                            state.task ?? "—", state.status + (state.overdue ? " ⚠️ " + t(ReportText.overdue) : "")]
                })
            }
        }
        return out
    }

    private static func feedback(_ feedback: FeedbackRecord?, _ report: CollaborationReport) -> String {
        let t = report.text
        var out = "## \(t(ReportText.feedback))\n\n"
        guard let feedback else { return out + t(ReportText.noFeedback) + "\n\n" }
        if let verification = feedback.verification {
            let parts = [verification.conclusion?.value.rawValue, verification.date?.value.description, verification.evidence?.value]
            out += "**\(t(ReportText.verification))**\(report.colon)\(text(parts.compactMap { $0 }.joined(separator: " · ")))\n\n"
        }
        let responses = feedback.responses?.items ?? []
        if !responses.isEmpty {
            out += table([t(ReportText.department), t(ReportText.by), t(ReportText.comment)],
                         responses.map { [report.department($0.department?.value), $0.by?.value ?? "", $0.comment?.value ?? ""] })
        }
        out += list(t(ReportText.practices), feedback.practices?.items.map(\.value))
        let followUps = feedback.followUps
        for kind in FollowUp.Kind.allCases {
            let items = feedback.followUps(kind)
            guard !items.isEmpty else { continue }
            out += "**\(t(ReportText.followUps(kind)))**\n\n"
            out += table([t(ReportText.followUpSubject(kind)), t(ReportText.owner), t(ReportText.due), t(LatenessText.state)],
                         items.map { [$0.subject?.value ?? "", $0.owner?.value ?? "", $0.due?.value.description ?? "",
                                      followUpState($0, report)] })
        }
        if feedback.verification == nil && responses.isEmpty && followUps.isEmpty && (feedback.practices?.isEmpty ?? true) {
            out += t(ReportText.noFeedback) + "\n\n"
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
        return "**\(label)**\n\n" + items.map { "- " + text($0, indent: "  ") + "\n" }.joined() + "\n"
    }

    /// Record text outside tables: escaped like a cell, each line of it a line (a hard break),
    /// its further lines indented by `indent` so they stay in the list item they belong to.
    static func text(_ value: String, indent: String = "") -> String {
        Markdown.lines(value).map(Markdown.escapeLine).joined(separator: "  \n" + indent)
    }
}
