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

/// A small deterministic random number generator, so failures repeat.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Large but legal inputs finish: a 20,000-task dependency chain closed into a cycle.
struct LargeInputTests {
    @Test func aLongDependencyChainIsCheckedWithoutOverflowingTheStack() throws {
        let folder = try TemporaryFolder()
        try folder.write("collab.yaml", "version: 1\n")
        try folder.write("collaborations/chain/problem.yaml", "title: 链\nstage: plan\nopened: 2024-01-01\n")
        try folder.write("collaborations/chain/stakeholders.yaml", "")
        try folder.write("collaborations/chain/feedback.yaml", "")
        var tasks = "tasks:\n"
        let count = 20_000
        for number in 1...count {
            tasks += "  - id: T\(number)\n    depends_on: [T\(number == count ? 1 : number + 1)]\n"
        }
        try folder.write("collaborations/chain/tasks.yaml", tasks)
        let report = try WorkspaceCheck.run(try Workspace.load(root: folder.path), today: CalendarDate(year: 2024, month: 1, day: 2)!)
        let cycles = report.diagnostics.filter { $0.rule == .taskDependencyCycle }
        #expect(cycles.count == 1)
        #expect(cycles.first?.line == 3)
        #expect(cycles.first?.message.text(.en).hasSuffix("T9 → T10 → … (20000 tasks) → T1") == true)
        #expect(cycles.first?.message.text(.zh).hasSuffix("T9 → T10 → …（共 20000 个任务） → T1") == true)
    }
}
