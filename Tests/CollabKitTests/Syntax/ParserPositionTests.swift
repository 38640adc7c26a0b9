import Testing
@testable import CollabKit

/// Keys and values carry 1-based lines and columns counted in characters, not bytes.
struct ParserPositionTests {
    func root(_ text: String) throws -> Mapping {
        try #require(try YAMLParser.parse(text).root?.mapping)
    }

    @Test func keysAndValuesCarryLineAndColumn() throws {
        let mapping = try root("title: 数据同步\nstage: define\n")
        let stage = try #require(mapping.first("stage"))
        #expect(stage.key.range.start == SourceLocation(offset: 20, line: 2, column: 1))
        #expect(stage.value.range.start.line == 2)
        #expect(stage.value.range.start.column == 8)
    }

    @Test func chineseKeysAndValuesKeepColumnsInCharacters() throws {
        let document = try YAMLParser.parse("tasks:\n  - 标题: 市场部\n    负责人: 王经理\n")
        let tasks = try #require(document.root?.mapping?["tasks"]?.sequence)
        let task = try #require(tasks.items.first?.mapping)
        let owner = try #require(task.first("负责人"))
        #expect(owner.key.range.start.line == 3)
        #expect(owner.key.range.start.column == 5)
        #expect(owner.value.range.start.column == 10)
        #expect(owner.value.scalar?.text == "王经理")
    }

    @Test func aByteOrderMarkDoesNotShiftColumns() throws {
        let mapping = try #require(try YAMLParser.parse([0xEF, 0xBB, 0xBF] + Array("a: b\n".utf8)).root?.mapping)
        #expect(mapping.entries[0].key.range.start.column == 1)
        #expect(mapping.entries[0].value.range.start.column == 4)
    }

    @Test func crlfLineEndsAreNotPartOfValues() throws {
        let mapping = try root("a: 1\r\nb: |\r\n  x\r\n")
        #expect(mapping["a"]?.scalar?.text == "1")
        #expect(mapping["b"]?.scalar?.text == "x\n")
        #expect(mapping.first("b")?.key.range.start.line == 2)
    }

    @Test func literalBlocksKeepLinesAndChomping() throws {
        let mapping = try root("keep: |+\n  a\n\n  b\n\nstrip: |-\n  x\n\nclip: |\n  y\n")
        #expect(mapping["keep"]?.scalar?.text == "a\n\nb\n\n")
        #expect(mapping["strip"]?.scalar?.text == "x")
        #expect(mapping["clip"]?.scalar?.text == "y\n")
    }

    @Test func quotedScalarsResolveTheirEscapes() throws {
        let mapping = try root("a: 'it''s'\nb: \"tab\\there \\u4e2d \\\"q\\\"\"\n")
        #expect(mapping["a"]?.scalar?.text == "it's")
        #expect(mapping["b"]?.scalar?.text == "tab\there 中 \"q\"")
        #expect(mapping["b"]?.scalar?.style == .doubleQuoted)
    }

    @Test func flowSequencesAndEmptyValues() throws {
        let mapping = try root("a: [x, \"y z\", 'w']\nb:\nc: {}\nd: []\n")
        #expect(mapping["a"]?.sequence?.items.compactMap { $0.scalar?.text } == ["x", "y z", "w"])
        #expect(mapping["b"]?.isNull == true)
        #expect(mapping["c"]?.mapping?.entries.isEmpty == true)
        #expect(mapping["d"]?.sequence?.items.isEmpty == true)
    }

    @Test func sequencesMayStandAtTheKeysColumn() throws {
        let mapping = try root("list:\n- a\n- b\nnext: c\n")
        #expect(mapping["list"]?.sequence?.items.count == 2)
        #expect(mapping["next"]?.scalar?.text == "c")
    }

    @Test func commentsAreNotValues() throws {
        let mapping = try root("# head\na: b # note\nc: d#e\n")
        #expect(mapping["a"]?.scalar?.text == "b")
        #expect(mapping["c"]?.scalar?.text == "d#e")
    }
}
