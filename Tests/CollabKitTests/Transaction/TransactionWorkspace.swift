import Foundation
import CollabTestSupport
import Testing
@testable import CollabKit

/// A copy of the package's workspace template in a temporary folder, optionally a git
/// repository made with the git CLI (the independent witness of what a transaction commits).
final class TransactionWorkspace: @unchecked Sendable {
    let folder: TemporaryFolder
    var root: String { folder.path }
    static let today = CalendarDate(year: 2024, month: 7, day: 2)!
    static let tasks = "collaborations/new-product-page/tasks.yaml"

    init(git: Bool = false) throws {
        folder = try TemporaryFolder()
        for name in ["collab.yaml", "collaborations", "templates"] {
            try FileManager.default.copyItem(at: TestPaths.workspaceTemplate.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
        guard git else { return }
        try self.git("init", "-q", "-b", "main")
        try self.git("config", "user.name", "李主管")
        try self.git("config", "user.email", "li@example.com")
        try self.git("add", "-A")
        try self.git("commit", "-q", "-m", "start")
    }

    /// A transaction of `id` on the workspace as it is on disk now.
    func transaction(_ id: String = "new-product-page", commit: Bool = false) throws -> CollaborationTransaction {
        CollaborationTransaction(workspace: try Workspace.load(root: root), collaboration: id, today: Self.today,
                                 commit: commit ? GitEnvironment() : nil)
    }

    func bytes(_ relative: String) throws -> Data { try Data(contentsOf: folder.url.appendingPathComponent(relative)) }

    func text(_ relative: String) throws -> String { String(decoding: try bytes(relative), as: UTF8.self) }

    /// The names in a folder of the workspace, hidden ones included.
    func names(in relative: String) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent(relative).path))
    }

    /// Runs git in the workspace and returns its standard output; a failure is a test failure.
    @discardableResult
    func git(_ arguments: String..., sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let result = try ChildProcess.run(["git"] + arguments, in: folder.url,
                                          environment: ["PATH": "/usr/bin:/bin", "HOME": root, "GIT_CONFIG_NOSYSTEM": "1"])
        #expect(result.status == 0, "git \(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout
    }
}
