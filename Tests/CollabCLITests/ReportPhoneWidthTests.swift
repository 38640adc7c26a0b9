import Foundation
import Testing

/// Issue 31, the report at a 390 px phone width, on the real binary: wide tables and the task
/// chart scroll sideways inside their own container (the page itself never does), and the
/// goal's due phrase is never broken inside.
@Suite struct ReportPhoneWidthTests {
    static func report(_ language: String) throws -> String {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["report", "new-product-page", "--format", "html", "--today", "2024-07-10", "--lang", language], in: workspace.path)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func everyTableAndTheChartScrollInTheirOwnContainer() throws {
        let html = try Self.report("en")
        #expect(html.contains(".scroll { overflow-x: auto;"), "the container scrolls sideways")
        // Every table is the only child of a scroll container.
        let tables = html.components(separatedBy: "<table").count - 1
        #expect(tables == 3, "stakeholders, tasks, the meeting's action items")
        #expect(html.components(separatedBy: "<div class=\"scroll\">\n<table").count - 1 == tables, "\(html)")
        #expect(html.components(separatedBy: "</table>\n</div>\n").count - 1 == tables)
        // The tasks table keeps a readable width and scrolls; the chart scrolls in its box.
        #expect(html.contains("<div class=\"scroll\">\n<table class=\"wide\">\n<thead><tr><th>Id</th><th>Task</th>"), "\(html)")
        #expect(html.contains("table.wide { min-width:"))
        #expect(html.contains("<div class=\"chart scroll\">\n<svg class=\"gantt\""), "\(html)")
    }

    /// The metrics page's charts are drawn 960 wide: on a phone they would shrink their 12 px
    /// labels to 5 px, so they keep at least 720 px and scroll in their box instead.
    @Test func metricsChartsKeepAReadableWidthAndScroll() throws {
        let repo = try GitWorkspace()
        try repo.commit("template")
        let result = try repo.collab("metrics", "--format", "html")
        #expect(result.status == 0, "\(result.stderr)")
        let charts = result.stdout.components(separatedBy: "<svg class=\"metrics\"").count - 1
        #expect(charts == 4, "flow, cycle times, aging, departments")
        #expect(result.stdout.components(separatedBy: "<div class=\"chart\">\n<svg class=\"metrics\"").count - 1 == charts)
        #expect(result.stdout.contains(".chart { overflow-x: auto;"))
        #expect(result.stdout.contains("svg.metrics { width: 100%; max-width: 960px; min-width: 720px;"), "\(result.stdout)")
    }

    @Test func theGoalsDuePhraseIsKeptOnOneLine() throws {
        #expect(try Self.report("en").contains("严重缺陷为0 · <span class=\"nowrap\">due 2024-07-15</span></dd>"))
        let zh = try Self.report("zh")
        #expect(zh.contains("严重缺陷为0 · <span class=\"nowrap\">截止 2024-07-15</span></dd>"), "\(zh)")
        #expect(zh.contains("<span class=\"nowrap\">提出于 <b>2024-06-15</b></span>"), "\(zh)")
    }
}
