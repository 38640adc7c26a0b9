import Foundation
import Testing

/// `collab schema`: JSON Schemas that accept the template files and reject, as `collab
/// check` does, what the validator rejects.
struct SchemaCommandTests {
    static let kinds = ["collab", "problem", "stakeholders", "tasks", "feedback", "meeting"]

    /// Every YAML file of an initialised workspace, by kind.
    static func files(of kind: String, in workspace: Scratch) throws -> [String] {
        if kind == "collab" { return [workspace.file("collab.yaml").path] }
        if kind == "meeting" {
            return ["collaborations/new-product-page/meetings/2024-06-15-kickoff.yaml", "collaborations/q3-data-sync/meetings/2024-10-08-plan.yaml",
                    "templates/collaboration/meetings/meeting.yaml"].map { workspace.file($0).path }
        }
        return ["collaborations/new-product-page", "collaborations/q3-data-sync", "templates/collaboration"]
            .map { workspace.file("\($0)/\(kind).yaml").path }
    }

    @Test(arguments: kinds)
    func theSchemaAcceptsEveryTemplateFileOfItsKind(_ kind: String) throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["schema", kind], in: workspace.path)
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(result.stdout == (try workspace.read("schemas/\(kind).schema.json")))  // what init wrote
        try Validator.run(["schema", "DOCUMENT"] + (try Self.files(of: kind, in: workspace)), document: result.stdout)
    }

    @Test func tasksSchemaMatchesItsGoldenFile() throws {
        let workspace = try Scratch.workspace()
        try CLI.expectGolden(try CLI.run(["schema", "tasks"], in: workspace.path).stdout, "schema-tasks.json")
    }

    /// The same mistakes, seen by the JSON Schema (as an editor would) and by collab check.
    @Test(arguments: [
        ("problem", "stage: execute", "stage: exectue", "invalid-value"),
        ("problem", "opened: 2024-06-15", "opened: 2024-6-15", "invalid-date"),
        ("problem", "phenomenon: ", "phenomenom: 数据延迟\nphenomenon: ", "unknown-key"),
        ("tasks", "    status: done", "    status: [done]", "type"),
        ("tasks", "  - id: T1", "  - id: 1T", "invalid-value"),
        ("stakeholders", "cadence: daily", "cadence: hourly", "invalid-value"),
        ("feedback", "(验证阶段填写).", "(验证阶段填写).\nverificaton:\n  conclusion: resolved", "unknown-key"),
        ("feedback", "(验证阶段填写).", "(验证阶段填写).\nverification: yes", "type"),
        ("collab", "version: 1", "version: 2", "invalid-value"),
        ("meeting", "    status: done", "    status: 已完成", "invalid-value"),
        ("meeting", "  - id: A4", "  - id: 4", "invalid-value"),
        ("meeting", "distributed: 2024-06-15", "distributed: 2024-6-15", "invalid-date"),
        ("meeting", "acknowledged: [product, tech, marketing]", "acknowledged: product", "type"),
    ])
    func aMistakeIsRejectedByTheSchemaAndByCheck(_ kind: String, _ original: String, _ replacement: String, _ rule: String) throws {
        let workspace = try Scratch.workspace()
        let relative = kind == "collab" ? "collab.yaml"
            : kind == "meeting" ? "collaborations/new-product-page/meetings/2024-06-15-kickoff.yaml" : "collaborations/new-product-page/\(kind).yaml"
        let text = try workspace.read(relative)
        #expect(text.contains(original))
        try workspace.write(relative, text.replacingOccurrences(of: original, with: replacement))
        let schema = try workspace.read("schemas/\(kind).schema.json")
        #expect(throws: Validator.Invalid.self) { try Validator.run(["schema", "DOCUMENT", workspace.file(relative).path], document: schema) }
        let check = try CLI.run(["check", "--today", "2024-07-04"], in: workspace.path)
        #expect(check.stdout.contains("[\(rule)]"), "\(check.stdout)")
    }

    @Test func everyTemplateFilePointsEditorsAtAnExistingSchema() throws {
        let workspace = try Scratch.workspace()
        let enumerator = try #require(FileManager.default.enumerator(atPath: workspace.path))
        var count = 0
        for case let relative as String in enumerator where relative.hasSuffix(".yaml") {
            let first = try workspace.read(relative).split(separator: "\n").first.map(String.init) ?? ""
            let prefix = "# yaml-language-server: $schema="
            #expect(first.hasPrefix(prefix), "\(relative)")
            let target = workspace.file(relative).deletingLastPathComponent().appendingPathComponent(String(first.dropFirst(prefix.count)))
            #expect(FileManager.default.fileExists(atPath: target.standardizedFileURL.path), "\(relative) → \(target.path)")
            count += 1
        }
        #expect(count == 16)
        let new = try CLI.run(["new", "fresh", "--title", "新协作"], in: workspace.path)
        #expect(new.status == 0)
        #expect(try workspace.read("collaborations/fresh/tasks.yaml").hasPrefix("# yaml-language-server: $schema=../../schemas/tasks.schema.json\n"))
    }

    @Test func unknownKindsAndWriteAreHandled() throws {
        let workspace = try Scratch.workspace()
        let unknown = try CLI.run(["schema", "taks"], in: workspace.path)
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown file kind 'taks'"))
        try FileManager.default.removeItem(at: workspace.file("schemas"))
        let write = try CLI.run(["schema", "--write"], in: workspace.path)
        #expect(write.status == 0 && write.stdout.contains("wrote schemas/tasks.schema.json"))
        #expect(try workspace.read("schemas/tasks.schema.json") == (try CLI.run(["schema", "tasks"], in: workspace.path).stdout))
        let list = try CLI.run(["schema"], in: workspace.path)
        #expect(list.stdout.split(separator: "\n").count == 6)
    }
}
