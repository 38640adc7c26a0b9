import CollabTestSupport
import Foundation
import Testing
@testable import CollabKit

/// No input crashes or hangs the parser or the record decoders: every prefix of every
/// template file, and seeded random corruptions of them, end in a document or a diagnostic.
struct RobustnessTests {
    static func templateFiles() throws -> [[UInt8]] {
        let root = TestPaths.workspaceTemplate
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
        var files: [[UInt8]] = []
        while let path = enumerator.nextObject() as? String {
            guard path.hasSuffix(".yaml") else { continue }
            files.append([UInt8](try Data(contentsOf: root.appendingPathComponent(path))))
        }
        return files
    }

    func decodeAll(_ bytes: [UInt8]) {
        guard let document = try? YAMLParser.parse(bytes) else { return }
        var decoder = RecordDecoder(file: "x.yaml", collaboration: "x")
        _ = ProblemRecord(document, decoder: &decoder)
        _ = StakeholderRecord(document, decoder: &decoder)
        _ = TaskTable(document, decoder: &decoder)
        _ = FeedbackRecord(document, decoder: &decoder)
        _ = WorkspaceConfig(document, decoder: &decoder)
        _ = MeetingRecord(name: "2024-06-15-kickoff", document, decoder: &decoder)
        _ = EventPrinter.events(document)
    }

    @Test func everyTruncationOfEveryTemplateFileParsesOrIsRejected() throws {
        let files = try Self.templateFiles()
        try #require(files.count >= 10)
        for bytes in files {
            for length in 0...bytes.count { decodeAll(Array(bytes[..<length])) }
        }
    }

    @Test func randomCorruptionsParseOrAreRejected() throws {
        var generator = SplitMix64(seed: 0xC011AB)
        let interesting: [UInt8] = Array(" \t\n\r:-#'\"[]{}|>&*!%@`,?\\".utf8) + [0x00, 0xFF, 0xE4, 0xB8]
        for bytes in try Self.templateFiles() {
            for _ in 0..<300 {
                var mutated = bytes
                for _ in 0..<Int(generator.next() % 4 + 1) where !mutated.isEmpty {
                    let position = Int(generator.next() % UInt64(mutated.count))
                    mutated[position] = interesting[Int(generator.next() % UInt64(interesting.count))]
                }
                decodeAll(mutated)
            }
        }
    }

    /// The merge driver on related inputs — a template file and two variants with lines
    /// dropped, repeated, swapped, re-indented or bytes corrupted — as every kind of record:
    /// never a trap, and a clean merge always reads back.
    @Test func mergingMutatedVariantsNeverTrapsAndCleanMergesReadBack() throws {
        var generator = SplitMix64(seed: 0x3E46E7)
        let interesting: [UInt8] = Array(" \t\n:-#'\"[]{}|".utf8) + [0xE4, 0xB8]
        func variant(_ bytes: [UInt8]) -> [UInt8] {
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            for _ in 0..<Int(generator.next() % 3 + 1) where lines.count > 1 {
                let index = Int(generator.next() % UInt64(lines.count))
                switch generator.next() % 6 {
                case 0: lines.remove(at: index)
                case 1: lines.insert(lines[index], at: index)
                case 2: lines.swapAt(index, Int(generator.next() % UInt64(lines.count)))
                case 3: lines[index] = [0x20, 0x20] + lines[index]
                case 4 where !lines[index].isEmpty:
                    lines[index][Int(generator.next() % UInt64(lines[index].count))] = interesting[Int(generator.next() % UInt64(interesting.count))]
                default: lines.append(Array("  - id: T9\n    title: 新增".utf8))
                }
            }
            return Array(lines.joined(separator: [0x0A]))
        }
        let kinds: [RecordFile] = RecordFile.required + [.meeting("2024-06-15-kickoff")]
        var clean = 0
        for base in try Self.templateFiles() {
            for _ in 0..<120 {
                let ours = variant(base), theirs = variant(base)
                let file = kinds[Int(generator.next() % UInt64(kinds.count))]
                guard let outcome = RecordMerge.merge(base: base, ours: ours, theirs: theirs, file: file) else { continue }
                if outcome.conflicts == 0 {
                    clean += 1
                    #expect((try? YAMLParser.parse(outcome.bytes)) != nil)
                }
            }
        }
        #expect(clean > 100, "\(clean)")
    }

    @Test func binaryInputIsRejected() {
        var generator = SplitMix64(seed: 7)
        let noise = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        #expect(throws: SyntaxError.self) { try YAMLParser.parse(noise) }
    }
}
