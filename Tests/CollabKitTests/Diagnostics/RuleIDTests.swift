import Testing
@testable import CollabKit

/// A rule's definition is looked up by the case's stored number (`RuleID.ordinal`), which must
/// be its position among `allCases`, for every case; and the tables hold what `describe` says.
struct RuleIDTests {
    @Test func everyCaseIsStoredAsItsPositionAndReadsItsOwnDefinition() {
        #expect(MemoryLayout<RuleID>.size == 1)
        for (position, rule) in RuleID.allCases.enumerated() {
            #expect(rule.ordinal == position, "\(rule.rawValue)")
            let described = RuleID.describe(rule)
            #expect(rule.severity == described.severity && rule.family == described.family, "\(rule.rawValue)")
            #expect(rule.summary.text(.en) == described.summary.text(.en) && rule.summary.text(.zh) == described.summary.text(.zh))
        }
    }

    @Test func severitiesAreTheOnesTheReferenceGives() {
        #expect(RuleID.taskOverdue.severity == .warning)
        #expect(RuleID.taskDueSoon.severity == .notice)
        #expect(RuleID.notACollaboration.severity == .notice)
        #expect(RuleID.syntax.severity == .error)
        #expect(RuleID.actionDueSoon.severity == .notice)
        #expect(RuleID.dueMoved.severity == .warning)
    }
}
