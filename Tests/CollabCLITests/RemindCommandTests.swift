import Foundation
import Testing

/// `collab remind`: what needs attention today, by department and owner, in every format.
struct RemindCommandTests {
    static let formats = ["text", "markdown", "json", "wecom", "dingtalk", "feishu"]

    /// The template on Tuesday 2024-07-09: T4 overdue and blocked, T3 overdue and stale.
    @Test(arguments: [(["--lang", "zh"], "remind.zh.txt"), (["--lang", "en"], "remind.txt"),
                      (["--lang", "zh", "--format", "markdown"], "remind.zh.md"), (["--format", "json"], "remind.json")])
    func outputMatchesItsGoldenFile(_ arguments: [String], _ golden: String) throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["remind", "--today", "2024-07-09"] + arguments, in: workspace.path)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        try CLI.expectGolden(result.stdout, golden)
    }

    @Test func nothingToRemindIsNoOutputInEveryFormat() throws {
        let workspace = try Scratch.workspace()
        for format in Self.formats {
            // q3-data-sync is closed: nothing of it needs attention.
            let result = try CLI.run(["remind", "q3-data-sync", "--today", "2024-07-09", "--format", format], in: workspace.path)
            #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty, "\(format): \(result.stdout)\(result.stderr)")
        }
        // Before execute nothing is reminded either: the plan is not agreed yet.
        let problem = "collaborations/new-product-page/problem.yaml"
        try workspace.write(problem, try workspace.read(problem).replacingOccurrences(of: "stage: execute", with: "stage: plan"))
        let planning = try CLI.run(["remind", "--today", "2024-07-09"], in: workspace.path)
        #expect(planning.status == 0 && planning.stdout.isEmpty, "\(planning.stdout)")
    }

    /// Due soon counts working days: on Friday a task due Monday is due in 1 working day.
    @Test func dueSoonCountsWorkingDaysAcrossTheWeekend() throws {
        let workspace = try Self.workspace(t5Due: "2024-07-08")
        let friday = try CLI.run(["remind", "--today", "2024-07-05", "--lang", "zh"], in: workspace.path)
        #expect(friday.stdout.contains("new-product-page T5 上线前联合验收：还有 1 个工作日到期（2024-07-08）"), "\(friday.stdout)")
        let thursday = try CLI.run(["remind", "--today", "2024-07-04", "--lang", "zh"], in: workspace.path)
        #expect(!thursday.stdout.contains("T5 上线前联合验收：还有"), "\(thursday.stdout)")
        let within = try CLI.run(["remind", "--today", "2024-07-04", "--within", "2", "--lang", "zh"], in: workspace.path)
        #expect(within.stdout.contains("T5 上线前联合验收：还有 2 个工作日到期（2024-07-08）"), "\(within.stdout)")
        // A holiday on Monday pushes it out; a make-up Saturday brings it back.
        try workspace.write("collab.yaml", try workspace.read("collab.yaml") + "calendar:\n  holidays: [2024-07-08]\n")
        let holiday = try CLI.run(["remind", "--today", "2024-07-05"], in: workspace.path)
        #expect(holiday.stdout.contains("T5 上线前联合验收: due 2024-07-08, before the next working day"), "\(holiday.stdout)")
        try workspace.write("collab.yaml", try workspace.read("collab.yaml").replacingOccurrences(
            of: "  holidays: [2024-07-08]\n", with: "  holidays: [2024-07-08]\n  extra_workdays: [2024-07-06]\n"))
        let madeUp = try CLI.run(["remind", "--today", "2024-07-04", "--lang", "zh"], in: workspace.path)
        #expect(!madeUp.stdout.contains("T5 上线前联合验收：还有"), "Thursday: Friday and the make-up Saturday come first: \(madeUp.stdout)")
        let saturday = try CLI.run(["remind", "--today", "2024-07-05", "--lang", "zh"], in: workspace.path)
        #expect(saturday.stdout.contains("T5 上线前联合验收：还有 1 个工作日到期（2024-07-08）"), "\(saturday.stdout)")
    }

    @Test func ifWorkdayPrintsNothingOnADayOff() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("collab.yaml", try workspace.read("collab.yaml")
            + "calendar:\n  holidays: [2024-07-09]\n  extra_workdays: [2024-07-07]\n")
        for (day, expected) in [("2024-07-06", false), ("2024-07-07", true), ("2024-07-08", true), ("2024-07-09", false)] {
            let result = try CLI.run(["remind", "--if-workday", "--today", day, "--format", "wecom"], in: workspace.path)
            #expect(result.status == 0 && result.stdout.isEmpty != expected, "\(day): \(result.stdout)")
        }
        // Without --if-workday a day off still answers: someone asked.
        #expect(try !CLI.run(["remind", "--today", "2024-07-06"], in: workspace.path).stdout.isEmpty)
    }

    /// Each platform's mention of a contact written in each form.
    @Test func contactsBecomeEachPlatformsMentions() throws {
        let workspace = try Scratch.workspace()
        let stakeholders = "collaborations/new-product-page/stakeholders.yaml"
        try workspace.write(stakeholders, try workspace.read(stakeholders).replacingOccurrences(
            of: "contact: mobile:13800000003", with: "contact: \"mobile:13800000003, wecom:zheng.jingli，dingtalk:zheng-dd feishu:ou_7d8a6e6d\""))
        func body(_ format: String) throws -> [String: Any] {
            let result = try CLI.run(["remind", "--today", "2024-07-09", "--format", format, "--lang", "zh"], in: workspace.path)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.count == 1)
            return try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        }
        let wecom = try #require(try body("wecom")["text"] as? [String: Any])
        #expect(wecom["mentioned_list"] as? [String] == ["zheng.jingli"])
        #expect(wecom["mentioned_mobile_list"] as? [String] == ["13800000003", "13800000001", "13800000002"])
        let dingtalk = try body("dingtalk")
        let at = try #require(dingtalk["at"] as? [String: Any])
        #expect(at["atMobiles"] as? [String] == ["13800000003", "13800000001", "13800000002"])
        #expect(at["atUserIds"] as? [String] == ["zheng-dd"])
        #expect(at["isAtAll"] as? Bool == false)
        let text = try #require((dingtalk["markdown"] as? [String: Any])?["text"] as? String)
        #expect(text.contains("**郑经理** @13800000003 @zheng-dd") && text.contains("**钱工程师** @13800000002"), "\(text)")
        let feishu = try #require(try body("feishu")["content"] as? [String: Any])
        let post = try #require((feishu["post"] as? [String: Any])?["zh_cn"] as? [String: Any])
        let paragraphs = try #require(post["content"] as? [[[String: String]]])
        #expect(paragraphs.contains { $0 == [["tag": "text", "text": "郑经理 "], ["tag": "at", "user_id": "ou_7d8a6e6d"]] }, "\(paragraphs)")
        // Feishu's robots cannot mention by mobile: the name alone, never the number.
        #expect(paragraphs.contains { $0 == [["tag": "text", "text": "钱工程师"]] }, "\(paragraphs)")
    }

    @Test func badArgumentsExitTwo() throws {
        let workspace = try Scratch.workspace()
        for arguments in [["--within", "-1"], ["--within", "soon"], ["--format", "slack"], ["No_Such"]] {
            let result = try CLI.run(["remind"] + arguments, in: workspace.path)
            #expect(result.status == 2 && result.stdout.isEmpty && !result.stderr.isEmpty, "\(arguments): \(result.stderr)")
        }
        let unknown = try CLI.run(["remind", "no-such"], in: workspace.path)
        #expect(unknown.status == 2, "\(unknown.stderr)")
    }

    /// What cannot be read is on stderr with exit 1; the rest is still reminded.
    @Test func anUnreadableCollaborationIsReportedAndTheOthersStillReminded() throws {
        let workspace = try Scratch.workspace()
        let copy = workspace.file("collaborations/broken-copy")
        try FileManager.default.copyItem(at: workspace.file("collaborations/new-product-page"), to: copy)
        try workspace.write("collaborations/broken-copy/tasks.yaml", "tasks:\n  - id: T1\n    title: [unclosed\n")
        let result = try CLI.run(["remind", "--today", "2024-07-09", "--format", "dingtalk"], in: workspace.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("collaborations/broken-copy/tasks.yaml:3:"), "\(result.stderr)")
        #expect(result.stdout.contains("2024年Q3新品上线活动页面 · T3"), "\(result.stdout)")
    }

    /// The template with T5 (todo) due on `t5Due`.
    static func workspace(t5Due: String) throws -> Scratch {
        let workspace = try Scratch.workspace()
        let tasks = "collaborations/new-product-page/tasks.yaml"
        try workspace.write(tasks, try workspace.read(tasks).replacingOccurrences(of: "    due: 2024-07-12\n", with: "    due: \(t5Due)\n"))
        return workspace
    }
}
