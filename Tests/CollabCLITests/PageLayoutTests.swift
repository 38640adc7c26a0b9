import Foundation
import Testing

/// The HTML pages as people see them: the metrics page's labels apart, the cumulative flow
/// drawn for a single week, each heading once; the report's dates and names never broken.
struct PageLayoutTests {
    /// A workspace committed once: one week of history, and a closed collaboration whose cycle
    /// time is its only one, so the median and the 85th percentile are the same value.
    @Test func theMetricsPageDrawsOneWeekAndKeepsLabelsAndHeadingsApart() throws {
        let repo = try GitWorkspace()
        try repo.commit("records")
        let result = try repo.collab("metrics", "--format", "html")
        #expect(result.status == 0, "\(result.stderr)")
        let page = result.stdout
        func attribute(_ name: String, ofTextWithClass style: String) -> String? {
            guard let start = page.range(of: "class=\"line-label \(style)\"") else { return nil }
            let tail = page[start.upperBound...]
            guard let open = tail.range(of: " \(name)=\""), let close = tail[open.upperBound...].firstIndex(of: "\"") else { return nil }
            return String(tail[open.upperBound..<close])
        }
        let median = try #require(attribute("y", ofTextWithClass: "median-label"))
        let p85 = try #require(attribute("y", ofTextWithClass: "p85-label"))
        #expect(median != p85, "the median and 85th-percentile labels are drawn at the same point")
        let flow = try #require(page.range(of: "<h2>Cumulative flow"))
        let flowSection = page[flow.lowerBound...].components(separatedBy: "</section>")[0]
        #expect(flowSection.contains("<polygon class=\"area"), "one week of flow is drawn, not 'no data'")
        #expect(flowSection.contains("<td><span class=\"nowrap\">"), "the flow table is under its chart, its weeks never broken")
        let headings = page.components(separatedBy: "<h2>").dropFirst().map { $0.components(separatedBy: "</h2>")[0] }
        #expect(headings.count == Set(headings).count, "a heading appears twice: \(headings)")
    }

    @Test func theReportNeverBreaksADateOrAName() throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["report", "new-product-page", "--format", "html", "--today", "2024-07-04"], in: workspace.path)
        #expect(result.status == 0, "\(result.stderr)")
        let page = result.stdout
        #expect(page.contains(".name { white-space: nowrap; word-break: keep-all; }"))
        #expect(page.contains("<td><span class=\"nowrap\">2024-07-08</span></td>"), "a task's due is not broken")
        #expect(page.contains("<td><span class=\"name\">钱工程师</span></td>"), "an owner's name is not broken")
    }
}
