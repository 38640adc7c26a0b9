import Foundation
import Testing
import CollabTestSupport
@testable import CollabKit

/// The warm model (`RecordCache`): an unchanged file is not read again, a changed one (new
/// size, or the same size with a new modification time) is, collaborations added and removed
/// are seen, and what status, tasks and check say through it is what a cold read says.
@Suite struct RecordCacheTests {
    static let today = TransactionWorkspace.today

    /// status, tasks and check of the workspace as JSON: what a server returns.
    static func outputs(_ root: String, cache: RecordCache?) throws -> [String] {
        let workspace = try Workspace.load(root: root, cache: cache)
        let settings = RenderSettings(language: .en, today: today)
        let status = try WorkspaceStatus.run(workspace, today: today)
        let tasks = try TaskList.run(workspace, filter: TaskFilter(), today: today).0
        let check = try WorkspaceCheck.run(workspace, today: today)
        return [StatusFormat.json.render(status.rows, settings), TaskListFormat.json.render(tasks.rows, settings),
                JSONReporter(language: .en).generateReport(check), "\(status.problems)", "\(tasks.problems)"]
    }

    static func setModified(_ path: String, seconds: Int, nanoseconds: Int) {
        var times = [timespec(tv_sec: seconds, tv_nsec: nanoseconds), timespec(tv_sec: seconds, tv_nsec: nanoseconds)]
        _ = utimensat(AT_FDCWD, path, &times, 0)
    }

    @Test func anUnchangedWorkspaceIsReadFromMemory() throws {
        let workspace = try TransactionWorkspace()
        let cache = RecordCache()
        let cold = try Self.outputs(workspace.root, cache: nil)
        #expect(try Self.outputs(workspace.root, cache: cache) == cold)
        let first = cache.filesDecoded
        #expect(first > 0)
        #expect(try Self.outputs(workspace.root, cache: cache) == cold)
        #expect(cache.filesDecoded == first, "a warm read decoded files again")
    }

    @Test func aFileOfTheSameSizeWithANewModificationTimeIsReadAgain() throws {
        let workspace = try TransactionWorkspace()
        let cache = RecordCache()
        let path = Path.join(workspace.root, TransactionWorkspace.tasks)
        Self.setModified(path, seconds: 1_700_000_000, nanoseconds: 1)
        _ = try Self.outputs(workspace.root, cache: cache)
        let before = cache.filesDecoded
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "status: todo", with: "status: done")
        #expect(changed != text && changed.utf8.count == text.utf8.count)
        try changed.write(toFile: path, atomically: false, encoding: .utf8)
        Self.setModified(path, seconds: 1_700_000_000, nanoseconds: 2)
        #expect(try Self.outputs(workspace.root, cache: cache) == Self.outputs(workspace.root, cache: nil))
        #expect(cache.filesDecoded == before + 1, "only the changed file is decoded again")
    }

    @Test func aFileOfANewSizeIsReadAgainAndSeen() throws {
        let workspace = try TransactionWorkspace()
        let cache = RecordCache()
        let before = try Self.outputs(workspace.root, cache: cache)
        let decoded = cache.filesDecoded
        let path = Path.join(workspace.root, "collaborations/new-product-page/problem.yaml")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "title: ", with: "title: Renamed ").write(toFile: path, atomically: false, encoding: .utf8)
        let after = try Self.outputs(workspace.root, cache: cache)
        #expect(after != before)
        #expect(after == (try Self.outputs(workspace.root, cache: nil)))
        #expect(cache.filesDecoded == decoded + 1)
    }

    @Test func aDeletedCollaborationDisappearsAndANewOneAppears() throws {
        let workspace = try TransactionWorkspace()
        let cache = RecordCache()
        _ = try Self.outputs(workspace.root, cache: cache)
        let folders = cache.folderCount
        let collaborations = workspace.folder.url.appendingPathComponent("collaborations")
        try FileManager.default.copyItem(at: collaborations.appendingPathComponent("new-product-page"),
                                         to: collaborations.appendingPathComponent("copied-page"))
        var warm = try Self.outputs(workspace.root, cache: cache)
        #expect(warm[0].contains("\"copied-page\""))
        #expect(warm == (try Self.outputs(workspace.root, cache: nil)))
        #expect(cache.folderCount == folders + 1)
        try FileManager.default.removeItem(at: collaborations.appendingPathComponent("new-product-page"))
        warm = try Self.outputs(workspace.root, cache: cache)
        #expect(!warm[0].contains("\"new-product-page\""))
        #expect(warm == (try Self.outputs(workspace.root, cache: nil)))
        #expect(cache.folderCount == folders, "the deleted collaboration's files are forgotten")
    }

    /// Random edits — values changed, lines cut, files removed and restored, meetings added —
    /// and after each, the warm outputs equal the cold ones.
    @Test func warmOutputsEqualColdOnesAfterRandomEdits() throws {
        let workspace = try TransactionWorkspace()
        let cache = RecordCache()
        var random = SplitMix64(seed: 32)
        let root = workspace.root
        let files = try FileManager.default.subpathsOfDirectory(atPath: Path.join(root, "collaborations"))
            .filter { $0.hasSuffix(".yaml") }.map { Path.join(root, "collaborations/" + $0) }.sorted()
        let originals = try files.map { try String(contentsOfFile: $0, encoding: .utf8) }
        for round in 0..<40 {
            let index = Int(random.next() % UInt64(files.count))
            let path = files[index]
            switch random.next() % 5 {
            case 0: try? FileManager.default.removeItem(atPath: path)
            case 1: try originals[index].write(toFile: path, atomically: true, encoding: .utf8)
            case 2:
                var lines = originals[index].split(separator: "\n", omittingEmptySubsequences: false)
                if !lines.isEmpty { lines.remove(at: Int(random.next() % UInt64(lines.count))) }
                try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
            case 3:
                let meeting = Path.join(Path.parent(path), "meetings/2024-07-0\(round % 9 + 1)-extra.yaml")
                try? FileManager.default.createDirectory(atPath: Path.parent(meeting), withIntermediateDirectories: true)
                try "topic: t\ndate: 2024-07-0\(round % 9 + 1)\n".write(toFile: meeting, atomically: false, encoding: .utf8)
            default:
                let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? originals[index]
                try text.replacingOccurrences(of: "2024", with: "2025").write(toFile: path, atomically: false, encoding: .utf8)
            }
            #expect(try Self.outputs(root, cache: cache) == Self.outputs(root, cache: nil), "round \(round)")
        }
    }
}
