/// The outcome of `collab check`, ready for a reporter.
public struct CheckReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var collaborations: Int

    public init(diagnostics: [Diagnostic], collaborations: Int) {
        self.diagnostics = diagnostics
        self.collaborations = collaborations
    }

    public func count(_ severity: Severity) -> Int {
        diagnostics.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    public var summaryLine: String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "checked \(plural(collaborations, "collaboration")): \(plural(count(.error), "error")), "
            + "\(plural(count(.warning), "warning")), \(plural(count(.notice), "notice"))"
    }
}
