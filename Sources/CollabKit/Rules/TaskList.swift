/// One row of `collab tasks`: a task of some collaboration, with days left relative to today.
public struct TaskRow: Sendable, Equatable {
    public var collaboration: String
    public var id: String
    public var title: String?
    public var owner: String?
    public var department: String?
    public var due: CalendarDate?
    public var status: TaskStatus
    /// Days from today to the due date (negative: overdue); nil without a due date.
    public var daysLeft: Int?

    public var isOpen: Bool { !status.isFinished }
    public var isOverdue: Bool { isOpen && (daysLeft ?? 0) < 0 }
}

/// Which tasks `collab tasks` lists.
public struct TaskFilter: Sendable {
    public var owner: String?
    public var department: String?
    public var status: TaskStatus?
    public var overdueOnly = false
    /// Open tasks due within this many days (overdue ones included).
    public var dueWithin: Int?

    public init(owner: String? = nil, department: String? = nil, status: TaskStatus? = nil,
                overdueOnly: Bool = false, dueWithin: Int? = nil) {
        self.owner = owner
        self.department = department
        self.status = status
        self.overdueOnly = overdueOnly
        self.dueWithin = dueWithin
    }

    public func admits(_ row: TaskRow) -> Bool {
        if let owner, row.owner != owner { return false }
        if let department, row.department != department { return false }
        if let status, row.status != status { return false }
        if overdueOnly && !row.isOverdue { return false }
        if let dueWithin {
            guard row.isOpen, let days = row.daysLeft, days <= dueWithin else { return false }
        }
        return true
    }
}

/// Tasks across collaborations, sorted by due date (undated last), then collaboration.
public enum TaskList {
    public static func run(_ workspace: Workspace, filter: TaskFilter, today: CalendarDate) throws(WorkspaceError) -> [TaskRow] {
        let rows = try workspace.mapCollaborations { collaboration in
            (collaboration.tasks?.items ?? []).enumerated().map { index, task in
                TaskRow(collaboration: collaboration.id, id: task.id?.value ?? "#\(index + 1)", title: task.title?.value,
                        owner: task.owner?.value, department: task.department?.value, due: task.due?.value,
                        status: task.status?.value ?? .todo, daysLeft: task.due.map { $0.value.days(since: today) })
            }
        }
        let admitted = rows.joined().filter(filter.admits)
        return admitted.enumerated().sorted { a, b in
            switch (a.element.due, b.element.due) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
