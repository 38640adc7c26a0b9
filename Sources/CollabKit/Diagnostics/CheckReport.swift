/// The outcome of `collab check`, ready for a reporter.
public struct CheckReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// The ids of the collaborations checked, in order.
    public var checked: [String]
    /// Whether the history rules (`--base`) ran.
    public var history: Bool
    /// Under `--base --changed`: the workspace-wide files (collab.yaml, templates, schemas)
    /// that changed since the base, so every collaboration was checked.
    public var widened: [String] = []
    /// Under `--base`: the collaborations checked that are a folder renamed since the base,
    /// new id → id at the base.
    public var renamed: [String: String] = [:]

    public init(diagnostics: [Diagnostic], checked: [String], history: Bool = false) {
        self.diagnostics = diagnostics
        self.checked = checked
        self.history = history
    }

    public var collaborations: Int { checked.count }

    public func count(_ severity: Severity) -> Int {
        diagnostics.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    /// What `check --base` says on stderr about how it read the change: every collaboration
    /// checked because a workspace-wide file changed, and the renames it followed.
    public var notes: [Message] {
        var notes: [Message] = []
        if !widened.isEmpty {
            let shown = widened.map { $0 == WorkspaceLayout.configFile ? $0 : $0 + "/" }, files = shown.joined(separator: ", ")
            notes.append(Message(en: "\(files) changed since the base: every collaboration is checked, not only the changed ones",
                                 zh: "\(shown.joined(separator: "、")) 自基准版本以来有改动：检查全部协作，而不只是有改动的协作"))
        }
        for (new, old) in renamed.sorted(by: { $0.key < $1.key }) {
            notes.append(Message(en: "\(new) is \(old) renamed: the history rules compare it with \(old) at the base",
                                 zh: "\(new) 由 \(old) 改名而来：历史规则将它与基准版本中的 \(old) 比较"))
        }
        return notes
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
