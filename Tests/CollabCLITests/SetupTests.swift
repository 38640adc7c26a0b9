import Foundation
import Testing

/// `collab setup`: the drivers in .git/config (read back by git itself), the .gitattributes
/// line, the pre-commit hook of docs/ci; run twice, nothing changes.
struct SetupTests {
    @Test func setupWritesTheDriversTheAttributesAndTheHookOnce() throws {
        let repository = try GitWorkspace()
        // An older workspace: .gitattributes without collab's line, with a line of its own.
        try repository.scratch.write(".gitattributes", "*.png binary")
        let first = try repository.collab("setup", "--hook")
        #expect(first.status == 0, "\(first.stderr)")
        let binary = CLI.binary.resolvingSymlinksInPath().path
        #expect(try repository.git("config", "--get", "merge.collab.driver") == "\(binary) merge-driver %O %A %B %L %P\n")
        #expect(try repository.git("config", "--get", "merge.collab.name") == "collab records, merged by key\n")
        #expect(try repository.git("config", "--get", "diff.collab.command") == "\(binary) diff\n")
        #expect(try repository.scratch.read(".gitattributes")
            == "*.png binary\n# collab: merge and diff the records by key (collab setup configures the drivers)\ncollaborations/**/*.yaml merge=collab diff=collab\n")
        #expect(try repository.git("check-attr", "merge", "diff", "--", "collaborations/q3-data-sync/meetings/2024-10-08-plan.yaml")
            == "collaborations/q3-data-sync/meetings/2024-10-08-plan.yaml: merge: collab\ncollaborations/q3-data-sync/meetings/2024-10-08-plan.yaml: diff: collab\n")
        let hook = try repository.scratch.read(".git/hooks/pre-commit")
        let recipe = try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/ci/pre-commit"), encoding: .utf8)
        #expect(hook == recipe, "the hook is docs/ci/pre-commit")
        #expect(FileManager.default.isExecutableFile(atPath: repository.scratch.file(".git/hooks/pre-commit").path))

        let again = try repository.collab("setup", "--hook")
        #expect(again.status == 0 && again.stdout == "this clone merges and diffs records through collab\n", "\(again.stdout)")
        #expect(try repository.scratch.read(".gitattributes").components(separatedBy: "merge=collab").count == 2)
    }

    @Test func anotherHookIsLeftAlone() throws {
        let repository = try GitWorkspace()
        try repository.scratch.write(".git/hooks/pre-commit", "#!/bin/sh\nexit 0\n")
        let result = try repository.collab("setup", "--hook")
        #expect(result.status == 2 && result.stderr.contains("pre-commit exists and is another hook"), "\(result.stderr)")
        #expect(try repository.scratch.read(".git/hooks/pre-commit") == "#!/bin/sh\nexit 0\n")
    }

    @Test func setupOutsideARepositoryIsAnErrorThatSaysSo() throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["setup"], in: workspace.path)
        #expect(result.status == 2 && result.stderr.contains("not inside a git repository"), "\(result.stderr)")
    }
}
