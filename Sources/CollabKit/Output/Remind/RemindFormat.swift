/// The output formats of `collab remind` and how each renders the digest: text, Markdown,
/// JSON, and the webhook bodies of each chat platform (one a line).
public enum RemindFormat: Reporter, Hashable {
    case text, markdown, json
    case chat(ChatPlatform)

    public static var allCases: [RemindFormat] { [.text, .markdown, .json] + ChatPlatform.allCases.map(RemindFormat.chat) }

    public init?(rawValue: String) {
        guard let format = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = format
    }

    public var rawValue: String {
        switch self {
        case .text: return "text"
        case .markdown: return "markdown"
        case .json: return "json"
        case .chat(let platform): return platform.rawValue
        }
    }

    public func render(_ digest: ReminderDigest, _ settings: RenderSettings) -> String {
        switch self {
        case .text: return ReminderReporter.text(digest, language: settings.language)
        case .markdown: return ReminderReporter.markdown(digest, language: settings.language)
        case .json: return ReminderReporter.json(digest)
        case .chat(let platform):
            return ChatDigest.messages(digest, for: platform, language: settings.language).map { $0 + "\n" }.joined()
        }
    }
}
