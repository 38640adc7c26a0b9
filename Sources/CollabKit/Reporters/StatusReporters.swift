/// `collab status` as an aligned table, JSON or a Markdown table.
public enum StatusReporter {
    static let columns: [TextTable.Column] = [
        .init("ID"), .init("STAGE"), .init("TITLE", shrinkTo: 8), .init("LEAD"), .init("TASKS", alignRight: true),
        .init("OVERDUE", alignRight: true), .init("NEXT DUE"), .init("NEXT GATE", shrinkTo: 16),
    ]

    static func cells(_ row: CollaborationStatus) -> [String] {
        let stage = row.rejectedStage.map { Flagged.cell($0, rejected: true) } ?? row.stage?.rawValue ?? "?"
        guard row.tasksReadable else {
            return [row.id, stage, row.title ?? "", row.lead ?? "—", "?", "?", "?", row.nextGate]
        }
        return [row.id, stage, row.title ?? "", row.lead ?? "—", "\(row.finishedTasks)/\(row.totalTasks)",
                String(row.overdueTasks), row.nextDue?.description ?? "—", row.nextGate]
    }

    /// The table; `width` (a terminal's) cuts long titles and gates with `…`.
    public static func text(_ rows: [CollaborationStatus], width: Int? = nil, color: Bool = false) -> String {
        let table = TextTable(columns: columns, rows: rows.map(cells))
        return table.render(width: width) { row, column, text in
            guard color else { return text }
            if column == 5 && rows[row].overdueTasks > 0 { return "\u{1b}[1;31m\(text)\u{1b}[0m" }
            if column == 7 && rows[row].readyFor != nil { return "\u{1b}[32m\(text)\u{1b}[0m" }
            return text
        }
    }

    public static func json(_ rows: [CollaborationStatus], today: CalendarDate) -> String {
        let json = JSONWriter()
        json.object {
            json.member("version") { json.number(1) }
            json.member("today") { json.string(today.description) }
            json.member("collaborations") {
                json.array(rows) { row in
                    json.object {
                        json.member("id") { json.string(row.id) }
                        json.member("stage") { json.optionalString(row.rejectedStage ?? row.stage?.rawValue) }
                        json.member("title") { json.optionalString(row.title) }
                        json.member("lead") { json.optionalString(row.lead) }
                        json.member("tasks") {
                            guard row.tasksReadable else { return json.null() }
                            json.object {
                                json.member("finished") { json.number(row.finishedTasks) }
                                json.member("total") { json.number(row.totalTasks) }
                            }
                        }
                        json.member("overdue") { row.tasksReadable ? json.number(row.overdueTasks) : json.null() }
                        json.member("next_due") { json.optionalString(row.nextDue?.description) }
                        json.member("ready_for") { json.optionalString(row.readyFor?.rawValue) }
                        json.member("blocker") { json.optionalString(row.blocker) }
                    }
                }
            }
        }
        return json.output + "\n"
    }

    public static func markdown(_ rows: [CollaborationStatus]) -> String {
        var out = "| " + columns.map { Markdown.headerCase($0.header) }.joined(separator: " | ") + " |\n"
        out += "|" + columns.map { $0.alignRight ? "---:|" : "---|" }.joined() + "\n"
        for row in rows {
            out += "| " + cells(row).map(Markdown.escapeCell).joined(separator: " | ") + " |\n"
        }
        return out
    }
}

/// `collab tasks` as an aligned table or JSON.
public enum TaskListReporter {
    static let columns: [TextTable.Column] = [
        .init("DUE"), .init("DAYS", alignRight: true), .init("COLLABORATION"), .init("TASK"), .init("TITLE", shrinkTo: 8),
        .init("OWNER"), .init("DEPARTMENT"), .init("STATUS"),
    ]

    static func days(_ row: TaskRow) -> String {
        guard let days = row.daysLeft, row.isOpen else { return "—" }
        if days == 0 { return "today" }
        return days > 0 ? "\(days) left" : "\(-days) overdue"
    }

    public static func text(_ rows: [TaskRow], width: Int? = nil, color: Bool = false) -> String {
        let cells = rows.map { row in
            [Flagged.cell(row.dueText ?? "—", rejected: row.rejected["due"] != nil), days(row), row.collaboration, row.id,
             row.title ?? "", row.owner ?? "—", row.department ?? "—",
             Flagged.cell(row.statusText, rejected: row.rejected["status"] != nil)]
        }
        return TextTable(columns: columns, rows: cells).render(width: width) { index, column, text in
            guard color else { return text }
            let row = rows[index]
            if (column == 0 && row.rejected["due"] != nil) || (column == 7 && row.rejected["status"] != nil) {
                return "\u{1b}[1;31m\(text)\u{1b}[0m"
            }
            guard column == 1 else { return text }
            if row.isOverdue { return "\u{1b}[1;31m\(text)\u{1b}[0m" }
            if row.isOpen && (row.daysLeft ?? Int.max) <= 1 { return "\u{1b}[1;33m\(text)\u{1b}[0m" }
            return text
        }
    }

    public static func json(_ rows: [TaskRow], today: CalendarDate) -> String {
        let json = JSONWriter()
        json.object {
            json.member("version") { json.number(1) }
            json.member("today") { json.string(today.description) }
            json.member("tasks") {
                json.array(rows) { row in
                    json.object {
                        json.member("collaboration") { json.string(row.collaboration) }
                        json.member("id") { json.string(row.id) }
                        json.member("title") { json.optionalString(row.title) }
                        json.member("owner") { json.optionalString(row.owner) }
                        json.member("department") { json.optionalString(row.department) }
                        json.member("due") { json.optionalString(row.dueText) }
                        json.member("status") { json.string(row.statusText) }
                        json.member("days_left") { if let days = row.daysLeft { json.number(days) } else { json.null() } }
                        json.member("invalid") { json.array(row.rejected.keys.sorted()) { json.string($0) } }
                    }
                }
            }
        }
        return json.output + "\n"
    }
}

/// A value the schema rejected, shown as written with a flag (docs/reference.md §4).
enum Flagged {
    static func cell(_ text: String, rejected: Bool) -> String {
        rejected ? text + " (invalid)" : text
    }
}
