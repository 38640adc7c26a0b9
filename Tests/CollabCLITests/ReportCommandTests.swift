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
        (["report", "new-product-page", "--lang", "zh"], "report-new-product-page.zh.md"),
        (["report", "q3-data-sync", "--format", "html", "--lang", "zh"], "report-q3-data-sync.zh.html"),
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
        #expect(page.contains(">「T3」活动页面前端开发</text>"))
        // The requirements meeting is a milestone on its date, with its own row and label.
        #expect(try Self.html(page)["polygon"] == 1)
        #expect(page.contains(">◆ 2024年Q3新品上线跨部门需求对齐会</text>") && page.contains("<title>2024-06-15 2024年Q3新品上线跨部门需求对齐会 (2024-06-15-kickoff.yaml)</title>"))
        #expect(page.contains("<h3>2024-06-15 14:00-15:00 · 2024年Q3新品上线跨部门需求对齐会 <small><code>meetings/2024-06-15-kickoff.yaml</code></small></h3>"))
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
            #expect(index.contains("<a href=\"collaborations/\(id).html\">\(id)</a>"))
            #expect(FileManager.default.fileExists(atPath: workspace.file("site/collaborations/\(id).html").path))
        }
        #expect(index.contains("<span class=\"overdue-text\">2</span>"))
    }

    /// `report --all` reads the history once for every collaboration; each page's stage
    /// timeline is the one `report ID` (which follows that collaboration alone) shows.
    @Test func allReadsEachStageTimelineAsTheSingleReportDoes() throws {
        let repository = try GitWorkspace()
        try repository.commit("records")
        #expect(try repository.collab("new", "budget-2025", "--title", "预算编制", "--commit").status == 0)
        try repository.finishNewProductPageTasks()
        try repository.commit("tasks done", days: 3)
        #expect(try repository.collab("advance", "new-product-page", "--commit").status == 0)
        try repository.replace("collaborations/q3-data-sync/problem.yaml", "stage: closed", "stage: verify")
        try repository.commit("reopen q3", days: 2)
        try FileManager.default.removeItem(at: repository.scratch.file("collaborations/budget-2025"))
        try repository.commit("budget elsewhere")
        let all = try repository.collab("report", "--all", "--format", "html", "-o", "site")
        #expect(all.status == 0, "\(all.stderr)")
        func timeline(_ page: String) -> String {
            page.components(separatedBy: "<ol class=\"timeline\">")[1].components(separatedBy: "</ol>")[0]
        }
        for id in ["new-product-page", "q3-data-sync"] {
            let page = try repository.scratch.read("site/collaborations/\(id).html")
            let single = try repository.collab("report", id, "--format", "html").stdout
            #expect(timeline(page) == timeline(single), "\(id)")
            #expect(timeline(page).components(separatedBy: "<li>").count - 1 == 2, "\(id): \(timeline(page))")
        }
    }

    @Test func aCollaborationNamedIndexDoesNotOverwriteTheDashboard() throws {
        let workspace = try Scratch.workspace()
        #expect(try CLI.run(["new", "index", "--title", "首页改版"], in: workspace.path, environment: Self.today).status == 0)
        let result = try CLI.run(["report", "--all", "--format", "html", "-o", "site"], in: workspace.path, environment: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let index = try workspace.read("site/index.html")
        #expect(index.contains("— collaborations</title>") && index.contains("<a href=\"collaborations/index.html\">index</a>"))
        #expect(try workspace.read("site/collaborations/index.html").contains("<h1>首页改版</h1>"))
    }

    @Test func taskTablesShowTheLatestProgressAndWhyTasksAreBlockedOrDropped() throws {
        let workspace = try Scratch.workspace()
        let markdown = try CLI.run(["report", "new-product-page"], in: workspace.path, environment: Self.today).stdout
        #expect(markdown.contains("| T3 | 活动页面前端开发 | 钱工程师 | 2024-07-08 | doing ⚠️ overdue | 2024-07-01 钱工程师: 首页与详情页完成，剩余抽奖模块 |"), "\(markdown)")
        #expect(markdown.contains("| blocked ⚠️ overdue: 等待产品部确认新品主图，已在群内提醒 |"))
        #expect(markdown.contains("| 2024-06-21 周经理: V3.0已发布并通知相关方 |"), "the latest of two updates")
        let page = try CLI.run(["report", "q3-data-sync", "--format", "html"], in: workspace.path, environment: Self.today).stdout
        #expect(page.contains("<span class=\"status dropped\">dropped</span><br/><span class=\"reason\">"))
    }

    @Test func taskIdsThatAreMermaidWordsOrDifferOnlyInPunctuationMakeAValidDistinctGantt() throws {
        let workspace = try Scratch.workspace()
        let file = "collaborations/new-product-page/tasks.yaml"
        var text = try workspace.read(file)
        for (old, new) in [("T1", "dateFormat"), ("T2", "section"), ("T3", "T-1"), ("T4", "T_1"), ("T5", "click")] {
            text = text.replacingOccurrences(of: "id: \(old)\n", with: "id: \(new)\n").replacingOccurrences(of: "[\(old)", with: "[\(new)")
                .replacingOccurrences(of: ", \(old)]", with: ", \(new)]")
        }
        text = text.replacingOccurrences(of: "title: 上线前联合验收", with: "title: Title review")
        try workspace.write(file, text)
        let markdown = try CLI.run(["report", "new-product-page"], in: workspace.path, environment: Self.today).stdout
        let gantt = try #require(Self.mermaidBlocks(markdown).first)
        try Self.expectGanttSyntax(gantt)
        #expect(gantt.contains("t_T_d1,") && gantt.contains("t_T__1,"))
    }

    @Test func anAbsurdDateSpanIsCutToAReadableChart() throws {
        let workspace = try Scratch.workspace()
        let file = "collaborations/new-product-page/tasks.yaml"
        let text = try workspace.read(file).replacingOccurrences(of: "    start: 2024-06-15\n    due: 2024-06-21\n",
                                                                   with: "    start: 0001-01-01\n    due: 9999-12-31\n")
        try workspace.write(file, text)
        let page = try CLI.run(["report", "new-product-page", "--format", "html"], in: workspace.path, environment: Self.today)
        #expect(page.status == 0)
        #expect(page.stdout.utf8.count < 200_000, "\(page.stdout.utf8.count) bytes")
        #expect(try Self.html(page.stdout)["rect"] == 5)
        let markdown = try CLI.run(["report", "new-product-page"], in: workspace.path, environment: Self.today).stdout
        #expect(!markdown.contains("0001-01-01,") && !markdown.contains("10000-01-01"))
    }

    @Test(arguments: [7, 40, 200, 1000])
    func axisLabelsNeverOverlap(_ days: Int) throws {
        let workspace = try Scratch.workspace()
        let file = "collaborations/new-product-page/tasks.yaml"
        // T5 runs from a Saturday (2024-06-15) for `days` days: the first label and the next
        // Monday's are two days apart.
        let due = try #require(Calendar(identifier: .gregorian).date(byAdding: .day, value: days, to: ISO8601DateFormatter().date(from: "2024-06-15T12:00:00Z")!))
        let dueText = ISO8601DateFormatter().string(from: due).prefix(10)
        let text = try workspace.read(file).replacingOccurrences(of: "    due: 2024-07-12\n", with: "    start: 2024-06-15\n    due: \(dueText)\n")
        try workspace.write(file, text)
        let page = try CLI.run(["report", "new-product-page", "--format", "html"], in: workspace.path, environment: Self.today).stdout
        let regex = try NSRegularExpression(pattern: #"<text class="axis" x="(\d+)""#)
        let xs = regex.matches(in: page, range: NSRange(page.startIndex..., in: page)).map { Int((page as NSString).substring(with: $0.range(at: 1)))! }
        #expect(xs.count >= 2)
        for (a, b) in zip(xs, xs.dropFirst()) { #expect(b - a >= 44, "labels at \(a) and \(b)") }
    }

    @Test func outputIsWrittenOnlyIntoRegularFiles() throws {
        let workspace = try Scratch.workspace()
        let null = try CLI.run(["report", "q3-data-sync", "-o", "/dev/null"], in: workspace.path, environment: Self.today)
        #expect(null.status == 2)
        #expect(null.stderr.contains("/dev/null: is not a regular file"), "\(null.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial, "/dev/null is still a device")
        try FileManager.default.createSymbolicLink(atPath: workspace.file("link.md").path, withDestinationPath: "/tmp/somewhere.md")
        #expect(try CLI.run(["report", "q3-data-sync", "-o", "link.md"], in: workspace.path, environment: Self.today).status == 2)
        let dash = try CLI.run(["report", "q3-data-sync", "-o", "-"], in: workspace.path, environment: Self.today)
        #expect(dash.status == 0 && dash.stdout.hasPrefix("# Q3活动数据未按时同步至财务部"))
        #expect(!FileManager.default.fileExists(atPath: workspace.file("-").path))
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
        // Mermaid reads its entity codes (`#58;` for `:`) before it parses anything else, and
        // draws them as the characters they name: they are text, whatever they stand for.
        let entity = try NSRegularExpression(pattern: #"#\w+;"#)
        let lines = gantt.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
            entity.stringByReplacingMatches(in: String(line), range: NSRange(line.startIndex..., in: line), withTemplate: "·")
        }
        #expect(lines.first == "gantt", sourceLocation: sourceLocation)
        let header = try NSRegularExpression(pattern: #"^    (title [^:;#%\n]+|dateFormat YYYY-MM-DD|axisFormat %m-%d|section [^:;#%\n]+)$"#)
        let task = try NSRegularExpression(pattern: #"^    [^:;#%\n]+ :((done|active|crit|milestone), )*(t_\w+), (\d{4}-\d{2}-\d{2}|after( t_\w+)+), \d{4}-\d{2}-\d{2}$"#)
        // A meeting: Mermaid's milestone, a point in time (a zero duration).
        let milestone = try NSRegularExpression(pattern: #"^    ◆ [^:;#%\n]+ :milestone, ()()(m_\w+), \d{4}-\d{2}-\d{2}, 0d$"#)
        // Mermaid's gantt lexer is case-insensitive and takes these words at a line's start as
        // statements, whatever follows.
        let statement = try NSRegularExpression(pattern: #"^    (title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|click|weekday|weekend|inclusiveenddates|topaxis|displaymode|acctitle|accdescr|gantt)\b"#, options: .caseInsensitive)
        var tasks = 0
        var defined: Set<String> = []
        var referenced: Set<String> = []
        for line in lines.dropFirst() {
            let range = NSRange(line.startIndex..., in: line)
            if header.firstMatch(in: line, range: range) != nil { continue }
            if statement.firstMatch(in: line, range: range) != nil {
                Issue.record("a task line Mermaid reads as a statement: \(line)", sourceLocation: sourceLocation)
            }
            tasks += 1
            guard let match = task.firstMatch(in: line, range: range) ?? milestone.firstMatch(in: line, range: range) else {
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
        #expect(defined.count == tasks, "two tasks share a Mermaid id", sourceLocation: sourceLocation)
        #expect(!defined.isEmpty, sourceLocation: sourceLocation)
    }
}
