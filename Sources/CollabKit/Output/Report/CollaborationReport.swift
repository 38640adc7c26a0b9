/// What `collab report` shows of one collaboration, gathered once for the Markdown and HTML
/// renderers: the records, department names from the directory, the tasks as Gantt bars and
/// the stage history (nil outside git).
public struct CollaborationReport: Sendable {
    public struct StageEntry: Sendable, Equatable {
        public var date: CalendarDate
        public var from: String?
        public var to: String?
        public var author: String
        public var commit: String

        /// A transition of the stage history as the report shows it.
        public init(_ transition: StageTransition) {
            self.init(date: transition.author.date, from: transition.from, to: transition.to, author: transition.author.name,
                      commit: String(transition.commit.hex.prefix(7)))
        }

        public init(date: CalendarDate, from: String?, to: String?, author: String, commit: String) {
            self.date = date
            self.from = from
            self.to = to
            self.author = author
            self.commit = commit
        }
    }

    /// A task as a bar: from its start (or the end of what it depends on, or the day the
    /// problem was opened) to its due date; a meeting as a milestone on its date.
    public struct Bar: Sendable, Equatable {
        /// A task's id; a meeting's file name.
        public var id: String
        public var title: String
        public var department: String?
        public var start: CalendarDate
        public var end: CalendarDate
        public var status: TaskStatus
        public var overdue: Bool
        /// Ids of the tasks it waits for that are drawn too.
        public var after: [String]
        /// A meeting, drawn as a milestone (start and end are its date).
        public var isMeeting = false

        /// How a chart names it, as written on one line: `「T1」title`, a meeting `◆ topic`.
        public var label: String {
            let title = self.title.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).joined(separator: " ")
            return isMeeting ? "◆ " + title : "「\(id)」" + title
        }
    }

    /// What became of a meeting's action item: the task that carries it (and that task's
    /// status), or its own status; overdue when open past its due date.
    public struct ActionState: Sendable, Equatable {
        public var task: String?
        public var status: String
        public var overdue: Bool
    }

    public let collaboration: Collaboration
    public let today: CalendarDate
    public let stages: [StageEntry]?
    /// The goal and due changes made after plan (docs/reference.md §8), oldest first; empty
    /// outside git.
    public let planChanges: [PlanChangeEntry]
    /// The language of the report's headings and sentences.
    public let language: Language
    let departmentNames: [String: String]

    public init(_ collaboration: Collaboration, config: WorkspaceConfig, today: CalendarDate, stages: [StageEntry]?,
                planChanges: [PlanChangeEntry] = [], language: Language) {
        self.collaboration = collaboration
        self.today = today
        self.stages = stages
        self.planChanges = planChanges
        self.language = language
        var names: [String: String] = [:]
        for department in config.departments?.items ?? [] {
            if let id = department.id?.value, let name = department.name?.value, names[id] == nil { names[id] = name }
        }
        departmentNames = names
    }

    /// A heading, label or sentence of the report in its language.
    func text(_ message: Message) -> String { message.text(language) }

    /// What follows a label: ": " in English, "：" in Chinese.
    var colon: String { language == .zh ? "：" : ": " }

    /// A remark after a value: " (remark)" in English, "（remark）" in Chinese.
    func aside(_ remark: String) -> String { language == .zh ? "（\(remark)）" : " (\(remark))" }

    /// A stage change as the report shows it: `plan → execute`, with the collaboration's
    /// creation and removal named.
    func move(_ entry: StageEntry) -> String {
        "\(entry.from ?? text(ReportText.newStage)) → \(entry.to ?? text(ReportText.removedStage))"
    }

    /// A goal or due change after plan as a row: date, path, old → new, author, commit.
    func row(_ change: PlanChangeEntry) -> [String] {
        let none = text(ReportText.none)
        let move = "\(change.old ?? none) → \(change.new ?? none)".replacingLineBreaks(with: " ")
        return [change.author.date.description, change.path, move, change.author.name,
                String(change.commit.hex.prefix(7))]
    }

    /// The header of those rows.
    var planChangeHeader: [String] {
        [text(ReportText.date), text(ReportText.changedValue), text(ReportText.oldToNew), text(ReportText.author), text(ReportText.commit)]
    }

    public var id: String { collaboration.id }
    public var title: String { collaboration.problem?.title?.value ?? collaboration.id }
    public var stage: String { collaboration.problem?.stage?.value.rawValue ?? "?" }
    public var tasks: [TaskTable.Task] { collaboration.tasks?.items ?? [] }
    /// The meetings, by date (their file names begin with it).
    public var meetings: [MeetingRecord] { collaboration.meetings }

    public func state(_ action: MeetingRecord.Action) -> ActionState {
        if let id = action.task?.value {
            guard let task = tasks.first(where: { $0.id?.value == id }) else { return ActionState(task: id, status: "?", overdue: false) }
            return ActionState(task: id, status: task.statusText, overdue: isOverdue(task))
        }
        let overdue = action.isOpen && (action.due?.value).map { $0 < today } == true
        return ActionState(task: nil, status: action.statusText, overdue: overdue)
    }

    /// `2024-06-15 14:00-15:00 · 需求对齐会`: a meeting's heading.
    public func heading(_ meeting: MeetingRecord) -> String {
        let when = [meeting.date?.value.description ?? meeting.name, meeting.time?.value].compactMap { $0 }.joined(separator: " ")
        return when + " · " + (meeting.topic?.value ?? "—")
    }

    /// Host, recorder, channel and what became of the minutes, as one line of facts.
    public func facts(_ meeting: MeetingRecord) -> [String] {
        var facts: [String] = []
        if let host = meeting.host?.value { facts.append(text(ReportText.host) + colon + host) }
        if let recorder = meeting.recorder?.value { facts.append(text(ReportText.recorder) + colon + recorder) }
        if let channel = meeting.channel?.value { facts.append(channel) }
        var minutes = meeting.distributed.map { text(ReportText.distributed($0.value.description)) } ?? text(ReportText.notDistributed)
        let acknowledged = (meeting.acknowledged?.items ?? []).map(\.value)
        if !acknowledged.isEmpty {
            minutes += (language == .zh ? "，" : ", ") + text(ReportText.acknowledged(acknowledged.joined(separator: language == .zh ? "、" : ", ")))
        }
        facts.append(minutes)
        return facts
    }

    /// `产品部 (product): 周经理、吴专员` for each attending department.
    public func attendees(_ meeting: MeetingRecord) -> [String] {
        (meeting.attendees?.items ?? []).map { attendee in
            let people = (attendee.people?.items ?? []).map(\.value)
            let name = department(attendee.department?.value)
            return people.isEmpty ? name : name + colon + people.joined(separator: language == .zh ? "、" : ", ")
        }
    }

    /// `产品部 (product)`, or the id alone when the directory has no name for it.
    public func department(_ id: String?) -> String {
        guard let id else { return "" }
        return departmentNames[id].map { "\($0) (\(id))" } ?? id
    }

    public func isOverdue(_ task: TaskTable.Task) -> Bool {
        task.isOpen && (task.due?.value).map { $0 < today } == true
    }

    /// `2024-07-01 钱工程师: 首页与详情页完成` — the latest progress update, what a manager
    /// reads first; nil without updates.
    public func latestProgress(_ task: TaskTable.Task) -> String? {
        guard let update = task.latestUpdate else { return nil }
        let when = [update.date?.value.description, update.by?.value].compactMap { $0 }.joined(separator: " ")
        let note = update.note?.value ?? ""
        return when.isEmpty ? note : (note.isEmpty ? when : when + colon + note)
    }

    /// Why a blocked or dropped task is so: its note; nil for other tasks.
    public func reason(_ task: TaskTable.Task) -> String? {
        guard let status = task.status?.value, status == .blocked || status == .dropped else { return nil }
        return task.note?.value
    }

    /// The longest span a chart draws: a task from year 1 to 9999 must not make a page of
    /// millions of days. Bars reaching outside the window are cut at its edges.
    public static let longestChart = 3 * 366

    /// The tasks that can be drawn (they have a due date and are not dropped), in file order,
    /// then the meetings with a date as milestones, cut to a window of at most `longestChart` days around the middle of their dates.
    public var bars: [Bar] {
        let all = uncutBars
        let dates = all.flatMap { [$0.start, $0.end] }.sorted()
        guard let first = dates.first, let last = dates.last, last.days(since: first) >= Self.longestChart else { return all }
        let middle = dates[dates.count / 2]
        let from = max(first, middle.adding(days: -Self.longestChart / 2))
        let to = min(last, from.adding(days: Self.longestChart - 1))
        return all.compactMap { bar in
            guard bar.end >= from, bar.start <= to else { return nil }
            var cut = bar
            cut.start = max(bar.start, from)
            cut.end = min(bar.end, to)
            return cut
        }
    }

    private var uncutBars: [Bar] {
        let drawn: [(id: String, due: CalendarDate, task: TaskTable.Task)] = tasks.compactMap { task in
            guard let id = task.id?.value, let due = task.due?.value, task.status?.value != .dropped else { return nil }
            return (id, due, task)
        }
        let dueByID = Dictionary(drawn.map { ($0.id, $0.due) }, uniquingKeysWith: { first, _ in first })
        let opened = collaboration.problem?.opened?.value
        let bars = drawn.map { id, due, task in
            let after = (task.dependsOn?.items.map(\.value) ?? []).filter { dueByID[$0] != nil }
            let start = task.start?.value ?? after.compactMap { dueByID[$0]?.adding(days: 1) }.max() ?? opened ?? due
            return Bar(id: id, title: task.title?.value ?? id, department: task.department?.value, start: min(start, due), end: due,
                       status: task.status?.value ?? .todo, overdue: isOverdue(task), after: task.start == nil ? after : [])
        }
        return bars + meetings.compactMap { meeting in
            guard let date = meeting.date?.value else { return nil }
            return Bar(id: meeting.name, title: meeting.topic?.value ?? meeting.name, department: nil, start: date, end: date,
                       status: date <= today ? .done : .todo, overdue: false, after: [], isMeeting: true)
        }
    }
}
