import Foundation
import Testing

/// Record text, ids and links written by anyone who can open a pull request: rendered
/// harmlessly in every format, or rejected with a clear message, and never followed outside
/// the workspace.
struct HostileInputTests {
    /// A line break, a workflow command, an encoded line break, an OSC title and a screen
    /// clear, HTML, a Markdown link, a table break, a mention and an issue reference.
    static let hostile = "王五\n::set-env name=PATH::/tmp %0A::add-mask::x\r\u{1b}]0;pwned\u{7}\u{1b}[2J<img src=x onerror=alert(1)> [click](https://evil.example) | @octocat #1"

    /// The template with the hostile text as a collaboration's title and as a task's owner
    /// (so it reaches a diagnostic's message), written as a YAML double-quoted scalar.
    static func workspace() throws -> Scratch {
        let workspace = try Scratch.workspace()
        let quoted = try quotedHostile()
        let problem = try workspace.read("collaborations/new-product-page/problem.yaml")
        try workspace.write("collaborations/new-product-page/problem.yaml",
                            problem.replacingOccurrences(of: "title: 2024年Q3新品上线活动页面", with: "title: \(quoted)"))
        let tasks = try workspace.read("collaborations/new-product-page/tasks.yaml")
        try workspace.write("collaborations/new-product-page/tasks.yaml", tasks.replacingOccurrences(of: "owner: 周经理", with: "owner: \(quoted)"))
        return workspace
    }

    static func run(_ arguments: [String], in workspace: Scratch) throws -> CLIResult {
        let result = try CLI.run(arguments + ["--today", "2024-07-04"], in: workspace.path)
        CLI.expectNoCrash(result)
        #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
        return result
    }

    /// No byte that a terminal acts on: ESC, BEL, CR, and no line break inside a finding.
    static func expectInert(_ text: String, lines: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) },
                "control character in output", sourceLocation: sourceLocation)
        if let lines { #expect(text.split(separator: "\n").count == lines, "\(text)", sourceLocation: sourceLocation) }
    }

    @Test func textOutputsShowControlCharactersVisibly() throws {
        let workspace = try Self.workspace()
        let check = try Self.run(["check", "--color", "never"], in: workspace)
        #expect(check.status == 1)
        Self.expectInert(check.stdout, lines: 6)
        #expect(check.stdout.contains("王五\\u{a}::set-env name=PATH::/tmp %0A::add-mask::x\\u{d}\\u{1b}]0;pwned\\u{7}\\u{1b}[2J"))
        for arguments in [["status"], ["tasks"], ["status", "--color", "always"]] {
            Self.expectInert(try Self.run(arguments, in: workspace).stdout.replacingOccurrences(of: "\u{1b}[", with: "ESC["))
        }
        #expect(!(try Self.run(["status", "--color", "always"], in: workspace).stdout.contains("\u{1b}]")))
    }

    @Test func githubAnnotationsCannotBeEndedOrInjected() throws {
        let workspace = try Self.workspace()
        let result = try Self.run(["check", "--format", "github"], in: workspace)
        Self.expectInert(result.stdout)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 6)
        for line in lines.dropLast() {
            #expect(line.hasPrefix("::error file=") || line.hasPrefix("::warning file=") || line.hasPrefix("::notice file="))
        }
        #expect(lines.last?.hasPrefix("checked 2 collaborations") == true)
        let owner = try #require(lines.first { $0.contains("title=task-owner-unknown") })
        #expect(owner.contains("::owner '王五%0A::set-env name=PATH::/tmp %250A::add-mask::x%0D\\u{1b}]0;pwned\\u{7}"))
    }

    @Test func junitAndSarifCarryTheTextIntactAndStayValid() throws {
        let workspace = try Self.workspace()
        let suites = try Validator.junit(try Self.run(["check", "--format", "junit"], in: workspace).stdout)
        let plan = try #require(suites["new-product-page"]?["plan gate: tasks, owners, dates, dependencies"]?.failure)
        #expect(plan.contains("<img src=x onerror=alert(1)>") && plan.contains("\\u{1b}]0;pwned"))
        let sarif = try Self.run(["check", "--format", "sarif"], in: workspace).stdout
        try Validator.expectValidSARIF(sarif)
        let json = try Self.run(["check", "--format", "json"], in: workspace).stdout
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let messages = (parsed["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        #expect(messages.contains { $0.contains(Self.hostile) })
    }

    @Test func markdownCannotMakeHTMLLinksMentionsOrTableBreaks() throws {
        let workspace = try Self.workspace()
        let markdown = try Self.run(["status", "--format", "markdown"], in: workspace).stdout
        Self.expectInert(markdown)
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| new-product-page") })
        #expect(!row.contains("<img") && row.contains("&lt;img"))
        #expect(!row.contains("[click](") && row.contains("\\[click\\]"))
        #expect(row.contains("https\\://evil") && row.contains("`@octocat`") && row.contains("`#1`"))
        let unescapedPipes = row.enumerated().filter { index, character in
            character == "|" && (index == 0 || row[row.index(row.startIndex, offsetBy: index - 1)] != "\\")
        }
        #expect(unescapedPipes.count == 9)  // eight columns
    }

    @Test func referencesGitHubWouldAutolinkAreCodeSpans() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("collaborations/new-product-page/problem.yaml",
                            try workspace.read("collaborations/new-product-page/problem.yaml")
                                .replacingOccurrences(of: "title: 2024年Q3新品上线活动页面", with: "title: '见 GH-12 与 gh-7，修复提交 4f2a9c1b，联系 13800000000，见 #3 @li'"))
        let markdown = try CLI.run(["status", "--format", "markdown"], in: workspace.path, environment: ["COLLAB_TODAY": "2024-07-04"]).stdout
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| new-product-page") })
        for reference in ["GH-12", "gh-7", "4f2a9c1b", "13800000000", "#3", "@li"] {
            #expect(row.contains("`\(reference)`"), "\(reference) in \(row)")
        }
        let report = try CLI.run(["report", "new-product-page"], in: workspace.path, environment: ["COLLAB_TODAY": "2024-07-04"]).stdout
        #expect(report.hasPrefix("# 见 `GH-12` 与 `gh-7`，修复提交 `4f2a9c1b`"), "\(report.prefix(80))")
    }

    @Test(arguments: [
        ["new", "../evil", "--title", "x"], ["new", "/tmp/evil", "--title", "x"], ["new", "a/b", "--title", "x"],
        ["check", "../x"], ["advance", "/etc"], ["log", ".."], ["diff", "--", "../x"], ["status", "a/../b"],
    ])
    func pathLikeIdsAreRejectedAsUsageErrors(_ arguments: [String]) throws {
        let workspace = try Scratch.workspace()
        let before = try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/collaborations").sorted()
        let result = try CLI.run(arguments, in: workspace.path + "/collaborations")
        CLI.expectNoCrash(result)
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not a collaboration id"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/collaborations").sorted() == before)
        #expect(!FileManager.default.fileExists(atPath: workspace.path + "/evil") && !FileManager.default.fileExists(atPath: "/tmp/evil"))
    }

    @Test func linksOutOfTheWorkspaceAreReportedAndNeverFollowed() throws {
        let workspace = try Scratch.workspace()
        let outside = try Scratch.workspace()  // a valid collaboration, elsewhere
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: workspace.path + "/collaborations/borrowed",
                                  withDestinationPath: outside.path + "/collaborations/q3-data-sync")
        try fm.removeItem(atPath: workspace.path + "/collaborations/new-product-page/feedback.yaml")
        try fm.createSymbolicLink(atPath: workspace.path + "/collaborations/new-product-page/feedback.yaml",
                                  withDestinationPath: outside.path + "/collaborations/new-product-page/feedback.yaml")
        try fm.createSymbolicLink(atPath: workspace.path + "/collaborations/inside",
                                  withDestinationPath: workspace.path + "/collaborations/q3-data-sync")
        let outsideFeedback = try outside.read("collaborations/new-product-page/feedback.yaml")

        let check = try CLI.run(["check", "--today", "2024-07-04"], in: workspace.path)
        #expect(check.status == 1)
        let findings = check.stdout.split(separator: "\n").filter { $0.contains("[unsafe-path]") }
        #expect(findings.count == 2, "\(check.stdout)")
        #expect(findings.contains { $0.hasPrefix("collaborations/borrowed:1:1: error: collaborations/borrowed is a symbolic link to ") })
        #expect(findings.contains { $0.hasPrefix("collaborations/new-product-page/feedback.yaml:1:1: error: feedback.yaml is a symbolic link to ") })
        #expect(check.stdout.contains("checked 3 collaborations"))  // the link that stays inside is followed

        let fmt = try CLI.run(["fmt"], in: workspace.path)
        CLI.expectNoCrash(fmt)
        #expect(try outside.read("collaborations/new-product-page/feedback.yaml") == outsideFeedback)
        #expect((try fm.attributesOfItem(atPath: workspace.path + "/collaborations/new-product-page/feedback.yaml")[.type] as? FileAttributeType) == .typeSymbolicLink)
    }

    @Test func aCollaborationsFolderLinkedOutsideIsNeitherReadNorWrittenThrough() throws {
        let workspace = try Scratch.workspace()
        let outside = try Scratch()
        let fm = FileManager.default
        try fm.moveItem(atPath: workspace.path + "/collaborations", toPath: outside.path + "/collaborations")
        try fm.createSymbolicLink(atPath: workspace.path + "/collaborations", withDestinationPath: outside.path + "/collaborations")
        let check = try CLI.run(["check", "--today", "2024-07-04"], in: workspace.path)
        #expect(check.status == 1)
        #expect(check.stdout.hasPrefix("collaborations:1:1: error: collaborations is a symbolic link to "))
        let new = try CLI.run(["new", "intruder", "--title", "x"], in: workspace.path)
        CLI.expectNoCrash(new)
        #expect(new.status == 2 && new.stderr.contains("outside the workspace"), "\(new.stderr)")
        #expect(!fm.fileExists(atPath: outside.path + "/collaborations/intruder"))
        #expect(try fm.contentsOfDirectory(atPath: outside.path + "/collaborations").sorted() == [".gitignore", "new-product-page", "q3-data-sync"])
    }

    @Test func diffAndLogRenderHostileRecordsAndAuthorsHarmlessly() throws {
        let repository = try GitWorkspace()
        try repository.commit("records")
        let quoted = try Self.quotedHostile()
        try repository.replace("collaborations/new-product-page/tasks.yaml", "owner: 周经理", "owner: \(quoted)")
        try repository.git("config", "user.name", "\u{1b}]0;pwned\u{7}\u{1b}[2J<b>李</b>")
        try repository.replace("collaborations/new-product-page/problem.yaml", "stage: execute", "stage: verify")
        try repository.commit("hostile")
        for format in ["text", "markdown", "json"] {
            let diff = try repository.collab("diff", "HEAD~1", "HEAD", "--format", format)
            #expect(diff.status == 0, "\(diff.stderr)")
            Self.expectInert(diff.stdout)
            if format == "markdown" {
                #expect(!diff.stdout.contains("<img") && diff.stdout.contains("&lt;img") && diff.stdout.contains("`@octocat`"))
            }
        }
        let log = try repository.collab("log", "new-product-page")
        #expect(log.status == 0, "\(log.stderr)")
        Self.expectInert(log.stdout)
        #expect(log.stdout.contains("pwned\\u{7}\\u{1b}[2J"))  // git itself trims the leading ESC and drops < >
    }

    static func quotedHostile() throws -> String {
        "\"" + hostile.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\"": return "\\\""
            case "\\": return "\\\\"
            default: return scalar.value < 0x20 ? String(format: "\\x%02x", scalar.value) : String(scalar)
            }
        }.joined() + "\""
    }
}
