/// gcc-style lines `file:line:column: severity: message [rule]`; on a terminal, the source
/// line with a caret under the column, and colour.
public struct TextReporter {
    public var language: Language
    public var color: Bool
    public var showSource: Bool
    /// The text of a line of a file (1-based), for the caret display.
    public var sourceLine: (String, Int) -> String?

    public init(language: Language, color: Bool = false, showSource: Bool = false,
                sourceLine: @escaping (String, Int) -> String? = { _, _ in nil }) {
        self.language = language
        self.color = color
        self.showSource = showSource
        self.sourceLine = sourceLine
    }

    public func generateReport(_ report: CheckReport) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            out += line(diagnostic) + "\n"
            if showSource, let source = sourceLine(diagnostic.file, diagnostic.line) {
                out += excerpt(source, diagnostic)
            }
        }
        out += report.summaryLine(language) + "\n"
        return out
    }

    public func line(_ diagnostic: Diagnostic) -> String {
        let position = "\(TerminalText.escape(diagnostic.file)):\(diagnostic.line):\(diagnostic.column):"
        let severity = diagnostic.severity.rawValue + ":"
        let message = TerminalText.escape(diagnostic.message.text(language))
        return "\(paint(position, "1")) \(paint(severity, Self.colorCode(diagnostic.severity))) \(message) [\(diagnostic.rule.rawValue)]"
    }

    /// ` 14 |   owner: 王五` and a caret under the column, counted in display columns.
    private func excerpt(_ source: String, _ diagnostic: Diagnostic) -> String {
        let text = TerminalText.escape(source).replacingTabs()
        let gutter = String(diagnostic.line)
        let pad = String(repeating: " ", count: gutter.count)
        let prefix = String(TerminalText.escape(String(source.unicodeScalars.prefix(max(0, diagnostic.column - 1)))).replacingTabs())
        let caret = String(repeating: " ", count: DisplayWidth.of(prefix)) + paint("^", Self.colorCode(diagnostic.severity))
        return " \(gutter) | \(text)\n \(pad) | \(caret)\n"
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1b}[\(code)m\(text)\u{1b}[0m" : text
    }

    static func colorCode(_ severity: Severity) -> String {
        switch severity {
        case .error: return "1;31"
        case .warning: return "1;35"
        case .notice: return "1;36"
        }
    }
}

extension String {
    func replacingTabs() -> String {
        guard contains("\t") else { return self }
        return split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ")
    }
}
