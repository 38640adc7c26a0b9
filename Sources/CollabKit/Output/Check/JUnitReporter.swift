/// `--format junit`: JUnit XML as GitLab, Jenkins and most CI systems read it. Each
/// collaboration is a test suite with one test case per rule family (syntax, schema, each
/// stage gate, deadlines, and history under --base); a case fails when a finding of its family
/// is an error (a warning too under --strict), and the failure lists `file:line:column` lines.
/// Other findings go to the case's system-out. collab.yaml's findings form the suite "workspace".
public struct JUnitReporter {
    public var strict: Bool
    public var language: Language

    public init(strict: Bool = false, language: Language) {
        self.strict = strict
        self.language = language
    }

    public func generateReport(_ report: CheckReport) -> String {
        var suites: [(name: String, families: [RuleFamily])] = [("workspace", [.syntax, .schema])]
        let families = RuleFamily.allCases.filter { $0 != .history || report.history }
        for id in report.checked { suites.append((id, families)) }
        for id in Set(report.diagnostics.compactMap(\.collaboration)).subtracting(report.checked).sorted() {
            suites.append((id, [.history]))  // removed since --base: only history rules speak of it
        }
        var body = ""
        var totalTests = 0
        var totalFailures = 0
        for suite in suites {
            let findings = report.diagnostics.filter { ($0.collaboration ?? "workspace") == suite.name }
            var cases = ""
            var failures = 0
            for family in suite.families {
                let mine = findings.filter { $0.rule.family == family }
                let failing = mine.filter { fails($0) }
                let attributes = "name=\"\(XML.escape(family.title.text(language)))\" classname=\"collab.\(XML.escape(suite.name))\""
                    + (mine.first.map { " file=\"\(XML.escape($0.file))\"" } ?? "")
                guard !mine.isEmpty else {
                    cases += "    <testcase \(attributes)/>\n"
                    continue
                }
                cases += "    <testcase \(attributes)>\n"
                if !failing.isEmpty {
                    failures += 1
                    let rules = Set(failing.map(\.rule.rawValue)).sorted().joined(separator: ", ")
                    let message = language == .zh ? "\(failing.count) 条发现：\(rules)" : "\(failing.count) finding\(failing.count == 1 ? "" : "s"): \(rules)"
                    cases += "      <failure message=\"\(XML.escape(message))\" type=\"\(XML.escape(failing[0].rule.rawValue))\">"
                        + XML.escape(failing.map(line).joined(separator: "\n"), attribute: false) + "</failure>\n"
                }
                let others = mine.filter { !fails($0) }
                if !others.isEmpty {
                    cases += "      <system-out>" + XML.escape(others.map(line).joined(separator: "\n"), attribute: false) + "</system-out>\n"
                }
                cases += "    </testcase>\n"
            }
            body += "  <testsuite name=\"\(XML.escape(suite.name))\" tests=\"\(suite.families.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
                + cases + "  </testsuite>\n"
            totalTests += suite.families.count
            totalFailures += failures
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"collab check\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
            + body + "</testsuites>\n"
    }

    private func fails(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.severity == .error || (strict && diagnostic.severity == .warning)
    }

    private func line(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): \(diagnostic.severity.rawValue): \(diagnostic.message.text(language)) [\(diagnostic.rule.rawValue)]"
    }
}
