/// meetings/YYYY-MM-DD-slug.yaml — 沟通记录 (docs/reference.md §11): one meeting, its
/// decisions and action items, and the distribution of its minutes.
public struct MeetingRecord: Sendable {
    public struct Attendee: Sendable {
        public var positions: KeyPositions
        public var department: TextField?
        public var people: ListField<TextField>?
    }

    public struct Decision: Sendable {
        public var positions: KeyPositions
        public var id: TextField?
        public var text: TextField?
    }

    public struct Action: Sendable {
        public var positions: KeyPositions
        public var id: TextField?
        public var text: TextField?
        public var owner: TextField?
        public var department: TextField?
        public var due: Field<CalendarDate>?
        public var task: TextField?
        public var status: Field<ActionStatus>?
        /// Values of `status` and `due` the schema rejected, as written.
        public var rejected: [String: String] = [:]

        /// An action without a task is open until its own status says done or dropped (a
        /// status outside the schema counts as open, so it is never hidden).
        public var isOpen: Bool { !(status?.value.isFinished ?? false) }
        /// The status as written, `todo` when absent.
        public var statusText: String { rejected["status"] ?? status?.value.rawValue ?? ActionStatus.todo.rawValue }
        /// The due date as written, nil when absent.
        public var dueText: String? { rejected["due"] ?? due?.value.description }
    }

    static let keys = RecordSchema.meeting.keys
    static let requiredKeys = RecordSchema.meeting.requiredKeys
    static let attendeeKeys = RecordSchema.meeting.nested("attendees").keys
    static let decisionKeys = RecordSchema.meeting.nested("decisions").keys
    static let actionKeys = RecordSchema.meeting.nested("actions").keys

    /// The file's name without `.yaml`: `2024-06-15-kickoff`.
    public let name: String
    public var positions: KeyPositions
    public var topic: TextField?
    public var date: Field<CalendarDate>?
    public var time: TextField?
    public var scenario: Field<Scenario>?
    public var channel: TextField?
    public var host: TextField?
    public var recorder: TextField?
    public var goal: TextField?
    public var attendees: ListField<Attendee>?
    public var agenda: ListField<TextField>?
    public var decisions: ListField<Decision>?
    public var actions: ListField<Action>?
    public var distributed: Field<CalendarDate>?
    public var acknowledged: ListField<TextField>?

    public var file: RecordFile { .meeting(name) }

    public init(name: String, _ document: YAMLDocument, decoder: inout RecordDecoder) {
        self.name = name
        let root = decoder.root(document, keys: MeetingRecord.keys)
        positions = root.positions
        topic = decoder.text(root, "topic")
        date = decoder.date(root, "date")
        decoder.requirePresent(root, MeetingRecord.requiredKeys)
        time = decoder.text(root, "time")
        scenario = decoder.enumValue(root, "scenario", Scenario.self)
        channel = decoder.text(root, "channel")
        host = decoder.text(root, "host")
        recorder = decoder.text(root, "recorder")
        goal = decoder.text(root, "goal")
        attendees = decoder.list(root, "attendees") { decoder, node in
            guard let item = decoder.mapping(node, keys: MeetingRecord.attendeeKeys, what: .anAttendee) else { return nil }
            return Attendee(positions: item.positions, department: decoder.text(item, "department"),
                            people: decoder.textList(item, "people"))
        }
        agenda = decoder.textList(root, "agenda")
        decisions = decoder.list(root, "decisions") { decoder, node in
            guard let item = decoder.mapping(node, keys: MeetingRecord.decisionKeys, what: .aDecision) else { return nil }
            return Decision(positions: item.positions, id: MeetingRecord.itemID(item, .decision, &decoder),
                            text: decoder.text(item, "text"))
        }
        actions = decoder.list(root, "actions") { decoder, node in
            guard let item = decoder.mapping(node, keys: MeetingRecord.actionKeys, what: .anAction) else { return nil }
            return MeetingRecord.decodeAction(item, &decoder)
        }
        distributed = decoder.date(root, "distributed")
        acknowledged = decoder.textList(root, "acknowledged")
        Self.checkUnique(decisions?.items.map(\.id) ?? [], &decoder)
        Self.checkUnique(actions?.items.map(\.id) ?? [], &decoder)
    }

    private static func decodeAction(_ item: MappingReader, _ decoder: inout RecordDecoder) -> Action {
        let due = decoder.date(item, "due")
        let status = decoder.enumValue(item, "status", ActionStatus.self)
        var rejected: [String: String] = [:]
        item.reject("status", unless: status != nil, into: &rejected)
        item.reject("due", unless: due != nil, into: &rejected)
        return Action(positions: item.positions, id: itemID(item, .action, &decoder), text: decoder.text(item, "text"),
                      owner: decoder.text(item, "owner"), department: decoder.text(item, "department"), due: due,
                      task: decoder.text(item, "task"), status: status, rejected: rejected)
    }

    /// The two lists of numbered items, each numbered by the letter its schema gives
    /// (`RecordSchema.idPrefix`: `D1`, `A1`).
    enum NumberedList {
        case decision, action

        static let decisionPrefix = RecordSchema.meeting.nested("decisions").idPrefix ?? ""
        static let actionPrefix = RecordSchema.meeting.nested("actions").idPrefix ?? ""

        var prefix: String { self == .decision ? Self.decisionPrefix : Self.actionPrefix }
    }

    private static func itemID(_ item: MappingReader, _ list: NumberedList, _ decoder: inout RecordDecoder) -> TextField? {
        let id = decoder.text(item, "id")
        if let id, !Identifier.isNumberedID(id.value, prefix: list.prefix) {
            decoder.report(.invalidValue, id.range, .badMeetingItemID(id.value, list))
        }
        return id
    }

    /// Decision and action ids are unique in the file, so an edit path names one item. Lists
    /// are short: each id is compared with those before it (a long list, which only a hostile
    /// file has, through a table).
    private static func checkUnique(_ ids: [TextField?], _ decoder: inout RecordDecoder) {
        guard ids.count > 1 else { return }
        var seen: [String: Int]? = ids.count > 16 ? [:] : nil
        for (index, field) in ids.enumerated() {
            guard let id = field else { continue }
            let first: Int?
            if seen != nil {
                first = seen?[id.value]
                if first == nil { seen?[id.value] = id.range.start.line }
            } else {
                first = ids[..<index].lazy.compactMap { $0 }.first { $0.value == id.value }?.range.start.line
            }
            if let first { decoder.report(.invalidValue, id.range, .meetingItemIDTwice(id.value, first)) }
        }
    }

    /// The actions that carry their own status (no `task`) and are not done or dropped.
    public var openActions: [Action] { (actions?.items ?? []).filter { $0.task == nil && $0.isOpen } }
}

extension Message {
    static let anAttendee = Message(en: "an attendee", zh: "参会部门")
    static let aDecision = Message(en: "a decision", zh: "决议事项")
    static let anAction = Message(en: "an action item", zh: "待办事项")

    fileprivate static func badMeetingItemID(_ id: String, _ list: MeetingRecord.NumberedList) -> Message {
        let what = list == .decision ? (en: "decision", zh: "决议") : (en: "action", zh: "待办"), letter = list.prefix
        return Message(en: "\(what.en) id '\(id)' must be \(letter) followed by digits: \(letter)1, \(letter)2, …",
                       zh: "\(what.zh)编号「\(id)」须为 \(letter) 加数字：\(letter)1、\(letter)2……")
    }
    fileprivate static func meetingItemIDTwice(_ id: String, _ line: Int) -> Message {
        Message(en: "id '\(id)' is used twice in this meeting (first on line \(line)); number each item once",
                zh: "编号「\(id)」在本次沟通记录中用了两次（第一次在第 \(line) 行）；每条编号只用一次")
    }
}
