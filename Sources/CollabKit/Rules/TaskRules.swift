/// At every stage: task ids unique, notes on blocked and dropped tasks, and every reference
/// that is written resolves — department, owner, dependencies — with sane dates.
enum TaskRules {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        guard let table = context.tasks else { return [] }
        var findings: [Diagnostic] = []
        var ids: [String: Int] = [:]
        for task in table.items {
            if let id = task.id {
                if let line = ids[id.value] {
                    findings.append(context.finding(.taskIDDuplicate, .tasks, id.range, Message.duplicateID(id.value, line)))
                } else {
                    ids[id.value] = id.range.start.line
                }
            }
            if let status = task.status, status.value == .blocked || status.value == .dropped,
               task.note?.value.isBlank ?? true {
                findings.append(context.finding(.taskNoteMissing, .tasks, status.range, Message.noteMissing(task.name, status.value)))
            }
            findings += referenceFindings(task, context)
            findings += dateFindings(task, context)
        }
        findings += DependencyGraph(table.items).findings(context)
        return findings
    }

    private static func referenceFindings(_ task: TaskTable.Task, _ context: RuleContext) -> [Diagnostic] {
        guard let department = task.department, context.stakeholders != nil else { return [] }
        guard context.departments[department.value] != nil else {
            return [context.finding(.taskDepartmentUnknown, .tasks, department.range, Message.departmentUnknown(task.name, department.value))]
        }
        guard let owner = task.owner, !context.isPerson(owner.value, of: department.value) else { return [] }
        return [context.finding(.taskOwnerUnknown, .tasks, owner.range, Message.ownerUnknown(owner.value, department.value))]
    }

    private static func dateFindings(_ task: TaskTable.Task, _ context: RuleContext) -> [Diagnostic] {
        guard let due = task.due else { return [] }
        if let start = task.start, due.value < start.value {
            return [context.finding(.taskDates, .tasks, due.range, Message.dueBeforeStart(task.name, due.value, start.value))]
        }
        if let opened = context.problem?.opened, due.value < opened.value {
            return [context.finding(.taskDates, .tasks, due.range, Message.dueBeforeOpened(task.name, due.value, opened.value))]
        }
        return []
    }
}

private enum Message {
    static func duplicateID(_ id: String, _ line: Int) -> String {
        "task id '\(id)' is used twice (first on line \(line)); give each task its own id"
    }
    static func noteMissing(_ task: String, _ status: TaskStatus) -> String {
        "task \(task) is \(status.rawValue) without a note: say why"
    }
    static func departmentUnknown(_ task: String, _ department: String) -> String {
        "task \(task) belongs to department '\(department)', which is not a stakeholder"
    }
    static func ownerUnknown(_ owner: String, _ department: String) -> String {
        "owner '\(owner)' is not a person of department '\(department)'"
    }
    static func dueBeforeStart(_ task: String, _ due: CalendarDate, _ start: CalendarDate) -> String {
        "task \(task) is due \(due), before it starts (\(start))"
    }
    static func dueBeforeOpened(_ task: String, _ due: CalendarDate, _ opened: CalendarDate) -> String {
        "task \(task) is due \(due), before the problem was opened (\(opened))"
    }
}
