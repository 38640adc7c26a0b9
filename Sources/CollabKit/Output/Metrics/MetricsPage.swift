/// `collab metrics --format html`: one self-contained page (inline CSS and SVG, no script,
/// nothing fetched), light or dark as the reader prefers: the four charts, then the tables.
public enum MetricsPage {
    public static func render(_ metrics: FlowMetrics, language: Language) -> String {
        let t = { (message: Message) in message.text(language) }
        let e = HTMLReport.e
        let title = MetricsTable.heading(metrics, language)
        var body = "<header>\n<h1>\(e(title))</h1>\n<p class=\"facts\">\(e(t(ReportText.collaborations(metrics.collaborations.count)))) · \(metrics.today)</p>\n</header>\n"
        // A table comes under the chart of the same title, and tables of one title (throughput
        // per week and per month) share a section: each title appears once.
        let tables = MetricsTable.all(metrics, language)
        func tablesHTML(_ title: String) -> String {
            tables.filter { $0.title == title }.map { table in
                let note = table.note.map { "<p class=\"facts\">\(e($0))</p>\n" } ?? ""
                let cells = table.rows.map { row in row.enumerated().map { index, cell in
                    // Ids, stages, weeks and names are never broken (`2026-`/`W50`).
                    table.columns[index].alignRight ? "<span class=\"number\">\(e(cell))</span>" : "<span class=\"nowrap\">\(e(cell))</span>"
                } }
                return note + HTMLReport.table(table.columns.map(\.header), cells)
            }.joined()
        }
        var charted: Set<String> = []
        func chart(_ heading: Message, _ svg: String?, legend: String = "") -> String {
            let title = t(heading)
            charted.insert(title)
            let drawn = svg.map { legend + "<div class=\"chart\">\n\($0)\n</div>\n" } ?? "<p>\(e(t(MetricsText.none)))</p>\n"
            return HTMLReport.section(title, drawn + tablesHTML(title))
        }
        let stageLegend = "<p class=\"legend\">" + MetricsCharts.stackOrder.reversed().map {
            "<span><i class=\"s-\($0.rawValue)\"></i>\($0.rawValue)</span>"
        }.joined() + "</p>\n"
        var charts = chart(MetricsText.flow, MetricsCharts.flow(metrics, label: t(MetricsText.flow)), legend: stageLegend)
        charts += chart(MetricsText.cycleScatter, MetricsCharts.cycleTimes(metrics, label: t(MetricsText.cycleScatter), median: t(MetricsText.median),
                                                                           p85: t(MetricsText.p85), days: t(MetricsText.days)))
        charts += chart(MetricsText.aging, MetricsCharts.aging(metrics, label: t(MetricsText.aging), p85: t(MetricsText.p85), days: t(MetricsText.days)))
        let departmentLegend = "<p class=\"legend\"><span><i class=\"on-time\"></i>\(e(t(MetricsText.onTime)))</span><span><i class=\"late\"></i>\(e(t(MetricsText.late)))</span></p>\n"
        charts += chart(MetricsText.departments, MetricsCharts.departments(metrics, label: t(MetricsText.departments),
                                                                            names: metrics.departments.map { MetricsTable.displayName($0, language) },
                                                                            onTime: t(MetricsText.onTime), late: t(MetricsText.late)), legend: departmentLegend)
        body += charts
        var shown = charted
        for table in tables where shown.insert(table.title).inserted {
            body += HTMLReport.section(table.title, tablesHTML(table.title))
        }
        body += "<footer>\(e(t(MetricsText.generated))) · \(metrics.today)</footer>\n"
        return HTMLReport.page(title: title, body: body, language: language)
    }
}
