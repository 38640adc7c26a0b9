import Foundation
import Testing

/// `--format json` of new, advance and meeting: the data an assistant's tools return.
@Suite struct ChangeJSONTests {
    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func newAdvanceAndMeetingPrintTheirResultsAsJSON() throws {
        let scratch = try Scratch.workspace()
        let created = try CLI.run(["new", "x1", "--title", "T", "--format", "json"], in: scratch.path)
        #expect(created.status == 0, "\(created.stderr)")
        let new = try Self.object(created.stdout)
        #expect(new["id"] as? String == "x1" && new["stage"] as? String == "define")
        #expect((new["files"] as? [String])?.contains("collaborations/x1/problem.yaml") == true)
        #expect(new["commit"] is NSNull)

        let refused = try CLI.run(["advance", "x1", "--format", "json"], in: scratch.path)
        #expect(refused.status == 1)
        let advance = try Self.object(refused.stdout)
        #expect(advance["result"] as? String == "refused" && advance["from"] as? String == "define" && advance["to"] as? String == "initiate")
        let findings = try #require(advance["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "problem-incomplete" && $0["line"] is Int && $0["file"] as? String == "collaborations/x1/problem.yaml" })

        let held = try CLI.run(["advance", "q3-data-sync", "--dry-run", "--format", "json"], in: scratch.path)
        if held.status == 0 { #expect(try Self.object(held.stdout)["result"] as? String == "dry_run") }

        let meeting = try CLI.run(["meeting", "x1", "--topic", "Hi", "--date", "2024-10-08", "--slug", "plan", "--format", "json"], in: scratch.path)
        #expect(meeting.status == 0 && meeting.stderr.isEmpty, "\(meeting.stderr)")
        let minutes = try Self.object(meeting.stdout)
        #expect(minutes["file"] as? String == "collaborations/x1/meetings/2024-10-08-plan.yaml")
        #expect(minutes["date"] as? String == "2024-10-08" && minutes["slug"] as? String == "plan")
        #expect((minutes["missing"] as? [[String: Any]])?.contains { $0["rule"] as? String == "meeting-incomplete" } == true)
    }
}
