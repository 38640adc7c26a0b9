import Foundation
import Testing

/// `collab status` and `collab tasks` on the template, compared with reviewed golden files.
struct StatusAndTasksTests {
    static let today = ["COLLAB_TODAY": "2024-07-04"]

    /// The template plus a collaboration with a long Chinese title, just started.
    static func workspace() throws -> Scratch {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["new", "budget-2025", "--title", "2025年度全公司跨部门预算编制与审批流程优化协作", "--lead", "finance"],
                                 in: workspace.path, environment: today)
        #expect(result.status == 0)
        return workspace
    }

    @Test(arguments: [
        (["status"], "status.txt"),
        (["status", "--format", "json"], "status.json"),
        (["status", "--format", "markdown"], "status.md"),
        (["tasks"], "tasks.txt"),
        (["tasks", "--lang", "zh"], "tasks.zh.txt"),
        (["status", "--lang", "zh"], "status.zh.txt"),
        (["status", "--format", "markdown", "--lang", "zh"], "status.zh.md"),
        (["tasks", "--format", "json"], "tasks.json"),
        (["tasks", "--due-within", "1"], "tasks-due-within-1.txt"),
        (["tasks", "--overdue", "--today", "2024-07-10"], "tasks-overdue.txt"),
        (["tasks", "--owner", "周经理", "--status", "todo"], "tasks-owner-status.txt"),
        (["tasks", "--department", "tech", "--format", "json"], "tasks-department.json"),
    ])
    func outputMatchesItsGoldenFile(_ arguments: [String], _ golden: String) throws {
        let workspace = try Self.workspace()
        let result = try CLI.run(arguments, in: workspace.path, environment: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        try CLI.expectGolden(result.stdout, golden)
    }

    @Test func longTitlesAreCutToTheTerminalWidth() throws {
        let workspace = try Self.workspace()
        let result = try CLI.run(["status"], in: workspace.path, environment: Self.today.merging(["COLUMNS": "100"]) { $1 })
        try CLI.expectGolden(result.stdout, "status-100-columns.txt")
        for line in result.stdout.split(separator: "\n") {
            #expect(Self.displayWidth(String(line)) <= 100, "\(line)")
        }
    }

    @Test func columnsLineUpByDisplayWidth() throws {
        let workspace = try Self.workspace()
        let lines = try CLI.run(["tasks"], in: workspace.path, environment: Self.today).stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        let owner = try #require(header.range(of: "OWNER"))
        let ownerColumn = Self.displayWidth(String(header[..<owner.lowerBound]))
        for line in lines.dropFirst() {
            var prefix = ""
            for character in line {
                if Self.displayWidth(prefix) >= ownerColumn { break }
                prefix.append(character)
            }
            #expect(Self.displayWidth(prefix) == ownerColumn, "\(line)")
        }
    }

    @Test func colourOnlyWhenAskedOrOnATerminal() throws {
        let workspace = try Self.workspace()
        let plain = try CLI.run(["tasks", "--today", "2024-07-10"], in: workspace.path)
        #expect(!plain.stdout.contains("\u{1b}["))
        let colored = try CLI.run(["tasks", "--today", "2024-07-10", "--color", "always"], in: workspace.path)
        #expect(colored.stdout.contains("\u{1b}[1;31m"))
    }

    @Test func badFiltersAreUsageErrors() throws {
        let workspace = try Self.workspace()
        #expect(try CLI.run(["tasks", "--status", "finished"], in: workspace.path).status == 2)
        #expect(try CLI.run(["tasks", "--due-within", "soon"], in: workspace.path).status == 2)
        #expect(try CLI.run(["status", "--format", "html"], in: workspace.path).status == 2)
    }

    /// Terminal columns: CJK wide characters count two (a test-side witness, not collab's code).
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let value = scalar.value
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
                || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value)
            return width + (wide ? 2 : 1)
        }
    }

    @Test func stageFilterKeepsOnlyThatStage() throws {
        let workspace = try Self.workspace()
        let closed = try CLI.run(["status", "--stage", "closed", "--format", "json"], in: workspace.path, environment: Self.today)
        #expect(closed.status == 0)
        #expect(closed.stdout.contains("\"q3-data-sync\"") && !closed.stdout.contains("new-product-page") && !closed.stdout.contains("budget-2025"))
        let wrong = try CLI.run(["status", "--stage", "done"], in: workspace.path)
        #expect(wrong.status == 2 && wrong.stderr.contains("unknown stage 'done'; choose one of define, initiate, plan, execute, verify, closed"))
    }
}
