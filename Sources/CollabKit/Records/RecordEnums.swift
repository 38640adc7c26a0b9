/// The enums of the record files (docs/reference.md §2); raw values are what users write.
public protocol RecordEnum: RawRepresentable, CaseIterable, Sendable where RawValue == String {}

extension Stage: RecordEnum {}

public enum Scenario: String, RecordEnum {
    case kickoff, resource, issue, progress, retrospective
}

public enum Cadence: String, RecordEnum {
    case daily, weekly, adhoc
}

public enum Role: String, RecordEnum {
    case lead, decision, execute, support, informed
}

public enum TaskStatus: String, RecordEnum {
    case todo, doing, blocked, done, dropped

    /// Done and dropped tasks are finished; the time rules and the execute gate skip them.
    public var isFinished: Bool { self == .done || self == .dropped }
}

public enum Conclusion: String, RecordEnum {
    case resolved, partial, unresolved
}
