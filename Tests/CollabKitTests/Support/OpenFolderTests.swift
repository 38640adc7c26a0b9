import Foundation
import Testing
@testable import CollabKit

/// Writes through a folder's descriptor (docs/reference.md §15).
struct OpenFolderTests {
    /// A temporary file under this process's own name was left by a killed process that had
    /// the same id before (ids are reused): the write removes it instead of failing.
    @Test func aTemporaryNameLeftByAnEarlierHolderOfThisPidIsTakenOver() throws {
        let folder = try TemporaryFolder()
        let stale = try folder.write(Leftovers.temporaryName(for: "tasks.yaml"), "half a file")
        try FileSystem.writeAtomically(Array("tasks: []\n".utf8), to: folder.path + "/tasks.yaml", within: folder.path)
        #expect(try String(contentsOfFile: folder.path + "/tasks.yaml", encoding: .utf8) == "tasks: []\n")
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    /// A link that stays inside is written through; one that leads outside is refused and
    /// nothing is written there.
    @Test func aLinkIsWrittenThroughOnlyWhenItStaysInside() throws {
        let root = try TemporaryFolder(), outside = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: root.path + "/real", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/inside", withDestinationPath: "real")
        try FileManager.default.createSymbolicLink(atPath: root.path + "/away", withDestinationPath: outside.path)
        try FileSystem.writeAtomically(Array("a\n".utf8), to: root.path + "/inside/f.yaml", within: root.path)
        #expect(FileManager.default.fileExists(atPath: root.path + "/real/f.yaml"))
        #expect(throws: FileSystemError.self) {
            try FileSystem.writeAtomically(Array("b\n".utf8), to: root.path + "/away/f.yaml", within: root.path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }
}
