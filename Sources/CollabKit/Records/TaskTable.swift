/// tasks.yaml — 任务表.
public struct TaskTable: Sendable {
    public struct Task: Sendable {
        public var positions: KeyPositions
        public var id: TextField?
        public var title: TextField?
        public var owner: TextField?
        public var department: TextField?
        public var start: Field<CalendarDate>?
        public var due: Field<CalendarDate>?
        public var deliverable: TextField?
        public var status: Field<TaskStatus>?
        public var dependsOn: ListField<TextField>?
        public var note: TextField?
        public var updates: ListField<Update>?
        /// Values of `status`, `start` and `due` the schema rejected, as written.
        public var rejected: [String: String] = [:]

        /// The status as written (a value outside the schema included), `todo` when absent.
        public var statusText: String { rejected["status"] ?? status?.value.rawValue ?? TaskStatus.todo.rawValue }
        /// The due date as written (a value outside the schema included), nil when absent.
        public var dueText: String? { rejected["due"] ?? due?.value.description }

        /// A task without a status has not started; one whose status is not understood is
        /// taken as open, so it is never hidden from a list of open work.
        public var isOpen: Bool { !(status?.value.isFinished ?? false) }

        /// The latest progress update: the last by date (the list's order among equal dates).
        public var latestUpdate: Update? {
            updates?.items.enumerated().max { a, b in
                switch (a.element.date?.value, b.element.date?.value) {
                case let (x?, y?) where x != y: return x < y
                case (nil, _?): return true
                case (_?, nil): return false
                default: return a.offset < b.offset
                }
            }?.element
        }

        public var name: TaskName { TaskName(id: id?.value, line: positions.anchor.start.line) }

        /// The day the record says a done task was done: the date of the latest update that
        /// set `done` (nil when none did, or the task is not done).
        public var recordedDoneDate: CalendarDate? {
            guard status?.value == .done else { return nil }
            return updates?.items.compactMap { $0.status?.value == .done ? $0.date?.value : nil }.max()
        }
    }

    public struct Update: Sendable {
        public var positions: KeyPositions
        public var date: Field<CalendarDate>?
        public var by: TextField?
        public var note: TextField?
        /// The status this update set (`collab update --status` writes it): the update that
        /// set `done` dates the task's completion (docs/reference.md §13).
        public var status: Field<TaskStatus>?
    }

    public static let keys = RecordSchema.tasks.keys
    static let taskKeys = RecordSchema.tasks.nested("tasks").keys
    static let updateKeys = RecordSchema.tasks.nested("tasks").nested("updates").keys

    public var positions: KeyPositions
    public var tasks: ListField<Task>?

    public init(_ document: YAMLDocument, decoder: inout RecordDecoder) {
        let root = decoder.root(document, keys: TaskTable.keys)
        positions = root.positions
        tasks = decoder.list(root, "tasks") { decoder, node in
            guard let item = decoder.mapping(node, keys: TaskTable.taskKeys, what: .aTask) else { return nil }
            return TaskTable.decodeTask(item, &decoder)
        }
    }

    private static func decodeTask(_ item: MappingReader, _ decoder: inout RecordDecoder) -> Task {
        let id = decoder.text(item, "id")
        if let id, !Identifier.isTaskID(id.value) {
            decoder.report(.invalidValue, id.range, .badTaskID(id.value))
        }
        let updates: ListField<Update>? = decoder.list(item, "updates") { decoder, node in
            guard let entry = decoder.mapping(node, keys: TaskTable.updateKeys, what: .anUpdate) else { return nil }
            return Update(positions: entry.positions, date: decoder.date(entry, "date"), by: decoder.text(entry, "by"),
                          note: decoder.text(entry, "note"), status: decoder.enumValue(entry, "status", TaskStatus.self))
        }
        let start = decoder.date(item, "start"), due = decoder.date(item, "due")
        let status = decoder.enumValue(item, "status", TaskStatus.self)
        var rejected: [String: String] = [:]
        item.reject("status", unless: status != nil, into: &rejected)
        item.reject("start", unless: start != nil, into: &rejected)
        item.reject("due", unless: due != nil, into: &rejected)
        return Task(positions: item.positions, id: id, title: decoder.text(item, "title"),
                    owner: decoder.text(item, "owner"), department: decoder.text(item, "department"),
                    start: start, due: due, deliverable: decoder.text(item, "deliverable"), status: status,
                    dependsOn: decoder.textList(item, "depends_on"), note: decoder.text(item, "note"),
                    updates: updates, rejected: rejected)
    }

    public var items: [Task] { tasks?.items ?? [] }
}

/// How a message names a task or an action item: "task T1 " / "任务 T1 "; the Chinese ends in a
/// space after an id, so a message can run on without one.
public protocol WorkItemName: Sendable {
    func text(_ language: Language) -> String
}

/// How a message names a task: by its id, or by its line when it has none.
public struct TaskName: WorkItemName, Equatable {
    public let id: String?
    public let line: Int

    /// "task T1" / "任务 T1 "; a task without an id is "the task at line 12" / "第 12 行的任务".
    /// The Chinese ends in a space after an id, so a message can run on without one.
    public func text(_ language: Language) -> String {
        switch (language, id) {
        case (.en, let id?): return "task \(id)"
        case (.en, nil): return "the task at line \(line)"
        case (.zh, let id?): return "任务 \(id) "
        case (.zh, nil): return "第 \(line) 行的任务"
        }
    }
}

extension Message {
    fileprivate static func badTaskID(_ id: String) -> Message {
        Message(en: "task id '\(id)' must start with a letter and hold only letters, digits, '_' and '-'",
                zh: "任务编号「\(id)」须以字母开头，只能包含字母、数字、_ 和 -")
    }
}
