import Foundation
import Testing

/// A full disk stops a write with exit 2 and leaves every record as it was, with no
/// temporary file or half-made folder behind (docs/reference.md §15). The workspace lives on
/// a small tmpfs, mounted in a private mount namespace (`unshare`), filled to the last page.
struct FullDiskTests {
    static let writes: [(name: String, arguments: [String])] = [
        ("update", ["update", "new-product-page", "T3", "接口联调完成一半，剩余部分下周完成"]),
        ("set", ["set", "new-product-page", "tasks.T3.due=2024-07-09"]),
        ("new", ["new", "budget", "--title", "年度预算编制"]),
        ("meeting", ["meeting", "new-product-page", "--topic", "上线复盘", "--slug", "review"]),
        ("fmt", ["fmt"]),
        ("schema", ["schema", "--write"]),
    ]

    @Test func aFullDiskIsExit2WithEveryRecordIntact() throws {
        let scratch = try Scratch.workspace()
        // Trailing spaces give fmt something to rewrite.
        let tasks = "collaborations/new-product-page/tasks.yaml"
        try scratch.write(tasks, try scratch.read(tasks).replacingOccurrences(of: "status: doing\n", with: "status: doing   \n"))
        let before = try SwapRaceTests.contents(scratch.path)
        let results = try Scratch()
        var script = """
        set -u
        mount -t tmpfs -o size=512k tmpfs "$MNT" || exit 90
        cp -a "$WORKSPACE" "$MNT/w" || exit 91
        # Fill the disk to its last page: every later write of data fails with ENOSPC; then
        # free one page, which a lock file takes, so the record's own write is what fails.
        dd if=/dev/zero of="$MNT/spare" bs=4096 count=1 2>/dev/null || exit 92
        dd if=/dev/zero of="$MNT/fill" bs=4096 2>/dev/null
        cd "$MNT/w"

        """
        for pass in ["full", "one-page"] {
            if pass == "one-page" { script += "rm \"$MNT/spare\"\n" }
            for (name, arguments) in Self.writes {
                let quoted = arguments.map { "'" + $0 + "'" }.joined(separator: " ")
                let out = "\"$OUT/\(pass)-\(name)"
                script += "COLLAB_TODAY=2024-07-01 \"$COLLAB\" \(quoted) >\(out).out\" 2>\(out).err\"; echo $? >\(out).status\"\n"
            }
        }
        script += "cp -a \"$MNT/w\" \"$OUT/after\"\n"
        let mount = try Scratch()
        let run = try Program.run("/usr/bin/unshare", ["-rm", "/bin/sh", "-c", script],
                                  environment: ["MNT": mount.path, "WORKSPACE": scratch.path, "OUT": results.path, "COLLAB": CLI.binary.path,
                                                "COLLAB_LANG": "en"])
        try #require(run.status == 0, "the tmpfs could not be made: \(run.status) \(run.output)")

        for pass in ["full", "one-page"] {
            for (name, _) in Self.writes {
                let status = try results.read("\(pass)-\(name).status").trimmingCharacters(in: .whitespacesAndNewlines)
                let stderr = try results.read("\(pass)-\(name).err")
                #expect(status == "2", "\(name) on a \(pass) disk: exit \(status), \(stderr)")
                #expect(stderr.contains("No space left on device"), "\(pass) \(name): \(stderr)")
                #expect(stderr.split(separator: "\n").count == 1, "\(pass) \(name): one line: \(stderr)")
            }
        }
        #expect(try SwapRaceTests.contents(results.path + "/after") == before, "every file as it was, nothing left behind")
    }
}
