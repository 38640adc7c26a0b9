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

    @Test func theGoalsDuePhraseIsKeptOnOneLine() throws {
        #expect(try Self.report("en").contains("严重缺陷为0 · <span class=\"nowrap\">due 2024-07-15</span></dd>"))
        let zh = try Self.report("zh")
        #expect(zh.contains("严重缺陷为0 · <span class=\"nowrap\">截止 2024-07-15</span></dd>"), "\(zh)")
        #expect(zh.contains("<span class=\"nowrap\">提出于 <b>2024-06-15</b></span>"), "\(zh)")
    }
}
