import Foundation
import Testing

/// What git could not do is said in collab's words, in the user's language: libgit2's own
/// messages (`git_object_t=1`, file buffers, peel targets) never reach a user.
struct GitMessagesTests {
    @Test func aRevisionThatNamesATreeIsRefusedInTheUsersLanguage() throws {
        let repo = try GitWorkspace()
        try repo.commit("records")
        let check = try repo.collab("check", "--base", "HEAD^{tree}")
        #expect(check.status == 2)
        #expect(check.stdout.isEmpty)
        #expect(check.stderr == """
            collab: error: 'HEAD^{tree}' names a tree (a folder), not a commit; give a commit, a branch or a tag (HEAD, main, v1.0, a1b2c3d)

            """)
        let diff = try repo.collab("diff", "HEAD^{tree}", "--lang", "zh")
        #expect(diff.status == 2)
        #expect(diff.stderr.contains("「HEAD^{tree}」指向目录树（文件夹），不是提交；请给出提交、分支或标签"), "\(diff.stderr)")
        let blob = try repo.git("rev-parse", "HEAD:collab.yaml").trimmingCharacters(in: .whitespacesAndNewlines)
        let log = try repo.collab("check", "--base", blob)
        #expect(log.status == 2)
        #expect(log.stderr.contains("'\(blob)' names a file's content (a blob), not a commit"), "\(log.stderr)")
        for result in [check, diff, log] { #expect(!result.stderr.contains("git_object"), "\(result.stderr)") }
    }

    /// A lock left by another git process: collab says what holds it and what to do.
    @Test func aLockedGitConfigIsExplainedNotQuotedFromLibgit2() throws {
        let repo = try GitWorkspace()
        try repo.commit("records")
        try repo.scratch.write(".git/config.lock", "")
        let setup = try repo.collab("setup")
        #expect(setup.status == 2)
        #expect(setup.stderr.hasPrefix("collab: error: cannot set merge.collab.name in .git/config: another git process holds its lock (a .lock file exists); if none is running, remove the .lock file"),
                "\(setup.stderr)")
        #expect(!setup.stderr.contains("failed to lock file"))
        let zh = try repo.collab("setup", "--lang", "zh")
        #expect(zh.stderr.contains("另一个 git 进程持有它的锁（存在 .lock 文件）"), "\(zh.stderr)")
    }
}
