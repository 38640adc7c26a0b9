/// What a rule sees: one collaboration, the workspace settings and today's date, with a
/// way to make findings about one of the collaboration's files.
public struct RuleContext: Sendable {
    public let collaboration: Collaboration
    public let config: WorkspaceConfig
    public let today: CalendarDate
    /// The stakeholder departments by id (first listing wins).
    let departments: [String: StakeholderRecord.Department]
    /// collab.yaml's directory by id, nil without one.
    let directory: [String: WorkspaceConfig.Department]?

    public init(collaboration: Collaboration, config: WorkspaceConfig, today: CalendarDate) {
        self.collaboration = collaboration
        self.config = config
        self.today = today
        self.departments = collaboration.stakeholders?.departmentsByID ?? [:]
        self.directory = config.directory
    }

    var problem: ProblemRecord? { collaboration.problem }
    var stakeholders: StakeholderRecord? { collaboration.stakeholders }
    var tasks: TaskTable? { collaboration.tasks }
    var feedback: FeedbackRecord? { collaboration.feedback }

    func finding(_ rule: RuleID, _ file: RecordFile, _ range: SourceRange, _ message: Message) -> Diagnostic {
        Diagnostic(file: collaboration.path(file), at: range.start, rule: rule, message: message,
                   collaboration: collaboration.id)
    }

    /// The hint for a department written as none of `ids`: the id whose name (in
    /// collab.yaml's directory) was written where the id belongs, else an id close to it.
    func departmentHint(_ written: String, among ids: [String]) -> Message? {
        if let named = ids.sorted().first(where: { directory?[$0]?.name?.value == written }) {
            return .departmentByName(written, id: named)
        }
        return Suggestion.closest(to: written, in: ids.sorted()).map(Message.didYouMean)
    }

    /// The fix for a person who is not one of `department`: the member list of collab.yaml's
    /// directory to add them to, and the command that does it; nil when the directory does
    /// not list the department.
    func memberHint(_ name: String, of department: String) -> Message? {
        guard directory?[department] != nil else { return nil }
        let shown = name.contains(where: { $0.isWhitespace || $0 == "'" }) ? "\"\(name)\"" : name
        let command = "collab member add \(shown) --department \(department)"
        return Message(en: "add them to the members of '\(department)' in collab.yaml: \(command)",
                       zh: "可把其加入 collab.yaml 中部门 \(department) 的成员名单：\(command)")
    }

    /// Whether `name` may own a task of `department`: its liaison, a person listed for it or
    /// a directory member.
    func isPerson(_ name: String, of department: String) -> Bool {
        if departments[department]?.liaison?.value == name { return true }
        if stakeholders?.people?.items.contains(where: { $0.department?.value == department && $0.name?.value == name }) ?? false {
            return true
        }
        return directory?[department]?.members?.contains(name: name) ?? false
    }
}

/// Runs every rule that applies to a collaboration at its stage.
public enum CollaborationCheck {
    public static func run(_ context: RuleContext) -> [Diagnostic] {
        var findings = context.collaboration.diagnostics
        findings += StakeholderRules.check(context)
        findings += TaskRules.check(context)
        findings += MeetingRules.check(context)
        if let stage = context.problem?.stage?.value {
            for gate in stage.passedGates { findings += StageGate.findings(leaving: gate, context) }
            if stage == .closed { findings += VerifyGate.conclusionMatchesStage(context) }
            if TaskAttention.applies(at: stage) { findings += TimeRules.check(context) }
        }
        return findings
    }
}

/// The gates of docs/reference.md §3: what must hold to leave each stage.
public enum StageGate {
    public static func findings(leaving stage: Stage, _ context: RuleContext) -> [Diagnostic] {
        switch stage {
        case .define: return DefineGate.check(context)
        case .initiate: return InitiateGate.check(context)
        case .plan: return PlanGate.check(context)
        case .execute: return ExecuteGate.check(context) + MeetingRules.openActionFindings(context)
        case .verify: return VerifyGate.check(context)
        case .closed: return []
        }
    }
}

extension Message {
    /// The hint when a department is written by its name (as people say it) where its id belongs.
    public static func departmentByName(_ name: String, id: String) -> Message {
        Message(en: "'\(name)' is the name of department '\(id)'; write its id, \(id)",
                zh: "「\(name)」是部门 \(id) 的名称，这里要写部门编号 \(id)")
    }
}
