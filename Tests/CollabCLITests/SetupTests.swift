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

/// `collab doctor`: each item ok, missing with its fix, or optional; exit 1 while something
/// is missing.
struct DoctorTests {
    @Test func doctorNamesWhatIsMissingWithItsFixUntilSetupIsDone() throws {
        let repository = try GitWorkspace()
        let before = try repository.collab("doctor")
        #expect(before.status == 1)
        #expect(before.stdout.contains("missing   merge.collab.driver  not set  → run: collab setup"), "\(before.stdout)")
        #expect(before.stdout.contains("ok        .gitattributes       merge=collab diff=collab"), "collab init wrote the line: \(before.stdout)")
        #expect(before.stdout.contains("optional  pre-commit hook      not installed  → run: collab setup --hook"), "\(before.stdout)")
        #expect(try repository.collab("setup").status == 0)
        let after = try repository.collab("doctor")
        #expect(after.status == 0, "the hook is optional: \(after.stdout)")
        #expect(!after.stdout.contains("missing"), "\(after.stdout)")

        // A stale schema file and a driver naming a program that is gone.
        try repository.scratch.write("schemas/tasks.schema.json", "{}\n")
        try repository.git("config", "merge.collab.driver", "/nonexistent/collab merge-driver %O %A %B %L %P")
        let broken = try repository.collab("doctor")
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("missing   schemas              schemas/tasks.schema.json differs from this collab's  → run: collab schema --write"), "\(broken.stdout)")
        #expect(broken.stdout.contains("missing   merge.collab.driver  names /nonexistent/collab, which is not found  → run: collab setup"), "\(broken.stdout)")
    }

    @Test func doctorOutsideAWorkspaceSaysHowToStart() throws {
        let folder = try Scratch()
        let result = try CLI.run(["doctor", "--lang", "zh"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("缺少      工作区"), "\(result.stdout)")
        #expect(result.stdout.contains("→ 运行：collab init"), "\(result.stdout)")
    }
}
