/// The flow metrics of docs/reference.md §13, computed from the workspace's records (current
/// stage, tasks with department and due date) and one walk of its history (stage changes,
/// when each task was done): where work waits, how long a collaboration takes, which
/// department finishes on time.
public struct FlowMetrics: Sendable {
    public struct Row: Sendable, Equatable {
        public var id: String
        public var title: String?
        /// The stage in the records; nil where it is missing or not a stage.
        public var stage: Stage?
        public var daysInStage: Int
        /// Days in each stage it visited, every visit summed (closed is not counted).
        public var stageDays: [Stage: Int]
        /// How many times it entered each stage.
        public var visits: [Stage: Int]
        /// Entries into verify.
        public var verifyRounds: Int { visits[.verify] ?? 0 }
        /// First define to closed; nil while open.
        public var cycleDays: Int?
        /// The day it was closed; nil while open.
        public var closedOn: CalendarDate?
        public var tasks: TaskCounts
        /// Each task done, with its done date and where that date comes from.
        public var done: [DoneTask] = []
    }

    public struct TaskCounts: Sendable, Equatable {
        public var onTime = 0
        public var late = 0
        public var open = 0
    }

    /// Nearest-rank median and 85th percentile: values that occurred.
    public struct Spread: Sendable, Equatable {
        public var median: Int
        public var p85: Int
        public var count: Int

        init?(_ values: [Int]) {
            guard !values.isEmpty else { return nil }
            let sorted = values.sorted()
            func rank(_ percent: Int) -> Int { sorted[max(0, (percent * sorted.count + 99) / 100 - 1)] }
            median = rank(50)
            p85 = rank(85)
            count = sorted.count
        }
    }

    public struct Throughput: Sendable, Equatable {
        /// `2024-W41` or `2024-10`.
        public var period: String
        public var closed: Int
    }

    /// Collaborations in each stage at the end of a week (Sunday).
    public struct FlowWeek: Sendable, Equatable {
        public var week: String
        public var end: CalendarDate
        public var counts: [Stage: Int]
    }

    public struct Aging: Sendable, Equatable {
        public var id: String
        public var stage: Stage
        public var daysInStage: Int
    }

    public struct Department: Sendable, Equatable {
        /// The department id as the directory knows it (or as the tasks write it).
        public var department: String
        /// Its name in the directory, where it has one.
        public var name: String? = nil
        public var onTime = 0
        public var late = 0
        public var medianDaysLate: Int?
        public var openOverdue = 0
        /// Done dates taken from the records (the update that set done) and from commits.
        public var doneDatesFromRecord = 0
        public var doneDatesFromCommit = 0
        /// Moves of its tasks' due dates after plan (`due-moved` in the history), and the days
        /// they moved in all (later is positive).
        public var dueMoves = 0
        public var dueMovedDays = 0
    }

    public var today: CalendarDate
    public var since: CalendarDate?
    public var until: CalendarDate
    public var workspace: String?
    public var collaborations: [Row]
    public var stages: [Stage: Spread]
    public var cycle: Spread?
    /// Cycle days of each collaboration closed in the window, with its closing day.
    public var cycles: [(id: String, closed: CalendarDate, days: Int)]
    public var weekly: [Throughput]
    public var monthly: [Throughput]
    public var flow: [FlowWeek]
    public var aging: [Aging]
    public var departments: [Department]

    /// What to say when the workspace is not in a git repository: every stage counts from today.
    public static let outsideGit = Message(en: "Not in a git repository: every stage is counted from today.",
                                           zh: "不在 git 仓库中：各阶段都从今天算起。")
}

extension FlowMetrics {
    /// The tasks whose done dates the metrics need from the history: those done in the records.
    public static func doneTasks(_ collaborations: [Collaboration]) -> [String: Set<String>] {
        var wanted: [String: Set<String>] = [:]
        for collaboration in collaborations {
            let done = (collaboration.tasks?.items ?? []).compactMap { $0.status?.value == .done ? $0.id?.value : nil }
            if !done.isEmpty { wanted[collaboration.id] = Set(done) }
        }
        return wanted
    }

    /// Metrics of `collaborations` (as read from the working tree) with their `history`
    /// (nil outside git: every stage then starts today). The window [since, until] bounds
    /// the weeks and months shown, the collaborations closed and the tasks done that count;
    /// open work is measured up to today.
    /// `dueMoves`: the due changes after plan by collaboration (`WorkspaceHistory.planChanges`),
    /// counted for the department of the task as the records have it now.
    public init(_ collaborations: [Collaboration], history: FlowHistory?, config: WorkspaceConfig, today: CalendarDate,
                since: CalendarDate? = nil, until: CalendarDate? = nil, dueMoves: [String: [PlanChangeEntry]] = [:]) {
        self.today = today
        self.until = until ?? today
        workspace = config.name?.value
        let end = until ?? today
        func inWindow(_ date: CalendarDate) -> Bool { date <= end && since.map { date >= $0 } ?? true }
        var rows: [Row] = [], timelines: [[StageVisit]] = [], cycles: [(id: String, closed: CalendarDate, days: Int)] = []
        var departments: [String: Department] = [:], lateDays: [String: [Int]] = [:]
        for collaboration in collaborations {
            let visits = StageVisit.timeline(history?.transitions[collaboration.id] ?? [], current: collaboration.problem?.stage?.value, today: today)
            guard let first = visits.first?.start, first <= end else { continue }
            let row = Row(collaboration, visits: visits, done: history?.taskDone[collaboration.id], today: today)
            if let closed = row.closedOn, let since, closed < since { continue }
            rows.append(row)
            timelines.append(visits)
            if let closed = row.closedOn, let days = row.cycleDays, inWindow(closed) { cycles.append((collaboration.id, closed, days)) }
            for task in collaboration.tasks?.items ?? [] {
                let name = task.department.map { config.departmentID($0.value) ?? $0.value } ?? ""
                var department = departments[name] ?? Department(department: name, name: config.directory?[name]?.name?.value)
                switch TaskOutcome(task, done: history?.taskDone[collaboration.id], today: today) {
                case .dropped: continue
                case .done(let on, let late, let from):
                    guard inWindow(on) else { break }
                    if from == .record { department.doneDatesFromRecord += 1 } else { department.doneDatesFromCommit += 1 }
                    if late > 0 {
                        department.late += 1
                        lateDays[name, default: []].append(late)
                    } else {
                        department.onTime += 1
                    }
                case .open(let overdue):
                    if overdue { department.openOverdue += 1 }
                }
                departments[name] = department
            }
            for move in DueMove.moves(dueMoves[collaboration.id] ?? [], collaboration, config) where inWindow(move.day) {
                var department = departments[move.department] ?? Department(department: move.department, name: config.directory?[move.department]?.name?.value)
                department.dueMoves += 1
                department.dueMovedDays += move.days
                departments[move.department] = department
            }
        }
        self.since = since ?? timelines.compactMap(\.first?.start).min()
        self.collaborations = rows
        stages = Dictionary(uniqueKeysWithValues: Stage.allCases.compactMap { stage in
            Spread(rows.compactMap { $0.stageDays[stage] }).map { (stage, $0) }
        })
        self.cycles = cycles
        cycle = Spread(cycles.map(\.days))
        let closings = rows.compactMap(\.closedOn)
        let first = self.since ?? end
        let weeks = IsoWeek.weeks(from: first, through: end)
        weekly = weeks.map { week in Throughput(period: week.label, closed: closings.filter { week.contains($0) }.count) }
        monthly = IsoWeek.months(from: first, through: end).map { month in
            Throughput(period: month, closed: closings.filter { $0.description.hasPrefix(month) }.count)
        }
        flow = weeks.map { week in
            let day = min(week.sunday, end)
            var counts: [Stage: Int] = [:]
            for visits in timelines {
                if let stage = visits.last(where: { $0.start <= day })?.knownStage { counts[stage, default: 0] += 1 }
            }
            return FlowWeek(week: week.label, end: day, counts: counts)
        }
        aging = rows.compactMap { row in
            guard let stage = row.stage, stage != .closed else { return nil }
            return Aging(id: row.id, stage: stage, daysInStage: row.daysInStage)
        }.sorted { ($0.daysInStage, $1.id) > ($1.daysInStage, $0.id) }
        self.departments = departments.values.map { department in
            var department = department
            department.medianDaysLate = Spread(lateDays[department.department] ?? [])?.median
            return department
        }.sorted { $0.department < $1.department }
    }
}

extension StageVisit {
    /// The visits the history records, ending with the stage the records hold now (entered
    /// today when the history has not seen it).
    static func timeline(_ transitions: [StageTransition], current: Stage?, today: CalendarDate) -> [StageVisit] {
        var visits = timeline(transitions)
        if visits.last?.knownStage != current { visits.appendVisit(of: current?.rawValue, on: today) }
        return visits
    }
}

extension FlowMetrics.Row {
    init(_ collaboration: Collaboration, visits: [StageVisit], done: [String: TaskDone]?, today: CalendarDate) {
        id = collaboration.id
        title = collaboration.problem?.title?.value
        stage = collaboration.problem?.stage?.value
        daysInStage = visits.isEmpty ? 0 : StageVisit.days(visits, at: visits.count - 1, today: today)
        var stageDays: [Stage: Int] = [:]
        for (index, visit) in visits.enumerated() {
            guard let stage = visit.knownStage, stage != .closed else { continue }
            stageDays[stage, default: 0] += StageVisit.days(visits, at: index, today: today)
        }
        self.stageDays = stageDays
        self.visits = visits.reduce(into: [:]) { counts, visit in if let stage = visit.knownStage { counts[stage, default: 0] += 1 } }
        closedOn = stage == .closed ? visits.last(where: { $0.knownStage == .closed })?.start : nil
        let started = visits.first(where: { $0.knownStage == .define })?.start ?? visits.first?.start
        cycleDays = closedOn.flatMap { closed in started.map { closed.days(since: $0) } }
        var tasks = FlowMetrics.TaskCounts(), doneTasks: [FlowMetrics.DoneTask] = []
        for task in collaboration.tasks?.items ?? [] {
            switch TaskOutcome(task, done: done, today: today) {
            case .dropped: continue
            case .done(let on, let late, let from):
                if late > 0 { tasks.late += 1 } else { tasks.onTime += 1 }
                if let id = task.id?.value {
                    doneTasks.append(FlowMetrics.DoneTask(id: id, department: task.department?.value, due: task.due?.value, done: on, daysLate: late, from: from))
                }
            case .open: tasks.open += 1
            }
        }
        self.tasks = tasks
        self.done = doneTasks
    }
}
