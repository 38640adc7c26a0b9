/// The output formats of `collab metrics` and how each renders the flow metrics.
public enum MetricsFormat: String, Reporter {
    case text, json, csv, markdown, html

    public func render(_ metrics: FlowMetrics, _ settings: RenderSettings) -> String {
        switch self {
        case .text: return MetricsReport.text(metrics, language: settings.language, width: settings.width)
        case .json: return MetricsData.json(metrics)
        case .csv: return MetricsData.csv(metrics)
        case .markdown: return MetricsReport.markdown(metrics, language: settings.language)
        case .html: return MetricsPage.render(metrics, language: settings.language)
        }
    }
}
