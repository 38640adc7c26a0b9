import Foundation
import Testing
@testable import CollabKit

/// Thousands of generated documents inside the subset (SubsetDocumentGenerator) read
/// identically by collab and by PyYAML's BaseLoader, which applies no implicit types: the
/// same mappings, sequences and strings, key for key (docs/reference.md §5).
struct PyYAMLDifferentialTests {
    static let count = 3_000

    /// As generated, with BaseLoader; formatted by fmt, with SafeLoader too (YAML 1.1's
    /// implicit types: what fmt writes must not turn `no` into false or `010` into 8).
    @Test(arguments: [false, true])
    func generatedSubsetDocumentsReadTheSameInPyYAML(formatted: Bool) throws {
        let folder = try TemporaryFolder()
        var generator = SubsetDocumentGenerator(seed: 20_241_020)
        var names: [String] = []
        var expected: [String] = []
        var rejected = 0
        for index in 0..<Self.count {
            var text = generator.document()
            do {
                if formatted { text = String(decoding: try Formatter.format(Array(text.utf8)), as: UTF8.self) }
                expected.append(NodeJSON.render(try YAMLParser.parse(Array(text.utf8))))
            } catch {
                rejected += 1
                if rejected <= 5 { Issue.record("collab rejects a document in the subset: \(error)\n\(text)") }
                continue
            }
            names.append(try folder.write("d\(index).yaml", Data(text.utf8)).path)
        }
        #expect(rejected == 0)
        let lines = try EditAndFormatPropertyTests.pyYAML(names, safe: formatted)
        try #require(lines.count >= expected.count)
        var differ = 0
        for index in expected.indices {
            let theirs = try JSONSerialization.jsonObject(with: Data(lines[index].utf8), options: [.fragmentsAllowed]) as? NSObject
            let ours = try JSONSerialization.jsonObject(with: Data(expected[index].utf8), options: [.fragmentsAllowed]) as? NSObject
            if theirs != ours {
                differ += 1
                if differ <= 5 {
                    let text = (try? String(contentsOfFile: names[index], encoding: .utf8)) ?? ""
                    Issue.record("PyYAML \(lines[index])\ncollab \(expected[index])\n\(text)")
                }
            }
        }
        #expect(differ == 0, "\(differ) of \(expected.count) documents read differently")
        #expect(expected.count == Self.count)
    }
}
