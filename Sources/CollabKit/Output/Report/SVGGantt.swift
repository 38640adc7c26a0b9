/// The task chart of the HTML report as inline SVG: a row per task from its start to its
/// due date, coloured by status, overdue tasks outlined in red, dependencies as arrows, a
/// row per meeting with a diamond (milestone) on its date, a date axis and a line at today. Labels are measured in display columns (CJK counts two),
/// so the label column fits Chinese titles.
enum SVGGantt {
    static let rowHeight = 26
    static let axisHeight = 30
    static let columnWidth = 7  // pixels per display column of the 13px label font
    /// Room one axis label (`06-15`, 11px) takes, with a gap.
    static let axisLabelWidth = 44

    static func render(_ report: CollaborationReport) -> String? {
        let bars = report.bars
        guard let first = bars.map(\.start).min(), let last = bars.map(\.end).max() else { return nil }
        let showsToday = report.today.days(since: first) >= -14 && last.days(since: report.today) >= -14
        let from = showsToday ? min(first, report.today) : first
        let to = showsToday ? max(last, report.today) : last
        let days = to.days(since: from) + 1
        let dayWidth = max(6, min(32, 720 / days))
        let labels = bars.map(\.label)
        let labelWidth = min(360, (labels.map(DisplayWidth.of).max() ?? 10) * columnWidth + 16)
        let width = labelWidth + days * dayWidth + 110  // room for the "today" label at the right edge
        let height = axisHeight + bars.count * rowHeight + 8
        func x(_ date: CalendarDate) -> Int { labelWidth + date.days(since: from) * dayWidth }

        var svg = "<svg class=\"gantt\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(XML.escape(report.text(ReportText.chartLabel(report.title))))\">\n"
        svg += "<defs><marker id=\"arrow\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" class=\"dependency-head\"/></marker></defs>\n"
        // Axis: a tick at the first day and at week starts (Mondays), every week or every few
        // weeks so that no two labels come closer than one label's width.
        let weeksPerTick = max(1, (axisLabelWidth + 7 * dayWidth - 1) / (7 * dayWidth))
        var lastLabel = Int.min / 2
        var day = from
        while day <= to {
            let weekStart = day.weekday == 0 && (day.days(since: from) / 7) % weeksPerTick == 0
            if day == from || weekStart, x(day) - lastLabel >= axisLabelWidth {
                svg += "<line class=\"grid\" x1=\"\(x(day))\" y1=\"\(axisHeight - 6)\" x2=\"\(x(day))\" y2=\"\(height - 4)\"/>"
                svg += "<text class=\"axis\" x=\"\(x(day) + 2)\" y=\"\(axisHeight - 10)\">\(day.description.dropFirst(5))</text>\n"
                lastLabel = x(day)
            }
            day = day.adding(days: 1)
        }
        var rowOf: [String: Int] = [:]
        for (row, bar) in bars.enumerated() { rowOf[bar.id] = row }
        for (row, bar) in bars.enumerated() {
            let y = axisHeight + row * rowHeight
            if bar.isMeeting {
                let (cx, cy, r) = (x(bar.start) + dayWidth / 2, y + rowHeight / 2, 7)
                svg += "<text class=\"label\" x=\"4\" y=\"\(y + 17)\">\(XML.escape(labels[row], attribute: false))</text>"
                svg += "<line class=\"milestone-line\" x1=\"\(cx)\" y1=\"\(axisHeight - 4)\" x2=\"\(cx)\" y2=\"\(y + 4)\"/>"
                svg += "<polygon class=\"milestone\" points=\"\(cx),\(cy - r) \(cx + r),\(cy) \(cx),\(cy + r) \(cx - r),\(cy)\">"
                svg += "<title>\(XML.escape("\(bar.start) \(bar.title) (\(bar.id).yaml)", attribute: false))</title></polygon>\n"
                continue
            }
            let classes = ["bar", bar.status.rawValue] + (bar.overdue ? ["overdue"] : [])
            svg += "<text class=\"label\" x=\"4\" y=\"\(y + 17)\">\(XML.escape(labels[row], attribute: false))</text>"
            svg += "<rect class=\"\(classes.joined(separator: " "))\" x=\"\(x(bar.start))\" y=\"\(y + 5)\" width=\"\((bar.end.days(since: bar.start) + 1) * dayWidth)\" height=\"\(rowHeight - 10)\" rx=\"3\">"
            let overdue = bar.overdue ? ", " + report.text(ReportText.overdue) : ""
            svg += "<title>\(XML.escape("\(bar.id) \(bar.title): \(bar.start) → \(bar.end), \(bar.status.rawValue)\(overdue)", attribute: false))</title></rect>\n"
            for dependency in bar.after {
                guard let from = rowOf[dependency] else { continue }
                let startX = x(bars[from].end.adding(days: 1))
                let startY = axisHeight + from * rowHeight + rowHeight / 2
                svg += "<path class=\"dependency\" d=\"M\(startX),\(startY) H\(startX + 4) V\(y + rowHeight / 2) H\(x(bar.start))\" marker-end=\"url(#arrow)\"/>\n"
            }
        }
        if showsToday {
            let todayX = x(report.today) + dayWidth / 2
            svg += "<line class=\"today\" x1=\"\(todayX)\" y1=\"\(axisHeight - 4)\" x2=\"\(todayX)\" y2=\"\(height - 4)\"/>"
            svg += "<text class=\"today-label\" x=\"\(todayX + 3)\" y=\"\(height - 6)\">\(report.text(ReportText.today)) \(report.today)</text>\n"
        }
        return svg + "</svg>"
    }
}
