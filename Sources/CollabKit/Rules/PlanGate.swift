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
                findings.append(context.finding(.taskIncomplete, .tasks, task.positions.anchor, Message.lacks(task.name, missing)))
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

extension Message {
    fileprivate static let tasksEmpty = Message(
        en: "the task table is empty: plan at least one task with owner, due date and deliverable",
        zh: "任务表为空：至少计划一项任务，写明负责人、截止日期和交付物")
    fileprivate static func taskOpen(_ task: TaskName, _ status: String) -> Message {
        Message(en: "\(task.text(.en)) is still \(status); mark it done or dropped (with a note) before verifying",
                zh: "\(task.text(.zh))仍是 \(status)：进入效果验证前，把它标为 done，或标为 dropped 并写明原因")
    }
}
