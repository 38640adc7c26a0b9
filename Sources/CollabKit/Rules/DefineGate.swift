/// Leaving define: the problem is stated (phenomenon, essence, impact, causes) and the goal
/// is SMART (statement, metric, target, due not before opened).
enum DefineGate {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        guard let problem = context.problem else { return [] }
        var findings: [Diagnostic] = []
        func incomplete(_ key: String, _ message: String) {
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
    /// Empty, or only spaces, tabs and line breaks: a value that says nothing.
    public var isBlank: Bool { allSatisfy { $0 == " " || $0 == "\n" || $0 == "\t" } }
}

private enum Message {
    static let phenomenonMissing = "the problem has no phenomenon: describe what is observed (现象)"
    static let essenceMissing = "the problem has no essence: state the underlying problem (本质)"
    static let impactMissing = "the problem lists no impact: add at least one, quantified where possible (影响范围)"
    static let causesMissing = "the problem lists no suspected causes: add at least one with department and cause (初步归因)"
    static func causeLacks(_ key: String) -> String { "this cause has no \(key)" }
    static let goalMissing = "the problem has no goal: add statement, metric, target and due (SMART)"
    static func goalLacks(_ keys: [String]) -> String {
        "the goal is not SMART: it lacks \(keys.joined(separator: ", "))"
    }
    static func goalDueBeforeOpened(_ due: CalendarDate, _ opened: CalendarDate) -> String {
        "the goal is due \(due), before the problem was opened (\(opened))"
    }
}
