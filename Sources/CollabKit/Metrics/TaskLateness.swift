/// Lateness in the metrics (docs/reference.md §13 amended): when a task was done — the date
/// its record gives (the update that set `done`), the commit that made it done only where the
/// record gives none — how late that was, and how often its due date moved after plan.
extension FlowMetrics {
    /// Where a done date comes from: the record's update that set done, or the commit.
    public enum DoneDateSource: String, Sendable {
        case record, commit
    }

    /// A task done: its due and done dates, the days late (0 when on time) and the source of
    /// the done date.
    public struct DoneTask: Sendable, Equatable {
        public var id: String
        public var department: String?
        public var due: CalendarDate?
        public var done: CalendarDate
        public var daysLate: Int
        public var from: DoneDateSource
    }
}

/// Where a task stands for the metrics: done on a day (the record's date of the update that set
/// done; else the commit that last made it done; today where neither has it yet) and how many
/// days after its due date, open (and whether past due), or dropped.
enum TaskOutcome {
    case done(on: CalendarDate, daysLate: Int, from: FlowMetrics.DoneDateSource)
    case open(overdue: Bool)
    case dropped

    init(_ task: TaskTable.Task, done: [String: TaskDone]?, today: CalendarDate) {
        switch task.status?.value ?? .todo {
        case .dropped: self = .dropped
        case .done:
            let recorded = task.recordedDoneDate
            let on = recorded ?? task.id.flatMap { done?[$0.value]?.date } ?? today
            self = .done(on: on, daysLate: task.due.map { max(0, on.days(since: $0.value)) } ?? 0,
                         from: recorded == nil ? .commit : .record)
        case .todo, .doing, .blocked: self = .open(overdue: task.due.map { $0.value < today } ?? false)
        }
    }
}

/// A move of a task's due date after plan, from the history: the department it counts for
/// (the task's department in the records now), the day of the commit and the days it moved.
struct DueMove {
    var department: String
    var day: CalendarDate
    var days: Int

    /// The `due-moved` changes among `changes` whose task and dates are known.
    static func moves(_ changes: [PlanChangeEntry], _ collaboration: Collaboration, _ config: WorkspaceConfig) -> [DueMove] {
        let tasks = collaboration.tasks?.items ?? []
        return changes.compactMap { change in
            guard change.rule == .dueMoved else { return nil }
            let parts = change.path.split(separator: ".")
            guard parts.count == 3, let task = tasks.first(where: { $0.id?.value == String(parts[1]) }),
                  let department = task.department?.value else { return nil }
            let old = change.old.flatMap(CalendarDate.init), new = change.new.flatMap(CalendarDate.init)
            let days = old.flatMap { old in new.map { $0.days(since: old) } } ?? 0
            return DueMove(department: config.departmentID(department) ?? department, day: change.author.date, days: days)
        }
    }
}
