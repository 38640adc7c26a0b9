/// collab.yaml: the workspace's version, name, department directory and settings.
public struct WorkspaceConfig: Sendable {
    public struct Department: Sendable {
        public var positions: KeyPositions
        public var id: TextField?
        public var name: TextField?
        /// The department's people: names, or `{name, email}` (SPEC §18).
        public var members: ListField<Member>?
    }

    public struct Settings: Sendable {
        public var dueSoonDays = 1
        public var staleUpdateDays = 1
        /// Working days overdue after which `collab remind` escalates a task to the lead department.
        public var escalateAfterDays = 2
    }

    public static let keys = RecordSchema.workspace.keys
    static let requiredKeys = RecordSchema.workspace.requiredKeys
    static let departmentKeys = RecordSchema.workspace.nested("departments").keys

    public var positions = KeyPositions()
    public var name: TextField?
    public var departments: ListField<Department>?
    public var settings = Settings()
    public var calendar = WorkingCalendar()
    /// The directory by department id (first listing wins), or nil when collab.yaml lists no
    /// departments.
    public private(set) var directory: [String: Department]?

    public init() {}

    public init(_ document: YAMLDocument, decoder: inout RecordDecoder) {
        let root = decoder.root(document, keys: WorkspaceConfig.keys)
        positions = root.positions
        if let version = decoder.text(root, "version"), version.value != "1" {
            decoder.report(.invalidValue, version.range, .unsupportedVersion(version.value))
        }
        decoder.requirePresent(root, WorkspaceConfig.requiredKeys)
        name = decoder.text(root, "name")
        departments = decoder.list(root, "departments") { decoder, node in
            guard let item = decoder.mapping(node, keys: WorkspaceConfig.departmentKeys, what: .aDepartment) else { return nil }
            let id = decoder.text(item, "id")
            if let id, !Identifier.isDepartmentID(id.value) {
                decoder.report(.invalidValue, id.range, .badDepartmentID(id.value))
            }
            return Department(positions: item.positions, id: id, name: decoder.text(item, "name"),
                              members: decoder.list(item, "members", WorkspaceConfig.member))
        }
        if let departments {
            var byID: [String: Department] = [:]
            for entry in departments.items {
                if let id = entry.id?.value, byID[id] == nil { byID[id] = entry }
            }
            directory = byID
        }
        if let item = decoder.object(root, "settings", keys: RecordSchema.workspace.nested("settings").keys) {
            settings.dueSoonDays = WorkspaceConfig.days(item, "due_soon_days", &decoder) ?? settings.dueSoonDays
            settings.staleUpdateDays = WorkspaceConfig.days(item, "stale_update_days", &decoder) ?? settings.staleUpdateDays
            settings.escalateAfterDays = WorkspaceConfig.days(item, "escalate_after_days", &decoder) ?? settings.escalateAfterDays
        }
        if let item = decoder.object(root, "calendar", keys: RecordSchema.workspace.nested("calendar").keys) {
            calendar = WorkspaceConfig.calendar(item, &decoder)
        }
    }

    private static func calendar(_ item: MappingReader, _ decoder: inout RecordDecoder) -> WorkingCalendar {
        var calendar = WorkingCalendar()
        if let workdays = decoder.textList(item, "workdays") {
            calendar.workdays = []
            for day in workdays.items {
                if let index = WorkingCalendar.weekdayNames.firstIndex(of: day.value) {
                    calendar.workdays.insert(index)
                } else {
                    let hint = Suggestion.closest(to: day.value, in: WorkingCalendar.weekdayNames).map(Message.didYouMean)
                    decoder.report(.invalidValue, day.range, Message.notOneOf("workdays", day.value, WorkingCalendar.weekdayNames).then(hint))
                }
            }
        }
        for (key, days) in [("holidays", \WorkingCalendar.holidays), ("extra_workdays", \WorkingCalendar.extraWorkdays)] {
            for text in decoder.textList(item, key)?.items ?? [] {
                if let date = decoder.date(text, what: .key(key)) { calendar[keyPath: days].insert(date.value) }
            }
        }
        return calendar
    }

    private static func days(_ item: MappingReader, _ key: String, _ decoder: inout RecordDecoder) -> Int? {
        guard let text = decoder.text(item, key) else { return nil }
        guard let days = Int(text.value), days >= 0, days <= 3650 else {
            decoder.report(.invalidValue, text.range, .notDays(key, text.value))
            return nil
        }
        return days
    }

}

extension WorkspaceConfig {
    /// The id of the directory department written as `text`: its id, or its name (财务部 →
    /// finance); nil when the directory names no such department.
    public func departmentID(_ text: String) -> String? {
        if directory?[text] != nil { return text }
        return departments?.items.first { $0.name?.value == text }?.id?.value
    }

    /// Every id and name of the directory, for "did you mean" suggestions.
    public var departmentWords: [String] {
        (departments?.items ?? []).flatMap { [$0.id?.value, $0.name?.value].compactMap { $0 } }
    }
}

extension Message {
    fileprivate static func unsupportedVersion(_ version: String) -> Message {
        Message(en: "version '\(version)' is not supported; this collab reads version 1",
                zh: "不支持版本「\(version)」；当前的 collab 只读取版本 1")
    }
    fileprivate static func badDepartmentID(_ id: String) -> Message {
        Message(en: "department id '\(id)' must hold only a-z, 0-9 and '-', starting with a letter or digit",
                zh: "部门编号「\(id)」只能包含 a-z、0-9 和 -，并以字母或数字开头")
    }
    fileprivate static func notDays(_ key: String, _ text: String) -> Message {
        Message(en: "\(key) '\(text)' should be a whole number of days", zh: "\(key) 的值「\(text)」应为整数天数")
    }
}
