/// `--format json` of check: exactly the shape of SPEC.md §6.
public struct JSONReporter {
    public init() {}

    public func generateReport(_ report: CheckReport) -> String {
        let json = JSONWriter()
        json.object {
            json.member("version") { json.number(1) }
            json.member("diagnostics") {
                json.array(report.diagnostics) { diagnostic in
                    json.object {
                        json.member("file") { json.string(diagnostic.file) }
                        json.member("line") { json.number(diagnostic.line) }
                        json.member("column") { json.number(diagnostic.column) }
                        json.member("severity") { json.string(diagnostic.severity.rawValue) }
                        json.member("rule") { json.string(diagnostic.rule.rawValue) }
                        json.member("message") { json.string(diagnostic.message) }
                        json.member("collaboration") { json.optionalString(diagnostic.collaboration) }
                    }
                }
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
