import Foundation
import Testing

/// A file over collab's 1 MiB limit (docs/reference.md §5) is named with its real size, in
/// every command that meets it, and is never read in part.
struct FileSizeLimitTests {
    /// feedback.yaml of q3-data-sync with a 4.9 MB comment appended.
    static func oversized(_ scratch: Scratch, _ file: String = "collaborations/q3-data-sync/feedback.yaml") throws -> Int {
        let text = try scratch.read(file) + "# " + String(repeating: "x", count: 4_900_000) + "\n"
        try scratch.write(file, text)
        return text.utf8.count
    }

    @Test func everyReaderNamesTheRealSizeOfAFileOverTheLimit() throws {
        let repo = try GitWorkspace()
        try repo.commit("records")
        let size = try Self.oversized(repo.scratch)
        let said = "the file is larger than 1 MiB (\(size) bytes); split it up"

        let check = try repo.collab("check", "q3-data-sync")
        #expect(check.status == 1)
        #expect(check.stdout.contains("collaborations/q3-data-sync/feedback.yaml:1:1: error: \(said) [unsupported-yaml]"), "\(check.stdout)")
        #expect(!check.stdout.contains("1048577"))

        let diff = try repo.collab("diff")
        #expect(diff.stdout.contains("feedback.yaml: does not parse in the working tree: \(said) (1:1) [unsupported-yaml]"), "\(diff.stdout)\(diff.stderr)")

        let fmt = try repo.collab("fmt", "--check", "q3-data-sync")
        #expect(fmt.stdout.contains(said) || fmt.stderr.contains(said), "\(fmt.stdout)\(fmt.stderr)")

        let parse = try repo.collab("parse", "collaborations/q3-data-sync/feedback.yaml")
        #expect(parse.status == 1)
        #expect(parse.stderr.contains(said), "\(parse.stderr)")

        // The same file committed: check --head reads it from the history with the same words.
        try repo.commit("big feedback")
        let head = try repo.collab("check", "q3-data-sync", "--base", "HEAD~1", "--head", "HEAD")
        #expect(head.stdout.contains("collaborations/q3-data-sync/feedback.yaml:1:1: error: \(said) [unsupported-yaml]"), "\(head.stdout)\(head.stderr)")
    }

    @Test func anOversizedCollabYAMLIsNamedWithItsSize() throws {
        let scratch = try Scratch.workspace()
        let size = try Self.oversized(scratch, "collab.yaml")
        let check = try CLI.run(["check"], in: scratch.path)
        #expect(check.status == 1)
        #expect(check.stdout.contains("collab.yaml:1:1: error: the file is larger than 1 MiB (\(size) bytes); split it up [unsupported-yaml]"),
                "\(check.stdout)\(check.stderr)")
    }

    /// The merge driver never merges the first megabyte of a file and writes that back: it
    /// refuses (exit 2, which git takes as a conflict) and leaves OURS as it was.
    @Test func theMergeDriverNeverWritesBackPartOfAnOversizedFile() throws {
        let scratch = try Scratch()
        let big = "a: 1\n# " + String(repeating: "x", count: 2_000_000) + "\n"
        try scratch.write("base.yaml", big)
        try scratch.write("ours.yaml", big + "b: 2\n")
        try scratch.write("theirs.yaml", big)
        let result = try CLI.run(["merge-driver", "base.yaml", "ours.yaml", "theirs.yaml"], in: scratch.path)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("base.yaml: the file is larger than 1 MiB (\(big.utf8.count) bytes)"), "\(result.stderr)")
        #expect(try scratch.read("ours.yaml") == big + "b: 2\n")
    }
}
