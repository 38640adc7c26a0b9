import Foundation
import Testing
@testable import CollabKit

/// Over every template file and every accepted yaml-test-suite case: an edit changes only
/// the bytes of the edited value, and fmt is idempotent and keeps the data.
struct EditAndFormatPropertyTests {
    func lookup(_ node: Node?, _ path: [String]) -> Scalar? {
        var current = node
        for key in path { current = current?.mapping?.first(key)?.value }
        return current?.scalar
    }

    /// `bytes` with the value at the mapping keys `path` set to `value`, as `collab set` sets it.
    func setting(_ path: [String], to value: String, in bytes: [UInt8]) throws -> [UInt8] {
        var editor = RecordEditor(bytes, file: .problem)
        try editor.set(RecordPath(.problem, path.map { .key($0) }), to: .text(value))
        return editor.bytes
    }

    @Test func anEditChangesOnlyTheBytesOfTheEditedValue() throws {
        var edits = 0
        for sample in try SampleFiles.all() {
            let document = try YAMLParser.parse(sample.bytes)
            for path in SampleFiles.scalarPaths(document.root) {
                let before = try #require(lookup(document.root, path))
                let edited = try setting(path, to: "新值: it's #1", in: sample.bytes)
                let after = try YAMLParser.parse(edited)
                #expect(lookup(after.root, path)?.text == "新值: it's #1", "\(sample.name) \(path)")
                let start = before.range.start.offset
                let tail = sample.bytes.count - before.range.end.offset
                #expect(Array(edited[..<start]) == Array(sample.bytes[..<start]), "\(sample.name) \(path): bytes before changed")
                #expect(Array(edited.suffix(tail)) == Array(sample.bytes.suffix(tail)), "\(sample.name) \(path): bytes after changed")
                var expected = after
                expected.root = document.root
                #expect(SampleFiles.data(replacing(path, in: document.root, with: "新值: it's #1")) == SampleFiles.data(after.root),
                        "\(sample.name) \(path): other values changed")
                edits += 1
            }
        }
        #expect(edits > 100)
    }

    /// The data of `node` with the scalar at `path` replaced.
    func replacing(_ path: [String], in node: Node?, with text: String) -> Node? {
        guard let node, let key = path.first, case .mapping(var mapping) = node,
              let index = mapping.entries.firstIndex(where: { $0.key.text == key }) else {
            if path.isEmpty, case .scalar(var scalar)? = node { scalar.text = text; scalar.style = .doubleQuoted; return .scalar(scalar) }
            return node
        }
        mapping.entries[index].value = replacing(Array(path.dropFirst()), in: mapping.entries[index].value, with: text) ?? mapping.entries[index].value
        return .mapping(mapping)
    }

    /// Found by scripts/fuzz (edit): a key set in a file of nothing but `... # comment` went
    /// after the document end marker, and the file no longer parsed.
    @Test func aKeyAddedToAnEmptyDocumentGoesBeforeItsEndMarker() throws {
        let edited = try setting(["title"], to: "新标题", in: Array("# 头\n... # 尾\n".utf8))
        #expect(String(decoding: edited, as: UTF8.self) == "# 头\ntitle: 新标题\n... # 尾\n")
        #expect(throws: Never.self) { try YAMLParser.parse(edited) }
    }

    /// Found by scripts/fuzz (edit): U+FFFF (and U+FFFE) were written raw, which YAML does not
    /// allow; they are escaped, and the value reads back.
    @Test func aNoncharacterIsWrittenAsAnEscape() throws {
        let edited = try setting(["title"], to: "a\u{FFFF}b\u{FFFE}", in: Array("title: x\n".utf8))
        #expect(String(decoding: edited, as: UTF8.self) == "title: \"a\\uffffb\\ufffe\"\n")
        #expect(lookup(try YAMLParser.parse(edited).root, ["title"])?.text == "a\u{FFFF}b\u{FFFE}")
    }

    @Test func anEditKeepsCRLFLineEndsAndInsertsMissingKeys() throws {
        let original = Array("# 注释\r\ntitle: 'old'  # keep\r\ngoal:\r\n  metric: x\r\n".utf8)
        let retitled = try setting(["title"], to: "new", in: original)
        #expect(String(decoding: retitled, as: UTF8.self) == "# 注释\r\ntitle: 'new'  # keep\r\ngoal:\r\n  metric: x\r\n")
        let inserted = try setting(["goal", "due"], to: "2024-10-20", in: original)
        #expect(String(decoding: inserted, as: UTF8.self) == "# 注释\r\ntitle: 'old'  # keep\r\ngoal:\r\n  metric: x\r\n  due: 2024-10-20\r\n")
        let appended = try setting(["stage"], to: "plan", in: Array("title: x".utf8))
        #expect(String(decoding: appended, as: UTF8.self) == "title: x\nstage: plan\n")
    }

    @Test func formatIsIdempotentAndKeepsTheData() throws {
        var formatted = 0
        for sample in try SampleFiles.all() {
            let output = try Formatter.format(sample.bytes)
            #expect(try Formatter.format(output) == output, "\(sample.name): not idempotent")
            #expect(SampleFiles.data(try YAMLParser.parse(output).root) == SampleFiles.data(try YAMLParser.parse(sample.bytes).root),
                    "\(sample.name): data changed")
            let text = String(decoding: output, as: UTF8.self)
            #expect(!text.contains(" \n") && !text.contains("\t\n"), "\(sample.name): trailing spaces")
            #expect(text.isEmpty || (text.hasSuffix("\n") && !text.hasSuffix("\n\n")), "\(sample.name): not one final newline")
            formatted += 1
        }
        #expect(formatted > 95)
    }

    @Test func aQuestionMarkInsideBracketsIsQuoted() throws {
        let output = String(decoding: try Formatter.format(Array("a: [\"x?\", \"yz\"]\n".utf8)), as: UTF8.self)
        #expect(output == "a: ['x?', yz]\n", "PyYAML ends a plain value inside [ ] at '?'")
    }

    /// Found by PyYAMLDifferentialTests: fmt wrote `['，逗号']` as `[，逗号]`, which collab
    /// itself then refused (a full-width comma in a list reads as a mistyped separator).
    @Test func aFullWidthCommaInsideBracketsStaysQuoted() throws {
        let output = String(decoding: try Formatter.format(Array("a: ['，逗号', \"b，c\"]\n".utf8)), as: UTF8.self)
        #expect(output == "a: ['，逗号', 'b，c']\n")
        #expect(throws: Never.self) { try YAMLParser.parse(Array(output.utf8)) }
    }

    /// Found by scripts/fuzz (fmt): a key starting with a combining mark (U+065E) under a `- `
    /// lost the mark, which had joined the indentation's last space into one character.
    @Test func aKeyStartingWithACombiningMarkKeepsItUnderADash() throws {
        let output = String(decoding: try Formatter.format(Array("-   \u{65E}one: two\n    b: c\n".utf8)), as: UTF8.self)
        #expect(output == "- \u{65E}one: two\n  b: c\n")
    }

    /// Found by scripts/fuzz (fmt): a comment after a literal block, left of its text, kept
    /// its column while the block was indented anew, and so became part of the text.
    @Test func aCommentAfterALiteralBlockStaysAComment() throws {
        let input = "--- |\n   9  text\n\n  # 注释\n"
        let output = try Formatter.format(Array(input.utf8))
        #expect(String(decoding: output, as: UTF8.self) == "---\n|\n  9  text\n\n # 注释\n")
        #expect(NodeJSON.render(try YAMLParser.parse(output)) == NodeJSON.render(try YAMLParser.parse(Array(input.utf8))))
    }

    /// Found by scripts/fuzz (fmt, edit): a combining mark joined the `'`, `，`, `:` or space
    /// before it into one character, which hid it from checks made on characters: `'` went
    /// unescaped, `，` and `: ` unquoted. Each text below is written so that it reads back.
    @Test(arguments: [":a'\u{65E} ~", "x，\u{59C}y", "a: \u{301}b", "a #\u{301}", "---\u{301}"])
    func aCombiningMarkHidesNoIndicator(_ text: String) throws {
        for written in [ScalarRenderer.render(text), ScalarRenderer.singleQuoted(text)] {
            let document = try YAMLParser.parse(Array("a: \(written)\n".utf8))
            #expect(lookup(document.root, ["a"])?.text == text, "\(written)")
        }
        let list = try YAMLParser.parse(Array("a: \(EditValue.list([text, "b"]).rendered())\n".utf8))
        #expect(list.root?.mapping?["a"]?.sequence?.items.first?.scalar?.text == text)
        let formatted = try Formatter.format(Array("- \(ScalarRenderer.singleQuoted(text))\n".utf8))
        #expect(try YAMLParser.parse(formatted).root?.sequence?.items.first?.scalar?.text == text)
    }

    /// Found by scripts/fuzz (fmt): a literal block whose text starts with a space and a
    /// combining mark lost its indentation indicator, so it read back otherwise.
    @Test func aLiteralStartingWithASpaceAndACombiningMarkKeepsItsIndicator() throws {
        let input = Array("a: |2-\n   \u{65E}p and c\n".utf8)
        let output = try Formatter.format(input)
        #expect(String(decoding: output, as: UTF8.self) == "a: |2-\n   \u{65E}p and c\n")
        #expect(NodeJSON.render(try YAMLParser.parse(output)) == NodeJSON.render(try YAMLParser.parse(input)))
        #expect(try Formatter.format(output) == output)
    }

    @Test func formatKeepsCommentsAndBlankLines() throws {
        let input = "# 头\ntitle:   \"数据\"   # 尾\n\n\n# 段\nlist:\n- a\n-   'b c'\n"
        let output = String(decoding: try Formatter.format(Array(input.utf8)), as: UTF8.self)
        #expect(output == "# 头\ntitle: 数据 # 尾\n\n# 段\nlist:\n  - a\n  - b c\n")
    }

    @Test func theTemplateIsAlreadyFormatted() throws {
        for bytes in try RobustnessTests.templateFiles() {
            #expect(try Formatter.format(bytes) == bytes, "\(String(decoding: bytes.prefix(80), as: UTF8.self))")
        }
    }

    /// PyYAML reads from every formatted file exactly what collab reads: with BaseLoader
    /// (no implicit types) and with SafeLoader (YAML 1.1's booleans, numbers, dates).
    @Test(arguments: [false, true])
    func pyYAMLReadsTheSameDataFromFormattedFilesAsCollab(safeLoader: Bool) throws {
        let folder = try TemporaryFolder()
        var names: [String] = []
        var expected: [String] = []
        for (index, sample) in try SampleFiles.all().enumerated() {
            let output = try Formatter.format(sample.bytes)
            let file = try folder.write("f\(index).yaml", Data(output))
            names.append(file.path)
            expected.append(NodeJSON.render(try YAMLParser.parse(output)))
        }
        let lines = try Self.pyYAML(names, safe: safeLoader)
        try #require(lines.count >= expected.count)
        for index in expected.indices {
            let theirs = try JSONSerialization.jsonObject(with: Data(lines[index].utf8), options: [.fragmentsAllowed]) as? NSObject
            let ours = try JSONSerialization.jsonObject(with: Data(expected[index].utf8), options: [.fragmentsAllowed]) as? NSObject
            #expect(theirs == ours, "\(names[index]): PyYAML \(lines[index]) vs collab \(expected[index])")
        }
    }

    /// The trap file itself, unformatted, is read differently by SafeLoader: the test above
    /// would fail if fmt left its values as they are.
    @Test func theTrapsAreTrapsBeforeFormatting() throws {
        let folder = try TemporaryFolder()
        let traps = try Data(contentsOf: TestPaths.fixtures.appendingPathComponent("yaml11-traps.yaml"))
        let file = try folder.write("traps.yaml", traps)
        let plainNo = try folder.write("no.yaml", "deliverable: no\n")
        let lines = try Self.pyYAML([file.path, plainNo.path], safe: true)
        #expect(lines[0] != NodeJSON.render(try YAMLParser.parse([UInt8](traps))))
        #expect(lines[1] == "{\"deliverable\": \"False\"}")
    }

    static func pyYAML(_ files: [String], safe: Bool) throws -> [Substring] {
        let helper = TestPaths.testsFolder.appendingPathComponent("Support/pyyaml-load.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", helper.path] + (safe ? ["--safe"] : []) + files
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "the PyYAML helper failed; install PyYAML (pip install PyYAML)")
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    }
}
