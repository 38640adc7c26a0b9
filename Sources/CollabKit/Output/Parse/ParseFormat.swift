/// The output formats of `collab parse` and how each renders a parsed YAML document.
public enum ParseFormat: String, Reporter {
    case events, json

    public func render(_ document: YAMLDocument, _ settings: RenderSettings) -> String {
        switch self {
        case .events: return EventPrinter.events(document)
        case .json: return NodeJSON.render(document) + "\n"
        }
    }
}
