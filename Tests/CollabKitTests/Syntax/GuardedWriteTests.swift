import Foundation
import Testing
@testable import CollabKit

/// A file that changed on disk after collab read it is never overwritten.
struct GuardedWriteTests {
    @Test func aFileChangedBetweenReadAndWriteIsNotOverwritten() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("problem.yaml", "title: 原来\nstage: define\n")
        let read = try #require(try FileSystem.read(file.path))
        let edited = try Self.staging(read)
        try "title: 别人改过\nstage: define\n".write(to: file, atomically: true, encoding: .utf8)
        let error = #expect(throws: FileSystemError.self) {
            try FileSystem.replace(file.path, readAs: read, with: edited, within: folder.path)
        }
        #expect(error?.description == "\(file.path): changed on disk since collab read it; nothing was written")
        #expect(error?.message.text(.zh) == "\(file.path)：在 collab 读取之后已被改动；未写入任何内容")
        #expect(try String(contentsOf: file, encoding: .utf8) == "title: 别人改过\nstage: define\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["problem.yaml"])
    }

    static func staging(_ bytes: [UInt8]) throws -> [UInt8] {
        var editor = RecordEditor(bytes, file: .problem)
        try editor.set(RecordPath(.problem, [.key("stage")]), to: .text("initiate"))
        return editor.bytes
    }

    @Test func anUnchangedFileIsReplacedWhole() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("problem.yaml", "title: 原来\nstage: define\n")
        let read = try #require(try FileSystem.read(file.path))
        try FileSystem.replace(file.path, readAs: read, with: try Self.staging(read), within: folder.path)
        #expect(try String(contentsOf: file, encoding: .utf8) == "title: 原来\nstage: initiate\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["problem.yaml"])
    }

    @Test func aSymbolicLinkOutOfTheWorkspaceIsNeitherReadNorWrittenThrough() throws {
        let outside = try TemporaryFolder()
        let secret = try outside.write("secret.yaml", "title: 机密\n")
        let workspace = try TemporaryFolder()
        let link = workspace.url.appendingPathComponent("problem.yaml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: secret)
        let realSecret = try #require(FileSystem.realPath(secret.path))
        #expect(throws: FileSystemError.outside(link.path, realSecret)) {
            try Containment.read(link.path, root: workspace.path, limit: 1 << 20)
        }
        #expect(throws: FileSystemError.outside(link.path, realSecret)) {
            try FileSystem.replace(link.path, readAs: Array("title: 机密\n".utf8), with: Array("title: 改\n".utf8), within: workspace.path)
        }
        #expect(try String(contentsOf: secret, encoding: .utf8) == "title: 机密\n")
    }

    @Test func aSymbolicLinkInsideTheWorkspaceIsRead() throws {
        let workspace = try TemporaryFolder()
        let target = try workspace.write("real.yaml", "title: 内部\n")
        let link = workspace.url.appendingPathComponent("problem.yaml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        #expect(try Containment.read(link.path, root: workspace.path, limit: 1 << 20) == Array("title: 内部\n".utf8))
        let dangling = workspace.url.appendingPathComponent("tasks.yaml")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "/nonexistent/tasks.yaml")
        #expect(try Containment.read(dangling.path, root: workspace.path, limit: 1 << 20) == nil)
    }
}
