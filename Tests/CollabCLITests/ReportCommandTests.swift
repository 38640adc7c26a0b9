import Foundation
import Testing

/// `collab report`: Markdown and HTML of the template's examples against reviewed golden
/// files, the HTML read by real parsers, and the Mermaid held to its documented syntax.
struct ReportCommandTests {
    static let today = ["COLLAB_TODAY": "2024-07-10"]  // T3 and T4 of new-product-page are overdue

    @Test(arguments: [
        (["report", "new-product-page"], "report-new-product-page.md"),
        (["report", "q3-data-sync"], "report-q3-data-sync.md"),
        (["report", "new-product-page", "--format", "html"], "report-new-product-page.html"),
        (["report", "q3-data-sync", "--format", "html"], "report-q3-data-sync.html"),
    ])
    func reportMatchesItsGoldenFile(_ arguments: [String], _ golden: String) throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(arguments, in: workspace.path, environment: Self.today)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        try CLI.expectGolden(result.stdout, golden)
        if golden.hasSuffix(".html") {
            let counts = try Self.html(result.stdout)
            #expect(counts["svg"] == 1 && counts["script"] == nil)
        }
    }

    @Test func theHTMLChartHasARowPerDrawnTaskAndMarksTodayAndOverdue() throws {
        let workspace = try Scratch.workspace()
        let page = try CLI.run(["report", "new-product-page", "--format", "html"], in: workspace.path, environment: Self.today).stdout
        #expect(try Self.html(page)["rect"] == 5)
        #expect(page.contains("class=\"bar doing overdue\"") && page.contains("class=\"bar blocked overdue\""))
        #expect(page.contains("class=\"today\"") && page.contains("today 2024-07-10"))
        #expect(page.contains(">T3 活动页面前端开发</text>"))
        #expect(page.contains("@page { size: A4 landscape") && page.contains("prefers-color-scheme: dark"))
        #expect(!page.contains("http") && !page.contains("<script"))
    }

    @Test(arguments: ["new-product-page", "q3-data-sync"])
    func mermaidFollowsTheDocumentedGanttSyntax(_ id: String) throws {
        let workspace = try Scratch.workspace()
        let markdown = try CLI.run(["report", id], in: workspace.path, environment: Self.today).stdout
        let gantt = try #require(Self.mermaidBlocks(markdown).first)
        try Self.expectGanttSyntax(gantt)
    }

    @Test func hostileTaskTitlesStayInsideTheirMermaidLineAndTheirHTMLCell() throws {
        let workspace = try Scratch.workspace()
        let file = "collaborations/new-product-page/tasks.yaml"
        let hostile = "\"x: y; z # w %% v\\n```\\n<script>alert(1)</script> [a](javascript:x)\""
        try workspace.write(file, try workspace.read(file).replacingOccurrences(of: "title: 活动页面前端开发", with: "title: \(hostile)"))
        let markdown = try CLI.run(["report", "new-product-page"], in: workspace.path, environment: Self.today).stdout
        #expect(Self.mermaidBlocks(markdown).count == 1)
        try Self.expectGanttSyntax(try #require(Self.mermaidBlocks(markdown).first))
        let prose = markdown.components(separatedBy: "```mermaid\n")[0]
        #expect(!markdown.contains("<script>") && !prose.contains("[a](javascript") && prose.contains("\\[a\\](javascript"))
        let page = try CLI.run(["report", "new-product-page", "--format", "html"], in: workspace.path, environment: Self.today).stdout
        #expect(try Self.html(page)["script"] == nil)
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func stageHistoryComesFromGit() throws {
        let repository = try GitWorkspace()
        try repository.commit("records")
        try repository.finishNewProductPageTasks()
        try repository.commit("tasks done", days: 3)
        #expect(try repository.collab("advance", "new-product-page", "--commit").status == 0)
        let markdown = try repository.collab("report", "new-product-page").stdout
        let timeline = try #require(Self.mermaidBlocks(markdown).last)
        #expect(timeline.hasPrefix("timeline\n    title Stages\n"))
        #expect(timeline.contains("    2024-10-03 : new → execute : 李主管\n"))
        #expect(timeline.contains(" : execute → verify : 李主管\n"))
        #expect(markdown.contains("| 2024-10-03 | new → execute | 李主管 |"))
        let page = try repository.collab("report", "new-product-page", "--format", "html").stdout
        #expect(page.contains("<li><b>verify</b><small>") && page.contains("from execute · 李主管"))
        _ = try Self.html(page)
    }

    @Test func allWritesAnIndexLinkingToAPagePerCollaboration() throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["report", "--all", "--format", "html", "-o", "site"], in: workspace.path, environment: Self.today)
        #expect(result.status == 0 && result.stdout == "wrote site/index.html and 2 reports\n", "\(result.stdout)\(result.stderr)")
        let index = try workspace.read("site/index.html")
        try CLI.expectGolden(index, "report-index.html")
        _ = try Self.html(index)
        for id in ["new-product-page", "q3-data-sync"] {
            #expect(index.contains("<a href=\"\(id).html\">\(id)</a>"))
            #expect(FileManager.default.fileExists(atPath: workspace.file("site/\(id).html").path))
        }
        #expect(index.contains("<span class=\"overdue-text\">2</span>"))
    }

    @Test(arguments: [
        (["report"], "name a collaboration, or use --all"),
        (["report", "--all"], "--all writes a folder of HTML pages"),
        (["report", "--all", "--format", "markdown", "-o", "x"], "--all writes a folder of HTML pages"),
        (["report", "q3-data-sync", "--all", "--format", "html", "-o", "x"], "not both"),
        (["report", "nope"], "no collaboration 'nope'"),
        (["report", "q3-data-sync", "--format", "pdf"], "pdf"),
    ])
    func misuseIsAUsageError(_ arguments: [String], _ message: String) throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(arguments, in: workspace.path)
        CLI.expectNoCrash(result)
        #expect(result.status == 2 && result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func outputGoesToAFile() throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["report", "q3-data-sync", "--format", "html", "-o", "out/q3.html"], in: workspace.path, environment: Self.today)
        #expect(result.status == 0 && result.stdout == "wrote out/q3.html\n")
        #expect(try workspace.read("out/q3.html") == (try CLI.run(["report", "q3-data-sync", "--format", "html"], in: workspace.path, environment: Self.today).stdout))
    }

    // MARK: - Witnesses

    static func html(_ page: String) throws -> [String: Int] {
        try JSONDecoder().decode([String: Int].self, from: try Validator.run(["html", "DOCUMENT"], document: page))
    }

    static func mermaidBlocks(_ markdown: String) -> [String] {
        markdown.components(separatedBy: "```mermaid\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
    }

    /// Mermaid's gantt syntax as documented (mermaid.js.org/syntax/gantt.html): a header of
    /// title, dateFormat, axisFormat; sections; tasks `name :[tags, ]id, start|after ids, end`.
    static func expectGanttSyntax(_ gantt: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let lines = gantt.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(lines.first == "gantt", sourceLocation: sourceLocation)
        let header = try NSRegularExpression(pattern: #"^    (title [^:;#%\n]+|dateFormat YYYY-MM-DD|axisFormat %m-%d|section [^:;#%\n]+)$"#)
        let task = try NSRegularExpression(pattern: #"^    [^:;#%\n]+ :((done|active|crit|milestone), )*(t_\w+), (\d{4}-\d{2}-\d{2}|after( t_\w+)+), \d{4}-\d{2}-\d{2}$"#)
        var defined: Set<String> = []
        var referenced: Set<String> = []
        for line in lines.dropFirst() {
            let range = NSRange(line.startIndex..., in: line)
            if header.firstMatch(in: line, range: range) != nil { continue }
            guard let match = task.firstMatch(in: line, range: range) else {
                Issue.record("not gantt syntax: \(line)", sourceLocation: sourceLocation)
                continue
            }
            defined.insert(String(line[Range(match.range(at: 3), in: line)!]))
            if let after = line.range(of: ", after ") {
                let ids = line[after.upperBound...].split(separator: ",")[0].split(separator: " ").map(String.init)
                referenced.formUnion(ids)
            }
        }
        #expect(referenced.isSubset(of: defined), "after names an undefined task", sourceLocation: sourceLocation)
        #expect(!defined.isEmpty, sourceLocation: sourceLocation)
    }
}
