import Foundation
import Testing

/// `collab log` and `collab check --base` on real repositories.
struct HistoryCommandTests {
    /// A stage change that reached main through a merge is the branch commit's that made it,
    /// with `merge` naming the merge commit; a squash merge is an ordinary commit.
    @Test func aStageChangeThroughAMergeIsCreditedToTheBranchCommitThatMadeIt() throws {
        let repo = try GitWorkspace()
        try repo.commit("records")
        try repo.git("checkout", "-q", "-b", "topic")
        try repo.git("config", "user.name", "王经理")
        try repo.finishNewProductPageTasks()
        try repo.commit("tasks done", days: 2)
        try repo.replace("collaborations/new-product-page/problem.yaml", "stage: execute", "stage: verify")
        try repo.commit("execute → verify on the branch", days: 1)
        let branchCommit = try repo.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        try repo.replace("collaborations/new-product-page/tasks.yaml", "title: 上线前联合验收", "title: 上线前联合验收（含回归）")
        try repo.commit("a later edit on the branch", days: 1)
        try repo.git("checkout", "-q", "main")
        try repo.git("config", "user.name", "李主管")
        try repo.replace("collaborations/q3-data-sync/problem.yaml", "reporter: 李主管", "reporter: 赵会计")
        try repo.commit("meanwhile on main", days: 1)
        try repo.commitWith("merge", "--no-ff", "topic", "-m", "merge topic", days: 3)
        let mergeCommit = try repo.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)

        let result = try repo.collab("log", "new-product-page", "--format", "json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let transitions = try #require(json["transitions"] as? [[String: Any]])
        let verify = try #require(transitions.last)
        #expect(verify["to"] as? String == "verify")
        #expect(verify["commit"] as? String == branchCommit)
        #expect(verify["author"] as? String == "王经理")
        #expect(verify["date"] as? String == "2024-10-06T09:00:00+08:00")
        #expect(verify["merge"] as? String == mergeCommit)
        #expect(transitions.first?["merge"] == nil, "a change made on main names no merge")
        // report --all reads the same from its one walk of the history.
        #expect(try repo.collab("report", "--all", "--format", "html", "-o", "site").status == 0)
        #expect(try repo.scratch.read("site/collaborations/new-product-page.html").contains("2024-10-06 · from execute · 王经理 · <code>\(branchCommit.prefix(7))</code>"))

        // A squash merge is an ordinary commit of main: its own author and date.
        let squash = try GitWorkspace()
        try squash.commit("records")
        try squash.git("checkout", "-q", "-b", "topic")
        try squash.finishNewProductPageTasks()
        try squash.replace("collaborations/new-product-page/problem.yaml", "stage: execute", "stage: verify")
        try squash.commit("verify on the branch", days: 1)
        try squash.git("checkout", "-q", "main")
        try squash.git("merge", "-q", "--squash", "topic")
        try squash.commit("squashed topic", days: 2)
        let squashed = try squash.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        let log = try squash.collab("log", "new-product-page", "--format", "json")
        let last = try #require((try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [String: Any])?["transitions"] as? [[String: Any]]).last
        #expect(last?["commit"] as? String == squashed && last?["merge"] == nil && last?["date"] as? String == "2024-10-06T09:00:00+08:00")
    }

    @Test func logListsStageTransitionsWithDatesAuthorsAndCommits() throws {
        let repo = try GitWorkspace()
        try repo.replace("collaborations/new-product-page/problem.yaml", "stage: execute", "stage: plan")
        try repo.commit("start at plan", days: 0)
        try repo.replace("collaborations/new-product-page/problem.yaml", "stage: plan", "stage: execute")
        try repo.commit("plan → execute", days: 3)
        try repo.replace("collaborations/new-product-page/tasks.yaml", "status: todo", "status: doing")
        try repo.commit("progress, no stage change", days: 1)
        try repo.replace("collaborations/new-product-page/problem.yaml", "stage: execute", "stage: verify")
        try repo.commit("execute → verify", days: 4)
        let commits = try repo.git("log", "--first-parent", "--format=%H", "--", "collaborations/new-product-page/problem.yaml")
            .split(separator: "\n").map(String.init).reversed()
        let result = try repo.collab("log", "new-product-page", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["collaboration"] as? String == "new-product-page")
        #expect(json["stage"] as? String == "verify")
        let transitions = try #require(json["transitions"] as? [[String: Any]])
        #expect(transitions.map { $0["commit"] as? String } == Array(commits))
        #expect(transitions.map { $0["from"] as? String } == [nil, "plan", "execute"])
        #expect(transitions.map { $0["to"] as? String } == ["plan", "execute", "verify"])
        #expect(transitions.map { $0["author"] as? String } == ["李主管", "李主管", "李主管"])
        #expect(transitions.map { $0["date"] as? String } == ["2024-10-02T09:00:00+08:00", "2024-10-05T09:00:00+08:00", "2024-10-10T09:00:00+08:00"])
        let text = try repo.collab("log", "new-product-page")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "new-product-page  stage verify")
        #expect(lines.count == 5)
        #expect(lines[2].hasPrefix("  2024-10-02  \(commits.first!.prefix(7))  李主管  (new) → plan"))
        #expect(lines[2].hasSuffix("3 days"))
        #expect(lines[4].hasSuffix("10 days so far"))
    }

    @Test func checkBaseFiresEachHistoryRule() throws {
        let repo = try GitWorkspace()
        try repo.replace("collaborations/new-product-page/problem.yaml", "stage: execute", "stage: verify")
        try repo.commit("verify")
        let clean = try repo.collab("check", "--base", "HEAD", "q3-data-sync")
        #expect(clean.status == 0, "\(clean.stdout)")
        try repo.replace("collaborations/new-product-page/problem.yaml", "stage: verify", "stage: plan")
        try repo.replace("collaborations/q3-data-sync/feedback.yaml", "建议增加数据预审环节", "建议增加数据预审")
        try repo.replace("collaborations/q3-data-sync/tasks.yaml", "  - id: T4\n", "  - id: T5\n")
        let result = try repo.collab("check", "--base", "main")
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("collaborations/new-product-page/problem.yaml:6:8: error: stage moved back from verify to plan") && $0.hasSuffix("[stage-regression]") })
        #expect(lines.contains { $0.hasPrefix("collaborations/q3-data-sync/feedback.yaml:9:14: error: q3-data-sync was closed") && $0.hasSuffix("[closed-modified]") })
        #expect(lines.contains { $0.hasPrefix("collaborations/q3-data-sync/tasks.yaml:3:1: error: task T4 was removed") && $0.hasSuffix("[task-removed]") })
    }

    @Test func verifyMayGoBackWithTheMatchingConclusion() throws {
        let repo = try GitWorkspace()
        try repo.replace("collaborations/new-product-page/problem.yaml", "stage: execute", "stage: verify")
        try repo.commit("verify")
        try repo.replace("collaborations/new-product-page/problem.yaml", "stage: verify", "stage: execute")
        try repo.scratch.write("collaborations/new-product-page/feedback.yaml", "verification:\n  conclusion: partial\n  date: 2024-10-03\n  evidence: 部分\n")
        let partial = try repo.collab("check", "--base", "HEAD", "new-product-page")
        #expect(!partial.stdout.contains("[stage-regression]"), "\(partial.stdout)")
        try repo.scratch.write("collaborations/new-product-page/feedback.yaml", "verification:\n  conclusion: unresolved\n")
        let mismatch = try repo.collab("check", "--base", "HEAD", "new-product-page")
        #expect(mismatch.stdout.contains("[stage-regression]"))
    }

    @Test func checkHeadComparesTwoRevisions() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try repo.replace("collaborations/q3-data-sync/problem.yaml", "stage: closed", "stage: verify")
        try repo.commit("reopen")
        try repo.git("checkout", "-q", "HEAD~1")
        let result = try repo.collab("check", "--base", "main~1", "--head", "main", "q3-data-sync")
        #expect(result.status == 1)
        #expect(result.stdout.contains("problem.yaml:6:8: error: stage moved back from closed to verify"))
        #expect(result.stdout.contains("[closed-modified]"))
    }

    @Test func historyErrorsExitTwoWithOneLine() throws {
        let plain = try Scratch.workspace()
        let outside = try CLI.run(["log", "q3-data-sync"], in: plain.path)
        #expect(outside.status == 2)
        #expect(outside.stderr.hasSuffix("is not inside a git repository; history commands need one (git init)\n"))
        let repo = try GitWorkspace()
        let empty = try repo.collab("log", "q3-data-sync")
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("has no commits yet"))
        let noBase = try repo.collab("check", "--base", "HEAD")
        #expect(noBase.status == 2)
        #expect(noBase.stderr.contains("has no commits yet"))
        try repo.commit("first")
        let unknown = try repo.collab("check", "--base", "no-such-branch")
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "collab: error: unknown revision 'no-such-branch'\n")
        let missing = try repo.collab("log", "nope")
        #expect(missing.status == 2)
        for result in [outside, empty, noBase, unknown, missing] { #expect(result.stderr.split(separator: "\n").count == 1) }
    }
}

/// `collab advance --commit`: one normal commit of the collaboration's folder, nothing else.
struct AdvanceCommitTests {
    @Test func advanceCommitCommitsOnlyTheFolderAndLeavesOtherChangesAlone() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try repo.finishNewProductPageTasks()
        try repo.replace("collaborations/q3-data-sync/feedback.yaml", "  - 10月部门例会\n", "  - 10月部门例会\n  - 11月部门例会\n")
        try repo.git("add", "collaborations/q3-data-sync/feedback.yaml")
        try repo.replace("collab.yaml", "name: ACME 跨部门协作", "name: ACME 协作")
        let result = try repo.collab("advance", "new-product-page", "--commit")
        #expect(result.status == 0, "\(result.stderr)")
        let head = try repo.git("rev-parse", "--short=7", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(result.stdout == "new-product-page: execute → verify [\(head)]\n")
        #expect(try repo.git("log", "-1", "--format=%s|%an|%ae") == "collab(new-product-page): execute → verify|李主管|li@example.com\n")
        #expect(try repo.git("show", "--name-only", "--format=", "HEAD") == "collaborations/new-product-page/problem.yaml\ncollaborations/new-product-page/tasks.yaml\n")
        #expect(try repo.git("status", "--porcelain") == " M collab.yaml\nM  collaborations/q3-data-sync/feedback.yaml\n")
        #expect(try repo.git("diff", "--cached", "--name-only") == "collaborations/q3-data-sync/feedback.yaml\n")
        try repo.git("fsck", "--strict")
        #expect(try repo.git("rev-list", "--count", "HEAD") == "2\n")
    }

    @Test func aRefusedOrDryRunAdvanceCommitsNothing() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        let refused = try repo.collab("advance", "new-product-page", "--commit")
        #expect(refused.status == 1)
        #expect(try repo.git("rev-list", "--count", "HEAD") == "1\n")
        try repo.finishNewProductPageTasks()
        let dry = try repo.collab("advance", "new-product-page", "--commit", "--dry-run")
        #expect(dry.status == 0)
        #expect(try repo.git("rev-list", "--count", "HEAD") == "1\n")
        #expect(try repo.git("status", "--porcelain") == " M collaborations/new-product-page/tasks.yaml\n")
    }

    @Test func withoutAGitIdentityNothingIsWritten() throws {
        let repo = try GitWorkspace()
        try repo.commit("start")
        try repo.git("config", "--unset", "user.name")
        try repo.git("config", "--unset", "user.email")
        try repo.finishNewProductPageTasks()
        let result = try CLI.run(["advance", "new-product-page", "--commit"], in: repo.path,
                                 environment: ["HOME": repo.path, "GIT_CONFIG_NOSYSTEM": "1", "EMAIL": ""])
        #expect(result.status == 2)
        #expect(result.stderr.contains("set user.name and user.email"))
        #expect(try repo.scratch.read("collaborations/new-product-page/problem.yaml").contains("\nstage: execute\n"))
    }
}
