import Foundation
import Testing

/// Record text in reports is shown as written — every line of it, `<`, `:`, `%` and `&`
/// included — escaped for where it lands: Markdown, Mermaid's entity codes, XML in HTML and SVG.
struct ReportEscapingTests {
    /// new-product-page with a hostile problem title, a T1 title full of markup characters, a
    /// two-line phenomenon and a two-line progress note on T3.
    static func workspace() throws -> Scratch {
        let scratch = try Scratch.workspace()
        let set = try CLI.run(["set", "new-product-page", "problem.title=<script>alert(1)</script> 50% : A&B",
                               "tasks.T1.title=第一行: <b>x</b> 100%", "problem.impact.1=影响一\n\n影响二"],
                              in: scratch.path, environment: ["COLLAB_TODAY": "2024-07-02"])
        #expect(set.status == 0, "\(set.stdout)\(set.stderr)")
        let problem = "collaborations/new-product-page/problem.yaml"
        let text = try scratch.read(problem)
        let phenomenon = try #require(text.split(separator: "\n").first { $0.hasPrefix("phenomenon:") })
        try scratch.write(problem, text.replacingOccurrences(of: String(phenomenon), with: "phenomenon: |\n  第一行\n  第二行 *强调* <i>"))
        let update = try CLI.run(["update", "new-product-page", "T3", "进展一\n进展二"], in: scratch.path,
                                 environment: ["COLLAB_TODAY": "2024-07-02"])
        #expect(update.status == 0, "\(update.stdout)\(update.stderr)")
        return scratch
    }

    @Test func theMarkdownReportKeepsEveryLineAndEscapesMarkup() throws {
        let scratch = try Self.workspace()
        let report = try CLI.run(["report", "new-product-page", "--format", "markdown", "--today", "2024-07-02"], in: scratch.path)
        #expect(report.status == 0, "\(report.stderr)")
        let out = report.stdout
        #expect(!out.contains("\\u{a}"), "\(out)")
        #expect(out.hasPrefix("# &lt;script&gt;alert(1)&lt;/script&gt; 50% : A&amp;B\n"))
        #expect(out.contains("**Phenomenon**: 第一行  \n第二行 \\*强调\\* &lt;i&gt;\n\n"), "\(out)")
        #expect(out.contains("**Impact**\n\n- 影响一  \n    \n  影响二\n"), "\(out)")
        #expect(out.contains("| T3 | 活动页面前端开发 | 钱工程师 | 2024-07-08 | doing | 2024-07-02 钱工程师: 进展一<br>进展二 |"), "\(out)")
        #expect(out.contains("| T1 | 第一行: &lt;b&gt;x&lt;/b&gt; 100% |"), "\(out)")
        // Mermaid: the characters its syntax reads are its entity codes, which it draws as written.
        #expect(out.contains("    title #60;script#62;alert(1)#60;/script#62; 50#37; #58; A#38;B\n"), "\(out)")
        #expect(out.contains("    「T1」第一行#58; #60;b#62;x#60;/b#62; 100#37; :done, t_T1, 2024-06-15, 2024-06-22\n"), "\(out)")
        for substitute in ["＜", "＞", "％", "＃"] { #expect(!out.contains(substitute), "\(substitute) in \(out)") }
    }

    @Test func htmlAndSVGLabelsAreTheTextEscaped() throws {
        let scratch = try Self.workspace()
        let report = try CLI.run(["report", "new-product-page", "--format", "html", "--today", "2024-07-02", "-o", "page.html"], in: scratch.path)
        #expect(report.status == 0, "\(report.stderr)")
        let page = try scratch.read("page.html")
        #expect(page.contains("<text class=\"label\" x=\"4\" y=\"47\">「T1」第一行: &lt;b&gt;x&lt;/b&gt; 100%</text>"), "\(page)")
        #expect(page.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; 50% : A&amp;B</title>"))
        #expect(!page.contains("<script"))
        for substitute in ["＜", "＞", "％", "＃"] { #expect(!page.contains(substitute), "\(substitute) in the page") }
    }
}
