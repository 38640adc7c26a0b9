/// `collab metrics --format html`: one self-contained page (inline CSS and SVG, no script,
/// nothing fetched), light or dark as the reader prefers: the four charts, then the tables.
public enum MetricsPage {
    public static func render(_ metrics: FlowMetrics, language: Language) -> String {
        let t = { (message: Message) in message.text(language) }
        let e = HTMLReport.e
        let title = MetricsTable.heading(metrics, language)
        var body = "<header>\n<h1>\(e(title))</h1>\n<p class=\"facts\">\(e(t(ReportText.collaborations(metrics.collaborations.count)))) · \(metrics.today)</p>\n</header>\n"
        func chart(_ heading: Message, _ svg: String?, legend: String = "") -> String {
            HTMLReport.section(t(heading), svg.map { legend + "<div class=\"chart\">\n\($0)\n</div>\n" } ?? "<p>\(e(t(MetricsText.none)))</p>\n")
        }
        let stageLegend = "<p class=\"legend\">" + MetricsCharts.stackOrder.reversed().map {
            "<span><i class=\"s-\($0.rawValue)\"></i>\($0.rawValue)</span>"
        }.joined() + "</p>\n"
        body += chart(MetricsText.flow, MetricsCharts.flow(metrics, label: t(MetricsText.flow)), legend: stageLegend)
        body += chart(MetricsText.cycleScatter, MetricsCharts.cycleTimes(metrics, label: t(MetricsText.cycleScatter), median: t(MetricsText.median),
                                                                         p85: t(MetricsText.p85), days: t(MetricsText.days)))
        body += chart(MetricsText.aging, MetricsCharts.aging(metrics, label: t(MetricsText.aging), p85: t(MetricsText.p85), days: t(MetricsText.days)))
        let departmentLegend = "<p class=\"legend\"><span><i class=\"on-time\"></i>\(e(t(MetricsText.onTime)))</span><span><i class=\"late\"></i>\(e(t(MetricsText.late)))</span></p>\n"
        body += chart(MetricsText.departments, MetricsCharts.departments(metrics, label: t(MetricsText.departments),
                                                                          names: metrics.departments.map { MetricsTable.displayName($0, language) },
                                                                          onTime: t(MetricsText.onTime), late: t(MetricsText.late)), legend: departmentLegend)
        for table in MetricsTable.all(metrics, language) {
            let note = table.note.map { "<p class=\"facts\">\(e($0))</p>\n" } ?? ""
            let cells = table.rows.map { row in row.enumerated().map { index, cell in
                table.columns[index].alignRight ? "<span class=\"number\">\(e(cell))</span>" : e(cell)
            } }
            body += HTMLReport.section(table.title, note + HTMLReport.table(table.columns.map(\.header), cells))
        }
        body += "<footer>\(e(t(MetricsText.generated))) · \(metrics.today)</footer>\n"
        return HTMLReport.page(title: title, body: body, language: language)
    }
}
