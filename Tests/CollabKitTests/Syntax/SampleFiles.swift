import Foundation
@testable import CollabKit

/// Files the property tests run over: every template file and every yaml-test-suite case
/// the parser accepts.
enum SampleFiles {
    static func all() throws -> [(name: String, bytes: [UInt8])] {
        var samples = try RobustnessTests.templateFiles().enumerated().map { ("template #\($0.offset)", $0.element) }
        let traps = TestPaths.fixtures.appendingPathComponent("yaml11-traps.yaml")
        samples.append(("yaml11-traps.yaml", [UInt8](try Data(contentsOf: traps))))
        for testCase in try YAMLTestSuiteTests.cases() where !testCase.isError {
            if (try? YAMLParser.parse(testCase.input)) != nil { samples.append((testCase.name, testCase.input)) }
        }
        return samples
    }

    /// The data of a document, with null and "" told apart, for equality checks.
    static func data(_ node: Node?) -> String {
        guard let node else { return "∅" }
        switch node {
        case .scalar(let scalar): return scalar.isNull ? "null" : "\"" + scalar.text.debugDescription + "\""
        case .sequence(let sequence): return "[" + sequence.items.map(data).joined(separator: ",") + "]"
        case .mapping(let mapping): return "{" + mapping.entries.map { $0.key.text.debugDescription + ":" + data($0.value) }.joined(separator: ",") + "}"
        }
    }

    /// Paths (keys from the root) of every scalar that sits in block mappings all the way down.
    static func scalarPaths(_ node: Node?, _ prefix: [String] = []) -> [[String]] {
        guard case .mapping(let mapping)? = node, !mapping.isFlow else { return [] }
        var paths: [[String]] = []
        var seen = Set<String>()
        for entry in mapping.entries where seen.insert(entry.key.text).inserted {
            let path = prefix + [entry.key.text]
            switch entry.value {
            case .scalar(let scalar) where scalar.style != .literal: paths.append(path)
            case .mapping: paths += scalarPaths(entry.value, path)
            default: break
            }
        }
        return paths
    }
}
