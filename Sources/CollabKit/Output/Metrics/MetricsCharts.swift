/// The charts of the HTML metrics page as inline SVG: cumulative flow (stacked areas, closed
/// at the bottom), cycle time of closed collaborations (a dot each, with the median and
/// 85th-percentile lines), aging work in progress (a dot per open collaboration in its
/// stage's column, with that stage's 85th percentile), and each department's tasks done on
/// time and late (stacked bars). Labels are measured in display columns (CJK counts two).
enum MetricsCharts {
    static let width = 960
    static let plotHeight = 240
    static let left = 56, top = 16, bottom = 34
    static let columnWidth = 7  // pixels per display column of the 12px font

    /// Closed at the bottom, define on top: the order of a cumulative flow diagram.
    static let stackOrder: [Stage] = Stage.allCases.reversed()

    static func flow(_ metrics: FlowMetrics, label: String) -> String? {
        // One week is drawn as a band across the plot, the week named once.
        let weeks = metrics.flow.count == 1 ? metrics.flow + metrics.flow : metrics.flow
        guard !weeks.isEmpty else { return nil }
        let total = weeks.map { $0.counts.values.reduce(0, +) }.max() ?? 0
        guard total > 0 else { return nil }
        let scale = niceMaximum(total)
        let plotWidth = width - left - 16
        func x(_ index: Int) -> Double { Double(left) + Double(index) * Double(plotWidth) / Double(weeks.count - 1) }
        func y(_ value: Int) -> Double { Double(top) + Double(plotHeight) * (1 - Double(value) / Double(scale)) }
        var svg = open(height: top + plotHeight + bottom, label: label)
        svg += yAxis(scale, y: y)
        var below = Array(repeating: 0, count: weeks.count)
        for stage in stackOrder {
            let above = weeks.indices.map { below[$0] + (weeks[$0].counts[stage] ?? 0) }
            guard above != below else { continue }
            var points = weeks.indices.map { "\(format(x($0))),\(format(y(above[$0])))" }
            points += weeks.indices.reversed().map { "\(format(x($0))),\(format(y(below[$0])))" }
            svg += "<polygon class=\"area s-\(stage.rawValue)\" points=\"\(points.joined(separator: " "))\"><title>\(stage.rawValue)</title></polygon>\n"
            below = above
        }
        let every = max(1, (weeks.count + 9) / 10)
        for index in weeks.indices where index % every == 0 && weeks.count - 1 - index >= every / 2 || index == weeks.count - 1 {
            if metrics.flow.count == 1 && index > 0 { break }
            let anchor = index == 0 ? "start" : index == weeks.count - 1 ? "end" : "middle"
            svg += "<text class=\"axis\" x=\"\(format(x(index)))\" y=\"\(top + plotHeight + 16)\" text-anchor=\"\(anchor)\">\(weeks[index].week)</text>\n"
        }
        return svg + "</svg>"
    }

    static func cycleTimes(_ metrics: FlowMetrics, label: String, median: String, p85: String, days: String) -> String? {
        let cycles = metrics.cycles
        guard let first = cycles.map(\.closed).min(), let last = cycles.map(\.closed).max(), let spread = metrics.cycle else { return nil }
        let scale = niceMaximum(max(1, cycles.map(\.days).max() ?? 1))
        let span = max(1, last.days(since: first))
        let plotWidth = width - left - 170
        func x(_ date: CalendarDate) -> Double { Double(left + 8) + Double(date.days(since: first)) * Double(plotWidth - 16) / Double(span) }
        func y(_ value: Int) -> Double { Double(top) + Double(plotHeight) * (1 - Double(value) / Double(scale)) }
        var svg = open(height: top + plotHeight + bottom, label: label)
        svg += yAxis(scale, y: y)
        for cycle in cycles {
            svg += "<circle class=\"dot\" cx=\"\(format(x(cycle.closed)))\" cy=\"\(format(y(cycle.days)))\" r=\"3.5\"><title>\(XML.escape("\(cycle.id): \(cycle.days) \(days), closed \(cycle.closed)", attribute: false))</title></circle>\n"
        }
        let labels = labelPositions(median: y(spread.median) + 4, p85: y(spread.p85) + 4)
        for (value, name, style, labelY) in [(spread.median, median, "median", labels.median), (spread.p85, p85, "p85", labels.p85)] {
            svg += "<line class=\"\(style)\" x1=\"\(left)\" x2=\"\(left + plotWidth)\" y1=\"\(format(y(value)))\" y2=\"\(format(y(value)))\"/>"
            svg += "<text class=\"line-label \(style)-label\" x=\"\(left + plotWidth + 6)\" y=\"\(format(labelY))\">\(XML.escape("\(name) \(value) \(days)", attribute: false))</text>\n"
        }
        svg += "<text class=\"axis\" x=\"\(format(x(first)))\" y=\"\(top + plotHeight + 16)\" text-anchor=\"start\">\(first)</text>"
        if last != first { svg += "<text class=\"axis\" x=\"\(format(x(last)))\" y=\"\(top + plotHeight + 16)\" text-anchor=\"end\">\(last)</text>" }
        return svg + "\n</svg>"
    }

    /// The baselines of the median and 85th-percentile labels, at least a line apart: the 85th
    /// percentile (never below the median) above, or the median below when there is no room.
    static func labelPositions(median: Double, p85: Double) -> (median: Double, p85: Double) {
        let gap = 14.0
        guard median - p85 < gap else { return (median, p85) }
        let raised = median - gap
        return raised >= Double(top) + 10 ? (median, raised) : (p85 + gap, p85)
    }

    static func aging(_ metrics: FlowMetrics, label: String, p85: String, days: String) -> String? {
        guard !metrics.aging.isEmpty else { return nil }
        let stages = Stage.allCases.filter { $0 != .closed }
        let scale = niceMaximum(max(1, metrics.aging.map(\.daysInStage).max() ?? 1))
        let column = (width - left - 16) / stages.count
        func y(_ value: Int) -> Double { Double(top) + Double(plotHeight) * (1 - Double(value) / Double(scale)) }
        var svg = open(height: top + plotHeight + bottom, label: label)
        svg += yAxis(scale, y: y)
        for (index, stage) in stages.enumerated() {
            let x0 = left + index * column
            svg += "<rect class=\"lane\" x=\"\(x0 + 4)\" y=\"\(top)\" width=\"\(column - 8)\" height=\"\(plotHeight)\"/>"
            svg += "<text class=\"axis\" x=\"\(x0 + column / 2)\" y=\"\(top + plotHeight + 16)\" text-anchor=\"middle\">\(stage.rawValue)</text>\n"
            if let spread = metrics.stages[stage], spread.p85 <= scale {
                svg += "<line class=\"p85\" x1=\"\(x0 + 8)\" x2=\"\(x0 + column - 8)\" y1=\"\(format(y(spread.p85)))\" y2=\"\(format(y(spread.p85)))\">"
                svg += "<title>\(XML.escape("\(p85) \(spread.p85) \(days)", attribute: false))</title></line>\n"
            }
            // Dots spread across the column by a fixed pattern, so the page is the same each run.
            for (rank, item) in metrics.aging.filter({ $0.stage == stage }).enumerated() {
                let offset = Double((rank * 37) % 97) / 96.0
                let cx = Double(x0 + 14) + offset * Double(column - 28)
                svg += "<circle class=\"dot s-\(stage.rawValue)\" cx=\"\(format(cx))\" cy=\"\(format(y(item.daysInStage)))\" r=\"3.5\"><title>\(XML.escape("\(item.id): \(item.daysInStage) \(days)", attribute: false))</title></circle>\n"
            }
        }
        return svg + "</svg>"
    }

    static func departments(_ metrics: FlowMetrics, label: String, names: [String], onTime: String, late: String) -> String? {
        let rows = Array(zip(metrics.departments, names)).filter { $0.0.onTime + $0.0.late > 0 }
        guard !rows.isEmpty else { return nil }
        let labelWidth = min(240, (rows.map { DisplayWidth.of($0.1) }.max() ?? 8) * columnWidth + 16)
        let most = rows.map { $0.0.onTime + $0.0.late }.max() ?? 1
        let barWidth = width - labelWidth - 120
        let rowHeight = 26
        var svg = open(height: rows.count * rowHeight + 12, label: label)
        for (index, (row, name)) in rows.enumerated() {
            let y = 6 + index * rowHeight
            let good = Double(row.onTime) * Double(barWidth) / Double(most), bad = Double(row.late) * Double(barWidth) / Double(most)
            svg += "<text class=\"label\" x=\"4\" y=\"\(y + 16)\">\(XML.escape(name, attribute: false))</text>"
            svg += "<rect class=\"bar on-time\" x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(format(good))\" height=\"16\"><title>\(XML.escape("\(onTime) \(row.onTime)", attribute: false))</title></rect>"
            svg += "<rect class=\"bar late\" x=\"\(format(Double(labelWidth) + good))\" y=\"\(y + 4)\" width=\"\(format(bad))\" height=\"16\"><title>\(XML.escape("\(late) \(row.late)", attribute: false))</title></rect>"
            let percent = row.onTime * 100 / (row.onTime + row.late)
            svg += "<text class=\"axis\" x=\"\(format(Double(labelWidth) + good + bad + 6))\" y=\"\(y + 16)\">\(row.onTime) / \(row.late) · \(percent)%</text>\n"
        }
        return svg + "</svg>"
    }

    private static func open(height: Int, label: String) -> String {
        "<svg class=\"metrics\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(XML.escape(label))\">\n"
    }

    /// Grid lines and labels at a quarter of the scale each.
    private static func yAxis(_ scale: Int, y: (Int) -> Double) -> String {
        var svg = ""
        for step in 0...4 {
            let value = scale * step / 4
            svg += "<line class=\"grid\" x1=\"\(left)\" x2=\"\(width - 16)\" y1=\"\(format(y(value)))\" y2=\"\(format(y(value)))\"/>"
            svg += "<text class=\"axis\" x=\"\(left - 6)\" y=\"\(format(y(value) + 4))\" text-anchor=\"end\">\(value)</text>\n"
        }
        return svg
    }

    /// The axis maximum: the value rounded up to 4, 8, 12, 16 or 20, or to 4, 6, 8, 10, 12, 16 or
    /// 20 times a power of ten, so the four grid steps are whole numbers.
    static func niceMaximum(_ value: Int) -> Int {
        var power = 1
        while true {
            for factor in [4, 6, 8, 10, 12, 16, 20] where (power > 1 || factor % 4 == 0) && factor * power >= value { return factor * power }
            power *= 10
        }
    }

    private static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
