/// The output formats of `collab report` and how each renders a collaboration's report.
public enum ReportFormat: String, Reporter {
    case markdown, html

    public func render(_ report: CollaborationReport, _ settings: RenderSettings) -> String {
        switch self {
        case .markdown: return MarkdownReport.render(report)
        case .html: return HTMLReport.render(report)
        }
    }
}
