extension CollaborationEdit {
    /// `collab add ID LIST FIELD=VALUE…`: appends an item, its keys in the schema's order. A
    /// task, decision or action item gets the next free id (`T<n>`, `D<n>`, `A<n>`); a task,
    /// and an action item without a task, get `status: todo` unless given; an update gets
    /// `today` and its task's owner as `by`; a keyed item needs its key, which must be new.
    /// Returns the path of the new item.
    @discardableResult
    public mutating func add(to listText: String, fields written: [(key: String, value: String)],
                             today: CalendarDate) throws(PathError) -> RecordPath {
        let (path, kind, node) = try resolve(listText)
        guard case .list(let items) = kind else {
            if case .textList = kind { throw .textListNeedsText(path.description) }
            throw .notAList(path.description)
        }
        var values: [String: String] = [:]
        for (key, value) in written {
            guard items.kind(key) != nil else { throw .unknownKey(key, at: path.description, keys: items.keys) }
            guard values[key] == nil else { throw .fieldTwice(key) }
            values[key] = value
        }
        let existing = node?.sequence?.items ?? []
        if let prefix = items.idPrefix, let key = items.itemKey, values[key] == nil {
            values[key] = Self.nextID(prefix, among: existing, key: key)
        }
        let isTaskList = path == RecordPath.top(of: .tasks)
        let isActionList = path.segments == [.key("actions")] && RecordSchema.of(path.file).kind("actions") != nil
        if values["status"] == nil && (isTaskList || (isActionList && values["task"] == nil)) {
            values["status"] = TaskStatus.todo.rawValue
        }
        if path.file == .tasks, path.segments.last == .key("updates") {
            if values["date"] == nil { values["date"] = today.description }
            if values["by"] == nil, let owner = try task(owning: path)?.mapping?["owner"]?.scalar, !owner.isNull {
                values["by"] = owner.text
            }
        }
        var label: RecordPath.Segment = .position(existing.count + 1)
        if let key = items.itemKey {
            guard let name = values[key], !name.isEmpty else { throw .needsKey(key, path.description) }
            if ItemLabel.labelled(existing, key).contains(where: { $0.label.key == name }) {
                throw .itemExists(path.appending(.item(name, occurrence: 1)).description)
            }
            label = .item(name, occurrence: 1)
        }
        let fields = items.fields.compactMap { field -> (key: String, value: EditValue)? in
            guard let value = values[field.key], !value.isEmpty else { return nil }
            return (field.key, EditValue(value, for: field.kind))
        }
        try edit(path.file) { editor throws(PathError) in try editor.append(fields, to: path) }
        return path.appending(label)
    }

    /// `collab add ID LIST TEXT`: appends a text to a list of texts.
    public mutating func add(to listText: String, text: String) throws(PathError) {
        let (path, kind, _) = try resolve(listText)
        guard case .textList = kind else {
            if case .list = kind { throw .itemNeedsFields(path.description) }
            throw .notAList(path.description)
        }
        try edit(path.file) { editor throws(PathError) in try editor.append(text: text, to: path) }
    }

    /// `collab update ID TASK TEXT`: appends `{date, by, note: TEXT}` to the task's updates
    /// (with a status, the update records it too: `status: done` dates the completion) and,
    /// with a status, sets it — for `blocked` and `dropped` also the task's note when
    /// it has none, so the reason is written down.
    public mutating func update(task: String, note: String, status: TaskStatus?, by: String?, date: CalendarDate) throws(PathError) {
        let file = RecordFile.tasks.name + "."
        let taskPath = task.hasPrefix(file) ? task : file + task
        let (path, _, node) = try resolve(taskPath)
        guard path.segments.count == 2, case .item = path.segments[1] else { throw .notATask(task) }
        var fields = [(key: "date", value: date.description), (key: "note", value: note)]
        if let by { fields.append((key: "by", value: by)) }
        if let status { fields.append((key: "status", value: status.rawValue)) }
        try add(to: path.appending(.key("updates")).description, fields: fields, today: date)
        if let status {
            try set(path.appending(.key("status")).description, to: status.rawValue)
            let hasNote = node?.mapping?["note"]?.scalar.map { !$0.isNull } ?? false
            if status == .blocked || status == .dropped, !hasNote {
                try set(path.appending(.key("note")).description, to: note)
            }
        }
    }

    /// The task whose `updates` list `path` names.
    private func task(owning path: RecordPath) throws(PathError) -> Node? {
        try RecordPath.parse(RecordPath(path.file, Array(path.segments.dropLast())).description, root: try root(path.file)).node
    }

    /// `T<n>` (`D<n>`, `A<n>`) one past the highest in use.
    static func nextID(_ prefix: String, among items: [Node], key: String) -> String {
        let used = items.compactMap { $0.mapping?[key]?.scalar?.text }
        let highest = used.compactMap { id -> Int? in id.hasPrefix(prefix) ? Int(id.dropFirst(prefix.count)) : nil }.max() ?? 0
        var next = highest + 1
        while used.contains(prefix + String(next)) { next += 1 }
        return prefix + String(next)
    }
}
