import Foundation
import Testing

/// `collab parse`: the plumbing view of the YAML subset.
struct ParseCommandTests {
    @Test func eventsFollowTheYAMLTestSuiteFormat() throws {
        let scratch = try Scratch()
        try scratch.write("a.yaml", "---\n标题: \"数据\\t同步\"\n列表: [a, 'b c']\n说明: |\n  第一行\n")
        let result = try CLI.run(["parse", "a.yaml"], in: scratch.path)
        #expect(result.status == 0)
        #expect(result.stdout == """
        +STR
        +DOC ---
        +MAP
        =VAL :标题
        =VAL "数据\\t同步
        =VAL :列表
        +SEQ []
        =VAL :a
        =VAL 'b c
        -SEQ
        =VAL :说明
        =VAL |第一行\\n
        -MAP
        -DOC
        -STR

        """)
    }

    @Test func jsonHasEveryScalarAsAString() throws {
        let scratch = try Scratch()
        try scratch.write("a.yaml", "version: 1\nflags: [true, 3.5]\nempty:\n")
        let result = try CLI.run(["parse", "a.yaml", "--format", "json"], in: scratch.path)
        #expect(result.stdout == "{\"version\":\"1\",\"flags\":[\"true\",\"3.5\"],\"empty\":\"\"}\n")
    }

    @Test func outsideTheSubsetExitsOneWithTheDiagnosticOnStderr() throws {
        let scratch = try Scratch()
        try scratch.write("a.yaml", "a: &anchor 1\n")
        let result = try CLI.run(["parse", "a.yaml"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "a.yaml:1:4: error: anchors ('&') are not supported; repeat the value instead [unsupported-yaml]\n")
    }

    @Test func aMissingFileExitsTwo() throws {
        let scratch = try Scratch()
        let result = try CLI.run(["parse", "nope.yaml"], in: scratch.path)
        #expect(result.status == 2)
        #expect(result.stderr == "collab: error: nope.yaml: no such file\n")
    }
}
