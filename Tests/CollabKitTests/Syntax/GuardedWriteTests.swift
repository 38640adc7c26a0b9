import Foundation
import Testing
@testable import CollabKit

/// A file that changed on disk after collab read it is never overwritten.
struct GuardedWriteTests {
    @Test func aFileChangedBetweenReadAndWriteIsNotOverwritten() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("problem.yaml", "title: 原来\nstage: define\n")
        let read = try #require(try FileSystem.read(file.path))
        let edited = try ScalarEdit.setting(["stage"], to: "initiate", in: read)
        try "title: 别人改过\nstage: define\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: FileSystemError(file.path, "changed on disk since collab read it; nothing was written")) {
            try FileSystem.replace(file.path, readAs: read, with: edited)
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "title: 别人改过\nstage: define\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["problem.yaml"])
    }

    @Test func anUnchangedFileIsReplacedWhole() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("problem.yaml", "title: 原来\nstage: define\n")
        let read = try #require(try FileSystem.read(file.path))
        try FileSystem.replace(file.path, readAs: read, with: try ScalarEdit.setting(["stage"], to: "initiate", in: read))
        #expect(try String(contentsOf: file, encoding: .utf8) == "title: 原来\nstage: initiate\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["problem.yaml"])
    }
}
