/// The outcome of `collab check`, ready for a reporter.
public struct CheckReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// The ids of the collaborations checked, in order.
    public var checked: [String]
    /// Whether the history rules (`--base`) ran.
    public var history: Bool

    public init(diagnostics: [Diagnostic], checked: [String], history: Bool = false) {
        self.diagnostics = diagnostics
        self.checked = checked
        self.history = history
    }

    public var collaborations: Int { checked.count }

    public func count(_ severity: Severity) -> Int {
        diagnostics.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    public func summaryLine(_ language: Language) -> String {
        switch language {
        case .en:
            func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
            return "checked \(plural(collaborations, "collaboration")): \(plural(count(.error), "error")), "
                + "\(plural(count(.warning), "warning")), \(plural(count(.notice), "notice"))"
        case .zh:
            return "已检查 \(collaborations) 个协作：\(count(.error)) 个错误，\(count(.warning)) 个警告，\(count(.notice)) 个提示"
        }
    }
}
