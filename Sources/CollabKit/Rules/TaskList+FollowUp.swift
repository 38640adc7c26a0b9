/// What `collab tasks` shows beyond open work (docs/reference.md §6): how late a done task
/// was by its record (the update that set done), and the follow-ups of feedback.yaml — its
/// improvements and norm updates — that a collaboration at verify or closed tracks until done (持续改进).
extension TaskList {
    /// The tracked follow-ups (owner and due) of a collaboration at verify or closed, as rows
    /// (`#1`, `#2`: their positions in their list); done ones too, for `--all`.
    static func followUpRows(_ collaboration: Collaboration, closed: Bool, today: CalendarDate, calendar: WorkingCalendar,
                             config: WorkspaceConfig) -> [TaskRow] {
        guard let stage = collaboration.problem?.stage?.value, stage >= .verify else { return [] }
        return (collaboration.feedback?.followUps ?? []).compactMap { followUp in
            guard let owner = followUp.owner?.value, let due = followUp.due?.value else { return nil }
            let done = followUp.done?.value
            var row = TaskRow(collaboration: collaboration.id, collaborationClosed: closed, id: followUp.id,
                              title: followUp.subject?.value, owner: owner,
                              department: department(of: owner, collaboration, config),
                              due: due, status: done == nil ? .todo : .done,
                              daysLeft: due.days(since: today), workingDaysLeft: calendar.workingDays(from: today, to: due),
                              statusText: (done == nil ? TaskStatus.todo : .done).rawValue, dueText: due.description)
            row.followUp = followUp.kind
            row.doneOn = done
            return row
        }
    }

    /// The department a person speaks for or belongs to: liaison, listed person, directory member.
    public static func department(of person: String, _ collaboration: Collaboration, _ config: WorkspaceConfig) -> String? {
        let stakeholders = collaboration.stakeholders
        if let liaison = stakeholders?.departments?.items.first(where: { $0.liaison?.value == person }) { return liaison.department?.value }
        if let listed = stakeholders?.people?.items.first(where: { $0.name?.value == person }) { return listed.department?.value }
        return config.departments?.items.first { $0.members?.contains(name: person) ?? false }?.id?.value
    }
}

extension TaskRow {
    /// Days after the due date a finished row was done by its record (0: on time); nil when
    /// open, undated or the record gives no done date.
    public var daysLate: Int? {
        guard !isOpen, let doneOn, let due else { return nil }
        return max(0, doneOn.days(since: due))
    }
}
