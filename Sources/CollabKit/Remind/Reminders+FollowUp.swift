/// What §10 amended adds to the digest beyond a task's own deadline: tasks at risk from the
/// tasks they depend on, overdue tasks escalated to the lead department (逾期上报), and the
/// follow-ups of feedback.yaml (improvements and norm updates) that stay open after the
/// collaboration is closed.
extension Reminders {
    /// The open tasks of the file that are blocked or overdue, by id: what makes a task that
    /// depends on them at risk.
    static func upstream(_ tasks: [TaskTable.Task], _ context: RuleContext) -> [String: ReminderItem.Upstream] {
        var found: [String: ReminderItem.Upstream] = [:]
        for task in tasks where task.isOpen {
            guard let id = task.id?.value, found[id] == nil else { continue }
            let blocked = task.status?.value == .blocked
            let late = task.due.map { context.today.days(since: $0.value) }.flatMap { $0 > 0 ? $0 : nil }
            if blocked || late != nil { found[id] = .init(id: id, blocked: blocked, overdueDays: late) }
        }
        return found
    }

    /// A copy of each task overdue by more than `escalate_after_days` working days, listed
    /// under the lead department's liaison — unless the liaison owns the task already.
    static func escalations(_ items: [ReminderItem], _ context: RuleContext) -> [ReminderItem] {
        let config = context.config
        guard let stakeholders = context.collaboration.stakeholders, let lead = stakeholders.lead?.value else { return [] }
        let liaison = stakeholders.departmentsByID[lead]?.liaison?.value
        return items.compactMap { item in
            guard item.meeting == nil, item.followUp == nil, case .overdue? = item.attention.deadline, let due = item.due,
                  !(item.department == lead && item.owner == liaison) else { return nil }
            let late = config.calendar.workingDays(from: due, to: context.today)
            guard late > config.settings.escalateAfterDays else { return nil }
            var copy = item
            copy.escalatedFrom = .init(department: item.department,
                                       departmentName: item.department.flatMap { config.directory?[$0]?.name?.value },
                                       owner: item.owner, workingDays: late)
            copy.department = lead
            copy.owner = liaison
            copy.contact = contact(of: liaison, in: lead, context).map(Contact.init)
            copy.position += 1_000_000
            return copy
        }
    }

    /// The follow-ups (improvements, norm updates) with owner and due that are not done, once
    /// the collaboration is at verify or closed, when they are overdue or due within `within`
    /// working days.
    static func followUps(_ context: RuleContext, within: Int) -> [ReminderItem] {
        guard let stage = context.problem?.stage?.value, stage >= .verify,
              let followUps = context.collaboration.feedback?.followUps else { return [] }
        let channel = context.collaboration.stakeholders?.channel?.value
        return followUps.enumerated().compactMap { position, followUp -> ReminderItem? in
            guard followUp.done == nil, let owner = followUp.owner?.value, let due = followUp.due?.value,
                  let deadline = TaskAttention.Deadline(due: due, today: context.today, calendar: context.config.calendar, within: within)
            else { return nil }
            let department = self.department(of: owner, context)
            var item = ReminderItem(collaboration: context.collaboration.id, id: followUp.id, title: followUp.subject?.value,
                                    owner: owner, department: department, status: "open", due: due,
                                    attention: TaskAttention(deadline: deadline, stale: nil, blocked: false),
                                    blockedNote: nil, latest: nil, contact: contact(of: owner, in: department, context).map(Contact.init),
                                    channel: channel, position: 2_000_000 + position)
            item.followUp = followUp.kind
            return item
        }
    }

    /// The department a person speaks for or belongs to: liaison, listed person, directory member.
    static func department(of person: String, _ context: RuleContext) -> String? {
        TaskList.department(of: person, context.collaboration, context.config)
    }
}
