/// The tables of `collab metrics` that text, Markdown and HTML all show: one definition of
/// their columns and cells.
struct MetricsTable {
    var title: String
    var columns: [TextTable.Column]
    var rows: [[String]]
    /// What was left out, when the table shows part of the rows.
    var note: String?

    /// Weeks shown in the text and Markdown tables (every week is in the JSON, CSV and charts).
    static let recentWeeks = 12
    /// Aging rows shown in the text and Markdown tables.
    static let agingRows = 20

    static func all(_ metrics: FlowMetrics, _ language: Language) -> [MetricsTable] {
        let t = { (message: Message) in message.text(language) }
        let spent = Stage.allCases.filter { $0 != .closed }
        func number(_ value: Int?) -> String { value.map(String.init) ?? "—" }
        var tables: [MetricsTable] = []
        tables.append(MetricsTable(
            title: t(MetricsText.collaborations),
            columns: [.init(t(MetricsText.id)), .init(t(MetricsText.stage)), .init(t(MetricsText.daysInStage), alignRight: true)]
                + spent.map { .init($0.rawValue, alignRight: true) }
                + [.init(t(MetricsText.verifyRounds), alignRight: true), .init(t(MetricsText.cycleDays), alignRight: true),
                   .init(t(MetricsText.onTime), alignRight: true), .init(t(MetricsText.late), alignRight: true), .init(t(MetricsText.open), alignRight: true)],
            rows: metrics.collaborations.map { row in
                [row.id, row.stage?.rawValue ?? "?", String(row.daysInStage)] + spent.map { number(row.stageDays[$0]) }
                    + [String(row.verifyRounds), number(row.cycleDays), String(row.tasks.onTime), String(row.tasks.late), String(row.tasks.open)]
            }))
        tables.append(MetricsTable(
            title: t(MetricsText.stageDays),
            columns: [.init(t(MetricsText.stage)), .init(t(MetricsText.median), alignRight: true), .init(t(MetricsText.p85), alignRight: true),
                      .init(t(MetricsText.count), alignRight: true)],
            rows: spent.map { stage in
                let spread = metrics.stages[stage]
                return [stage.rawValue, number(spread?.median), number(spread?.p85), String(spread?.count ?? 0)]
            } + [[t(MetricsText.cycle), number(metrics.cycle?.median), number(metrics.cycle?.p85), String(metrics.cycle?.count ?? 0)]]))
        let weeks = metrics.flow.suffix(recentWeeks)
        let cut = metrics.flow.count > weeks.count ? t(MetricsText.lastWeeks(weeks.count, of: metrics.flow.count)) : nil
        tables.append(MetricsTable(
            title: t(MetricsText.throughput),
            columns: [.init(t(MetricsText.week)), .init(t(MetricsText.closed), alignRight: true)],
            rows: metrics.weekly.suffix(recentWeeks).map { [$0.period, String($0.closed)] }, note: cut))
        tables.append(MetricsTable(
            title: t(MetricsText.monthlyThroughput),
            columns: [.init(t(MetricsText.month)), .init(t(MetricsText.closed), alignRight: true)],
            rows: metrics.monthly.map { [$0.period, String($0.closed)] }))
        tables.append(MetricsTable(
            title: t(MetricsText.flow),
            columns: [.init(t(MetricsText.week))] + Stage.allCases.map { .init($0.rawValue, alignRight: true) },
            rows: weeks.map { week in [week.week] + Stage.allCases.map { String(week.counts[$0] ?? 0) } }, note: cut))
        let aging = metrics.aging.prefix(agingRows)
        tables.append(MetricsTable(
            title: t(MetricsText.aging),
            columns: [.init(t(MetricsText.id)), .init(t(MetricsText.stage)), .init(t(MetricsText.daysInStage), alignRight: true)],
            rows: aging.map { [$0.id, $0.stage.rawValue, String($0.daysInStage)] },
            note: metrics.aging.count > aging.count ? t(MetricsText.longest(aging.count, of: metrics.aging.count)) : nil))
        tables.append(MetricsTable(
            title: t(MetricsText.departments),
            columns: [.init(t(MetricsText.department)), .init(t(MetricsText.onTime), alignRight: true), .init(t(MetricsText.late), alignRight: true),
                      .init(t(MetricsText.medianDaysLate), alignRight: true), .init(t(MetricsText.openOverdue), alignRight: true),
                      .init(t(MetricsText.dueMoves), alignRight: true), .init(t(MetricsText.dueMovedDays), alignRight: true)],
            rows: metrics.departments.map { row in
                [displayName(row, language), String(row.onTime), String(row.late),
                 number(row.medianDaysLate), String(row.openOverdue), String(row.dueMoves), String(row.dueMovedDays)]
            }))
        return tables
    }

    /// A department as people name it: 财务部 (finance), or its id where the directory has no name.
    static func displayName(_ row: FlowMetrics.Department, _ language: Language) -> String {
        if row.department.isEmpty { return MetricsText.noDepartment.text(language) }
        guard let name = row.name, name != row.department else { return row.department }
        return language == .zh ? "\(name)（\(row.department)）" : "\(name) (\(row.department))"
    }

    /// The heading line: workspace, window and today.
    static func heading(_ metrics: FlowMetrics, _ language: Language) -> String {
        let window = MetricsText.window(metrics.since?.description ?? metrics.until.description, metrics.until.description).text(language)
        return "\(metrics.workspace.map { "\($0) — " } ?? "")\(MetricsText.title.text(language)) · \(window)"
    }
}

/// `collab metrics` as aligned text tables and as Markdown with Mermaid charts.
public enum MetricsReport {
    public static func text(_ metrics: FlowMetrics, language: Language, width: Int? = nil) -> String {
        var out = MetricsTable.heading(metrics, language) + "\n"
        for table in MetricsTable.all(metrics, language) {
            let note = table.note.map { language == .zh ? "（\($0)）" : " (\($0))" } ?? ""
            out += "\n" + table.title + note + "\n"
            out += table.rows.isEmpty ? MetricsText.none.text(language) + "\n" : TextTable(columns: table.columns, rows: table.rows).render(width: width)
        }
        return out
    }

    public static func markdown(_ metrics: FlowMetrics, language: Language) -> String {
        let t = { (message: Message) in message.text(language) }
        var out = "# \(Markdown.escapeCell(MetricsTable.heading(metrics, language)))\n"
        let tables = MetricsTable.all(metrics, language)
        for (index, table) in tables.enumerated() {
            out += "\n## \(table.title)\n\n"
            if let note = table.note { out += "_\(Markdown.escapeCell(note))_\n\n" }
            if index == 2 { out += MetricsMermaid.throughput(metrics, title: t(MetricsText.throughput)) }
            if index == 5 { out += MetricsMermaid.wip(metrics, title: t(MetricsText.wipNow)) }
            if index == 6 { out += MetricsMermaid.onTime(metrics, title: t(MetricsText.onTimeShare), none: t(MetricsText.noDepartment)) }
            guard !table.rows.isEmpty else { out += t(MetricsText.none) + "\n"; continue }
            out += "| " + table.columns.map { Markdown.escapeCell($0.header) }.joined(separator: " | ") + " |\n"
            out += "|" + table.columns.map { $0.alignRight ? "---:|" : "---|" }.joined() + "\n"
            for row in table.rows { out += "| " + row.map(Markdown.escapeCell).joined(separator: " | ") + " |\n" }
        }
        return out
    }
}
