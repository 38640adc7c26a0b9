/// Why an open task needs attention today (docs/reference.md §10): past its due date, due
/// within a number of working days, without a progress update for too long, or blocked.
/// One definition for `collab check`'s deadline findings and for `collab remind`.
public struct TaskAttention: Sendable, Equatable {
    public enum Deadline: Sendable, Equatable {
        /// Calendar days past the due date (messages count calendar days).
        case overdue(days: Int)
        /// Working days left until the due date: 0 when it is today or before the next
        /// working day.
        case dueSoon(workingDays: Int, days: Int)
    }

    /// A doing or blocked task whose latest update (or, without one, its start or the
    /// problem's opening) is more than stale_update_days working days ago.
    public struct Staleness: Sendable, Equatable {
        public var since: CalendarDate
        /// Calendar days since then.
        public var days: Int
        /// Whether `since` is the date of an update (else the task's start or the opening).
        public var fromUpdate: Bool
    }

    public var deadline: Deadline?
    public var stale: Staleness?
    public var blocked: Bool

    public var isEmpty: Bool { deadline == nil && stale == nil && !blocked }

    public init(deadline: Deadline?, stale: Staleness?, blocked: Bool) {
        self.deadline = deadline
        self.stale = stale
        self.blocked = blocked
    }

    /// The deadline rules apply from the execute stage on, when the work has been planned.
    public static func applies(at stage: Stage?) -> Bool { (stage.map { $0 >= .execute }) ?? false }

    /// An action item of a meeting that carries its own status (no `task`): only its
    /// deadline counts, as a task's would; nil when it is finished or linked to a task.
    init?(_ action: MeetingRecord.Action, _ context: RuleContext, within: Int) {
        guard action.task == nil, action.isOpen else { return nil }
        deadline = action.due.flatMap { Deadline(due: $0.value, today: context.today, calendar: context.config.calendar, within: within) }
        stale = nil
        blocked = false
    }

    /// nil for a finished task. `within` is the number of working days that counts as soon
    /// (due_soon_days unless `collab remind --within` says otherwise).
    init?(_ task: TaskTable.Task, _ context: RuleContext, within: Int) {
        guard task.isOpen else { return nil }
        let calendar = context.config.calendar
        deadline = task.due.flatMap { Deadline(due: $0.value, today: context.today, calendar: calendar, within: within) }
        blocked = task.status?.value == .blocked
        if let status = task.status?.value, status == .doing || status == .blocked {
            let latest = task.latestUpdate?.date?.value
            if let since = latest ?? task.start?.value ?? context.problem?.opened?.value,
               calendar.workingDays(from: since, to: context.today) > context.config.settings.staleUpdateDays {
                stale = Staleness(since: since, days: context.today.days(since: since), fromUpdate: latest != nil)
            }
        }
    }
}

extension TaskAttention.Deadline {
    /// Overdue when `due` has passed; due soon when at most `within` working days are left;
    /// nil otherwise.
    init?(due: CalendarDate, today: CalendarDate, calendar: WorkingCalendar, within: Int) {
        let days = due.days(since: today)
        if days < 0 {
            self = .overdue(days: -days)
            return
        }
        let working = calendar.workingDays(from: today, to: due)
        guard working <= within else { return nil }
        self = .dueSoon(workingDays: working, days: days)
    }
}
