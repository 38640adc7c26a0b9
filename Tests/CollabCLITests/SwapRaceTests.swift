import Foundation
import Synchronization
import Testing

/// A collaboration folder swapped for a symbolic link to an outside folder while collab
/// writes cannot redirect the write (docs/reference.md §15): on the real binary, with a
/// thread of this test swapping the folder back and forth as fast as it can.
struct SwapRaceTests {
    final class Swapper: Sendable {
        let stop = Atomic<Bool>(false)
        let swaps = Atomic<Int>(0)

        /// Swaps `folder` for a link to `outside` and back until stopped; the folder is
        /// always put back before it returns.
        func run(folder: String, outside: String) {
            let moved = folder + ".real"
            while !stop.load(ordering: .relaxed) {
                guard rename(folder, moved) == 0 else { continue }
                symlink(outside, folder)
                usleep(UInt32.random(in: 0...300))
                unlink(folder)
                rename(moved, folder)
                usleep(UInt32.random(in: 0...300))
                swaps.add(1, ordering: .relaxed)
            }
        }
    }

    /// The files of a folder, name by name, with their bytes.
    static func contents(_ path: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.subpathsOfDirectory(atPath: path) {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory)
            result[name] = isDirectory.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: path + "/" + name))
        }
        return result
    }

    @Test func aFolderSwappedForALinkDuringWritesNeverSendsOneOutside() throws {
        let scratch = try Scratch.workspace()
        let id = "new-product-page"
        let folder = scratch.path + "/collaborations/" + id
        // Outside: a copy of the collaboration, so a write that reached it would succeed.
        let outside = try Scratch()
        try FileManager.default.copyItem(atPath: folder, toPath: outside.path + "/copy")
        let before = try Self.contents(outside.path)

        let swapper = Swapper()
        let link = outside.path + "/copy"
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            swapper.run(folder: folder, outside: link)
            done.signal()
        }
        var (written, refused) = (0, 0)
        for round in 0..<150 {
            let arguments: [[String]] = [
                ["set", id, "tasks.T3.due=2024-07-\(10 + round % 9)"],
                ["update", id, "T3", "第 \(round) 次进展"],
                ["meeting", id, "--topic", "第 \(round) 次会", "--slug", "m\(round)"],
            ]
            for command in arguments {
                let result = try CLI.run(command, in: scratch.path, environment: ["COLLAB_TODAY": "2024-07-01"])
                #expect([0, 1, 2].contains(result.status), "\(command): \(result.status) \(result.stderr)")
                if result.status == 0 { written += 1 }
                if result.stderr.contains("outside the workspace") { refused += 1 }
            }
        }
        swapper.stop.store(true, ordering: .relaxed)
        done.wait()

        #expect(try Self.contents(outside.path) == before, "nothing was written outside the workspace")
        #expect(written > 0 && refused > 0, "both sides of the race were hit: \(written) writes, \(refused) refused, \(swapper.swaps.load(ordering: .relaxed)) swaps")
        let check = try CLI.run(["check", id], in: scratch.path, environment: ["COLLAB_TODAY": "2024-07-01"])
        #expect(check.status != 2, "\(check.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + ".real"))
    }
}
