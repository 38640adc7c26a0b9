import Foundation
import Testing

/// An entry of collaborations/ that is no collaboration — a hidden folder, a stray file — is
/// named by a `not-a-collaboration` note in every command that lists collaborations; what
/// collab keeps there itself (`.gitignore`, a `collab new` temporary folder) is not.
struct StrayEntriesTests {
    static let hidden = "collaborations/.hidden:1:1: notice: '.hidden' is a hidden folder, not a collaboration; collab skips it (a collaboration's folder is named by its id, [a-z0-9][a-z0-9-]{0,63}) [not-a-collaboration]"
    static let file = "collaborations/notes.txt:1:1: notice: 'notes.txt' is a file, not a collaboration; collab skips it (collaborations/ holds one folder per collaboration) [not-a-collaboration]"

    static func workspace() throws -> Scratch {
        let scratch = try Scratch.workspace()
        try scratch.write("collaborations/.hidden/problem.yaml", "title: 藏起来的协作\n")
        try scratch.write("collaborations/notes.txt", "随手记\n")
        // What a `collab new` killed before its rename leaves (see Leftovers): collab's own.
        try scratch.write("collaborations/.collab-999999-fresh.tmp/problem.yaml", "title: x\n")
        return scratch
    }

    @Test(arguments: [["check"], ["status"], ["tasks"], ["remind"], ["metrics"], ["report", "--all", "--format", "html", "-o", "site"]])
    func everyListingCommandNamesWhatItSkips(_ arguments: [String]) throws {
        let scratch = try Self.workspace()
        let result = try CLI.run(arguments, in: scratch.path, environment: ["COLLAB_TODAY": "2024-07-02"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let said = (result.stdout + result.stderr).split(separator: "\n").map(String.init)
        #expect(said.filter { $0 == Self.hidden }.count == 1, "\(result.stdout)\(result.stderr)")
        #expect(said.filter { $0 == Self.file }.count == 1, "\(result.stdout)\(result.stderr)")
        #expect(!said.contains { $0.contains(".collab-999999") || $0.contains(".gitignore") })
    }

    /// diff against the working tree lists its collaborations too; `check --base` as well.
    @Test func diffAndCheckBaseNameThemInTheWorkingTree() throws {
        let repo = try GitWorkspace()
        try repo.commit("records")
        try repo.scratch.write("collaborations/notes.txt", "随手记\n")
        try repo.scratch.write("collaborations/.hidden/problem.yaml", "title: 藏起来的协作\n")
        for arguments in [["diff"], ["check", "--base", "HEAD"]] {
            let result = try repo.collab(arguments)
            let said = (result.stdout + result.stderr).split(separator: "\n").map(String.init)
            #expect(said.contains(Self.file) && said.contains(Self.hidden), "\(arguments): \(result.stdout)\(result.stderr)")
        }
    }

    /// `check --base … --head REV`, as CI runs it on a revision: the revision's entries.
    @Test func checkOfAHeadRevisionNamesThemInThatRevision() throws {
        let repo = try GitWorkspace()
        try repo.commit("records")
        try repo.scratch.write("collaborations/notes.txt", "随手记\n")
        try repo.scratch.write("collaborations/.hidden/problem.yaml", "title: 藏起来的协作\n")
        try repo.commit("stray entries")
        let result = try repo.collab("check", "--base", "HEAD~1", "--head", "HEAD")
        let said = result.stdout.split(separator: "\n").map(String.init)
        #expect(said.contains(Self.file) && said.contains(Self.hidden), "\(result.stdout)\(result.stderr)")
    }

    @Test func checkCountsThemAsNoticesInEveryFormat() throws {
        let scratch = try Self.workspace()
        let json = try CLI.run(["check", "--format", "json"], in: scratch.path, environment: ["COLLAB_TODAY": "2024-07-02"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let notes = diagnostics.filter { $0["rule"] as? String == "not-a-collaboration" }
        #expect(notes.map { $0["file"] as? String } == ["collaborations/.hidden", "collaborations/notes.txt"])
        #expect(notes.allSatisfy { $0["severity"] as? String == "notice" })
        let zh = try CLI.run(["check", "--lang", "zh"], in: scratch.path, environment: ["COLLAB_TODAY": "2024-07-02"])
        #expect(zh.stdout.contains("collaborations/notes.txt:1:1: notice: 「notes.txt」是文件，不是协作；collab 跳过它"), "\(zh.stdout)")
    }
}
