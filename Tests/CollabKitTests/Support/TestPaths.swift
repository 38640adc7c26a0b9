import Foundation
@testable import CollabKit

/// Where the test fixtures and the package's own folders are.
enum TestPaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let workspaceTemplate = packageRoot.appendingPathComponent("workspace-template")

    /// The record files of one of the template's example collaborations: the four, then its
    /// meetings.
    static func templateFiles(of collaboration: String) throws -> [RecordFile] {
        let meetings = workspaceTemplate.appendingPathComponent("collaborations/\(collaboration)/meetings")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: meetings.path)) ?? []
        return RecordFile.required + names.compactMap { RecordFile(fileName: "meetings/" + $0) }.sorted()
    }

    /// The YAML test suite's cases, vendored with their licence (see its README.md).
    static let yamlTestSuite = fixtures.appendingPathComponent("yaml-test-suite")
}

/// A folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("collab-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> URL {
        try write(relativePath, Data(text.utf8))
    }

    @discardableResult
    func write(_ relativePath: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }
}
