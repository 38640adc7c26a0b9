/// One row of `collab status`: where a collaboration stands and what holds it up.
public struct CollaborationStatus: Sendable, Equatable {
    public var id: String
    public var stage: Stage?
    /// The stage as written when the schema rejected it.
    public var rejectedStage: String?
    public var title: String?
    public var lead: String?
    /// Whether tasks.yaml could be read; when not, the task columns are unknown, not 0.
    public var tasksReadable: Bool
    /// Tasks done or dropped.
    public var finishedTasks: Int
    public var totalTasks: Int
    public var overdueTasks: Int
    /// The earliest due date of an open task.
    public var nextDue: CalendarDate?
    /// The first unmet requirement of the next gate, in words; nil when the gate holds or
    /// the collaboration is closed.
    public var blocker: Message?
    /// The stage `collab advance` would move to when the gate holds.
    public var readyFor: Stage?
    /// The meetings whose minutes were not distributed within a day (`minutes-late`).
    public var lateMinutes: [String] = []
    /// For each kind of follow-up (improvements, norm updates): how many with owner and due
    /// are not yet done at verify or closed (tracked after closing until done), and how many
    /// of them are past due. Kinds with none open are absent.
    public var openFollowUps: [FollowUp.Kind: FollowUpTally] = [:]

    /// Open follow-ups of one kind and how many of them are overdue.
    public struct FollowUpTally: Sendable, Equatable {
        public var open = 0
        public var overdue = 0
    }

    public init(_ context: RuleContext) {
        let collaboration = context.collaboration
        id = collaboration.id
        stage = collaboration.problem?.stage?.value
        rejectedStage = collaboration.problem?.rejected["stage"]
        tasksReadable = collaboration.tasks != nil
        title = collaboration.problem?.title?.value
        lead = collaboration.stakeholders?.lead?.value
        let tasks = collaboration.tasks?.items ?? []
        totalTasks = tasks.count
        finishedTasks = tasks.filter { !$0.isOpen }.count
        let open = tasks.filter(\.isOpen)
        overdueTasks = open.filter { ($0.due?.value).map { $0 < context.today } ?? false }.count
        nextDue = open.compactMap { $0.due?.value }.min()
        lateMinutes = MeetingRules.lateMinutes(context)
        if let stage, stage >= .verify {
            for followUp in collaboration.feedback?.followUps ?? [] where followUp.isOpen {
                openFollowUps[followUp.kind, default: .init()].open += 1
                if let due = followUp.due?.value, due < context.today { openFollowUps[followUp.kind, default: .init()].overdue += 1 }
            }
        }
        switch StageAdvance.evaluate(context) {
        case .ready(_, let to): readyFor = to
        case .blocked(_, _, let blocking):
            // The four records first, then the meetings: a task still open says more than an
            // action item of a meeting.
            let sorted = blocking.sorted(by: Diagnostic.reportOrder)
            blocker = (sorted.first { !$0.file.contains("/\(WorkspaceLayout.meetingsFolder)/") } ?? sorted.first)?.message
        case .closed: break
        }
    }

    /// The blocker column in words, after the meetings whose minutes are late.
    public var nextGate: Message {
        let gate: Message
        if stage == .closed {
            gate = openFollowUps.isEmpty ? .gateClosed : .closedWithFollowUps(openFollowUps)
        } else if let readyFor {
            gate = .readyToAdvance(readyFor)
        } else {
            gate = blocker ?? .fixCheckErrors
        }
        guard !lateMinutes.isEmpty else { return gate }
        return Message(en: "minutes late: \(lateMinutes.joined(separator: ", ")); \(gate.text(.en))",
                       zh: "纪要未按时分发：\(lateMinutes.joined(separator: "、"))；\(gate.text(.zh))")
    }
}

/// `collab status` over a workspace, one row per collaboration in id order.
public enum WorkspaceStatus {
    public static func run(_ workspace: Workspace, ids: [String] = [], today: CalendarDate) throws(WorkspaceError) -> Readout<CollaborationStatus> {
        let config = workspace.config
        return try workspace.read(ids) { collaboration in
            CollaborationStatus(RuleContext(collaboration: collaboration, config: config, today: today))
        }
    }
}

extension Message {
    fileprivate static let gateClosed = Message(en: "closed", zh: "已关闭")
    /// "closed; 2 improvements open, 1 overdue; 1 norm update open".
    fileprivate static func closedWithFollowUps(_ open: [FollowUp.Kind: CollaborationStatus.FollowUpTally]) -> Message {
        let parts = FollowUp.Kind.allCases.compactMap { kind -> (en: String, zh: String)? in
            guard let tally = open[kind] else { return nil }
            let late = tally.overdue == 0 ? (en: "", zh: "") : (en: ", \(tally.overdue) overdue", zh: "，\(tally.overdue) 项已逾期")
            let name = (en: kind.shortName.text(.en), zh: kind.shortName.text(.zh))
            return ("\(tally.open) \(name.en)\(tally.open == 1 ? "" : "s") open\(late.en)", "\(tally.open) 项\(name.zh)未完成\(late.zh)")
        }
        return Message(en: "closed; " + parts.map(\.en).joined(separator: "; "), zh: "已关闭；" + parts.map(\.zh).joined(separator: "；"))
    }
    fileprivate static func readyToAdvance(_ stage: Stage) -> Message {
        Message(en: "ready to advance to \(stage.rawValue)", zh: "可以推进到 \(stage.rawValue)")
    }
    fileprivate static let fixCheckErrors = Message(en: "fix the errors collab check reports", zh: "请先修正 collab check 报告的错误")
}
