/// One finding: where (workspace-relative file, 1-based line and column), how bad, which
/// rule, what to do, and which collaboration it concerns.
public struct Diagnostic: Equatable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var rule: RuleID
    public var message: Message
    public var collaboration: String?

    public init(file: String, line: Int, column: Int, severity: Severity? = nil,
                rule: RuleID, message: Message, collaboration: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity ?? rule.severity
        self.rule = rule
        self.message = message
        self.collaboration = collaboration
    }

    public init(file: String, at location: SourceLocation, rule: RuleID, message: Message, collaboration: String? = nil) {
        self.init(file: file, line: location.line, column: location.column, rule: rule, message: message,
                  collaboration: collaboration)
    }

    /// Order of reports: by file, then position, then rule.
    public static func reportOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        return a.rule.rawValue < b.rule.rawValue
    }
}

extension SyntaxError.Kind {
    public var rule: RuleID {
        switch self {
        case .syntax: return .syntax
        case .unsupported: return .unsupportedYAML
        case .encoding: return .encoding
        }
    }
}

extension Diagnostic {
    /// The finding for a file that is not in the YAML subset (or too large to read).
    public init(_ file: String, _ error: SyntaxError, collaboration: String? = nil) {
        self.init(file: file, at: error.location, rule: error.kind.rule, message: error.message, collaboration: collaboration)
    }
}
