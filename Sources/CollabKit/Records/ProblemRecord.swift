/// problem.yaml — 问题定义 / 需求与目标.
public struct ProblemRecord: Sendable {
    public struct Cause: Sendable {
        public var positions: KeyPositions
        public var department: TextField?
        public var cause: TextField?
    }

    public struct Goal: Sendable {
        public var positions: KeyPositions
        public var statement: TextField?
        public var metric: TextField?
        public var target: TextField?
        public var due: Field<CalendarDate>?
    }

    public static let keys = RecordSchema.problem.keys
    static let requiredKeys = RecordSchema.problem.requiredKeys
    static let causeKeys = RecordSchema.problem.nested("causes").keys
    static let goalKeys = RecordSchema.problem.nested("goal").keys

    public var positions: KeyPositions
    public var title: TextField?
    public var stage: Field<Stage>?
    public var opened: Field<CalendarDate>?
    public var scenario: Field<Scenario>?
    public var reporter: TextField?
    public var background: TextField?
    public var phenomenon: TextField?
    public var essence: TextField?
    public var impact: ListField<TextField>?
    public var causes: ListField<Cause>?
    public var goal: Goal?
    public var deliverables: ListField<TextField>?
    public var acceptance: ListField<TextField>?
    /// Values of `stage` and `opened` the schema rejected, as written.
    public var rejected: [String: String] = [:]

    public init(_ document: YAMLDocument, decoder: inout RecordDecoder) {
        let root = decoder.root(document, keys: ProblemRecord.keys)
        positions = root.positions
        title = decoder.text(root, "title")
        stage = decoder.enumValue(root, "stage", Stage.self)
        opened = decoder.date(root, "opened")
        decoder.requirePresent(root, ProblemRecord.requiredKeys)
        root.reject("stage", unless: stage != nil, into: &rejected)
        root.reject("opened", unless: opened != nil, into: &rejected)
        scenario = decoder.enumValue(root, "scenario", Scenario.self)
        reporter = decoder.text(root, "reporter")
        background = decoder.text(root, "background")
        phenomenon = decoder.text(root, "phenomenon")
        essence = decoder.text(root, "essence")
        impact = decoder.textList(root, "impact")
        causes = decoder.list(root, "causes") { decoder, node in
            guard let item = decoder.mapping(node, keys: ProblemRecord.causeKeys, what: .aCause) else { return nil }
            return Cause(positions: item.positions, department: decoder.text(item, "department"),
                         cause: decoder.text(item, "cause"))
        }
        if let item = decoder.object(root, "goal", keys: ProblemRecord.goalKeys) {
            goal = Goal(positions: item.positions, statement: decoder.text(item, "statement"),
                        metric: decoder.text(item, "metric"), target: decoder.text(item, "target"),
                        due: decoder.date(item, "due"))
        }
        deliverables = decoder.textList(root, "deliverables")
        acceptance = decoder.textList(root, "acceptance")
    }
}
