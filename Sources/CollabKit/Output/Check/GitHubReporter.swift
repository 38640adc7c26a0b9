/// `--format github`: one GitHub Actions workflow command per finding (docs/reference.md §6),
/// `::error file=…,line=…,col=…,title=RULE::MESSAGE`, which GitHub shows as an annotation on
/// the pull request's diff. Paths are relative to the repository root.
///
/// Record text reaches the message, so everything is escaped as GitHub documents for
/// workflow commands (`%`, CR and LF in the message; also `:` and `,` in properties), and
/// other control characters are shown as `\u{1b}`: no record can end an annotation early or
/// start a line with `::` of its own (`::set-env`, `::add-mask`, `::stop-commands`).
public struct GitHubReporter {
    public var language: Language

    public init(language: Language) { self.language = language }

    public func generateReport(_ report: CheckReport) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            let properties = [("file", diagnostic.file), ("line", String(diagnostic.line)), ("col", String(diagnostic.column)),
                              ("title", diagnostic.rule.rawValue)]
                .map { "\($0.0)=\(WorkflowCommand.property($0.1))" }
                .joined(separator: ",")
            out += "::\(diagnostic.severity.rawValue) \(properties)::\(WorkflowCommand.message(diagnostic.message.text(language)))\n"
        }
        out += report.summaryLine(language) + "\n"
        return out
    }
}

/// The escaping of GitHub Actions workflow commands (actions/toolkit, `command.ts`).
enum WorkflowCommand {
    static func message(_ text: String) -> String { escape(text, property: false) }

    static func property(_ text: String) -> String { escape(text, property: true) }

    private static func escape(_ text: String, property: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where property: out += "%3A"
            case "," where property: out += "%2C"
            default:
                if TerminalText.isControl(scalar) {
                    out += TerminalText.escape(String(scalar))
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
