/// `collab report --all --format html -o DIR`: the dashboard page, index.html, linking to
/// each collaboration's report (collaborations/ID.html, a folder of their own so that no id
/// can collide with the dashboard's files): stage, lead, a progress bar of finished tasks,
/// overdue count and what blocks the next gate.
public enum HTMLIndex {
    /// Where a collaboration's page goes, relative to the dashboard.
    public static func pagePath(_ id: String) -> String { WorkspaceLayout.collaborationFolder(id) + ".html" }

    /// The flow metrics page (`collab metrics --format html`) beside the dashboard.
    public static let metricsPath = "metrics.html"

    public static func render(_ rows: [CollaborationStatus], workspace name: String?, today: CalendarDate, language: Language) -> String {
        let t = { (message: Message) in message.text(language) }
        let title = "\(name ?? "collab") — \(t(ReportText.overview))"
        var body = "<header>\n<h1>\(HTMLReport.e(title))</h1>\n<p class=\"facts\">\(HTMLReport.e(t(ReportText.collaborations(rows.count)))) · \(today) · <a href=\"\(metricsPath)\">\(HTMLReport.e(t(MetricsText.title)))</a></p>\n</header>\n"
        let cells = rows.map { row -> [String] in
            let percent = row.totalTasks == 0 ? 0 : row.finishedTasks * 100 / row.totalTasks
            let progress = "<span class=\"progress\" title=\"\(percent)%\"><i style=\"width: \(percent)%\"></i></span> \(row.finishedTasks)/\(row.totalTasks)"
            let overdue = row.overdueTasks > 0 ? "<span class=\"overdue-text\">\(row.overdueTasks)</span>" : "0"
            return ["<a href=\"\(pagePath(row.id))\">\(HTMLReport.e(row.id))</a>", HTMLReport.e(row.title ?? ""),
                    "<span class=\"stage\">\(HTMLReport.e(row.stage?.rawValue ?? "?"))</span>", HTMLReport.e(row.lead ?? ""),
                    progress, overdue, "<span class=\"nowrap\">\(HTMLReport.e(row.nextDue?.description ?? "—"))</span>", HTMLReport.e(row.nextGate.text(language))]
        }
        body += HTMLReport.table([t(ReportText.id), t(ReportText.title), t(ReportText.stageColumn), t(ReportText.leadColumn),
                                  t(ReportText.tasks), t(ReportText.overdueColumn), t(ReportText.nextDue), t(ReportText.nextGate)], cells)
        body += "<footer>\(HTMLReport.e(t(ReportText.generatedIndex(on: today.description))))</footer>\n"
        return HTMLReport.page(title: title, body: body, language: language)
    }
}
