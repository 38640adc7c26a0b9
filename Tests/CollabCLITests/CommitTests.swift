import Foundation
import Testing

/// `--commit` stages exactly collab's record files through git's index (filters, modes) and
/// checks that it can commit before it writes anything; history reads work in shallow
/// clones and where GIT_DIR says.
struct CommitTests {
    @Test func newCommitStartsTheLogAtDefine() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        let result = try repo.collab("new", "budget", "--title", "预算编制", "--commit")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try repo.git("log", "-1", "--format=%s") == "collab(budget): new\n")
        #expect(try repo.git("show", "--name-only", "--format=", "HEAD")
                == ["feedback", "problem", "stakeholders", "tasks"].map { "collaborations/budget/\($0).yaml\n" }.joined())
        #expect(try repo.git("status", "--porcelain").isEmpty)
        let log = try repo.collab("log", "budget", "--format", "json")
        #expect(log.stdout.contains("\"from\":null,\"to\":\"define\""), "\(log.stdout)")
    }

    @Test func theLogOfAClosedCollaborationSaysWhenItClosed() throws {
        let repo = try GitWorkspace()
        try repo.replace("collaborations/q3-data-sync/problem.yaml", "stage: closed", "stage: verify")
        try repo.commit("verify")
        try repo.replace("collaborations/q3-data-sync/problem.yaml", "stage: verify", "stage: closed")
        try repo.commit("closed", days: 3)
        let text = try repo.collab("log", "q3-data-sync").stdout
        let last = try #require(text.split(separator: "\n").last)
        #expect(last.hasSuffix("closed on 2024-10-06"), "\(text)")
        #expect(!text.contains("so far"))
    }

    @Test func advanceCommitLeavesIgnoredUntrackedLinksModesAndFiltersAsGitWould() throws {
        let repo = try GitWorkspace()
        let folder = "collaborations/new-product-page"
        try repo.scratch.write(".gitignore", "secret.env\n")
        try FileManager.default.createSymbolicLink(atPath: repo.scratch.file("\(folder)/spec.md").path, withDestinationPath: "../../README")
        try repo.scratch.write("README", "说明\n")
        try repo.commit("start")
        try repo.git("update-index", "--chmod=+x", "\(folder)/problem.yaml")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: repo.scratch.file("\(folder)/problem.yaml").path)
        try repo.commit("executable")
        try repo.git("config", "core.autocrlf", "true")
        // Saved by a Windows editor: CRLF in the working tree, which git stores as LF.
        let problem = try repo.scratch.read("\(folder)/problem.yaml")
        try repo.scratch.write("\(folder)/problem.yaml", problem.replacingOccurrences(of: "\n", with: "\r\n"))
        try repo.scratch.write("\(folder)/secret.env", "TOKEN=1\n")
        try repo.scratch.write("\(folder)/notes.txt", "草稿\n")
        try repo.finishNewProductPageTasks()
        let result = try repo.collab("advance", "new-product-page", "--commit")
        #expect(result.status == 0, "\(result.stderr)")
        let tree = try repo.git("ls-tree", "-r", "HEAD", folder)
        #expect(!tree.contains("secret.env") && !tree.contains("notes.txt"), "\(tree)")
        #expect(tree.contains("120000 blob") && tree.contains("spec.md"), "the tracked link stays: \(tree)")
        #expect(tree.contains("100755 blob") && tree.contains("problem.yaml"), "the mode stays: \(tree)")
        #expect(try repo.git("diff", "--cached", "--name-only").isEmpty, "index and commit agree")
        let committed = try repo.git("show", "HEAD:\(folder)/problem.yaml")
        #expect(!committed.contains("\r") && committed.contains("\nstage: verify\n"), "stored through git's filter")
        #expect(try repo.scratch.read("\(folder)/problem.yaml").contains("\r\nstage: verify\r\n"), "the working file keeps its CRLF")
        #expect(try repo.git("status", "--porcelain") == "?? \(folder)/notes.txt\n")
        try repo.git("fsck", "--strict")
    }

    @Test func aLockedIndexOrAMergeInProgressIsFoundBeforeAnythingIsWritten() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try repo.finishNewProductPageTasks()
        let head = try repo.git("rev-parse", "HEAD")
        try repo.scratch.write(".git/index.lock", "")
        let locked = try repo.collab("advance", "new-product-page", "--commit")
        #expect(locked.status == 2)
        #expect(locked.stderr.contains("index.lock exists"), "\(locked.stderr)")
        #expect(try repo.scratch.read("collaborations/new-product-page/problem.yaml").contains("\nstage: execute\n"))
        #expect(try repo.git("rev-parse", "HEAD") == head)
        let new = try repo.collab("new", "budget", "--title", "预算", "--commit")
        #expect(new.status == 2)
        #expect(!FileManager.default.fileExists(atPath: repo.scratch.file("collaborations/budget").path))
        try FileManager.default.removeItem(at: repo.scratch.file(".git/index.lock"))
        try repo.scratch.write(".git/MERGE_HEAD", head)
        let merging = try repo.collab("advance", "new-product-page", "--commit")
        #expect(merging.status == 2)
        #expect(merging.stderr.contains("in progress"), "\(merging.stderr)")
    }

    @Test func aSubmoduleInTheFolderIsLeftAsItIs() throws {
        let repo = try GitWorkspace()
        let inner = try Scratch()
        for arguments in [["init", "-q", "-b", "main"], ["-c", "user.name=x", "-c", "user.email=x@x", "commit", "-q", "--allow-empty", "-m", "x"]] {
            _ = try Program.run("/usr/bin/git", ["-C", inner.path] + arguments)
        }
        let id = try Program.run("/usr/bin/git", ["-C", inner.path, "rev-parse", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        try repo.commit("start")
        // A gitlink with no checkout, as a clone without --recurse-submodules has it.
        try repo.git("update-index", "--add", "--cacheinfo", "160000,\(id),collaborations/new-product-page/vendor")
        try repo.git("commit", "-q", "-m", "with a submodule entry")
        try repo.finishNewProductPageTasks()
        let result = try repo.collab("advance", "new-product-page", "--commit")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try repo.git("ls-tree", "HEAD", "collaborations/new-product-page/vendor").hasPrefix("160000 commit \(id)"))
    }

    @Test func historyStopsCleanlyAtAShallowBoundary() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try repo.replace("collaborations/new-product-page/problem.yaml", "stage: execute", "stage: verify")
        try repo.commit("verify")
        try repo.replace("collaborations/new-product-page/problem.yaml", "stage: verify", "stage: execute")
        try repo.commit("back")
        let clone = try Scratch()
        let cloned = try Program.run("/usr/bin/git", ["clone", "-q", "--depth", "1", "file://" + repo.path, clone.path + "/c"])
        #expect(cloned.status == 0, "\(cloned.output)")
        let log = try CLI.run(["log", "new-product-page"], in: clone.path + "/c", environment: ["COLLAB_TODAY": "2024-10-20"])
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stderr.split(separator: "\n").count == 1 && log.stderr.contains("shallow"), "\(log.stderr)")
        let report = try CLI.run(["report", "new-product-page"], in: clone.path + "/c", environment: ["COLLAB_TODAY": "2024-10-20"])
        #expect(report.status == 0, "\(report.stderr)")
    }

    @Test func gitDirAndWorkTreeAreHonoured() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try repo.replace("collaborations/new-product-page/problem.yaml", "stage: execute", "stage: verify")
        try repo.commit("verify")
        let elsewhere = try Scratch()
        let environment = ["GIT_DIR": repo.path + "/.git", "GIT_WORK_TREE": repo.path, "COLLAB_TODAY": "2024-10-20"]
        let log = try CLI.run(["-C", repo.path, "log", "new-product-page", "--format", "json"], in: elsewhere.path, environment: environment)
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stdout.contains("\"to\":\"verify\""))
        // GIT_DIR alone: the folder collab runs in is the working tree, as for git.
        let moved = try Scratch()
        try FileManager.default.moveItem(atPath: repo.path + "/.git", toPath: moved.path + "/repo.git")
        let alone = try CLI.run(["log", "new-product-page"], in: repo.path, environment: ["GIT_DIR": moved.path + "/repo.git"])
        #expect(alone.status == 0, "\(alone.stderr)")
        let none = try CLI.run(["log", "new-product-page"], in: repo.path)
        #expect(none.status == 2, "no repository without GIT_DIR now")
    }

    @Test func aTemplateFolderLinkedOutsideIsRefused() throws {
        let workspace = try Scratch.workspace()
        let outside = try Scratch()
        try outside.write("collaboration/problem.yaml", "title: 外部模板\nstage: define\nopened: 2024-01-01\n")
        try FileManager.default.removeItem(at: workspace.file("templates"))
        try FileManager.default.createSymbolicLink(atPath: workspace.file("templates").path, withDestinationPath: outside.path)
        let result = try CLI.run(["new", "x", "--title", "t"], in: workspace.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("outside the workspace") && result.stderr.contains("[unsafe-path]"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.file("collaborations/x").path))
    }

    @Test func aReadOnlyRecordFileIsRefusedNotReplaced() throws {
        let workspace = try Scratch.workspace()
        let file = workspace.file("collaborations/q3-data-sync/problem.yaml")
        let original = try workspace.read("collaborations/q3-data-sync/problem.yaml")
        try workspace.write("collaborations/q3-data-sync/problem.yaml", original.replacingOccurrences(of: "stage: closed", with: "stage:   closed"))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
        let before = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int
        let fmt = try CLI.run(["fmt"], in: workspace.path)
        #expect(fmt.status == 2, "\(fmt.stdout)\(fmt.stderr)")
        #expect(fmt.stderr.contains("is read-only"), "\(fmt.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int == before, "not replaced")
        #expect(try workspace.read("collaborations/q3-data-sync/problem.yaml").contains("stage:   closed"))

        let page = "collaborations/new-product-page/"
        for file in ["problem", "tasks"] { try workspace.write(page + file + ".yaml", try workspace.read(page + file + ".yaml").replacingOccurrences(of: "status: doing", with: "status: done").replacingOccurrences(of: "status: blocked", with: "status: dropped").replacingOccurrences(of: "status: todo", with: "status: done")) }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: workspace.file(page + "problem.yaml").path)
        let advance = try CLI.run(["advance", "new-product-page"], in: workspace.path)
        #expect(advance.status == 2 && advance.stderr.contains("is read-only"), "\(advance.stdout)\(advance.stderr)")
        #expect(try workspace.read(page + "problem.yaml").contains("\nstage: execute\n"))
    }
}
