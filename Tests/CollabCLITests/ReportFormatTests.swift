import Foundation
import CollabTestSupport
import Testing
import CollabKit

/// `check --format github|junit|sarif`: golden files, and each output read by an independent
/// parser (Python's XML parser; the SARIF 2.1.0 JSON schema).
struct ReportFormatTests {
    /// The template with one error added: T1's owner is nobody of its department.
    static func workspaceWithAnError() throws -> Scratch {
        let workspace = try Scratch.workspace()
        let tasks = try workspace.read("collaborations/new-product-page/tasks.yaml")
        try workspace.write("collaborations/new-product-page/tasks.yaml", tasks.replacingOccurrences(of: "owner: 周经理", with: "owner: 王五"))
        return workspace
    }

    static func check(_ format: String, in workspace: Scratch, _ extra: [String] = []) throws -> CLIResult {
        try CLI.run(["check", "--today", "2024-07-04", "--format", format] + extra, in: workspace.path)
    }

    @Test func githubFormatMatchesItsGoldenFile() throws {
        let workspace = try Self.workspaceWithAnError()
        let result = try Self.check("github", in: workspace)
        #expect(result.status == 1)
        try CLI.expectGolden(result.stdout, "check-errors.github")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
    }

    @Test func junitFormatMatchesItsGoldenFileAndParsesAsXML() throws {
        let workspace = try Self.workspaceWithAnError()
        let result = try Self.check("junit", in: workspace)
        #expect(result.status == 1)
        try CLI.expectGolden(result.stdout, "check-errors.junit.xml")
        let suites = try Validator.junit(result.stdout)
        #expect(Set(suites.keys) == ["workspace", "new-product-page", "q3-data-sync"])
        let plan = try #require(suites["new-product-page"]?["plan gate: tasks, owners, dates, dependencies"])
        #expect(plan.failure?.hasPrefix("collaborations/new-product-page/tasks.yaml:5:12: error: owner '王五'") == true)
        #expect(plan.file == "collaborations/new-product-page/tasks.yaml")
        let deadlines = try #require(suites["new-product-page"]?["deadlines: overdue, stale and due-soon tasks and action items"])
        #expect(deadlines.failure == nil && deadlines.out?.contains("[task-stale]") == true)
        #expect(suites["q3-data-sync"]?.values.allSatisfy { $0.failure == nil } == true)
    }

    @Test func strictJUnitFailsTheCaseOfAWarning() throws {
        let workspace = try Scratch.workspace()
        let suites = try Validator.junit(try Self.check("junit", in: workspace, ["--strict"]).stdout)
        let deadlines = try #require(suites["new-product-page"]?["deadlines: overdue, stale and due-soon tasks and action items"])
        #expect(deadlines.failure?.contains("[task-stale]") == true)
        #expect(try Validator.junit(try Self.check("junit", in: workspace).stdout)["new-product-page"]?.values.allSatisfy { $0.failure == nil } == true)
    }

    @Test func sarifFormatMatchesItsGoldenFileAndTheSARIFSchema() throws {
        let workspace = try Self.workspaceWithAnError()
        let result = try Self.check("sarif", in: workspace)
        #expect(result.status == 1)
        try CLI.expectGolden(result.stdout, "check-errors.sarif")
        try Validator.expectValidSARIF(result.stdout)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.count == RuleID.allCases.count && rules.allSatisfy { ($0["shortDescription"] as? [String: String])?["text"]?.isEmpty == false })
        let results = try #require(run["results"] as? [[String: Any]])
        let first = try #require(results.first { $0["ruleId"] as? String == "task-owner-unknown" })
        #expect(rules[first["ruleIndex"] as? Int ?? -1]["id"] as? String == "task-owner-unknown")
        // The validator is a real witness: it rejects a level SARIF does not have.
        #expect(throws: (any Error).self) { try Validator.expectValidSARIF(result.stdout.replacingOccurrences(of: "\"level\":\"error\"", with: "\"level\":\"fatal\"")) }
    }

    @Test func githubAndSarifPathsAreRelativeToTheRepositoryRoot() throws {
        let scratch = try Scratch()
        #expect(try CLI.run(["init", "records/team a"], in: scratch.path).status == 0)
        #expect(try Program.run("/usr/bin/git", ["init", "-q", scratch.path]).status == 0)
        let folder = scratch.path + "/records/team a/collaborations"
        let github = try CLI.run(["check", "--today", "2024-07-04", "--format", "github"], in: folder)
        #expect(github.stdout.contains("::warning file=records/team a/collaborations/new-product-page/tasks.yaml,line="))
        let sarif = try CLI.run(["check", "--today", "2024-07-04", "--format", "sarif"], in: folder)
        #expect(sarif.stdout.contains("\"uri\":\"records/team%20a/collaborations/new-product-page/tasks.yaml\""))
        let text = try CLI.run(["check", "--today", "2024-07-04"], in: folder)
        #expect(text.stdout.contains("\nnew-product-page/tasks.yaml:") || text.stdout.hasPrefix("new-product-page/tasks.yaml:"))
    }
}

/// Runs Support/validate.py, the independent reader of collab's machine formats.
enum Validator {
    struct TestCase: Decodable { var failure: String?; var out: String?; var file: String? }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Support/validate.py")

    struct Invalid: Error, CustomStringConvertible { var description: String }

    @discardableResult
    static func run(_ arguments: [String], document: String) throws -> Data {
        let scratch = try Scratch()
        try scratch.write("document", document)
        let result = try ChildProcess.run(["python3", script.path] + arguments.map { $0 == "DOCUMENT" ? scratch.file("document").path : $0 })
        guard result.status == 0 else { throw Invalid(description: result.stderr) }
        return Data(result.stdout.utf8)
    }

    static func expectValidSARIF(_ text: String) throws { try run(["sarif", "DOCUMENT"], document: text) }

    static func junit(_ text: String) throws -> [String: [String: TestCase]] {
        try JSONDecoder().decode([String: [String: TestCase]].self, from: try run(["junit", "DOCUMENT"], document: text))
    }
}
