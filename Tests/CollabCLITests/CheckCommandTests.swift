import Foundation
import Testing

/// `collab check` end to end: outputs, exit codes and bad input.
struct CheckCommandTests {
    @Test func textOutputOfTheTemplateMatchesItsGoldenFile() throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["check", "--today", "2024-07-04"], in: workspace.path)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        try CLI.expectGolden(result.stdout, "check-template.txt")
    }

    @Test func jsonOutputOfTheTemplateMatchesItsGoldenFileAndTheSpecShape() throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["check", "--today", "2024-07-04", "--format", "json"], in: workspace.path)
        #expect(result.status == 0)
        try CLI.expectGolden(result.stdout, "check-template.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["version", "diagnostics", "summary"])
        #expect(json["version"] as? Int == 1)
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(!diagnostics.isEmpty)
        for diagnostic in diagnostics {
            #expect(Set(diagnostic.keys) == ["file", "line", "column", "severity", "rule", "message", "collaboration"])
            #expect(diagnostic["line"] is Int && diagnostic["column"] is Int)
        }
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary == ["collaborations": 2, "errors": 0, "warnings": 2, "notices": 1])
    }

    @Test func todayComesFromCollabTodayWhenNotGiven() throws {
        let workspace = try Scratch.workspace()
        let flag = try CLI.run(["check", "--today", "2024-07-04"], in: workspace.path)
        let variable = try CLI.run(["check"], in: workspace.path, environment: ["COLLAB_TODAY": "2024-07-04"])
        #expect(flag.stdout == variable.stdout)
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let workspace = try Scratch.workspace()
        #expect(try CLI.run(["check", "--today", "2024-07-04"], in: workspace.path).status == 0)
        #expect(try CLI.run(["check", "--today", "2024-07-04", "--strict"], in: workspace.path).status == 1)
        #expect(try CLI.run(["check", "q3-data-sync", "--strict"], in: workspace.path).status == 0)
    }

    @Test func aSyntaxErrorIsReportedAndTheRestIsStillChecked() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("collaborations/q3-data-sync/tasks.yaml", "tasks:\n  - id: T1\n    title: 原因: 未知\n")
        try workspace.write("collaborations/new-product-page/stakeholders.yaml", "lead: product\nchannel: 群\ncadance: daily\n")
        let result = try CLI.run(["check", "--today", "2024-07-04"], in: workspace.path)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("collaborations/q3-data-sync/tasks.yaml:3:14: error: quote this value: it contains ': ' [syntax]"))
        #expect(lines.contains("collaborations/new-product-page/stakeholders.yaml:3:1: error: unknown key 'cadance' in the file; did you mean 'cadence'? [unknown-key]"))
        #expect(!lines.contains { $0.contains("q3-data-sync/tasks.yaml") && !$0.contains("[syntax]") })
    }

    @Test func pathsAreRelativeToTheCurrentFolder() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("collaborations/q3-data-sync/problem.yaml", "title: x\nstage: clossed\nopened: 2024-01-01\n")
        let result = try CLI.run(["check", "q3-data-sync"], in: workspace.path + "/collaborations/q3-data-sync")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("problem.yaml:2:8: error: stage 'clossed' is not one of define, initiate, plan, execute, verify, closed; did you mean 'closed'? [invalid-value]\n"))
    }

    @Test func anUnknownCollaborationIsAUsageOrEnvironmentError() throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["check", "nope"], in: workspace.path)
        #expect(result.status == 2)
        #expect(result.stderr == "collab: error: no collaboration 'nope' in this workspace (looked for collaborations/nope/)\n")
    }

    @Test func hostileFilesAreDiagnosticsNotCrashes() throws {
        let workspace = try Scratch.workspace()
        var noise = Data("title: ".utf8)
        for index in 0..<5000 { noise.append(UInt8(0x80 + index % 0x80)) }
        try workspace.write("collaborations/q3-data-sync/problem.yaml", noise)
        try workspace.write("collaborations/q3-data-sync/tasks.yaml", String(repeating: "a", count: 2 << 20))
        try workspace.write("collaborations/q3-data-sync/feedback.yaml", String(repeating: "- ", count: 50_000) + "x\n")
        let deep = (0..<200).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined()
        try workspace.write("collaborations/new-product-page/feedback.yaml", deep)
        try workspace.write("collaborations/new-product-page/tasks.yaml", "tasks:\n  - id: \"T1")
        let result = try CLI.run(["check"], in: workspace.path)
        CLI.expectNoCrash(result)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("collaborations/q3-data-sync/problem.yaml:1:") && $0.hasSuffix("[encoding]") })
        #expect(lines.contains { $0.hasPrefix("collaborations/q3-data-sync/tasks.yaml:1:1:") && $0.contains("larger than 1 MiB") })
        #expect(lines.contains { $0.hasPrefix("collaborations/q3-data-sync/feedback.yaml:1:") && $0.contains("32 levels") })
        #expect(lines.contains { $0.hasPrefix("collaborations/new-product-page/feedback.yaml:") && $0.contains("32 levels") })
        #expect(lines.contains { $0.hasPrefix("collaborations/new-product-page/tasks.yaml:2:9:") && $0.contains("unclosed quote") })
    }

    @Test func aMissingFileAndAnUnreadableOne() throws {
        let workspace = try Scratch.workspace()
        try FileManager.default.removeItem(at: workspace.file("collaborations/q3-data-sync/feedback.yaml"))
        let missing = try CLI.run(["check", "q3-data-sync"], in: workspace.path)
        #expect(missing.status == 1)
        #expect(missing.stdout.hasPrefix("collaborations/q3-data-sync/feedback.yaml:1:1: error: feedback.yaml is missing"))
        try FileManager.default.createDirectory(at: workspace.file("collaborations/q3-data-sync/feedback.yaml"), withIntermediateDirectories: true)
        let unreadable = try CLI.run(["check", "q3-data-sync"], in: workspace.path)
        #expect(unreadable.status == 2)
        #expect(unreadable.stderr.contains("feedback.yaml: is a directory, not a file"))
    }
}
