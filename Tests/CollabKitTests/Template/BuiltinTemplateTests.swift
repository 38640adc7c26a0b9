import Foundation
import Testing
@testable import CollabKit

/// `collab init` writes the copy built into the binary; it must equal workspace-template/.
/// After editing the template, run `make embed` (scripts/embed-template).
struct BuiltinTemplateTests {
    @Test func theBuiltInTemplateEqualsWorkspaceTemplateFileForFile() throws {
        let root = TestPaths.workspaceTemplate
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
        var onDisk: [String: String] = [:]
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if isDirectory.boolValue { continue }
            onDisk[path] = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }
        let builtIn = Dictionary(uniqueKeysWithValues: BuiltinTemplate.files.map { ($0.path, $0.contents) })
        #expect(builtIn.keys.sorted() == onDisk.keys.sorted(), "run `make embed` after changing workspace-template/")
        for (path, text) in onDisk {
            #expect(builtIn[path] == text, "\(path) differs from the built-in copy; run `make embed`")
        }
    }

    @Test func theTemplateWorkspacePassesCheckWithoutErrors() throws {
        let workspace = try Workspace.load(root: TestPaths.workspaceTemplate.path)
        let report = try WorkspaceCheck.run(workspace, today: CalendarDate(year: 2024, month: 7, day: 4)!)
        #expect(report.collaborations == 2)
        #expect(report.count(.error) == 0, "\(report.diagnostics.map(\.message))")
    }

    @Test func theClosedExampleIsClosedAndTheOtherInExecuteWithTasksInSeveralStates() throws {
        let root = TestPaths.workspaceTemplate.path
        let closed = try Collaboration.load(id: "q3-data-sync", root: root)
        #expect(closed.problem?.stage?.value == .closed)
        #expect(closed.diagnostics.isEmpty)
        let open = try Collaboration.load(id: "new-product-page", root: root)
        #expect(open.problem?.stage?.value == .execute)
        let states = Set(open.tasks?.items.compactMap { $0.status?.value } ?? [])
        #expect(states == [.done, .doing, .blocked, .todo])
    }
}
