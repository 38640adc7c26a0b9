import Foundation
import Testing

/// A clean merge by `collab merge-driver` means what both sides meant (docs/reference.md
/// §12): values keep their meaning whatever style each side wrote them in, and ours' byte
/// order mark, line ends and block chomping stay.
struct MergeFidelityTests {
    /// Runs the driver as git does (`%O %A %B %L %P`) on three texts; returns its result and
    /// what it wrote to ours.
    static func merge(base: String, ours: String, theirs: String, file: String) throws -> (CLIResult, String) {
        let (result, bytes) = try mergeBytes(base: base, ours: ours, theirs: theirs, file: file)
        return (result, String(decoding: bytes, as: UTF8.self))
    }

    /// The same, with ours' bytes as written (a byte order mark included).
    static func mergeBytes(base: String, ours: String, theirs: String, file: String) throws -> (CLIResult, [UInt8]) {
        let scratch = try Scratch.workspace()
        try scratch.write("base", base)
        try scratch.write("ours", ours)
        try scratch.write("theirs", theirs)
        let result = try CLI.run(["merge-driver", "base", "ours", "theirs", "7", "collaborations/x/\(file)"], in: scratch.path)
        return (result, [UInt8](try Data(contentsOf: scratch.file("ours"))))
    }

    @Test func aTextChangedInBlockStyleKeepsItsCommaWhenMergedIntoAFlowList() throws {
        let (result, merged) = try Self.merge(base: "title: t\nimpact: [a, b]\n", ours: "title: t\nimpact: [a, b, z]\n",
                                              theirs: "title: t\nimpact:\n  - a\n  - b, c\n", file: "problem.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(merged == "title: t\nimpact: [a, \"b, c\", z]\n", "three items, the second 'b, c':\n\(merged)")
    }

    @Test func aKeyTheirsAddsFirstGoesAfterOursByteOrderMark() throws {
        let bom = "\u{FEFF}"
        let (result, merged) = try Self.mergeBytes(base: bom + "practices: [a]\n", ours: bom + "practices: [a, b]\n",
                                              theirs: bom + "verification:\n  conclusion: resolved\npractices: [a]\n", file: "feedback.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(merged == Array((bom + "verification:\n  conclusion: resolved\npractices: [a, b]\n").utf8), "\(merged.prefix(8))")
    }

    @Test func aKeptLiteralNeitherSideChangedKeepsItsBlankLines() throws {
        let literal = "background: |+\n  第一行\n\n\n"
        let (result, merged) = try Self.merge(base: "title: t\n" + literal + "phenomenon: p\n",
                                              ours: "title: 改\n" + literal + "phenomenon: p\n",
                                              theirs: "title: t\n" + literal + "essence: e\nphenomenon: p\n", file: "problem.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(merged == "title: 改\n" + literal + "essence: e\nphenomenon: p\n", "\(merged)")
    }

    @Test func aKeptLiteralEndingTheLastTaskKeepsItsBlankLinesWhenATaskIsAppended() throws {
        let base = "tasks:\n  - id: T1\n    title: a\n    note: |+\n      说明\n\n\n"
        let theirs = base + "  - id: T2\n    title: b\n"
        let (result, merged) = try Self.merge(base: base, ours: base.replacingOccurrences(of: "title: a", with: "title: a2"),
                                              theirs: theirs, file: "tasks.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(merged == theirs.replacingOccurrences(of: "title: a", with: "title: a2"), "\(merged)")
    }

    /// Found by the history property test: a task appended after a last line without a line
    /// break ran into it (`depends_on: [T1]  - id: T6`), and the file was merged by lines.
    @Test func aTaskAppendedAfterALastLineWithoutALineBreakStartsALineOfItsOwn() throws {
        let base = "tasks:\n  - id: T1\n    title: a\n    depends_on: [T0]"
        let (result, merged) = try Self.merge(base: base, ours: base.replacingOccurrences(of: "title: a", with: "title: a2"),
                                              theirs: base + "\n  - id: T2\n    title: b\n", file: "tasks.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(merged == "tasks:\n  - id: T1\n    title: a2\n    depends_on: [T0]\n  - id: T2\n    title: b\n", "\(merged)")
    }

    @Test func oursCRLFLineEndsStayWhenTheirsWritesLF() throws {
        let (result, merged) = try Self.merge(base: "title: t\r\nimpact:\r\n  - a\r\n", ours: "title: t2\r\nimpact:\r\n  - a\r\n",
                                              theirs: "title: t\nimpact:\n  - a\n  - b\n", file: "problem.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(merged == "title: t2\r\nimpact:\r\n  - a\r\n  - b\r\n", "\(merged.debugDescription)")
    }
}
