import Foundation
import Testing

/// What collab accepts and writes means the same to every YAML reader (docs/reference.md §5),
/// checked on the real binary.
struct YAMLReadersAgreeTests {
    @Test func fmtQuotesWhatYAML11WouldReadAsSomethingElse() throws {
        let workspace = try Scratch.workspace()
        let file = "collaborations/new-product-page/tasks.yaml"
        var text = try workspace.read(file)
        text = text.replacingOccurrences(of: "deliverable: 活动素材包", with: "deliverable: no")
        text = text.replacingOccurrences(of: "depends_on: [T1, T2]", with: "depends_on: [T1, T2, \"x?\"]")
        text = text.replacingOccurrences(of: "deliverable: 开发排期表", with: "deliverable: 14:00")
        try workspace.write(file, text)
        let result = try CLI.run(["fmt"], in: workspace.path)
        #expect(result.status == 0, "\(result.stderr)")
        let formatted = try workspace.read(file)
        #expect(formatted.contains("deliverable: 'no'\n"))
        #expect(formatted.contains("deliverable: '14:00'\n"))
        #expect(formatted.contains("depends_on: [T1, T2, 'x?']\n"))
        #expect(formatted.contains("due: 2024-07-05\n"), "dates stay plain")
    }

    @Test func aQuotedColonInsideBracketsReadsTheSameUnderADashAsUnderAKey() throws {
        let scratch = try Scratch()
        try scratch.write("a.yaml", "- ['x: y']\n")
        try scratch.write("b.yaml", "a: ['x: y']\n")
        let dash = try CLI.run(["parse", "a.yaml", "--format", "json"], in: scratch.path)
        let key = try CLI.run(["parse", "b.yaml", "--format", "json"], in: scratch.path)
        #expect(dash.status == 0, "\(dash.stderr)")
        #expect(dash.stdout == "[[\"x: y\"]]\n")
        #expect(key.stdout == "{\"a\":[\"x: y\"]}\n")
    }

    @Test(arguments: ["\u{2028}", "\u{2029}", "\u{85}"])
    func lineBreaksOnlyYAML11SeesAreRejected(_ character: String) throws {
        let scratch = try Scratch()
        try scratch.write("a.yaml", "note: 初稿\(character)已完成 # 备注\n")
        let result = try CLI.run(["parse", "a.yaml"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("a.yaml:1:9: error: character U+"), "\(result.stderr)")
        #expect(result.stderr.contains("[syntax]"))
    }
}
