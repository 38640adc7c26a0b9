import Testing
@testable import CollabKit

/// Identity before ids, on small files: what the driver follows, and where it gives up.
struct ItemIdentityTests {
    static func task(_ id: String, _ title: String, _ owner: String, _ extra: String = "") -> String {
        "  - id: \(id)\n    title: \(title)\n    owner: \(owner)\n    department: tech\n" + extra
    }

    static func merge(_ base: String, _ ours: String, _ theirs: String, file: RecordFile = .tasks) throws -> RecordMerge.Outcome {
        try #require(RecordMerge.merge(base: Array(base.utf8), ours: Array(ours.utf8), theirs: Array(theirs.utf8), file: file))
    }

    @Test func aTaskChangedInTwoIdentityFieldsOnOneSideAndUpdatedOnTheOtherIsAConflict() throws {
        let base = "tasks:\n" + Self.task("T1", "甲", "冯主管")
        let ours = "tasks:\n" + Self.task("T1", "乙", "钱工程师")
        let theirs = "tasks:\n" + Self.task("T1", "甲", "冯主管", "    status: doing\n")
        let outcome = try Self.merge(base, ours, theirs)
        #expect(outcome.conflicts == 1, "\(String(decoding: outcome.bytes, as: UTF8.self))")
    }

    @Test func aRetitledTaskStillTakesTheOtherSidesStatus() throws {
        let base = "tasks:\n" + Self.task("T1", "甲", "冯主管")
        let ours = "tasks:\n" + Self.task("T1", "甲（修订）", "冯主管")
        let theirs = "tasks:\n" + Self.task("T1", "甲", "冯主管", "    status: doing\n")
        let outcome = try Self.merge(base, ours, theirs)
        #expect(outcome.conflicts == 0)
        #expect(String(decoding: outcome.bytes, as: UTF8.self) == "tasks:\n" + Self.task("T1", "甲（修订）", "冯主管", "    status: doing\n"))
    }

    @Test func aDecisionRewordedOnOneSideIsTakenWhenTheOtherLeftItAlone() throws {
        let base = "topic: 会\ndecisions:\n  - id: D1\n    text: 旧\n"
        let theirs = "topic: 会\ndecisions:\n  - id: D1\n    text: 新\n"
        let outcome = try Self.merge(base, "topic: 改\ndecisions:\n  - id: D1\n    text: 旧\n", theirs, file: .meeting("2024-06-15-kickoff"))
        #expect(String(decoding: outcome.bytes, as: UTF8.self) == "topic: 改\ndecisions:\n  - id: D1\n    text: 新\n")
    }

    /// Found in review: reworded differently on both sides, D1 matched nothing on either
    /// side, and theirs' wording became a new decision D2 beside ours: two decisions that
    /// contradict each other, merged cleanly.
    @Test func aDecisionRewordedDifferentlyOnBothSidesIsAConflictNotTwoDecisions() throws {
        let base = "topic: 会\ndecisions:\n  - id: D1\n    text: 数据提报截止为每月5日\n"
        let outcome = try Self.merge(base, base.replacingOccurrences(of: "5日", with: "3日"),
                                     base.replacingOccurrences(of: "5日", with: "10日"), file: .meeting("2024-10-08-plan"))
        #expect(outcome.conflicts == 1, "\(String(decoding: outcome.bytes, as: UTF8.self))")
        #expect(!String(decoding: outcome.bytes, as: UTF8.self).contains("D2"))
    }

    @Test func aTaskRetitledAndReassignedOnBothSidesIsAConflict() throws {
        let base = "tasks:\n" + Self.task("T1", "甲", "冯主管")
        let outcome = try Self.merge(base, "tasks:\n" + Self.task("T1", "乙", "钱工程师"), "tasks:\n" + Self.task("T1", "丙", "周经理"))
        #expect(outcome.conflicts > 0 && outcome.notes.isEmpty, "\(String(decoding: outcome.bytes, as: UTF8.self))")
    }

    /// Found in review: ours' T6 and T7 both differ from base's T6 in one field; which of
    /// the two is base's cannot be told, so theirs' progress on it is a conflict.
    @Test func aTaskEquallyCloseToTwoOfOursIsNotTakenForEither() throws {
        let base = "tasks:\n" + Self.task("T6", "周报", "冯主管")
        let ours = "tasks:\n" + Self.task("T6", "周报", "钱工程师") + Self.task("T7", "周报-冯", "冯主管")
        let theirs = "tasks:\n" + Self.task("T6", "周报", "冯主管", "    status: doing\n")
        let outcome = try Self.merge(base, ours, theirs)
        let text = String(decoding: outcome.bytes, as: UTF8.self)
        #expect(outcome.conflicts == 1, "\(text)")
        #expect(!text.contains("    owner: 钱工程师\n    department: tech\n    status: doing\n"), "\(text)")
    }

    @Test func aListWithAnIdTwiceIsOneConflictWhenBothSidesChangedIt() throws {
        let base = "tasks:\n" + Self.task("T1", "甲", "冯主管") + Self.task("T1", "乙", "冯主管")
        let ours = base + Self.task("T2", "丙", "冯主管")
        let theirs = base.replacingOccurrences(of: "title: 乙", with: "title: 乙2")
        let outcome = try Self.merge(base, ours, theirs)
        #expect(outcome.conflicts == 1)
    }
}
