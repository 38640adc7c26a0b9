import Foundation
import Testing

/// Meetings (docs/reference.md §11) on the real binary: `collab meeting` writes minutes from
/// the template and never over a file; meetings take part in check, edit paths, diff, tasks,
/// remind, report and status.
struct MeetingTests {
    static let kickoff = "collaborations/new-product-page/meetings/2024-06-15-kickoff.yaml"

    @Test func meetingWritesTheTemplateWithTopicAndDateAndNeverOverwrites() throws {
        let workspace = try Scratch.workspace()
        let first = try CLI.run(["meeting", "new-product-page", "--topic", "进度同步会", "--today", "2024-07-01"], in: workspace.path)
        #expect(first.status == 0 && first.stderr.isEmpty, "\(first.stderr)")
        // The slug is the collaboration's scenario; the date is today.
        let relative = "collaborations/new-product-page/meetings/2024-07-01-kickoff.yaml"
        #expect(first.stdout == "Created \(relative).\n")
        let text = try workspace.read(relative)
        #expect(text.contains("\ntopic: 进度同步会\ndate: 2024-07-01\n"), "\(text)")
        #expect(text.contains("# host: 周经理"), "the template's commented keys stay: \(text)")
        // The new minutes are valid on the meeting's day: collab check has nothing to say of them.
        let check = try CLI.run(["check", "--today", "2024-07-01"], in: workspace.path)
        #expect(!check.stdout.contains("2024-07-01-kickoff"), "\(check.stdout)")

        try workspace.write(relative, text + "# mine\n")
        let again = try CLI.run(["meeting", "new-product-page", "--topic", "另一个会", "--today", "2024-07-01"], in: workspace.path)
        #expect(again.status == 2)
        #expect(again.stderr.contains("\(relative) already exists"), "\(again.stderr)")
        #expect(try workspace.read(relative) == text + "# mine\n", "the file is untouched")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.file("collaborations/new-product-page/meetings").path)
            .allSatisfy { !$0.hasPrefix(".") }, "no temporary file is left behind")
    }

    @Test func slugDateAndAWorkspaceTemplateAreTakenAndBadFlagsAreUsageErrors() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("templates/collaboration/meetings/meeting.yaml", "# 本团队的沟通记录模板\ntopic: x\ndate: 2024-01-01\nchannel: 三楼会议室\n")
        let made = try CLI.run(["meeting", "q3-data-sync", "--topic", "复盘会", "--date", "2024-10-21", "--slug", "review", "--today", "2024-10-21"],
                               in: workspace.path)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try workspace.read("collaborations/q3-data-sync/meetings/2024-10-21-review.yaml")
            == "# 本团队的沟通记录模板\ntopic: 复盘会\ndate: 2024-10-21\nscenario: retrospective\nchannel: 三楼会议室\n",
                "a closed collaboration's meeting is its retrospective")
        for (arguments, message) in [
            (["meeting", "q3-data-sync"], "meeting needs --topic TOPIC"),
            (["meeting", "q3-data-sync", "--topic", "x", "--slug", "Review"], "--slug 'Review' must be a-z, 0-9 and '-'"),
            (["meeting", "q3-data-sync", "--topic", "x", "--date", "2024-10-32"], "--date '2024-10-32' is not a date"),
            (["meeting", "nope", "--topic", "x"], "no collaboration 'nope'"),
        ] {
            let result = try CLI.run(arguments, in: workspace.path)
            #expect(result.status == 2 && result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }

    /// A meeting recorded after the day lists what its minutes still lack, as check would.
    @Test func aPastMeetingIsWrittenWithWhatItsMinutesLack() throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["meeting", "q3-data-sync", "--topic", "复盘会", "--date", "2024-10-21", "--today", "2024-10-24"], in: workspace.path)
        #expect(result.status == 0)
        #expect(result.stdout == "Created collaborations/q3-data-sync/meetings/2024-10-21-issue.yaml.\n")
        #expect(result.stderr.contains("meetings/2024-10-21-issue.yaml:11:1: error: the meeting of 2024-10-21 has taken place but its minutes lack host, recorder, goal, attendees [meeting-incomplete]"), "\(result.stderr)")
        #expect(result.stderr.contains("[minutes-late]"), "\(result.stderr)")
    }

    @Test func commitCommitsTheNewMinutesAlone() throws {
        let repository = try GitWorkspace()
        try repository.commit("template")
        try repository.scratch.write("collaborations/q3-data-sync/problem.yaml", try repository.scratch.read("collaborations/q3-data-sync/problem.yaml") + "\n")
        let result = try repository.collab("meeting", "q3-data-sync", "--topic", "复盘会", "--date", "2024-10-21", "--commit")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try repository.git("log", "-1", "--format=%s") == "collab(q3-data-sync): meeting 2024-10-21-issue\n")
        #expect(try repository.git("show", "--name-only", "--format=", "HEAD") == "collaborations/q3-data-sync/meetings/2024-10-21-issue.yaml\n")
        #expect(try repository.git("status", "--porcelain") == " M collaborations/q3-data-sync/problem.yaml\n")
    }

    /// Edit paths reach meetings: a value of an action, a new action numbered A5 with
    /// status todo, a new decision D3; unknown meetings and items exit 2 with what exists.
    /// As before the one write path: whether a commit can be made is said first, before the
    /// lock is waited for (here held by this test) — the same order as set, add and update.
    @Test func commitOutsideARepositoryIsSaidBeforeTheLockIsWaitedFor() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("collaborations/q3-data-sync/.collab.lock", "\(ProcessInfo.processInfo.processIdentifier)\n")
        let result = try CLI.run(["meeting", "q3-data-sync", "--topic", "复盘会", "--date", "2024-10-21", "--commit"], in: workspace.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not inside a git repository"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.file("collaborations/q3-data-sync/meetings/2024-10-21-issue.yaml").path))
    }

    @Test func editPathsReachMeetingsDecisionsAndActions() throws {
        let workspace = try Scratch.workspace()
        let before = try workspace.read(Self.kickoff)
        let set = try CLI.run(["set", "new-product-page", "meetings.2024-06-15-kickoff.actions.A3.due=2024-07-06", "--today", "2024-07-01"], in: workspace.path)
        #expect(set.status == 0 && set.stdout == "new-product-page: meetings.2024-06-15-kickoff.actions.A3.due 2024-07-05 → 2024-07-06\n", "\(set.stdout)\(set.stderr)")
        #expect(try workspace.read(Self.kickoff) == before.replacingOccurrences(of: "due: 2024-07-05", with: "due: 2024-07-06"))
        let action = try CLI.run(["add", "new-product-page", "meetings.2024-06-15-kickoff.actions", "text=确认新品主图", "owner=周经理",
                                  "department=product", "due=2024-07-05", "--today", "2024-07-01"], in: workspace.path)
        #expect(action.status == 0, "\(action.stderr)")
        #expect(try workspace.read(Self.kickoff).contains("    status: done\n  - id: A5\n    text: 确认新品主图\n    owner: 周经理\n    department: product\n    due: 2024-07-05\n    status: todo\ndistributed:"))
        let decision = try CLI.run(["add", "new-product-page", "meetings.2024-06-15-kickoff.decisions", "text=主图由产品部确认", "--today", "2024-07-01"], in: workspace.path)
        #expect(decision.stdout == "new-product-page: meetings.2024-06-15-kickoff.decisions.D3 + 主图由产品部确认\n", "\(decision.stdout)\(decision.stderr)")

        let unknown = try CLI.run(["set", "new-product-page", "meetings.2024-06-15-kickof.topic=x"], in: workspace.path)
        #expect(unknown.status == 2 && unknown.stderr.contains("no meeting '2024-06-15-kickof' in collaborations/new-product-page/meetings/; its meetings: 2024-06-15-kickoff; did you mean '2024-06-15-kickoff'?"), "\(unknown.stderr)")
        let noItem = try CLI.run(["set", "new-product-page", "meetings.2024-06-15-kickoff.actions.A9.due=2024-07-01"], in: workspace.path)
        #expect(noItem.status == 2 && noItem.stderr.contains("has no item 'A9'; its items: A1, A2, A3, A4, A5"), "\(noItem.stderr)")
        // A change that adds an error is refused: an action owned by someone not of its department.
        let refused = try CLI.run(["set", "new-product-page", "meetings.2024-06-15-kickoff.actions.A5.owner=何经理", "--today", "2024-07-01"], in: workspace.path)
        #expect(refused.status == 1 && refused.stderr.contains("[action-owner-unknown]"), "\(refused.stderr)")
    }

    /// diff names meetings by file, decisions and actions by id; a new meeting is one line.
    @Test func diffShowsMeetingsByFileAndTheirItemsByID() throws {
        let repository = try GitWorkspace()
        try repository.commit("template")
        try repository.replace(Self.kickoff, "    due: 2024-07-05\n    task: T4", "    due: 2024-07-06\n    task: T4")
        try repository.replace(Self.kickoff, "acknowledged: [product, tech, marketing]", "acknowledged: [product, tech, marketing]\n")
        try repository.scratch.write("collaborations/new-product-page/meetings/2024-07-01-progress.yaml",
                                     "topic: 进度同步会\ndate: 2024-07-01\ntime: 10:00-10:30\n")
        let text = try repository.collab("diff")
        #expect(text.stdout == """
            new-product-page  stage execute
              meetings/2024-06-15-kickoff.yaml
                ~ meetings.2024-06-15-kickoff.actions.A3.due (市场部准备活动素材): 2024-07-05 → 2024-07-06
              meetings/2024-07-01-progress.yaml
                + meetings.2024-07-01-progress 进度同步会 (date 2024-07-01, time 10:00-10:30)

            """, "\(text.stdout)\(text.stderr)")
        let json = try repository.collab("diff", "--format", "json")
        #expect(json.stdout.contains(#"{"collaboration":"new-product-page","file":"meetings/2024-06-15-kickoff.yaml","change":"changed","item":"A3","field":"due","path":"meetings.2024-06-15-kickoff.actions.A3.due","title":"市场部准备活动素材","old":"2024-07-05","new":"2024-07-06"}"#), "\(json.stdout)")
        // As git's diff driver, for the file git hands over.
        try repository.useCollabAsDiffDriver()
        let driven = try repository.git("diff", "--", Self.kickoff)
        #expect(driven.contains("~ meetings.2024-06-15-kickoff.actions.A3.due (市场部准备活动素材): 2024-07-05 → 2024-07-06"), "\(driven)")
    }

    /// Open action items that no task carries stand beside the tasks in `tasks` and `remind`,
    /// marked as actions, with their meeting.
    @Test func openActionsStandBesideTasksInTasksAndRemind() throws {
        let workspace = try Scratch.workspace()
        try workspace.write(Self.kickoff, try workspace.read(Self.kickoff).replacingOccurrences(
            of: "distributed:", with: "  - id: A5\n    text: 确认新品主图\n    owner: 周经理\n    department: product\n    due: 2024-07-08\n    status: doing\ndistributed:"))
        let tasks = try CLI.run(["tasks", "--owner", "周经理", "--today", "2024-07-09"], in: workspace.path)
        #expect(tasks.stdout == """
            DUE               DAYS  COLLABORATION     TASK                            TITLE                 OWNER   DEPARTMENT  STATUS
            2024-06-21           —  new-product-page  T1                              输出最终需求文档V3.0  周经理  product     done
            2024-07-08   1 overdue  new-product-page  action A5 (2024-06-15-kickoff)  确认新品主图          周经理  product     doing
            2024-07-12  3 workdays  new-product-page  T5                              上线前联合验收        周经理  product     todo

            """, "\(tasks.stdout)")
        let json = try CLI.run(["tasks", "--owner", "周经理", "--today", "2024-07-09", "--format", "json"], in: workspace.path)
        #expect(json.stdout.contains(#""kind":"action","meeting":"2024-06-15-kickoff","id":"A5","title":"确认新品主图""#), "\(json.stdout)")
        // A4 is done: listed only with --all.
        #expect(!tasks.stdout.contains("A4"))
        let all = try CLI.run(["tasks", "--all", "--today", "2024-07-09"], in: workspace.path)
        #expect(all.stdout.contains("action A4 (2024-06-15-kickoff)"), "\(all.stdout)")

        let remind = try CLI.run(["remind", "--today", "2024-07-09", "--lang", "zh"], in: workspace.path)
        #expect(remind.stdout.contains("""
              周经理 · mobile:13800000001
                new-product-page 待办 A5 确认新品主图：已逾期 1 天（截止 2024-07-08）
                  来自沟通记录 2024-06-15-kickoff：2024年Q3新品上线跨部门需求对齐会
            """), "\(remind.stdout)")
        let remindJSON = try CLI.run(["remind", "--today", "2024-07-09", "--format", "json"], in: workspace.path)
        #expect(remindJSON.stdout.contains(#"{"kind":"action","meeting":{"name":"2024-06-15-kickoff","topic":"2024年Q3新品上线跨部门需求对齐会"},"collaboration":"new-product-page","collaboration_title":"2024年Q3新品上线活动页面","id":"A5""#), "\(remindJSON.stdout)")
        let check = try CLI.run(["check", "--today", "2024-07-09"], in: workspace.path)
        #expect(check.stdout.contains("2024-06-15-kickoff.yaml:57:10: warning: action A5 is overdue: it was due 2024-07-08, 1 day ago [action-overdue]"), "\(check.stdout)")
    }

    /// status puts late minutes before the gate, in text and JSON.
    @Test func statusNamesLateMinutes() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("collaborations/new-product-page/meetings/2024-07-01-progress.yaml",
                            "topic: 进度同步会\ndate: 2024-07-01\nhost: 周经理\nrecorder: 吴专员\ngoal: 同步进度\nattendees:\n  - department: product\n    people: [周经理]\n")
        let onTime = try CLI.run(["status", "--today", "2024-07-02"], in: workspace.path)
        #expect(!onTime.stdout.contains("minutes late"), "within a day: \(onTime.stdout)")
        let late = try CLI.run(["status", "--today", "2024-07-04"], in: workspace.path)
        #expect(late.stdout.contains("minutes late: 2024-07-01-progress; task T3 is still doing"), "\(late.stdout)")
        let json = try CLI.run(["status", "--today", "2024-07-04", "--format", "json"], in: workspace.path)
        #expect(json.stdout.contains(#""minutes_late":["2024-07-01-progress"]"#), "\(json.stdout)")
        try workspace.write("collaborations/new-product-page/meetings/2024-07-01-progress.yaml",
                            try workspace.read("collaborations/new-product-page/meetings/2024-07-01-progress.yaml") + "distributed: 2024-07-02\n")
        let distributed = try CLI.run(["status", "--today", "2024-07-04"], in: workspace.path)
        #expect(!distributed.stdout.contains("minutes late"), "\(distributed.stdout)")
    }

    /// What meetings/ holds that is not a meeting is reported, never passed over; a meetings
    /// folder leading outside the workspace is not followed.
    @Test func whatCannotBeAMeetingIsReported() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("collaborations/new-product-page/meetings/notes.md", "会议笔记\n")
        try FileManager.default.createDirectory(at: workspace.file("collaborations/new-product-page/meetings/2024-07"), withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: workspace.file("collaborations/q3-data-sync/meetings"))
        try workspace.write("collaborations/q3-data-sync/meetings", "not a folder\n")
        let check = try CLI.run(["check", "--today", "2024-07-04"], in: workspace.path)
        #expect(check.status == 1)
        #expect(check.stdout.contains("collaborations/new-product-page/meetings/2024-07:1:1: error: meetings/2024-07 is a folder; meetings/ holds one YYYY-MM-DD-slug.yaml file per meeting [meeting-file-name]"), "\(check.stdout)")
        #expect(check.stdout.contains("collaborations/new-product-page/meetings/notes.md:1:1: error: meetings/notes.md is not a meeting file"), "\(check.stdout)")
        #expect(check.stdout.contains("collaborations/q3-data-sync/meetings:1:1: error: meetings is a file"), "\(check.stdout)")

        let outside = try Scratch()
        try outside.write("2024-01-01-x.yaml", "topic: 外部\ndate: 2024-01-01\n")
        try FileManager.default.removeItem(at: workspace.file("collaborations/q3-data-sync/meetings"))
        try FileManager.default.createSymbolicLink(at: workspace.file("collaborations/q3-data-sync/meetings"), withDestinationURL: outside.url)
        let linked = try CLI.run(["check", "q3-data-sync"], in: workspace.path)
        #expect(linked.stdout.contains("collaborations/q3-data-sync/meetings:1:1: error: meetings is a symbolic link to"), "\(linked.stdout)")
        #expect(linked.stdout.contains("[unsafe-path]") && !linked.stdout.contains("外部"), "\(linked.stdout)")
    }

    /// fmt lays out meeting files as it does the four records.
    @Test func fmtFormatsMeetings() throws {
        let workspace = try Scratch.workspace()
        try workspace.write(Self.kickoff, try workspace.read(Self.kickoff).replacingOccurrences(of: "host: 周经理", with: "host:    \"周经理\""))
        let check = try CLI.run(["fmt", "--check"], in: workspace.path)
        #expect(check.status == 1 && check.stdout == Self.kickoff + "\n", "\(check.stdout)")
        let fmt = try CLI.run(["fmt"], in: workspace.path)
        let formatted = try workspace.read(Self.kickoff)
        #expect(fmt.status == 0 && formatted.contains("\nhost: 周经理\n"))
    }
}
