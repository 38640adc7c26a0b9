/// The output formats of `collab status` and how each renders the status rows.
public enum StatusFormat: String, Reporter {
    case text, json, markdown

    public func render(_ rows: [CollaborationStatus], _ settings: RenderSettings) -> String {
        switch self {
        case .text: return StatusReporter.text(rows, language: settings.language, width: settings.width, color: settings.color)
        case .json: return StatusReporter.json(rows, today: settings.today, language: settings.language)
        case .markdown: return StatusReporter.markdown(rows, language: settings.language)
        }
    }
}

/// The output formats of `collab tasks` and how each renders the task rows.
public enum TaskListFormat: String, Reporter {
    case text, json

    public func render(_ rows: [TaskRow], _ settings: RenderSettings) -> String {
        switch self {
        case .text: return TaskListReporter.text(rows, language: settings.language, width: settings.width, color: settings.color)
        case .json: return TaskListReporter.json(rows, today: settings.today)
        }
    }
}
