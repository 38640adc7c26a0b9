import Foundation
import Testing

/// `collab fmt` end to end.
struct FmtCommandTests {
    static let messy = "lead:   \"finance\"   # 牵头\nchannel: 数据群\ndepartments:\n- department: finance\n  role:   lead\n  liaison: '李主管'\n"
    static let tidy = "lead: finance # 牵头\nchannel: 数据群\ndepartments:\n  - department: finance\n    role: lead\n    liaison: 李主管\n"

    @Test func aFreshWorkspaceIsAlreadyFormatted() throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["fmt", "--check"], in: workspace.path)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test func checkListsFilesThatWouldChangeAndWritesNothing() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("collaborations/q3-data-sync/stakeholders.yaml", Self.messy)
        let result = try CLI.run(["fmt", "--check"], in: workspace.path)
        #expect(result.status == 1)
        #expect(result.stdout == "collaborations/q3-data-sync/stakeholders.yaml\n")
        #expect(try workspace.read("collaborations/q3-data-sync/stakeholders.yaml") == Self.messy)
    }

    @Test func fmtRewritesOnlyWhatChangesAndASecondRunDoesNothing() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("collaborations/q3-data-sync/stakeholders.yaml", Self.messy)
        let first = try CLI.run(["fmt", "q3-data-sync"], in: workspace.path)
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("formatted collaborations/q3-data-sync/stakeholders.yaml: "))
        #expect(try workspace.read("collaborations/q3-data-sync/stakeholders.yaml") == Self.tidy)
        let second = try CLI.run(["fmt"], in: workspace.path)
        #expect(second.status == 0)
        #expect(second.stdout.isEmpty)
    }

    @Test func aFileThatDoesNotParseIsReportedAndLeftAlone() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("collaborations/q3-data-sync/tasks.yaml", "tasks:\n  - id: T1\n    title: 原因: 未知\n")
        let result = try CLI.run(["fmt"], in: workspace.path)
        #expect(result.status == 1)
        #expect(result.stderr == "collaborations/q3-data-sync/tasks.yaml:3:14: error: quote this value: it contains ': ' [syntax]\n")
        #expect(try workspace.read("collaborations/q3-data-sync/tasks.yaml") == "tasks:\n  - id: T1\n    title: 原因: 未知\n")
    }

    /// Windows Notepad saves a BOM and CRLF line ends: `check` and `fmt --check` accept the
    /// file (the latter with a note saying what fmt would change), and `fmt` normalises it to
    /// LF without a BOM, saying so, the data unchanged.
    @Test func aFileSavedByNotepadIsAcceptedAndFmtNormalisesIt() throws {
        let workspace = try Scratch.workspace()
        let file = "collaborations/q3-data-sync/stakeholders.yaml"
        let original = try workspace.read(file)
        try workspace.write(file, "\u{FEFF}" + original.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(try CLI.run(["check"], in: workspace.path).status == 0)
        let check = try CLI.run(["fmt", "--check", "--lang", "zh"], in: workspace.path)
        #expect(check.status == 0)
        #expect(check.stdout.isEmpty)
        #expect(check.stderr.contains("stakeholders.yaml：格式化时会删除 BOM（字节顺序标记）、把 CRLF 行尾改为 LF"), "\(check.stderr)")
        let fmt = try CLI.run(["fmt"], in: workspace.path)
        #expect(fmt.status == 0)
        #expect(fmt.stdout == "formatted \(file): removed the BOM and turned CRLF line ends into LF\n")
        #expect(try Data(contentsOf: workspace.file(file)) == Data(original.utf8), "no BOM, LF line ends")
        let again = try CLI.run(["fmt", "--check"], in: workspace.path)
        #expect(again.status == 0 && again.stderr.isEmpty)
    }

    @Test func checkSaysWhyAFileWouldChange() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("collaborations/q3-data-sync/stakeholders.yaml", Self.messy)
        let result = try CLI.run(["fmt", "--check"], in: workspace.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("stakeholders.yaml: fmt would re-indent and lay out the rest (spacing, quoting, lists)"), "\(result.stderr)")
    }
}
