/// A stay in one stage, from the day the collaboration entered it: the one definition of "days
/// in a stage" that `collab log` and `collab metrics` share (docs/reference.md §8, §13).
public struct StageVisit: Sendable, Equatable {
    /// The stage as the history (or the records) write it; nil where problem.yaml was removed.
    public var stage: String?
    /// The day it began: its commit's date, never before the day the previous visit began
    /// (a change merged from a branch may carry an older date than the one before it).
    public var start: CalendarDate

    public init(stage: String?, start: CalendarDate) {
        self.stage = stage
        self.start = start
    }

    /// The stage, where it is one of the six.
    public var knownStage: Stage? { stage.flatMap(Stage.init(rawValue:)) }

    /// One visit for each transition, oldest first, days never going back.
    public static func timeline(_ transitions: [StageTransition]) -> [StageVisit] {
        var visits: [StageVisit] = []
        for transition in transitions { visits.appendVisit(of: transition.to, on: transition.author.date) }
        return visits
    }

    /// The days spent in visit `index` of `visits`: calendar days until the next visit began
    /// (the last one runs until `today`), never negative.
    public static func days(_ visits: [StageVisit], at index: Int, today: CalendarDate) -> Int {
        let end = index + 1 < visits.count ? visits[index + 1].start : today
        return max(0, end.days(since: visits[index].start))
    }
}

extension [StageVisit] {
    /// Appends a visit of `stage` that began on `date`, or on the day the last one began where
    /// that is later.
    public mutating func appendVisit(of stage: String?, on date: CalendarDate) {
        append(StageVisit(stage: stage, start: Swift.max(date, last?.start ?? date)))
    }
}
