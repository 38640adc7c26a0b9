/// The output formats of `collab log` and how each renders a collaboration's stage history.
public enum LogFormat: String, Reporter {
    case text, json

    /// A collaboration's stage now and the stage changes in its history.
    public struct Result {
        public var id: String
        public var stage: String?
        public var transitions: [StageTransition]

        public init(id: String, stage: String?, transitions: [StageTransition]) {
            self.id = id
            self.stage = stage
            self.transitions = transitions
        }
    }

    public func render(_ result: Result, _ settings: RenderSettings) -> String {
        switch self {
        case .text: return HistoryReporter.logText(result.id, stage: result.stage, result.transitions, today: settings.today,
                                                   language: settings.language)
        case .json: return HistoryReporter.logJSON(result.id, stage: result.stage, result.transitions)
        }
    }
}
