/// Leaving plan: at least one task, each with title, owner, department, due and deliverable.
/// (References and dates are checked at every stage by TaskRules.)
enum PlanGate {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        guard let table = context.tasks else { return [] }
        guard let tasks = table.tasks, !tasks.isEmpty else {
            return [context.finding(.tasksEmpty, .tasks, table.positions.at("tasks"), Message.tasksEmpty)]
        }
        var findings: [Diagnostic] = []
        for task in tasks.items {
            var missing: [String] = []
            if task.title == nil { missing.append("title") }
            if task.owner == nil { missing.append("owner") }
            if task.department == nil { missing.append("department") }
            if task.due == nil { missing.append("due") }
            if task.deliverable == nil { missing.append("deliverable") }
            if !missing.isEmpty {
                findings.append(context.finding(.taskIncomplete, .tasks, task.positions.anchor, Message.taskLacks(task.name, missing)))
            }
        }
        return findings
    }
}

/// Leaving execute: every task done or dropped.
enum ExecuteGate {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        guard let table = context.tasks else { return [] }
        return table.items.filter(\.isOpen).map { task in
            let position = task.status?.range ?? task.positions["status"] ?? task.positions.anchor
            return context.finding(.taskOpen, .tasks, position, Message.taskOpen(task.name, task.statusText))
        }
    }
}

private enum Message {
    static let tasksEmpty = "the task table is empty: plan at least one task with owner, due date and deliverable"
    static func taskLacks(_ task: String, _ keys: [String]) -> String {
        "task \(task) lacks \(keys.joined(separator: ", "))"
    }
    static func taskOpen(_ task: String, _ status: String) -> String {
        "task \(task) is still \(status); mark it done or dropped (with a note) before verifying"
    }
}
