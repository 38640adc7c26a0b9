/// The output formats of `collab diff` and how each renders the diffs between two sides.
public enum DiffFormat: String, Reporter {
    case text, markdown, json

    /// The diffs and the revisions they compare (nil: the working tree).
    public struct Result {
        public var diffs: [CollaborationDiff]
        public var from: String?
        public var to: String?

        public init(_ diffs: [CollaborationDiff], from: String?, to: String?) {
            self.diffs = diffs
            self.from = from
            self.to = to
        }
    }

    public func render(_ result: Result, _ settings: RenderSettings) -> String {
        switch self {
        case .text: return DiffReporter.text(result.diffs, language: settings.language, color: settings.color)
        case .markdown: return DiffReporter.markdown(result.diffs, from: result.from, to: result.to, language: settings.language)
        case .json: return DiffReporter.json(result.diffs, from: result.from, to: result.to, language: settings.language)
        }
    }
}
