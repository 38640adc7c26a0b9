/// Leaving define: the problem is stated (phenomenon, essence, impact, causes) and the goal
/// is SMART (statement, metric, target, due not before opened).
enum DefineGate {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        guard let problem = context.problem else { return [] }
        var findings: [Diagnostic] = []
        func incomplete(_ key: String, _ message: Message) {
            findings.append(context.finding(.problemIncomplete, .problem, problem.positions.at(key), message))
        }
        if problem.phenomenon?.value.isBlank ?? true { incomplete("phenomenon", Message.phenomenonMissing) }
        if problem.essence?.value.isBlank ?? true { incomplete("essence", Message.essenceMissing) }
        if problem.impact?.isEmpty ?? true { incomplete("impact", Message.impactMissing) }
        if let causes = problem.causes, !causes.isEmpty {
            for cause in causes.items where cause.department == nil || cause.cause == nil {
                let missing = cause.department == nil ? "department" : "cause"
                findings.append(context.finding(.problemIncomplete, .problem, cause.positions.anchor, Message.causeLacks(missing)))
            }
        } else {
            incomplete("causes", Message.causesMissing)
        }
        findings += goalFindings(problem, context)
        return findings
    }

    private static func goalFindings(_ problem: ProblemRecord, _ context: RuleContext) -> [Diagnostic] {
        guard let goal = problem.goal else {
            return [context.finding(.goalNotSmart, .problem, problem.positions.at("goal"), Message.goalMissing)]
        }
        var missing: [String] = []
        if goal.statement == nil { missing.append("statement") }
        if goal.metric == nil { missing.append("metric") }
        if goal.target == nil { missing.append("target") }
        if goal.due == nil { missing.append("due") }
        var findings: [Diagnostic] = []
        if !missing.isEmpty {
            findings.append(context.finding(.goalNotSmart, .problem, goal.positions.anchor, Message.goalLacks(missing)))
        }
        if let due = goal.due, let opened = problem.opened, due.value < opened.value {
            findings.append(context.finding(.goalNotSmart, .problem, due.range, Message.goalDueBeforeOpened(due.value, opened.value)))
        }
        return findings
    }
}

extension String {
    /// Empty, or only spaces, tabs and line feeds: a value that says nothing. Read as bytes: a
    /// character that begins with one of them but goes on (CR LF, a space with a combining
    /// accent) is not blank, as it is not when compared as characters.
    public var isBlank: Bool { utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 } }
}

extension Message {
    fileprivate static let phenomenonMissing = Message(
        en: "the problem has no phenomenon: describe what is observed (现象)",
        zh: "问题定义缺少现象（phenomenon）：写下观察到的具体情况")
    fileprivate static let essenceMissing = Message(
        en: "the problem has no essence: state the underlying problem (本质)",
        zh: "问题定义缺少本质（essence）：说明背后真正的问题")
    fileprivate static let impactMissing = Message(
        en: "the problem lists no impact: add at least one, quantified where possible (影响范围)",
        zh: "问题定义没有列出影响范围（impact）：至少写一条，尽量量化")
    fileprivate static let causesMissing = Message(
        en: "the problem lists no suspected causes: add at least one with department and cause (初步归因)",
        zh: "问题定义没有列出初步归因（causes）：至少写一条，注明部门和原因")
    fileprivate static func causeLacks(_ key: String) -> Message {
        Message(en: "this cause has no \(key)", zh: "这条归因缺少 \(key)")
    }
    fileprivate static let goalMissing = Message(
        en: "the problem has no goal: add statement, metric, target and due (SMART)",
        zh: "问题定义没有目标（goal）：写明 statement、metric、target 和 due（SMART 原则）")
    fileprivate static func goalLacks(_ keys: [String]) -> Message {
        Message(en: "the goal is not SMART: it lacks \(Language.en.list(keys))",
                zh: "目标不符合 SMART 原则：缺少 \(Language.zh.list(keys))")
    }
    fileprivate static func goalDueBeforeOpened(_ due: CalendarDate, _ opened: CalendarDate) -> Message {
        Message(en: "the goal is due \(due), before the problem was opened (\(opened))",
                zh: "目标的截止日期 \(due) 早于问题提出日期（\(opened)）")
    }
}
