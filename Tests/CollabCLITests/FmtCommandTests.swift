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
        #expect(first.stdout == "formatted collaborations/q3-data-sync/stakeholders.yaml\n")
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
}
