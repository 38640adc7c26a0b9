import Foundation
import Testing
@testable import CollabKit

/// Races and failures on the library's write sequence, in one process: the lock serialises
/// two transactions of one collaboration (neither change is lost), and a write that fails
/// part way leaves the file as it was, with no temporary file or lock behind.
@Suite struct TransactionSafetyTests {
    static let folder = "collaborations/new-product-page"

    /// What each racing thread came to.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [String: Result<EditOutcome.Result, any Error>] = [:]
        func set(_ name: String, _ result: Result<EditOutcome.Result, any Error>) { lock.withLock { outcomes[name] = result } }
        func get(_ name: String) -> Result<EditOutcome.Result, any Error>? { lock.withLock { outcomes[name] } }
    }

    @Test func twoTransactionsRacingOnOneCollaborationAreSerialisedAndLoseNothing() throws {
        let workspace = try TransactionWorkspace()
        let first = try workspace.transaction(), second = try workspace.transaction()
        let results = Results()
        let firstHasRead = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        // Threads of their own: a queue of the shared pool might run the second only after
        // the first, which would prove nothing.
        Thread {
            results.set("first", Result {
                try first.edit { edit in
                    try edit.set("tasks.T3.due", to: "2024-07-09")
                    firstHasRead.signal()
                    // The second writer starts now, while this one holds what it read.
                    Thread.sleep(forTimeInterval: 0.3)
                }.result
            })
            done.signal()
        }.start()
        firstHasRead.wait()
        Thread {
            results.set("second", Result { try second.edit { try $0.set("tasks.T4.due", to: "2024-07-10") }.result })
            done.signal()
        }.start()
        done.wait()
        done.wait()
        #expect(try results.get("first")?.get() == .written)
        #expect(try results.get("second")?.get() == .written)
        let tasks = try workspace.text(TransactionWorkspace.tasks)
        #expect(tasks.contains("due: 2024-07-09") && tasks.contains("due: 2024-07-10"), "an update was lost:\n\(tasks)")
    }

    @Test func aChangeThatThrowsWritesNothingAndLeavesNothingBehind() throws {
        let workspace = try TransactionWorkspace()
        let before = try workspace.bytes(TransactionWorkspace.tasks)
        let names = try workspace.names(in: Self.folder)
        #expect(throws: PathError.self) {
            try workspace.transaction().edit { edit in
                try edit.set("tasks.T3.due", to: "2024-07-09")
                try edit.set("tasks.T99.due", to: "2024-07-09")
            }
        }
        #expect(try workspace.bytes(TransactionWorkspace.tasks) == before)
        #expect(try workspace.names(in: Self.folder) == names)
    }

    @Test func aReadOnlyFileIsLeftIntactWithNoTemporaryFileBehind() throws {
        let workspace = try TransactionWorkspace()
        let path = workspace.folder.url.appendingPathComponent(TransactionWorkspace.tasks).path
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let before = try workspace.bytes(TransactionWorkspace.tasks)
        let names = try workspace.names(in: Self.folder)
        #expect(throws: FileSystemError.self) { try workspace.transaction().edit { try $0.set("tasks.T3.due", to: "2024-07-09") } }
        #expect(try workspace.bytes(TransactionWorkspace.tasks) == before)
        #expect(try workspace.names(in: Self.folder) == names)
    }

    @Test func aFileChangedByAnotherHandMidwayIsNotOverwritten() throws {
        let workspace = try TransactionWorkspace()
        let names = try workspace.names(in: Self.folder)
        let theirs = try workspace.text(TransactionWorkspace.tasks) + "# changed by hand\n"
        #expect(throws: FileSystemError.self) {
            try workspace.transaction().edit { edit in
                try edit.set("tasks.T3.due", to: "2024-07-09")
                try workspace.folder.write(TransactionWorkspace.tasks, theirs)
            }
        }
        #expect(try workspace.text(TransactionWorkspace.tasks) == theirs)
        #expect(try workspace.names(in: Self.folder) == names)
    }

    @Test func aCommitThatCannotBeMadeWritesNothing() throws {
        let workspace = try TransactionWorkspace(git: true)
        try workspace.folder.write(".git/index.lock", "")
        let before = try workspace.bytes(TransactionWorkspace.tasks)
        #expect(throws: GitError.self) { try workspace.transaction(commit: true).edit { try $0.set("tasks.T3.due", to: "2024-07-09") } }
        #expect(try workspace.bytes(TransactionWorkspace.tasks) == before)
        #expect(throws: GitError.self) { try workspace.transaction("fresh", commit: true).create(title: "x", lead: nil) }
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.url.appendingPathComponent("collaborations/fresh").path))
    }
}
