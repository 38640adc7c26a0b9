import Testing
@testable import CollabKit

/// Every way out of the subset is a diagnostic with a rule, a position and a hint a person
/// can act on.
struct ParserErrorTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        var input: String
        var kind: SyntaxError.Kind
        var line: Int
        var column: Int
        var hint: String

        var testDescription: String { input.debugDescription }
    }

    static let expectations: [Expectation] = [
        .init(input: "a: b: c\n", kind: .syntax, line: 1, column: 5, hint: "quote this value"),
        .init(input: "标题：数据\nstage: define\n", kind: .syntax, line: 1, column: 3, hint: "full-width colon"),
        .init(input: "title: x\n标题：数据\n", kind: .syntax, line: 2, column: 3, hint: "full-width colon"),
        .init(input: "a: 1\nb:2\n", kind: .syntax, line: 2, column: 2, hint: "put a space after ':'"),
        .init(input: "a:\n\tb: 1\n", kind: .syntax, line: 2, column: 1, hint: "tab in the indentation"),
        .init(input: "a: \"open\n", kind: .syntax, line: 1, column: 4, hint: "unclosed quote"),
        .init(input: "a: \"bad \\q\"\n", kind: .syntax, line: 1, column: 9, hint: "bad escape"),
        .init(input: "a: \"x\" y\n", kind: .syntax, line: 1, column: 8, hint: "text after the closing quote"),
        .init(input: "a: 1\n  b: 2\n", kind: .syntax, line: 2, column: 3, hint: "indentation"),
        .init(input: "a: &x 1\n", kind: .unsupported, line: 1, column: 4, hint: "anchors"),
        .init(input: "a: *x\n", kind: .unsupported, line: 1, column: 4, hint: "aliases"),
        .init(input: "a: !!str 1\n", kind: .unsupported, line: 1, column: 4, hint: "tags"),
        .init(input: "%YAML 1.2\n---\na: 1\n", kind: .unsupported, line: 1, column: 1, hint: "directives"),
        .init(input: "? a\n: b\n", kind: .unsupported, line: 1, column: 1, hint: "complex keys"),
        .init(input: "a: >\n  folded\n", kind: .unsupported, line: 1, column: 4, hint: "folded"),
        .init(input: "a: one\n  two\n", kind: .unsupported, line: 2, column: 3, hint: "cannot continue"),
        .init(input: "a: {b: c}\n", kind: .unsupported, line: 1, column: 4, hint: "flow mappings"),
        .init(input: "a: 1\n---\nb: 2\n", kind: .unsupported, line: 2, column: 1, hint: "several documents"),
        .init(input: "\"a\": 1\n", kind: .unsupported, line: 1, column: 1, hint: "quoted keys"),
        // Found by scripts/fuzz (fmt against PyYAML): a key cannot be quoted, so one that a YAML
        // 1.1 reader reads as something else is refused.
        .init(input: "a: 1\nno: 2\n", kind: .unsupported, line: 2, column: 1, hint: "reads as something else in YAML 1.1"),
        .init(input: "tasks:\n  - a\tb: x\n", kind: .unsupported, line: 2, column: 5, hint: "reads as something else in YAML 1.1"),
        .init(input: "010: x\n", kind: .unsupported, line: 1, column: 1, hint: "reads as something else in YAML 1.1"),
        // Found by scripts/fuzz (fmt): an indented key starting with '---' became a document
        // marker once fmt wrote it at the start of its line.
        .init(input: "a:\n  --- x:\n", kind: .unsupported, line: 2, column: 3, hint: "starts like a document marker"),
        .init(input: "a: [1, [2]]\n", kind: .unsupported, line: 1, column: 8, hint: "nested"),
        .init(input: "a: \"x\n  y\"\n", kind: .unsupported, line: 1, column: 4, hint: "end on the line"),
        .init(input: "a: \u{7}\n", kind: .syntax, line: 1, column: 4, hint: "control character"),
        .init(input: "depends_on: [T1，T2]\n", kind: .syntax, line: 1, column: 16, hint: "full-width comma"),
        .init(input: "tasks:\n  - id: T1\n  \u{3000}title: x\n", kind: .syntax, line: 3, column: 3, hint: "full-width space"),
        .init(input: "a: 1\n\u{3000}b: 2\n", kind: .syntax, line: 2, column: 1, hint: "full-width space"),
        .init(input: "tasks:\n<<<<<<< HEAD\n  - id: T1\n=======\n  - id: T2\n>>>>>>> theirs\n", kind: .syntax,
              line: 2, column: 1, hint: "unresolved merge conflict"),
        .init(input: "a: 1\n=======\nb: 2\n>>>>>>> feature\n", kind: .syntax, line: 2, column: 1,
              hint: "unresolved merge conflict"),
    ]

    @Test(arguments: expectations)
    func outsideTheSubsetIsADiagnosticWithAHint(_ expectation: Expectation) {
        do {
            let document = try YAMLParser.parse(expectation.input)
            Issue.record("accepted: \(EventPrinter.events(document))")
        } catch {
            #expect(error.kind == expectation.kind, "\(error)")
            #expect(error.location.line == expectation.line, "\(error)")
            #expect(error.location.column == expectation.column, "\(error)")
            #expect(error.message.text(.en).contains(expectation.hint), "\(error)")
            #expect(error.message.isBilingual, "\(error.message.text(.zh))")
        }
    }

    @Test func invalidUTF8IsAnEncodingError() {
        #expect(throws: SyntaxError(.encoding, .invalidUTF8("FF"),
                                    at: SourceLocation(offset: 8, line: 2, column: 4))) {
            try YAMLParser.parse(Array("a: 1\nb: ".utf8) + [0xFF, 0x0A])
        }
    }

    @Test func utf16IsAnEncodingError() {
        #expect(throws: SyntaxError.self) { try YAMLParser.parse([0xFF, 0xFE, 0x61, 0x00]) }
    }

    @Test func filesOverOneMebibyteAreRejected() {
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: YAMLParser.maxFileSize + 1)
        #expect(throws: SyntaxError.self) { try YAMLParser.parse(big) }
    }

    @Test func nestingDeeperThan32LevelsIsRejectedNotACrash() throws {
        var text = ""
        for level in 0..<40 { text += String(repeating: " ", count: level) + "k\(level):\n" }
        do {
            _ = try YAMLParser.parse(text)
            Issue.record("accepted 40 levels")
        } catch {
            #expect(error.kind == .unsupported)
            #expect(error.message.text(.en).contains("32"))
        }
        let deepList = String(repeating: "- ", count: 10_000) + "x\n"
        #expect(throws: SyntaxError.self) { try YAMLParser.parse(deepList) }
    }

    @Test func thirtyTwoLevelsAreAccepted() throws {
        var text = ""
        for level in 0..<31 { text += String(repeating: " ", count: level) + "k\(level):\n" }
        text += String(repeating: " ", count: 31) + "leaf: x\n"
        #expect(throws: Never.self) { try YAMLParser.parse(text) }
    }
}
