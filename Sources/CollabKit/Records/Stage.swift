/// The six stages of docs/reference.md §3, in order.
public enum Stage: String, CaseIterable, Comparable, Sendable {
    case define, initiate, plan, execute, verify, closed

    private var order: Int { Stage.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.order < rhs.order }

    /// The stages whose gates a collaboration at this stage has passed.
    public var passedGates: [Stage] { Stage.allCases.filter { $0 < self } }
}
