/// The meeting rules of docs/reference.md §11, at every stage: the file is named for its
/// date, a past meeting has its minutes (host, recorder, goal, attendees), attendees and action
/// items name real departments, people and tasks, minutes go out within 24 hours and are
/// acknowledged, and open action items without a task keep their deadlines. (Leaving execute,
/// ExecuteGate requires those action items done or dropped.)
enum MeetingRules {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        let meetings = context.collaboration.meetings
        guard !meetings.isEmpty else { return [] }
        var findings: [Diagnostic] = []
        var taskIDs: Set<String>?  // made when the first action names a task
        for meeting in meetings {
            nameFindings(meeting, context, into: &findings)
            minutesFindings(meeting, context, into: &findings)
            attendeeFindings(meeting, context, into: &findings)
            for action in meeting.actions?.items ?? [] { actionFindings(action, meeting, context, taskIDs: &taskIDs, into: &findings) }
        }
        return findings
    }

    private static func nameFindings(_ meeting: MeetingRecord, _ context: RuleContext, into findings: inout [Diagnostic]) {
        guard let named = Identifier.meetingDate(meeting.name) else {
            findings.append(context.finding(.meetingFileName, meeting.file, .fileStart, Message.badMeetingName(meeting.name)))
            return
        }
        guard let date = meeting.date, date.value != named else { return }
        findings.append(context.finding(.meetingFileName, meeting.file, date.range, Message.dateDiffersFromName(date.value, named)))
    }

    /// A past meeting's minutes are complete and distributed within a day; two working days
    /// after distribution every attending department has acknowledged them.
    private static func minutesFindings(_ meeting: MeetingRecord, _ context: RuleContext, into findings: inout [Diagnostic]) {
        guard let date = meeting.date, date.value < context.today else { return }
        let blank = { (field: TextField?) in field?.value.isBlank ?? true }
        if blank(meeting.host) || blank(meeting.recorder) || blank(meeting.goal) || (meeting.attendees?.isEmpty ?? true) {
            let missing = [blank(meeting.host) ? "host" : nil, blank(meeting.recorder) ? "recorder" : nil,
                           blank(meeting.goal) ? "goal" : nil, (meeting.attendees?.isEmpty ?? true) ? "attendees" : nil].compactMap { $0 }
            findings.append(context.finding(.meetingIncomplete, meeting.file, meeting.positions.anchor, Message.minutesLack(date.value, missing)))
        }
        guard let distributed = meeting.distributed else {
            let days = context.today.days(since: date.value)
            if days > 1 {
                findings.append(context.finding(.minutesLate, meeting.file, date.range, Message.notDistributed(date.value, days)))
            }
            return
        }
        let late = distributed.value.days(since: date.value)
        if late > 1 {
            findings.append(context.finding(.minutesLate, meeting.file, distributed.range,
                                            Message.distributedLate(distributed.value, date.value, late)))
        }
        let acknowledged = meeting.acknowledged?.items ?? []
        let waiting = (meeting.attendees?.items ?? []).compactMap(\.department).filter { department in
            !acknowledged.contains { $0.value == department.value }
        }
        guard !waiting.isEmpty else { return }
        let waited = context.config.calendar.workingDays(from: distributed.value, to: context.today)
        guard waited > 2 else { return }
        for department in waiting {
            findings.append(context.finding(.minutesUnacknowledged, meeting.file, department.range,
                                            Message.notAcknowledged(department.value, distributed.value, waited)))
        }
    }

    private static func attendeeFindings(_ meeting: MeetingRecord, _ context: RuleContext, into findings: inout [Diagnostic]) {
        guard context.stakeholders != nil else { return }
        for attendee in meeting.attendees?.items ?? [] {
            guard let department = attendee.department else { continue }
            guard context.departments[department.value] != nil else {
                let message = Message.attendeeNotStakeholder(department.value)
                    .then(context.departmentHint(department.value, among: Array(context.departments.keys)))
                findings.append(context.finding(.attendeeUnknown, meeting.file, department.range, message))
                continue
            }
            for person in attendee.people?.items ?? [] where !context.isPerson(person.value, of: department.value) {
                findings.append(context.finding(.attendeeUnknown, meeting.file, person.range,
                                                Message.attendeeNotPerson(person.value, department.value)
                                                    .then(context.memberHint(person.value, of: department.value))))
            }
        }
    }

    private static func actionFindings(_ action: MeetingRecord.Action, _ meeting: MeetingRecord, _ context: RuleContext,
                                       taskIDs: inout Set<String>?, into findings: inout [Diagnostic]) {
        let lacksText = action.text?.value.isBlank ?? true, lacksDue = action.due == nil && action.rejected["due"] == nil
        if lacksText || action.owner == nil || action.department == nil || lacksDue {
            let missing = [lacksText ? "text" : nil, action.owner == nil ? "owner" : nil,
                           action.department == nil ? "department" : nil, lacksDue ? "due" : nil].compactMap { $0 }
            findings.append(context.finding(.actionIncomplete, meeting.file, action.positions.anchor, Message.lacks(action.name, missing)))
        }
        if let department = action.department, context.stakeholders != nil {
            if context.departments[department.value] == nil {
                let message = Message.departmentNotStakeholder(action.name, department.value)
                    .then(context.departmentHint(department.value, among: Array(context.departments.keys)))
                findings.append(context.finding(.actionOwnerUnknown, meeting.file, department.range, message))
            } else if let owner = action.owner, !context.isPerson(owner.value, of: department.value) {
                findings.append(context.finding(.actionOwnerUnknown, meeting.file, owner.range,
                                                Message.actionOwnerUnknown(action.name, owner.value, department.value)
                                                    .then(context.memberHint(owner.value, of: department.value))))
            }
        }
        if let task = action.task, let table = context.tasks {
            if taskIDs == nil { taskIDs = Set(table.items.compactMap { $0.id?.value }) }
            if !(taskIDs?.contains(task.value) ?? true) {
                let ids = table.items.compactMap { $0.id?.value }
                let message = Message.actionTaskUnknown(action.name, task.value).then(Suggestion.closest(to: task.value, in: ids).map(Message.didYouMean))
                findings.append(context.finding(.actionTaskUnknown, meeting.file, task.range, message))
            }
            return
        }
        guard let due = action.due, let attention = TaskAttention(action, context, within: context.config.settings.dueSoonDays) else { return }
        switch attention.deadline {
        case .overdue(let days)?:
            findings.append(context.finding(.actionOverdue, meeting.file, due.range, Message.overdue(action.name, due.value, days)))
        case .dueSoon(let working, let days)?:
            findings.append(context.finding(.actionDueSoon, meeting.file, due.range,
                                            DueIn.message(action.name, due: due.value, workingDays: working, days: days)))
        case nil:
            break
        }
    }

    /// The meetings whose minutes are late (`minutes-late`), by file name.
    static func lateMinutes(_ context: RuleContext) -> [String] {
        context.collaboration.meetings.filter { meeting in
            var findings: [Diagnostic] = []
            minutesFindings(meeting, context, into: &findings)
            return findings.contains { $0.rule == .minutesLate }
        }.map(\.name)
    }

    /// Leaving execute: the action items no task carries are done or dropped.
    static func openActionFindings(_ context: RuleContext) -> [Diagnostic] {
        context.collaboration.meetings.flatMap { meeting in
            meeting.openActions.map { action in
                let position = action.status?.range ?? action.positions["status"] ?? action.positions.anchor
                return context.finding(.actionOpen, meeting.file, position, Message.actionOpen(action.name, action.statusText))
            }
        }
    }
}

/// How a message names an action item: by its id, or by its line when it has none.
public struct ActionName: WorkItemName {
    public let id: String?
    public let line: Int

    /// "action A1" / "待办 A1 "; without an id "the action item at line 12" / "第 12 行的待办事项".
    public func text(_ language: Language) -> String {
        switch (language, id) {
        case (.en, let id?): return "action \(id)"
        case (.en, nil): return "the action item at line \(line)"
        case (.zh, let id?): return "待办 \(id) "
        case (.zh, nil): return "第 \(line) 行的待办事项"
        }
    }
}

extension MeetingRecord.Action {
    public var name: ActionName { ActionName(id: id?.value, line: positions.anchor.start.line) }
}

extension Message {
    fileprivate static func badMeetingName(_ name: String) -> Message {
        Message(en: "meeting file '\(name).yaml' is not named YYYY-MM-DD-slug.yaml (a real date, then a slug of a-z, 0-9 and '-', at most 40)",
                zh: "沟通记录文件「\(name).yaml」未按 YYYY-MM-DD-slug.yaml 命名（真实日期，后接由 a-z、0-9 和 - 组成、至多 40 个字符的名称）")
    }
    fileprivate static func dateDiffersFromName(_ date: CalendarDate, _ named: CalendarDate) -> Message {
        Message(en: "date \(date) differs from the file name's \(named); rename the file or correct the date",
                zh: "date 为 \(date)，与文件名中的日期 \(named) 不一致；请改文件名或改正日期")
    }
    fileprivate static func minutesLack(_ date: CalendarDate, _ keys: [String]) -> Message {
        Message(en: "the meeting of \(date) has taken place but its minutes lack \(Language.en.list(keys))",
                zh: "\(date) 的沟通已召开，纪要仍缺少 \(Language.zh.list(keys))")
    }
    fileprivate static func distributedLate(_ distributed: CalendarDate, _ date: CalendarDate, _ days: Int) -> Message {
        Message(en: "the minutes went out on \(distributed), \(days) days after the meeting (\(date)); distribute them within 24 hours",
                zh: "纪要于 \(distributed) 分发，距沟通（\(date)）已 \(days) 天；纪要应在会后24小时内分发")
    }
    fileprivate static func notDistributed(_ date: CalendarDate, _ days: Int) -> Message {
        Message(en: "the minutes of the meeting on \(date) are not distributed \(days) days later; send them to every attendee and record the date under distributed",
                zh: "\(date) 的沟通已过去 \(days) 天，纪要仍未分发；请同步至所有参会人员，并在 distributed 中记下日期")
    }
    fileprivate static func notAcknowledged(_ department: String, _ distributed: CalendarDate, _ working: Int) -> Message {
        Message(en: "department '\(department)' has not acknowledged the minutes distributed on \(distributed), \(working) working days ago; add it to acknowledged once it confirms receipt",
                zh: "部门「\(department)」尚未确认接收 \(distributed) 分发的纪要，已过 \(working) 个工作日；确认接收后请将其加入 acknowledged")
    }
    fileprivate static func attendeeNotStakeholder(_ department: String) -> Message {
        Message(en: "attending department '\(department)' is not a stakeholder of this collaboration",
                zh: "参与部门「\(department)」不是本协作的干系人")
    }
    fileprivate static func attendeeNotPerson(_ person: String, _ department: String) -> Message {
        Message(en: "attendee '\(person)' is not a person of department '\(department)'",
                zh: "参会人员「\(person)」不是部门 \(department) 的人员")
    }
    fileprivate static func actionOwnerUnknown(_ action: ActionName, _ owner: String, _ department: String) -> Message {
        Message(en: "\(action.text(.en)): owner '\(owner)' is not a person of department '\(department)'",
                zh: "\(action.text(.zh))的负责人「\(owner)」不是部门 \(department) 的人员")
    }
    fileprivate static func actionTaskUnknown(_ action: ActionName, _ task: String) -> Message {
        Message(en: "\(action.text(.en)) names task '\(task)', which tasks.yaml does not have",
                zh: "\(action.text(.zh))对应的任务「\(task)」在 tasks.yaml 中不存在")
    }
    fileprivate static func actionOpen(_ action: ActionName, _ status: String) -> Message {
        Message(en: "\(action.text(.en)) is still \(status); mark it done or dropped, or link it to a task, before verifying",
                zh: "\(action.text(.zh))仍是 \(status)：进入效果验证前，把它标为 done 或 dropped，或关联到任务")
    }
}
