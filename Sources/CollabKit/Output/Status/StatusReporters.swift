/// `collab status` as an aligned table, JSON or a Markdown table.
public enum StatusReporter {
    static func columns(_ language: Language) -> [TextTable.Column] {
        switch language {
        case .en:
            return [.init("ID"), .init("STAGE"), .init("TITLE", shrinkTo: 8), .init("LEAD"), .init("TASKS", alignRight: true),
                    .init("OVERDUE", alignRight: true), .init("NEXT DUE"), .init("NEXT GATE", shrinkTo: 16)]
        case .zh:
            return [.init("编号"), .init("阶段"), .init("标题", shrinkTo: 8), .init("牵头部门"), .init("任务", alignRight: true),
                    .init("逾期", alignRight: true), .init("最近截止"), .init("下一关口", shrinkTo: 16)]
        }
    }

    static func cells(_ row: CollaborationStatus, _ language: Language) -> [String] {
        let stage = row.rejectedStage.map { Flagged.cell($0, rejected: true, language) } ?? row.stage?.rawValue ?? "?"
        let gate = row.nextGate.text(language)
        guard row.tasksReadable else {
            return [row.id, stage, row.title ?? "", row.lead ?? "—", "?", "?", "?", gate]
        }
        return [row.id, stage, row.title ?? "", row.lead ?? "—", "\(row.finishedTasks)/\(row.totalTasks)",
                String(row.overdueTasks), row.nextDue?.description ?? "—", gate]
    }

    /// The table; `width` (a terminal's) cuts long titles and gates with `…`.
    public static func text(_ rows: [CollaborationStatus], language: Language, width: Int? = nil, color: Bool = false) -> String {
        let table = TextTable(columns: columns(language), rows: rows.map { cells($0, language) })
        return table.render(width: width) { row, column, text in
            guard color else { return text }
            if column == 5 && rows[row].overdueTasks > 0 { return "\u{1b}[1;31m\(text)\u{1b}[0m" }
            if column == 7 && rows[row].readyFor != nil { return "\u{1b}[32m\(text)\u{1b}[0m" }
            return text
        }
    }

    public static func json(_ rows: [CollaborationStatus], today: CalendarDate, language: Language) -> String {
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
                        for kind in FollowUp.Kind.allCases {
                            json.member(kind.listKey) {
                                json.object {
                                    json.member("open") { json.number(row.openFollowUps[kind]?.open ?? 0) }
                                    json.member("overdue") { json.number(row.openFollowUps[kind]?.overdue ?? 0) }
                                }
                            }
                        }
                        json.member("minutes_late") { json.array(row.lateMinutes) { json.string($0) } }
                        json.member("blocker") { json.optionalString(row.blocker?.text(language)) }
                    }
                }
            }
        }
        return json.output + "\n"
    }

    public static func markdown(_ rows: [CollaborationStatus], language: Language) -> String {
        let columns = columns(language)
        var out = "| " + columns.map { Markdown.headerCase($0.header) }.joined(separator: " | ") + " |\n"
        out += "|" + columns.map { $0.alignRight ? "---:|" : "---|" }.joined() + "\n"
        for row in rows {
            out += "| " + cells(row, language).map(Markdown.escapeCell).joined(separator: " | ") + " |\n"
        }
        return out
    }
}

/// `collab tasks` as an aligned table or JSON.
public enum TaskListReporter {
    static func columns(_ language: Language) -> [TextTable.Column] {
        switch language {
        case .en:
            return [.init("DUE"), .init("DAYS", alignRight: true), .init("COLLABORATION"), .init("TASK"), .init("TITLE", shrinkTo: 8),
                    .init("OWNER"), .init("DEPARTMENT"), .init("STATUS")]
        case .zh:
            return [.init("截止日期"), .init("剩余", alignRight: true), .init("协作"), .init("任务"), .init("标题", shrinkTo: 8),
                    .init("负责人"), .init("部门"), .init("状态")]
        }
    }

    /// Days left count working days of the calendar; days overdue count calendar days; a row
    /// done after its due date (by its record) says how late.
    static func days(_ row: TaskRow, _ language: Language) -> String {
        if let late = row.daysLate, late > 0 { return language == .zh ? "逾期 \(late) 天完成" : late == 1 ? "done 1 day late" : "done \(late) days late" }
        guard let days = row.daysLeft, let working = row.workingDaysLeft, row.isOpen else { return "—" }
        switch (language, days) {
        case (.en, 0): return "today"
        case (.en, 1...): return working == 1 ? "1 workday" : "\(working) workdays"
        case (.en, _): return "\(-days) overdue"
        case (.zh, 0): return "今天到期"
        case (.zh, 1...): return "剩 \(working) 个工作日"
        case (.zh, _): return "逾期 \(-days) 天"
        }
    }

    /// A task's id; an action item marked as such, with its meeting: "action A4 (2024-06-15-kickoff)".
    static func name(_ row: TaskRow, _ language: Language) -> String {
        if let followUp = row.followUp { return followUp.shortName.text(language) + " \(row.id)" }
        guard let meeting = row.meeting else { return row.id }
        return language == .zh ? "待办 \(row.id)（\(meeting)）" : "action \(row.id) (\(meeting))"
    }

    public static func text(_ rows: [TaskRow], language: Language, width: Int? = nil, color: Bool = false) -> String {
        let cells = rows.map { row in
            [Flagged.cell(row.dueText ?? "—", rejected: row.rejected["due"] != nil, language), days(row, language), row.collaboration, name(row, language),
             row.title ?? "", row.owner ?? "—", row.department ?? "—",
             Flagged.cell(row.statusText, rejected: row.rejected["status"] != nil, language)]
        }
        return TextTable(columns: columns(language), rows: cells).render(width: width) { index, column, text in
            guard color else { return text }
            let row = rows[index]
            if (column == 0 && row.rejected["due"] != nil) || (column == 7 && row.rejected["status"] != nil) {
                return "\u{1b}[1;31m\(text)\u{1b}[0m"
            }
            guard column == 1 else { return text }
            if row.isOverdue || (row.daysLate ?? 0) > 0 { return "\u{1b}[1;31m\(text)\u{1b}[0m" }
            if row.isOpen && (row.workingDaysLeft ?? Int.max) <= 1 { return "\u{1b}[1;33m\(text)\u{1b}[0m" }
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
                        json.member("kind") { json.string(row.followUp?.rawValue ?? (row.meeting == nil ? "task" : "action")) }
                        json.member("meeting") { json.optionalString(row.meeting) }
                        json.member("id") { json.string(row.id) }
                        json.member("title") { json.optionalString(row.title) }
                        json.member("owner") { json.optionalString(row.owner) }
                        json.member("department") { json.optionalString(row.department) }
                        json.member("due") { json.optionalString(row.dueText) }
                        json.member("status") { json.string(row.statusText) }
                        json.member("days_left") { if let days = row.daysLeft { json.number(days) } else { json.null() } }
                        json.member("working_days_left") { if let days = row.workingDaysLeft { json.number(days) } else { json.null() } }
                        json.member("done") { json.optionalString(row.doneOn?.description) }
                        json.member("days_late") { if let late = row.daysLate { json.number(late) } else { json.null() } }
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
    static func cell(_ text: String, rejected: Bool, _ language: Language) -> String {
        guard rejected else { return text }
        return language == .zh ? text + "（无效）" : text + " (invalid)"
    }
}
