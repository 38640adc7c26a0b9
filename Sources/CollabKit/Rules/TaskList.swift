/// One row of `collab tasks`: a task of some collaboration, or an action item of one of its
/// meetings that no task carries, with days left relative to today.
public struct TaskRow: Sendable, Equatable {
    public var collaboration: String
    /// Whether the collaboration is closed (its finished tasks are listed only with --all).
    public var collaborationClosed: Bool
    public var id: String
    public var title: String?
    public var owner: String?
    public var department: String?
    public var due: CalendarDate?
    /// nil when the status is written but not one of the statuses (see `rejected`).
    public var status: TaskStatus?
    /// Days from today to the due date (negative: overdue); nil without a due date.
    public var daysLeft: Int?
    /// Working days of the workspace's calendar from today to the due date (negative:
    /// overdue); nil without a due date.
    public var workingDaysLeft: Int?
    /// The status and due date as written (see `TaskTable.Task`).
    public var statusText: String
    public var dueText: String?
    /// `status` and `due` values the schema rejected, as written: shown flagged, never
    /// replaced by a default.
    public var rejected: [String: String] = [:]
    /// For an action item: the meeting's file name without .yaml; nil for a task.
    public var meeting: String? = nil
    /// For a follow-up of feedback.yaml (an improvement or a norm update, tracked after the
    /// collaboration is closed until done), its kind; nil for a task or an action item.
    public var followUp: FollowUp.Kind? = nil
    /// The day the record says it was done (a task's update that set done, a follow-up's
    /// `done`); nil when open or not recorded.
    public var doneOn: CalendarDate? = nil
    public var isOpen: Bool { !(status?.isFinished ?? false) }
    public var isOverdue: Bool { isOpen && (daysLeft ?? 0) < 0 }
}

/// Which tasks `collab tasks` lists. A filter on a value the schema rejected admits the
/// row: it is shown flagged rather than quietly left out.
public struct TaskFilter: Sendable {
    public var owner: String?
    /// Department ids (names are resolved by the command).
    public var department: String?
    /// Any of these statuses; empty: any status.
    public var statuses: Set<TaskStatus> = []
    public var overdueOnly = false
    /// Open tasks due within this many working days (overdue ones included).
    public var dueWithin: Int?
    /// Finished tasks of closed collaborations too.
    public var all = false

    public init(owner: String? = nil, department: String? = nil, statuses: Set<TaskStatus> = [],
                overdueOnly: Bool = false, dueWithin: Int? = nil, all: Bool = false) {
        self.owner = owner
        self.department = department
        self.statuses = statuses
        self.overdueOnly = overdueOnly
        self.dueWithin = dueWithin
        self.all = all
    }

    public func admits(_ row: TaskRow) -> Bool {
        if !all && row.collaborationClosed && !row.isOpen { return false }
        if !all && (row.meeting != nil || row.followUp != nil) && !row.isOpen { return false }
        if let owner, row.owner != owner { return false }
        if let department, row.department != department { return false }
        if !statuses.isEmpty, let status = row.status, !statuses.contains(status) { return false }
        let dueUnknown = row.rejected["due"] != nil
        if overdueOnly && !row.isOverdue && !dueUnknown { return false }
        if let dueWithin, !dueUnknown {
            guard row.isOpen, let days = row.workingDaysLeft, days <= dueWithin else { return false }
        }
        return true
    }
}

/// Tasks across collaborations: those with a rejected due date first (they need fixing),
/// then by due date (undated last), then collaboration and position.
public enum TaskList {
    public static func rows(_ collaboration: Collaboration, today: CalendarDate, calendar: WorkingCalendar,
                            config: WorkspaceConfig) -> [TaskRow] {
        let closed = collaboration.problem?.stage?.value == .closed
        let tasks = (collaboration.tasks?.items ?? []).enumerated().map { index, task in
            var row = TaskRow(collaboration: collaboration.id, collaborationClosed: closed, id: task.id?.value ?? "#\(index + 1)",
                    title: task.title?.value, owner: task.owner?.value, department: task.department?.value,
                    due: task.due?.value, status: task.rejected["status"] == nil ? task.status?.value ?? .todo : nil,
                    daysLeft: task.due.map { $0.value.days(since: today) },
                    workingDaysLeft: task.due.map { calendar.workingDays(from: today, to: $0.value) },
                    statusText: task.statusText, dueText: task.dueText,
                    rejected: task.rejected.filter { $0.key != "start" })
            row.doneOn = task.recordedDoneDate
            return row
        }
        let actions = collaboration.meetings.flatMap { meeting in
            (meeting.actions?.items ?? []).enumerated().filter { $0.element.task == nil }.map { index, action in
                TaskRow(collaboration: collaboration.id, collaborationClosed: closed, id: action.id?.value ?? "#\(index + 1)",
                        title: action.text?.value, owner: action.owner?.value, department: action.department?.value,
                        due: action.due?.value, status: action.rejected["status"] == nil ? TaskStatus(rawValue: action.statusText) : nil,
                        daysLeft: action.due.map { $0.value.days(since: today) },
                        workingDaysLeft: action.due.map { calendar.workingDays(from: today, to: $0.value) },
                        statusText: action.statusText, dueText: action.dueText, rejected: action.rejected, meeting: meeting.name)
            }
        }
        return tasks + actions + followUpRows(collaboration, closed: closed, today: today, calendar: calendar, config: config)
    }

    /// The rows the filter admits, what could not be read, and the departments and people
    /// the records name (to tell an unknown `--department` or `--owner` from one without tasks).
    public static func run(_ workspace: Workspace, ids: [String] = [], filter: TaskFilter,
                           today: CalendarDate) throws(WorkspaceError) -> (Readout<TaskRow>, KnownNames) {
        let calendar = workspace.config.calendar
        let config = workspace.config
        let read = try workspace.read(ids) { (rows($0, today: today, calendar: calendar, config: config), KnownNames($0)) }
        var known = KnownNames(workspace.config)
        for (_, names) in read.rows { known.formUnion(names) }
        let admitted = read.rows.flatMap(\.0).filter(filter.admits)
        return (Readout(rows: sorted(admitted), problems: read.problems), known)
    }

    static func sorted(_ rows: [TaskRow]) -> [TaskRow] {
        func rank(_ row: TaskRow) -> Int { row.rejected["due"] != nil ? 0 : row.due != nil ? 1 : 2 }
        return rows.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if rank(x) != rank(y) { return rank(x) < rank(y) }
            if let dx = x.due, let dy = y.due, dx != dy { return dx < dy }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// The department ids and people that a workspace's records name.
public struct KnownNames: Sendable {
    public private(set) var departments: Set<String> = []
    public private(set) var people: Set<String> = []

    init(_ config: WorkspaceConfig) {
        for department in config.departments?.items ?? [] {
            if let id = department.id?.value { departments.insert(id) }
            for member in department.members?.items ?? [] { people.insert(member.name.value) }
        }
    }

    init(_ collaboration: Collaboration) {
        for department in collaboration.stakeholders?.departments?.items ?? [] {
            if let id = department.department?.value { departments.insert(id) }
            if let liaison = department.liaison?.value { people.insert(liaison) }
        }
        for person in collaboration.stakeholders?.people?.items ?? [] {
            if let name = person.name?.value { people.insert(name) }
        }
        for task in collaboration.tasks?.items ?? [] {
            if let department = task.department?.value { departments.insert(department) }
            if let owner = task.owner?.value { people.insert(owner) }
        }
        for action in collaboration.meetings.flatMap({ $0.actions?.items ?? [] }) {
            if let department = action.department?.value { departments.insert(department) }
            if let owner = action.owner?.value { people.insert(owner) }
        }
    }

    mutating func formUnion(_ other: KnownNames) {
        departments.formUnion(other.departments)
        people.formUnion(other.people)
    }
}
