import Foundation
import Testing
@testable import CollabKit

/// What scripts/fuzz found, each as a readable case (the raw inputs are in Tests/Fuzz/Crashes
/// and run again by every `scripts/fuzz --smoke`).
struct FuzzFindingsTests {
    /// merge: theirs held `tasks:` twice; its items were matched to ours' twice, two edits
    /// overlapped and applying them crashed (Tests/Fuzz/Crashes/merge/duplicate-key-overlapping-edits).
    /// A side with a key twice is now merged by lines; a key twice is never written.
    @Test func aSideWithAKeyTwiceIsMergedByLines() throws {
        let base = Array("tasks:\n  - id: T1\n    title: a\n".utf8)
        let ours = Array("tasks:\n  - id: T1\n    title: b\n".utf8)
        let theirs = Array("tasks:\n  - id: T1\n    title: a\n    status: done\ntasks:\n  - id: T1\n    title: a\n    status: doing\n".utf8)
        #expect(RecordMerge.merge(base: base, ours: ours, theirs: theirs, file: .tasks) == nil)
        let result = try MergeDriver.merge(base: base, ours: ours, theirs: theirs, path: "collaborations/x/tasks.yaml", markerSize: 7)
        let text = String(decoding: result.bytes, as: UTF8.self)
        #expect(!text.contains("status: done\n    status: doing"), "\(text)")
    }

    @Test func theCrashingInputMergesWithoutCrashing() throws {
        let url = TestPaths.packageRoot.appendingPathComponent("Tests/Fuzz/Crashes/merge/duplicate-key-overlapping-edits")
        var bytes = [UInt8](try Data(contentsOf: url))
        let kind = bytes.removeFirst()
        let parts = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).map(Array.init)
        try #require(parts.count == 3 && kind % 5 == 2)
        let result = try MergeDriver.merge(base: parts[0], ours: parts[1], theirs: parts[2], path: "collaborations/x/tasks.yaml", markerSize: 7)
        #expect(!result.bytes.isEmpty)
    }

    /// merge: theirs renamed `tasks:` while ours touched a comment inside it; the new entry
    /// was to go after the comments the removed one took with it, inside the removal, and the
    /// merge fell back to lines (Tests/Fuzz/Crashes/merge/renamed-key-inserted-inside-a-removal).
    @Test func aKeyRenamedOnOneSideMergesByKeys() throws {
        let base = Array("# 任务表\ntasks:\n  - id: T1\n    title: a\n".utf8)
        let ours = Array("# 任务表\ntasks:\n  - id: T1\n    title: a # 我方\n".utf8)
        let theirs = Array("# 任务表\ndasks:\n  - id: T1\n    title: a\n".utf8)
        let merged = try #require(RecordMerge.merge(base: base, ours: ours, theirs: theirs, file: .tasks))
        #expect(String(decoding: merged.bytes, as: UTF8.self) == "# 任务表\ndasks:\n  - id: T1\n    title: a\n")
    }

    @Test func overlappingEditsAreRefused() {
        let bytes = Array("abcdef".utf8)
        #expect(MergeEdit.apply([MergeEdit(range: 1..<4, text: Array("X".utf8), order: 0), MergeEdit(range: 2..<5, text: [], order: 1)], to: bytes) == nil)
        #expect(MergeEdit.apply([MergeEdit(range: 4..<9, text: [], order: 0)], to: bytes) == nil)
        // An insertion inside removed text goes where the removal began.
        #expect(MergeEdit.apply([MergeEdit(range: 1..<4, text: [], order: 0), MergeEdit(range: 2..<2, text: Array("Y".utf8), order: 1)],
                                to: bytes) == Array("aYef".utf8))
        #expect(MergeEdit.apply([MergeEdit(range: 1..<2, text: Array("X".utf8), order: 0), MergeEdit(range: 2..<2, text: Array("Y".utf8), order: 1)],
                                to: bytes) == Array("aXYcdef".utf8))
    }
}
