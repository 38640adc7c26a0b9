/// `collab report ID --format html`: one self-contained page — inline CSS and inline SVG,
/// no script, nothing fetched — with what the Markdown report holds and the task chart
/// drawn. The markup is well-formed XML as well as HTML, and all record text is escaped.
public enum HTMLReport {
    public static func render(_ report: CollaborationReport) -> String {
        let c = report.collaboration
        let t = report.text
        var body = "<header>\n<h1>\(e(report.title))</h1>\n<p class=\"facts\"><code>\(e(report.id))</code> · <span class=\"stage\">\(e(report.stage))</span>"
        if let opened = c.problem?.opened?.value { body += " · " + phrase(t(ReportText.opened("<b>\(opened)</b>"))) }
        if let lead = c.stakeholders?.lead?.value { body += " · " + phrase(t(ReportText.lead("<b>\(e(report.department(lead)))</b>"))) }
        body += "</p>\n</header>\n"
        body += section(t(ReportText.problem), problem(c.problem, report))
        let departments = c.stakeholders?.departments?.items ?? []
        var stakeholders = table([t(ReportText.department), t(ReportText.role), t(ReportText.liaison)], departments.map {
            [name(report.department($0.department?.value)), e($0.role?.value.rawValue ?? ""), name($0.liaison?.value)]
        })
        if let channel = c.stakeholders?.channel?.value { stakeholders += "<p>\(e(t(ReportText.channel) + report.colon + channel))</p>\n" }
        body += section(t(ReportText.stakeholders), stakeholders)
        var tasks = ""
        if let chart = SVGGantt.render(report) {
            tasks += "<div class=\"chart scroll\">\n\(chart)\n</div>\n" + legend(report)
        }
        tasks += table([t(ReportText.id), t(ReportText.task), t(ReportText.owner), t(ReportText.due), t(ReportText.status),
                        t(ReportText.latestProgress), t(ReportText.deliverable)],
                       report.tasks.map { task in
            let status = e(task.statusText)
            var cell = "<span class=\"status \(status)\">\(status)</span>"
            if report.isOverdue(task) { cell += " <span class=\"overdue-text\">\(e(t(ReportText.overdue)))</span>" }
            cell += lateness(task, report)
            if let reason = report.reason(task) { cell += "<br/><span class=\"reason\">\(e(reason))</span>" }
            return [e(task.id?.value ?? ""), e(task.title?.value ?? ""), name(task.owner?.value),
                    date(task.dueText), cell, e(report.latestProgress(task) ?? "—"),
                    e(task.deliverable?.value ?? "")]
        })
        body += section(t(ReportText.tasks), tasks)
        body += section(t(ReportText.meetings), meetings(report))
        body += section(t(ReportText.stageHistory), stages(report))
        body += section(t(ReportText.feedback), feedback(c.feedback, report))
        body += "<footer>\(e(t(ReportText.generated(report.id, on: report.today.description))))</footer>\n"
        return page(title: report.title, body: body, language: report.language)
    }

    static func page(title: String, body: String, language: Language) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <title>\(e(title))</title>
        <style>
        \(ReportStyle.css)
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// The colours of the chart, named by the status values (and in Chinese what they mean).
    static func legend(_ report: CollaborationReport) -> String {
        let swatches: [(TaskStatus, String)] = [(.done, "var(--done)"), (.doing, "var(--doing)"), (.todo, "var(--todo)"), (.blocked, "var(--blocked)")]
        return "<p class=\"legend\">" + swatches.map { status, colour in
            "<span><i style=\"background: \(colour)\"></i>\(e(report.text(ReportText.status(status))))</span>"
        }.joined() + "<span><i style=\"border: 2px solid var(--overdue)\"></i>\(e(report.text(ReportText.overdue)))</span>"
            + (report.meetings.isEmpty ? "" : "<span><i style=\"background: var(--meeting); transform: rotate(45deg)\"></i>\(e(report.text(ReportText.meeting)))</span>")
            + "</p>\n"
    }

    static func e(_ text: String) -> String { XML.escape(text, attribute: true) }

    /// A date in a table cell, never broken at its hyphens (`2025-03-`/`05`).
    static func date(_ text: String?) -> String { "<span class=\"nowrap\">\(e(text ?? ""))</span>" }

    /// A person's or a department's name in a table cell, never broken inside (`钱工程`/`师`).
    static func name(_ text: String?) -> String { "<span class=\"name\">\(e(text ?? ""))</span>" }

    /// A phrase of markup kept on one line, such as "due 2025-03-20" (`截止 2025-03-20`): a
    /// narrow screen wraps before or after it, never inside.
    static func phrase(_ html: String) -> String { "<span class=\"nowrap\">\(html)</span>" }

    static func section(_ title: String, _ content: String) -> String {
        "<section>\n<h2>\(e(title))</h2>\n\(content)</section>\n"
    }

    /// A table of cells that are already HTML, in a container that scrolls sideways when the
    /// table is wider than the screen (a phone), so the page itself never does. A table of
    /// five columns or more is `wide`: it keeps a width its columns can be read at and scrolls.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "<p>—</p>\n" }
        let wide = header.count >= 5 ? " class=\"wide\"" : ""
        var out = "<div class=\"scroll\">\n<table\(wide)>\n<thead><tr>" + header.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows { out += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }
        return out + "</tbody>\n</table>\n</div>\n"
    }

    private static func problem(_ problem: ProblemRecord?, _ report: CollaborationReport) -> String {
        let t = report.text
        var rows: [(String, String)] = []
        if let value = problem?.phenomenon?.value { rows.append((t(ReportText.phenomenon), e(value))) }
        if let value = problem?.essence?.value { rows.append((t(ReportText.essence), e(value))) }
        if let items = problem?.impact?.items, !items.isEmpty { rows.append((t(ReportText.impact), list(items.map(\.value)))) }
        if let causes = problem?.causes?.items, !causes.isEmpty {
            rows.append((t(ReportText.causes), list(causes.map { ($0.department?.value ?? "?") + report.colon + ($0.cause?.value ?? "") })))
        }
        if let goal = problem?.goal {
            let parts: [String?] = [goal.statement?.value, goal.metric.map { t(ReportText.metric) + report.colon + $0.value },
                                    goal.target.map { t(ReportText.target) + report.colon + $0.value },
                                    goal.due.map { t(ReportText.dueOn($0.value.description)) }]
            // The due phrase ("due 2025-03-20") is kept on one line.
            var html = parts.dropLast().compactMap { $0 }.map(e)
            if let due = parts.last ?? nil { html.append(phrase(e(due))) }
            rows.append((t(ReportText.goal), html.joined(separator: " · ")))
        }
        guard !rows.isEmpty else { return "<p>—</p>\n" }
        return "<dl>\n" + rows.map { "<dt>\(e($0.0))</dt><dd>\($0.1)</dd>\n" }.joined() + "</dl>\n"
    }

    private static func list(_ items: [String]) -> String {
        "<ul>" + items.map { "<li>\(e($0))</li>" }.joined() + "</ul>"
    }

    private static func meetings(_ report: CollaborationReport) -> String {
        let t = report.text
        guard !report.meetings.isEmpty else { return "<p>\(e(t(ReportText.noMeetings)))</p>\n" }
        return report.meetings.map { meeting in
            var out = "<div class=\"meeting\">\n<h3>\(e(report.heading(meeting))) <small><code>\(e(meeting.file.fileName))</code></small></h3>\n"
            out += "<p class=\"facts\">\(e(report.facts(meeting).joined(separator: " · ")))</p>\n"
            var rows: [(String, String)] = []
            let attendees = report.attendees(meeting)
            if !attendees.isEmpty { rows.append((t(ReportText.attendees), list(attendees))) }
            if let goal = meeting.goal?.value { rows.append((t(ReportText.meetingGoal), e(goal))) }
            if let agenda = meeting.agenda?.items, !agenda.isEmpty { rows.append((t(ReportText.agenda), list(agenda.map(\.value)))) }
            if let decisions = meeting.decisions?.items, !decisions.isEmpty {
                rows.append((t(ReportText.decisions), "<ol>" + decisions.map { "<li><b>\(e($0.id?.value ?? ""))</b> \(e($0.text?.value ?? ""))</li>" }.joined() + "</ol>"))
            }
            if !rows.isEmpty { out += "<dl>\n" + rows.map { "<dt>\(e($0.0))</dt><dd>\($0.1)</dd>\n" }.joined() + "</dl>\n" }
            let actions = meeting.actions?.items ?? []
            if !actions.isEmpty {
                out += table([t(ReportText.id), t(ReportText.action), t(ReportText.owner), t(ReportText.due), t(ReportText.linkedTask), t(ReportText.status)],
                             actions.map { action in
                    let state = report.state(action)
                    let status = e(state.status)
                    var cell = "<span class=\"status \(status)\">\(status)</span>"
                    if state.overdue { cell += " <span class=\"overdue-text\">\(e(t(ReportText.overdue)))</span>" }
                    return [e(action.id?.value ?? ""), e(action.text?.value ?? ""), name(action.owner?.value),
                            date(action.dueText), e(state.task ?? "—"), cell]
                })
            }
            return out + "</div>\n"
        }.joined()
    }

    private static func stages(_ report: CollaborationReport) -> String {
        guard let stages = report.stages else { return "<p>\(e(report.text(ReportText.notInGit)))</p>\n" }
        var out = stages.isEmpty ? "<p>\(e(report.text(ReportText.noStageChange)))</p>\n" : "<ol class=\"timeline\">\n" + stages.map {
            let from = report.text(ReportText.fromStage($0.from ?? report.text(ReportText.newStage)))
            return "<li><b>\(e($0.to ?? report.text(ReportText.removedStage)))</b><small>\($0.date) · \(e(from)) · \(e($0.author)) · <code>\(e($0.commit))</code></small></li>\n"
        }.joined() + "</ol>\n"
        if !report.planChanges.isEmpty {
            out += "<h3>\(e(report.text(ReportText.planChanges)))</h3>\n<p>\(e(report.text(ReportText.planChangesIntro)))</p>\n"
            out += table(report.planChangeHeader, report.planChanges.map { report.row($0).map(e) })
        }
        return out
    }

    private static func feedback(_ feedback: FeedbackRecord?, _ report: CollaborationReport) -> String {
        let t = report.text
        guard let feedback else { return "<p>\(e(t(ReportText.noFeedback)))</p>\n" }
        var out = ""
        if let verification = feedback.verification {
            let parts = [verification.conclusion?.value.rawValue, verification.date?.value.description, verification.evidence?.value]
            out += "<p><b>\(e(t(ReportText.verification)))</b>\(report.colon)\(e(parts.compactMap { $0 }.joined(separator: " · ")))</p>\n"
        }
        if let responses = feedback.responses?.items, !responses.isEmpty {
            out += table([t(ReportText.department), t(ReportText.by), t(ReportText.comment)],
                         responses.map { [name(report.department($0.department?.value)), name($0.by?.value), e($0.comment?.value ?? "")] })
        }
        if let practices = feedback.practices?.items, !practices.isEmpty {
            out += "<p><b>\(e(t(ReportText.practices)))</b></p>\n" + list(practices.map(\.value)) + "\n"
        }
        for kind in FollowUp.Kind.allCases {
            let items = feedback.followUps(kind)
            guard !items.isEmpty else { continue }
            out += "<p><b>\(e(t(ReportText.followUps(kind))))</b></p>\n" + table([t(ReportText.followUpSubject(kind)), t(ReportText.owner), t(ReportText.due), t(LatenessText.state)],
                items.map { [e($0.subject?.value ?? ""), name($0.owner?.value), date($0.due?.value.description),
                             followUpState($0, report)] })
        }
        return out.isEmpty ? "<p>\(e(t(ReportText.noFeedback)))</p>\n" : out
    }
}
