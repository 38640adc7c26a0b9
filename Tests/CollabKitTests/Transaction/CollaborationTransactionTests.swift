import Foundation
import Testing
@testable import CollabKit

/// The one write sequence of the library (lock → read → change → check → atomic write →
/// commit), tested without the command line: refusals and dry runs write nothing, a commit
/// holds exactly the edited files under the typed message, racing writers are serialised, and
/// a write that fails leaves the file as it was.
@Suite struct CollaborationTransactionTests {
    static let folder = "collaborations/new-product-page"

    @Test func aChangeAddingAnErrorIsRefusedWritesNothingAndReturnsTheAddedFindings() throws {
        let workspace = try TransactionWorkspace()
        let before = try workspace.bytes(TransactionWorkspace.tasks)
        let outcome = try workspace.transaction().edit { try $0.set("tasks.T3.owner", to: "无名氏") }
        #expect(outcome.result == .refused)
        #expect(outcome.addedErrors == 1)
        #expect(outcome.added.map(\.rule.rawValue).contains("task-owner-unknown"))
        #expect(outcome.changes.map { $0.path?.description } == ["tasks.T3.owner"])
        #expect(outcome.written.isEmpty && outcome.commit == nil)
        #expect(try workspace.bytes(TransactionWorkspace.tasks) == before)
    }

    @Test func aDryRunChecksTheChangeAndWritesNothing() throws {
        let workspace = try TransactionWorkspace()
        let before = try workspace.bytes(TransactionWorkspace.tasks)
        var seen: [Diagnostic]?
        let outcome = try workspace.transaction().edit(dryRun: true, checked: { seen = $0 }) { try $0.set("tasks.T3.due", to: "2024-07-09") }
        #expect(outcome.result == .dryRun)
        #expect(seen == outcome.added)
        #expect(outcome.changes.map(\.new) == ["2024-07-09"])
        #expect(outcome.written.isEmpty)
        #expect(try workspace.bytes(TransactionWorkspace.tasks) == before)
    }

    @Test func anEditWritesOnlyTheChangedLinesAndSaysWhenNothingChanges() throws {
        let workspace = try TransactionWorkspace()
        let outcome = try workspace.transaction().edit { try $0.set("tasks.T3.due", to: "2024-07-09") }
        #expect(outcome.result == .written)
        #expect(outcome.written == [TransactionWorkspace.tasks])
        #expect(try workspace.text(TransactionWorkspace.tasks).contains("due: 2024-07-09"))
        let again = try workspace.transaction().edit { try $0.set("tasks.T3.due", to: "2024-07-09") }
        #expect(again.result == .unchanged && again.changes.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.url.appendingPathComponent(Self.folder + "/.collab.lock").path))
    }

    @Test func aCommitHoldsExactlyTheEditedFilesUnderTheTypedMessage() throws {
        let workspace = try TransactionWorkspace(git: true)
        // Other changes, staged and not, stay out of the commit.
        try workspace.folder.write(Self.folder + "/problem.yaml", try workspace.text(Self.folder + "/problem.yaml") + "# a note\n")
        try workspace.folder.write("notes.txt", "not a record\n")
        try workspace.git("add", "notes.txt")
        let outcome = try workspace.transaction(commit: true).edit { try $0.set("tasks.T3.due", to: "2024-07-09") }
        let message = CommitMessage.edit("new-product-page", outcome.changes)
        #expect(message.description == "collab(new-product-page): tasks.T3.due 2024-07-08 → 2024-07-09")
        let head = try workspace.git("rev-parse", "HEAD")
        #expect(outcome.commit.map { String($0.hex) + "\n" } == head)
        #expect(try workspace.git("log", "-1", "--format=%s") == message.description + "\n")
        #expect(try workspace.git("show", "--name-only", "--format=", "HEAD") == TransactionWorkspace.tasks + "\n")
        #expect(try workspace.git("status", "--porcelain") == " M \(Self.folder)/problem.yaml\nA  notes.txt\n")
    }

    @Test func newAndMeetingCommitTheirFilesUnderTheirMessages() throws {
        let workspace = try TransactionWorkspace(git: true)
        let created = try workspace.transaction("q4-budget", commit: true).create(title: "预算", lead: "finance")
        guard case .created(let folder, let files, let commit?) = created else { Issue.record("\(created)"); return }
        #expect(folder == "collaborations/q4-budget")
        #expect(try workspace.git("log", "-1", "--format=%s%n%H") == "collab(q4-budget): new\n\(commit.hex)\n")
        #expect(try workspace.git("show", "--name-only", "--format=", "HEAD") == files.sorted().joined(separator: "\n") + "\n")
        #expect(try workspace.transaction("q4-budget").create(title: "again", lead: nil) == .exists(folder: folder))

        let meeting = try workspace.transaction("q4-budget", commit: true).recordMeeting(topic: "启动会", slug: "kickoff")
        guard case .created(let file, let name, _, .some) = meeting else { Issue.record("\(meeting)"); return }
        #expect(name == "2024-07-02-kickoff" && file == "collaborations/q4-budget/meetings/2024-07-02-kickoff.yaml")
        #expect(try workspace.git("log", "-1", "--format=%s") == "collab(q4-budget): meeting 2024-07-02-kickoff\n")
        #expect(try workspace.git("show", "--name-only", "--format=", "HEAD") == file + "\n")
        let before = try workspace.bytes(file)
        #expect(try workspace.transaction("q4-budget").recordMeeting(topic: "另一个", slug: "kickoff") == .exists(file: file))
        #expect(try workspace.bytes(file) == before)
    }

    @Test func theCommitMessageHasOneShape() {
        #expect(CommitMessage.advance("q3", from: .plan, to: .execute).description == "collab(q3): plan → execute")
        #expect(CommitMessage.new("q3").description == "collab(q3): new")
        #expect(CommitMessage.meeting("q3", "2024-10-08-plan").description == "collab(q3): meeting 2024-10-08-plan")
        #expect(CommitMessage(collaboration: "q3", subject: "x").description == "collab(q3): x")
    }

    @Test func anUnknownCollaborationIsNamed() throws {
        let workspace = try TransactionWorkspace()
        #expect(throws: WorkspaceError.unknownCollaboration("nope")) { try workspace.transaction("nope").edit { _ in } }
    }
}
