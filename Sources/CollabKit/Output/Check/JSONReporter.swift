/// `--format json` of check: exactly the shape of docs/reference.md §6.
public struct JSONReporter {
    public var language: Language

    public init(language: Language) { self.language = language }

    public func generateReport(_ report: CheckReport) -> String {
        let json = JSONWriter()
        json.object {
            json.member("version") { json.number(1) }
            json.member("diagnostics") {
                json.array(report.diagnostics) { json.diagnostic($0, language) }
            }
            json.member("summary") {
                json.object {
                    json.member("collaborations") { json.number(report.collaborations) }
                    json.member("errors") { json.number(report.count(.error)) }
                    json.member("warnings") { json.number(report.count(.warning)) }
                    json.member("notices") { json.number(report.count(.notice)) }
                }
            }
        }
        return json.output + "\n"
    }
}

extension JSONWriter {
    /// A diagnostic in the shape of docs/reference.md §6.
    func diagnostic(_ diagnostic: Diagnostic, _ language: Language) {
        object {
            member("file") { string(diagnostic.file) }
            member("line") { number(diagnostic.line) }
            member("column") { number(diagnostic.column) }
            member("severity") { string(diagnostic.severity.rawValue) }
            member("rule") { string(diagnostic.rule.rawValue) }
            member("message") { string(diagnostic.message.text(language)) }
            member("collaboration") { optionalString(diagnostic.collaboration) }
        }
    }
}
