import Testing
@testable import CollabKit

/// The record schema is the one definition the decoders, the edit paths and `collab schema`
/// read: required keys, numbered ids and the list at a file's top, checked here against
/// docs/reference.md's literal names.
struct RecordSchemaTests {
    @Test func requiredKeysAreTheSchemas() {
        #expect(RecordSchema.problem.requiredKeys == ["title", "stage", "opened"])
        #expect(RecordSchema.meeting.requiredKeys == ["topic", "date"])
        #expect(RecordSchema.workspace.requiredKeys == ["version"])
        #expect(RecordSchema.tasks.requiredKeys.isEmpty)
    }

    @Test func theDecoderReportsEachRequiredKeyInTheSchemasOrder() throws {
        let document = try YAMLParser.parse(Array("time: \"14:00\"\n".utf8))
        var decoder = RecordDecoder(file: "m.yaml", collaboration: nil)
        _ = MeetingRecord(name: "2024-06-15-kickoff", document, decoder: &decoder)
        #expect(decoder.diagnostics.map(\.rule) == [.missingKey, .missingKey])
        #expect(decoder.diagnostics.map { $0.message.text(.en) } == ["'topic' is missing", "'date' is missing"])
    }

    @Test func numberedIdsTakeTheirLetterFromTheSchema() throws {
        #expect(RecordSchema.meeting.nested("decisions").idPrefix == "D")
        #expect(RecordSchema.meeting.nested("actions").idPrefix == "A")
        #expect(Identifier.isNumberedID("D12", prefix: "D"))
        #expect(!Identifier.isNumberedID("D", prefix: "D"))
        #expect(!Identifier.isNumberedID("D1x", prefix: "D"))
        #expect(!Identifier.isNumberedID("A1", prefix: "D"))
        let document = try YAMLParser.parse(Array("topic: t\ndate: 2024-06-15\ndecisions:\n  - id: A1\n    text: x\nactions:\n  - id: A1\n    text: y\n".utf8))
        var decoder = RecordDecoder(file: "m.yaml", collaboration: nil)
        _ = MeetingRecord(name: "2024-06-15-kickoff", document, decoder: &decoder)
        #expect(decoder.diagnostics.map { $0.message.text(.en) } == ["decision id 'A1' must be D followed by digits: D1, D2, …"])
        #expect(decoder.diagnostics.first?.line == 4)
    }

    @Test func theJSONSchemaPatternOfAnIdFollowsItsPrefix() throws {
        let schema = try #require(JSONSchemaWriter.render(kind: "meeting"))
        #expect(schema.contains("\"pattern\": \"^D[0-9]+$\""))
        #expect(schema.contains("\"pattern\": \"^A[0-9]+$\""))
    }

    @Test func theListAtTheTopOfTasksIsTheFileItself() throws {
        #expect(RecordSchema.tasks.listAtTop == "tasks")
        #expect(RecordKind.allCases.filter { $0.schema.listAtTop != nil } == [.tasks])
        #expect(RecordPath.top(of: .tasks) == RecordPath(.tasks, [.key("tasks")]))
        #expect(RecordPath.top(of: .problem) == RecordPath(.problem))
        #expect(RecordPath.top(of: .tasks).appending(.item("T2", occurrence: 1)).appending(.key("due")).description == "tasks.T2.due")
        let root = try YAMLParser.parse(Array("tasks:\n  - id: T2\n    due: 2024-07-01\n".utf8)).root
        let parsed = try RecordPath.parse("tasks.T2.due", root: root)
        #expect(parsed.path.segments == [.key("tasks"), .item("T2", occurrence: 1), .key("due")])
        #expect(parsed.node?.scalar?.text == "2024-07-01")
    }

    @Test func fileKindsAreOneList() {
        #expect(RecordKind.allCases.map(\.name) == ["collab", "problem", "stakeholders", "tasks", "feedback", "meeting"])
        #expect(RecordKind.allCases.map(\.file) == ["collab.yaml", "problem.yaml", "stakeholders.yaml", "tasks.yaml", "feedback.yaml",
                                                    "meetings/YYYY-MM-DD-slug.yaml"])
        #expect(RecordFile.required.map(\.kind.name) == RecordFile.required.map(\.name))
        #expect(RecordFile.meeting("2024-06-15-kickoff").kind == .meeting)
    }
}
