import Foundation
import Testing
@testable import CollabKit

/// Each rule of docs/reference.md §4 (but the --base rules of the history family) fires where its fixture says, on a
/// copy of a valid collaboration changed in one place; the unchanged copy fires nothing.
struct RuleFixtureTests {
    static let today = CalendarDate(year: 2024, month: 10, day: 11)!
    static let base = TestPaths.fixtures.appendingPathComponent("base")
    static let rulesFolder = TestPaths.fixtures.appendingPathComponent("rules")
    static let fixtureNames: [String] = (try? FileManager.default.contentsOfDirectory(atPath: rulesFolder.path).sorted()) ?? []
    static let historyRules: Set<RuleID> = RuleFamily.history.rules
    /// Rules about the entries of collaborations/ beside the collaborations, which a fixture
    /// laid over `c1` cannot hold: end to end in StrayEntriesTests.
    static let folderRules: Set<RuleID> = [.notACollaboration]

    /// The base workspace with the fixture's files laid over collaboration `c1`.
    static func check(fixture: String?) throws -> [Diagnostic] {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: base.appendingPathComponent("collab.yaml"),
                                         to: folder.url.appendingPathComponent("collab.yaml"))
        let collaboration = folder.url.appendingPathComponent("collaborations/c1")
        try FileManager.default.createDirectory(at: collaboration.appendingPathComponent("meetings"), withIntermediateDirectories: true)
        for name in try recordFiles(in: base) {
            try FileManager.default.copyItem(at: base.appendingPathComponent(name), to: collaboration.appendingPathComponent(name))
        }
        if let fixture {
            let source = rulesFolder.appendingPathComponent(fixture)
            for name in try recordFiles(in: source) {
                let target = name == "collab.yaml" ? folder.url.appendingPathComponent(name) : collaboration.appendingPathComponent(name)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: target)
            }
            for line in try expectations(fixture) where line.hasPrefix("remove ") {
                try FileManager.default.removeItem(at: collaboration.appendingPathComponent(String(line.dropFirst(7))))
            }
        }
        let workspace = try Workspace.load(root: folder.path)
        return try WorkspaceCheck.run(workspace, today: today).diagnostics
    }

    /// The .yaml files of a fixture folder and of its meetings/ (collab.yaml of the base left
    /// out: it is copied to the workspace), as relative paths; meetings/ is created in the
    /// collaboration when there are any.
    static func recordFiles(in folder: URL) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") && !(folder == base && $0 == "collab.yaml") }
        let meetings = folder.appendingPathComponent("meetings")
        let meetingNames = ((try? FileManager.default.contentsOfDirectory(atPath: meetings.path)) ?? []).map { "meetings/" + $0 }
        return names.sorted() + meetingNames.sorted()
    }

    static func expectations(_ fixture: String) throws -> [String] {
        let text = try String(contentsOf: rulesFolder.appendingPathComponent("\(fixture)/expect"), encoding: .utf8)
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
    }

    @Test func theValidBaseCollaborationHasNoFindings() throws {
        let findings = try Self.check(fixture: nil)
        #expect(findings.isEmpty, "\(findings.map { "\($0.file):\($0.line):\($0.column) \($0.rule.rawValue) \($0.message)" })")
    }

    @Test func everyRuleButTheHistoryRulesHasAFixture() {
        let expected = Set(RuleID.allCases).subtracting(Self.historyRules).subtracting(Self.folderRules).map(\.rawValue).sorted()
        #expect(Self.fixtureNames == expected)
    }

    @Test(arguments: fixtureNames)
    func ruleFiresAtTheFixturesPosition(_ fixture: String) throws {
        let rule = try #require(RuleID(rawValue: fixture))
        let findings = try Self.check(fixture: fixture)
        let fired = findings.filter { $0.rule == rule }.map { finding in
            "\(finding.file.replacingOccurrences(of: "collaborations/c1/", with: "")):\(finding.line):\(finding.column)"
        }
        let expected = try Self.expectations(fixture).filter { !$0.hasPrefix("remove ") }
        #expect(fired == expected, "all findings: \(findings.map { "\($0.file):\($0.line):\($0.column) [\($0.rule.rawValue)] \($0.message)" })")
        for finding in findings where finding.rule == rule {
            #expect(finding.severity == rule.severity)
            #expect(finding.collaboration == "c1")
            #expect(finding.message.isBilingual, "\(finding.message.text(.en)) / \(finding.message.text(.zh))")
        }
    }
}
