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
            let message = Message.departmentNotStakeholder(task.name, department.value)
                .then(context.departmentHint(department.value, among: Array(context.departments.keys)))
            return [context.finding(.taskDepartmentUnknown, .tasks, department.range, message)]
        }
        guard let owner = task.owner, !context.isPerson(owner.value, of: department.value) else { return [] }
        let elsewhere = context.departments.keys.sorted().filter { context.isPerson(owner.value, of: $0) }
        let message = elsewhere.isEmpty
            ? Message.ownerUnknown(owner.value, department.value).then(context.memberHint(owner.value, of: department.value))
            : Message.ownerOfOtherDepartment(owner.value, department.value, elsewhere)
        return [context.finding(.taskOwnerUnknown, .tasks, owner.range, message)]
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

extension Message {
    fileprivate static func duplicateID(_ id: String, _ line: Int) -> Message {
        Message(en: "task id '\(id)' is used twice (first on line \(line)); give each task its own id",
                zh: "任务编号「\(id)」用了两次（第一次在第 \(line) 行）；每个任务要有自己的编号")
    }
    fileprivate static func noteMissing(_ task: TaskName, _ status: TaskStatus) -> Message {
        Message(en: "\(task.text(.en)) is \(status.rawValue) without a note: say why",
                zh: "\(task.text(.zh))状态为 \(status.rawValue)，但没有备注（note）：写明原因")
    }
    fileprivate static func ownerUnknown(_ owner: String, _ department: String) -> Message {
        Message(en: "owner '\(owner)' is not a person of department '\(department)'",
                zh: "负责人「\(owner)」不是部门 \(department) 的人员")
    }
    fileprivate static func ownerOfOtherDepartment(_ owner: String, _ department: String, _ others: [String]) -> Message {
        Message(en: "owner '\(owner)' is a person of department \(Language.en.alternatives(others.map { "'\($0)'" })), not of '\(department)'; assign the task to that department or choose an owner of \(department)",
                zh: "负责人「\(owner)」是部门 \(Language.zh.alternatives(others)) 的人员，不属于 \(department)；请把任务改到该部门，或换一位 \(department) 的负责人")
    }
    fileprivate static func dueBeforeStart(_ task: TaskName, _ due: CalendarDate, _ start: CalendarDate) -> Message {
        Message(en: "\(task.text(.en)) is due \(due), before it starts (\(start))",
                zh: "\(task.text(.zh))的截止日期 \(due) 早于开始日期（\(start)）")
    }
    fileprivate static func dueBeforeOpened(_ task: TaskName, _ due: CalendarDate, _ opened: CalendarDate) -> Message {
        Message(en: "\(task.text(.en)) is due \(due), before the problem was opened (\(opened))",
                zh: "\(task.text(.zh))的截止日期 \(due) 早于问题提出日期（\(opened)）")
    }
}
