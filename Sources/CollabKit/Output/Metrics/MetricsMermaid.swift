/// Mermaid charts of `collab metrics --format markdown`, as GitHub and GitLab render them:
/// weekly throughput (bars), work in progress by stage now (a pie), and each department's
/// share of tasks done on time (bars).
enum MetricsMermaid {
    static func throughput(_ metrics: FlowMetrics, title: String) -> String {
        let weeks = metrics.weekly.suffix(26)
        guard !weeks.isEmpty else { return "" }
        let top = max(1, weeks.map(\.closed).max() ?? 1)
        return block("""
        xychart-beta
            title "\(quoted(title))"
            x-axis [\(weeks.map { "\"\($0.period)\"" }.joined(separator: ", "))]
            y-axis 0 --> \(top)
            bar [\(weeks.map { String($0.closed) }.joined(separator: ", "))]
        """)
    }

    static func wip(_ metrics: FlowMetrics, title: String) -> String {
        var counts: [Stage: Int] = [:]
        for row in metrics.collaborations { if let stage = row.stage, stage != .closed { counts[stage, default: 0] += 1 } }
        guard !counts.isEmpty else { return "" }
        var out = "pie title \(Mermaid.label(title))\n"
        for stage in Stage.allCases { if let count = counts[stage] { out += "    \"\(stage.rawValue)\" : \(count)\n" } }
        return block(out)
    }

    static func onTime(_ metrics: FlowMetrics, title: String, none: String) -> String {
        let rows = metrics.departments.filter { $0.onTime + $0.late > 0 }
        guard !rows.isEmpty else { return "" }
        let names = rows.map { "\"\(quoted($0.department.isEmpty ? none : $0.department))\"" }
        return block("""
        xychart-beta
            title "\(quoted(title))"
            x-axis [\(names.joined(separator: ", "))]
            y-axis 0 --> 100
            bar [\(rows.map { String($0.onTime * 100 / ($0.onTime + $0.late)) }.joined(separator: ", "))]
        """)
    }

    private static func block(_ source: String) -> String {
        "```mermaid\n" + source + (source.hasSuffix("\n") ? "" : "\n") + "```\n\n"
    }

    /// Text inside Mermaid's double quotes: its quotes written as entity codes, like every
    /// character Mermaid would read.
    private static func quoted(_ text: String) -> String {
        Mermaid.label(text)
    }
}
