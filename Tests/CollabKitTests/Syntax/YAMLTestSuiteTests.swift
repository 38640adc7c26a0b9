import Foundation
import Testing
@testable import CollabKit

/// The official YAML test suite: every case collab accepts prints exactly its test.event,
/// every error case is rejected, and no case crashes or hangs.
struct YAMLTestSuiteTests {
    struct Case: Sendable {
        var name: String
        var input: [UInt8]
        var events: String?
        var isError: Bool
    }

    static func cases() throws -> [Case] {
        let root = TestPaths.yamlTestSuite
        let manager = FileManager.default
        var cases: [Case] = []
        func add(_ folder: URL, _ name: String) throws {
            guard let input = manager.contents(atPath: folder.appendingPathComponent("in.yaml").path) else { return }
            let events = manager.contents(atPath: folder.appendingPathComponent("test.event").path)
            cases.append(Case(name: name, input: [UInt8](input), events: events.map { String(decoding: $0, as: UTF8.self) },
                              isError: manager.fileExists(atPath: folder.appendingPathComponent("error").path)))
        }
        for name in try manager.contentsOfDirectory(atPath: root.path).sorted() {
            let folder = root.appendingPathComponent(name)
            if manager.fileExists(atPath: folder.appendingPathComponent("in.yaml").path) {
                try add(folder, name)
            } else if let subcases = try? manager.contentsOfDirectory(atPath: folder.path) {
                for sub in subcases.sorted() { try add(folder.appendingPathComponent(sub), "\(name)/\(sub)") }
            }
        }
        return cases
    }

    @Test func everyAcceptedCasePrintsItsEventsAndEveryErrorCaseIsRejected() throws {
        let cases = try Self.cases()
        try #require(cases.count > 300, "the YAML test suite was not found at \(TestPaths.yamlTestSuite.path)")
        var accepted = 0, rejectedValid = 0, rejectedErrors = 0
        var mismatches: [String] = []
        var acceptedErrors: [String] = []
        for testCase in cases {
            do {
                let document = try YAMLParser.parse(testCase.input)
                if testCase.isError {
                    acceptedErrors.append(testCase.name)
                } else if EventPrinter.events(document) != testCase.events {
                    mismatches.append(testCase.name)
                } else {
                    accepted += 1
                }
            } catch {
                if testCase.isError { rejectedErrors += 1 } else { rejectedValid += 1 }
            }
        }
        print("yaml-test-suite: \(cases.count) cases; \(accepted) valid cases accepted with identical events, "
              + "\(rejectedValid) valid cases rejected as outside the subset, \(rejectedErrors) error cases rejected, "
              + "\(mismatches.count) mismatches, \(acceptedErrors.count) error cases accepted")
        #expect(mismatches.isEmpty, "event mismatches: \(mismatches)")
        #expect(acceptedErrors.isEmpty, "invalid YAML accepted: \(acceptedErrors)")
        #expect(accepted >= 88, "fewer valid cases accepted than before: \(accepted)")
    }
}
