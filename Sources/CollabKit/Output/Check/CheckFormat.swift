/// The output formats of `collab check` and how each renders a check report.
public enum CheckFormat: String, Reporter {
    case text, json, github, junit, sarif

    /// A check report and what its formats need beside it.
    public struct Result {
        public var report: CheckReport
        /// junit: warnings fail their test case too.
        public var strict: Bool
        /// sarif: the version of collab that made the log.
        public var toolVersion: String
        /// text: the text of a line of a file (1-based), for the caret display on a terminal.
        public var sourceLine: (String, Int) -> String?

        public init(_ report: CheckReport, strict: Bool, toolVersion: String, sourceLine: @escaping (String, Int) -> String?) {
            self.report = report
            self.strict = strict
            self.toolVersion = toolVersion
            self.sourceLine = sourceLine
        }
    }

    /// Whether the format names files from the repository's root rather than from the
    /// starting folder (what GitHub's annotations and code scanning read).
    public var pathsFromRepositoryRoot: Bool {
        switch self {
        case .github, .sarif: return true
        case .text, .json, .junit: return false
        }
    }

    public func render(_ result: Result, _ settings: RenderSettings) -> String {
        let language = settings.language
        switch self {
        case .text:
            return TextReporter(language: language, color: settings.color, showSource: settings.terminal,
                                sourceLine: result.sourceLine).generateReport(result.report)
        case .json: return JSONReporter(language: language).generateReport(result.report)
        case .github: return GitHubReporter(language: language).generateReport(result.report)
        case .junit: return JUnitReporter(strict: result.strict, language: language).generateReport(result.report)
        case .sarif: return SARIFReporter(version: result.toolVersion, language: language).generateReport(result.report)
        }
    }
}

extension CheckFormat {
    /// One finding as the JSON outputs give it (docs/reference.md §6).
    public static let diagnosticSchema: JSON = JSONSchema.object([
        ("file", JSONSchema.string),
        ("line", JSONSchema.integer),
        ("column", JSONSchema.integer),
        ("severity", JSONSchema.oneOf([Severity.error, .warning, .notice].map(\.rawValue))),
        ("rule", JSONSchema.oneOf(RuleID.allCases.map(\.rawValue))),
        ("message", JSONSchema.string),
        ("collaboration", JSONSchema.nullable(JSONSchema.string)),
    ])

    public static var outputSchema: JSON? {
        JSONSchema.root("collab check --format json", JSONSchema.object([
            ("version", JSONSchema.version),
            ("diagnostics", JSONSchema.array(diagnosticSchema)),
            ("summary", JSONSchema.object(["collaborations", "errors", "warnings", "notices"].map { ($0, JSONSchema.integer) })),
        ]))
    }
}
