import Testing
@testable import CollabKit

/// Members of collab.yaml's directory (SPEC §18): a name or `{name, email}`, read from the one
/// definition in RecordSchema by the decoder, the JSON Schema, diffs and merges.
struct DirectoryMemberTests {
    private func decode(_ members: String) throws -> (WorkspaceConfig, [Diagnostic]) {
        let text = "version: 1\ndepartments:\n  - id: tech\n    name: 技术部\n    members:\n" + members
        let workspace = Workspace.decode(root: "/nowhere", Array(text.utf8))
        return (workspace.config, workspace.diagnostics)
    }

    @Test func aMemberIsANameOrANameWithAnEmail() throws {
        let (config, findings) = try decode("      - 冯主管\n      - name: 陈工\n        email: chen@example.com\n")
        #expect(findings.isEmpty, "\(findings.map { $0.message.text(.en) })")
        let members = try #require(config.directory?["tech"]?.members)
        #expect(members.items.map(\.name.value) == ["冯主管", "陈工"])
        #expect(members.items.map { $0.email?.value } == [nil, "chen@example.com"])
        #expect(members.contains(name: "陈工") && !members.contains(name: "chen@example.com"))
    }

    @Test(arguments: [
        ("      - email: chen@example.com\n", "missing-key", 6, "'name' is missing"),
        ("      - name: 陈工\n        mail: chen@example.com\n", "unknown-key", 7, "unknown key 'mail' in a member"),
        ("      - name: 陈工\n        email: chen.example.com\n", "invalid-value", 7, "email 'chen.example.com' is not an email address"),
        ("      - name: 陈工\n        email: chen @example.com\n", "invalid-value", 7, "is not an email address"),
        ("      - [陈工]\n", "type", 6, "a member should be a mapping"),
    ])
    func aWrongMemberIsALocatedFinding(members: String, rule: String, line: Int, message: String) throws {
        let (_, findings) = try decode(members)
        #expect(findings.count == 1, "\(findings.map { $0.message.text(.en) })")
        #expect(findings.first?.rule.rawValue == rule)
        #expect(findings.first?.line == line)
        #expect(findings.first?.message.text(.en).contains(message) ?? false, "\(findings.map { $0.message.text(.en) })")
    }

    @Test func theJSONSchemaSaysOneOfANameOrAMappingWithARequiredName() throws {
        let schema = try #require(JSONSchemaWriter.render(kind: "collab"))
        let members = try #require(schema.range(of: "\"members\"").map { String(schema[$0.lowerBound...]) })
        #expect(members.contains("\"oneOf\""))
        #expect(members.contains("\"required\": [\"name\"]"))
        #expect(members.contains("\"email\""))
        #expect(RecordSchema.workspace.nested("departments").nested("members").bareItems)
        #expect(RecordSchema.workspace.nested("departments").nested("members").itemKey == "name")
    }

    @Test func anEmailIsTextOneAtTextWithoutSpaces() {
        #expect(Identifier.isEmail("chen@example.com"))
        #expect(!Identifier.isEmail("chen.example.com"))
        #expect(!Identifier.isEmail("@example.com"))
        #expect(!Identifier.isEmail("chen@"))
        #expect(!Identifier.isEmail("a@b@c"))
        #expect(!Identifier.isEmail("chen @example.com"))
    }
}
