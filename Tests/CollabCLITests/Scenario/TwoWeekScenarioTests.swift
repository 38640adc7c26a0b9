import Foundation
import Testing

/// Issue 31's yardstick, on the real binary: "Q1 退款流程优化" run from `define` to `closed` and
/// on past closing, as 客服部's lead runs it — a workspace without examples, the directory by
/// command, the kickoff meeting, seven tasks, daily updates committed once a week, a branch
/// merged by key, reminders in the group, escalation, verification, a retrospective and an
/// improvement after closing, then the metrics. Every step is dated (`COLLAB_TODAY`, git's
/// date variables) and checked when it happens. README's "A collaboration from start to
/// finish" walks through the same steps.
@Suite struct TwoWeekScenarioTests {
    @Test func aCollaborationFromStartToFinish() throws {
        let team = try RefundTeam()
        try Self.setUpTheWorkspace(team)
        try Self.defineTheProblem(team)
        try Self.bringInTheDepartments(team)
        try Self.planAtTheKickoffMeeting(team)
        try Self.executeTheFirstWeek(team)
        try Self.mergeTheTechBranchAndRemind(team)
        try Self.executeTheSecondWeek(team)
        try Self.escalateAndFinish(team)
        let closing = try Self.verifyAndClose(team)
        try Self.keepGoingAfterClosing(team, closedAt: closing)
        try Self.measure(team)
    }

    static let id = RefundTeam.id

    /// 03-03: `init --no-examples`, the directory by command, the drivers and the hook.
    static func setUpTheWorkspace(_ team: RefundTeam) throws {
        try team.must("init", "--no-examples")
        for (department, name) in [("support", "客服部"), ("finance", "财务部"), ("tech", "技术部")] {
            try team.must("dept", "add", department, name)
        }
        let typo = try team.collab("member", "add", "周专员", "--department", "suport")
        #expect(typo.status != 0 && typo.stderr.contains("'support'"), "the department meant: \(typo.stderr)")
        // The liaisons with the email of their git identity (SPEC §18), the others by name.
        for (person, department, email) in [("陈主管", "support", "chen@example.com"), ("周专员", "support", nil),
                                            ("李主管", "finance", "li@example.com"), ("赵会计", "finance", nil),
                                            ("冯主管", "tech", "feng@example.com"), ("钱工程师", "tech", nil)] {
            try team.must(["member", "add", person, "--department", department] + (email.map { ["--email", $0] } ?? []))
        }
        let config = try team.scratch.read("collab.yaml")
        #expect(config.contains("  - id: tech\n    name: 技术部\n    members:\n      - name: 冯主管\n        email: feng@example.com\n      - 钱工程师\n"),
                "\(config)")
        try team.must("setup", "--hook")
        try team.git("add", "-A")
        try team.git("commit", "-q", "-m", "协作工作区")
        #expect(try team.must("check").contains("checked 0 collaborations: 0 errors"))
    }

    /// 03-03: the problem, refused at the gate until it is defined, then `define → initiate`.
    static func defineTheProblem(_ team: RefundTeam) throws {
        try team.must("new", id, "--title", "Q1 退款流程优化", "--lead", "support", "--commit")
        let refused = try team.collab("advance", id, "--lang", "zh")
        #expect(refused.status == 1 && refused.stdout.contains("问题定义缺少现象（phenomenon）"), "\(refused.stdout)\(refused.stderr)")
        try team.must("set", id, "problem.phenomenon=退款平均耗时7天，客户投诉增加", "problem.essence=退款审批链条长，交接无明确时限",
                      "problem.goal.statement=缩短退款处理时长", "problem.goal.metric=平均退款处理天数",
                      "problem.goal.target=≤3天", "problem.goal.due=2025-03-31")
        try team.must("add", id, "problem.impact", "3月第一周退款投诉42起")
        try team.must("add", id, "problem.causes", "department=finance", "cause=退款审批需三级签字")
        #expect(try team.must("advance", id, "--commit").hasPrefix("refund-q1: define → initiate ["))
        #expect(try team.git("log", "-1", "--format=%aI %s") == "2025-03-03T18:00:00+08:00 collab(refund-q1): define → initiate\n",
                "the commit carries git's date variables")
    }

    /// 03-04: the departments with their liaisons, in the words the team uses (牵头, 每日).
    static func bringInTheDepartments(_ team: RefundTeam) throws {
        team.on("2025-03-04")
        try team.must("set", id, "stakeholders.channel=Q1退款优化群", "stakeholders.cadence=每日")
        try team.must("add", id, "stakeholders.departments", "department=support", "role=牵头", "liaison=陈主管", "contact=wecom:chen.zhuguan")
        // A liaison the directory does not list: refused, with the command that adds them.
        let stranger = try team.collab("add", id, "stakeholders.departments", "department=finance", "role=执行", "liaison=王五")
        #expect(stranger.status == 1 && (stranger.stdout + stranger.stderr).contains(
            "'王五' is not a member of department 'finance'; add them to the members of 'finance' in collab.yaml: collab member add 王五 --department finance"), "\(stranger.stdout)\(stranger.stderr)")
        try team.must("add", id, "stakeholders.departments", "department=finance", "role=执行", "liaison=李主管", "contact=wecom:li.zhuguan")
        try team.must("add", id, "stakeholders.departments", "department=tech", "role=执行", "liaison=冯主管", "contact=mobile:13800000000")
        let stakeholders = try team.scratch.read("collaborations/refund-q1/stakeholders.yaml")
        #expect(stakeholders.contains("cadence: daily") && stakeholders.contains("role: lead") && stakeholders.contains("role: execute"),
                "Chinese values stored as the canonical ones: \(stakeholders)")
        #expect(try team.must("advance", id, "--commit").hasPrefix("refund-q1: initiate → plan ["))
    }

    /// 03-05: the kickoff meeting (任务分工会议), its minutes, the seven tasks, `plan → execute`.
    static func planAtTheKickoffMeeting(_ team: RefundTeam) throws {
        team.on("2025-03-05")
        let kickoff = "meetings.2025-03-05-kickoff"
        try team.must("meeting", id, "--topic", "任务分工会议", "--slug", "kickoff", "--commit")
        try team.must("set", id, "\(kickoff).host=陈主管", "\(kickoff).recorder=周专员", "\(kickoff).goal=确定分工与时间表")
        for (department, people) in [("support", "陈主管,周专员"), ("finance", "李主管，赵会计"), ("tech", "冯主管,钱工程师")] {
            let added = try team.must("add", id, "\(kickoff).attendees", "department=\(department)", "people=\(people)")
            let shown = people.replacingOccurrences(of: "，", with: ",").replacingOccurrences(of: ",", with: ", ")
            #expect(added == "refund-q1: \(kickoff).attendees.\(department) + (people [\(shown)])\n", "the item as added: \(added)")
        }
        try team.must("add", id, "\(kickoff).decisions", "text=退款审批由三级改为两级，500元以下由客服直接审批")
        try team.must("set", id, "\(kickoff).distributed=2025-03-05", "\(kickoff).acknowledged=support,finance,tech", "--commit")
        for task in RefundTeam.tasks {
            var fields = ["title=\(task.title)", "owner=\(task.owner)", "department=\(task.department)", "due=\(task.plannedDue)", "deliverable=\(task.deliverable)"]
            if let dependsOn = task.dependsOn { fields.append("depends_on=\(dependsOn)") }
            #expect(try team.must(["add", id, "tasks"] + fields).hasPrefix("refund-q1: tasks.\(task.id) + \(task.title)"))
        }
        #expect(try team.must("advance", id, "--commit").hasPrefix("refund-q1: plan → execute ["))
        let listed = try #require(try team.json("tasks", id)["tasks"] as? [[String: Any]])
        #expect(listed.compactMap { $0["id"] as? String } == ["T1", "T2", "T5", "T4", "T3", "T6", "T7"], "by due date")
    }

    /// 03-06 to 03-10: daily updates as the liaisons report them, committed by the lead once,
    /// on the 10th; a due date moved.
    static func executeTheFirstWeek(_ team: RefundTeam) throws {
        team.on("2025-03-06")
        // Item ids without regard to case, statuses in Chinese.
        #expect(try team.must("update", id, "t1", "流程图与耗时表已发群里", "--status", "完成").contains("tasks.T1.status todo → done"))
        try team.must("update", id, "T2", "初稿已出，待法务看", "--status", "进行中")
        let slashed = try team.collab("update", id, "T5", "开始核对", "--date", "2025/3/6")
        #expect(slashed.status == 2 && slashed.stderr.contains("did you mean '2025-03-06'?"), "\(slashed.stderr)")
        try team.must("update", id, "T5", "开始核对", "--status", "doing")
        team.on("2025-03-07")
        try team.must("update", id, "T2", "法务意见已收")
        try team.must("update", id, "T4", "脚本框架完成", "--status", "doing")
        team.on("2025-03-10")
        try team.must("update", id, "T2", "两级审批规则定稿", "--status", "done")
        try team.must("update", id, "T5", "对账口径已确认", "--status", "done")
        try team.must("set", id, "tasks.T4.due=\(RefundTeam.task("T4").due)")
        try team.must("update", id, "T3", "开始改造审批节点", "--status", "doing")
        try team.must("update", id, "T6", "FAQ初稿", "--status", "doing")
        try team.git("commit", "-q", "-a", "-m", "第一周进度")
        let diff = try team.must("diff", "HEAD~1", "HEAD")
        #expect(diff.contains("~ tasks.T4.due (退款明细自动核对脚本): 2025-03-11 → 2025-03-13"), "a review names the task: \(diff)")
    }

    /// 03-11: 技术部 works on a branch while the lead updates main; git merges tasks.yaml by key
    /// through collab. The group's reminder that day, as WeCom and Feishu show it.
    static func mergeTheTechBranchAndRemind(_ team: RefundTeam) throws {
        team.on("2025-03-11")
        try team.git("checkout", "-q", "-b", "tech")
        try team.must("update", id, "T3", "等待财务确认审批阈值", "--status", "受阻", "--commit")
        try team.must("update", id, "T4", "核对脚本联调中", "--commit")
        try team.git("checkout", "-q", "main")
        try team.must("update", id, "T6", "FAQ已交客服主管审阅", "--commit")
        try team.git("merge", "-q", "--no-edit", "tech")
        let tasks = try team.scratch.read(RefundTeam.tasksFile)
        #expect(["等待财务确认审批阈值", "核对脚本联调中", "FAQ已交客服主管审阅"].allSatisfy(tasks.contains), "both sides kept: \(tasks)")
        #expect(try team.must("check").contains("0 errors"))

        let text = try team.must("remind", "--lang", "zh")
        #expect(text.contains("refund-q1 T7 试运行与数据回收：有延误风险：前置任务 T3 受阻"), "dependants at risk: \(text)")
        let wecom = try Self.content(try team.must("remind", "--format", "wecom", "--lang", "zh"))
        let message = try #require((wecom["text"] as? [String: Any])?["content"] as? String)
        #expect(message.contains("【技术部】") && message.contains("· Q1 退款流程优化 · T3 退款系统审批节点改造"), "names, not ids: \(message)")
        #expect(message.components(separatedBy: "沟通群：").count == 2, "one channel line: \(message)")
        #expect(message.components(separatedBy: "等待财务确认审批阈值").count == 2, "the blocked reason once: \(message)")
        #expect(!message.contains("13800000000"), "a phone number is a mention, never text: \(message)")
        #expect((wecom["text"] as? [String: Any])?["mentioned_mobile_list"] as? [String] == ["13800000000"])
        let feishu = try team.must("remind", "--format", "feishu", "--lang", "zh")
        #expect(feishu.contains("冯主管") && !feishu.contains("13800000000"), "Feishu cannot mention by phone: the name alone")
    }

    /// 03-12 to 03-14: the second week; one file comes back from Windows Notepad (BOM, CRLF).
    static func executeTheSecondWeek(_ team: RefundTeam) throws {
        team.on("2025-03-12")
        try team.must("update", id, "T6", "新版FAQ已发布", "--status", "done")
        team.on("2025-03-13")
        try team.must("update", id, "T4", "核对脚本已上线", "--status", "done")
        try team.must("update", id, "T3", "阈值已确认为500元，继续改造", "--status", "doing")
        team.on("2025-03-14")
        try team.must("update", id, "T7", "准备试运行名单", "--status", "doing")
        let saved = try team.scratch.read(RefundTeam.tasksFile)
        try team.scratch.write(RefundTeam.tasksFile, "\u{FEFF}" + saved.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(try team.collab("check").status == 0, "check takes a Notepad file")
        let commit = try team.gitResult(["commit", "-q", "-a", "-m", "第二周进度"])
        #expect(commit.status == 0, "and so does the hook: \(commit.stdout)\(commit.stderr)")
        #expect(commit.stderr.contains("removed the BOM") || commit.stderr.contains("remove the BOM"), "the hook says what fmt would change: \(commit.stderr)")
        #expect(try team.must("fmt").contains("formatted \(RefundTeam.tasksFile): removed the BOM and turned CRLF line ends into LF"))
        #expect(try team.scratch.read(RefundTeam.tasksFile) == saved)
        try team.git("commit", "-q", "-a", "-m", "fmt")
    }

    /// 03-17: T3 is overdue by three working days, so the lead department sees it (逾期上报);
    /// 03-18 and 03-19: the last tasks are done, `execute → verify`.
    static func escalateAndFinish(_ team: RefundTeam) throws {
        team.on("2025-03-17")
        let remind = try team.must("remind", "--lang", "zh")
        let lead = try #require(remind.range(of: "客服部（support）"), "\(remind)")
        #expect(remind[lead.upperBound...].contains("逾期上报：逾期 3 个工作日（技术部 冯主管） · refund-q1 T3 退款系统审批节点改造"), "\(remind)")
        let refused = try team.collab("advance", id)
        #expect(refused.status == 1, "open tasks hold the gate")
        team.on("2025-03-18")
        try team.must("update", id, "T3", "审批节点改造已上线", "--status", "done")
        team.on("2025-03-19")
        try team.must("update", id, "T7", "试运行一周，平均退款2.6天", "--status", "done")
        #expect(try team.must("advance", id, "--commit").hasPrefix("refund-q1: execute → verify ["))
        let late = try team.must("tasks", id, "--lang", "zh")
        #expect(late.contains("逾期 6 天完成") && late.contains("逾期 5 天完成"), "T3 and T7 done late: \(late)")
    }

    /// 03-20: the effect verified, every department's feedback, the lessons, `verify → closed`.
    /// Returns the closing commit.
    static func verifyAndClose(_ team: RefundTeam) throws -> String {
        team.on("2025-03-20")
        try team.must("set", id, "feedback.verification.conclusion=已解决", "feedback.verification.date=2025-03-20",
                      "feedback.verification.evidence=试运行一周平均退款2.6天，投诉降至9起")
        let missing = try team.collab("advance", id)
        #expect(missing.status == 1 && missing.stdout.components(separatedBy: "[response-missing]").count == 4, "\(missing.stdout)")
        for (department, liaison) in [("support", "陈主管"), ("finance", "李主管"), ("tech", "冯主管")] {
            try team.must("add", id, "feedback.responses", "department=\(department)", "by=\(liaison)", "comment=同意结论")
        }
        try team.must("add", id, "feedback.practices", "每日在群内同步进度")
        try team.must("add", id, "feedback.improvements", "point=跨部门流程修订时需增加法务部预审", "owner=李主管", "due=2025-03-28")
        try team.must("add", id, "feedback.norm_updates", "norm=退款审批制度改为两级审批", "owner=李主管", "due=2025-04-04")
        #expect(try team.must("advance", id, "--commit").hasPrefix("refund-q1: verify → closed ["))
        return try team.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// 03-24 to 04-03: the retrospective, the improvement and the norm update after closing, and
    /// nothing else.
    static func keepGoingAfterClosing(_ team: RefundTeam, closedAt closing: String) throws {
        team.on("2025-03-24")
        let retro = "meetings.2025-03-24-retro"
        try team.must("meeting", id, "--topic", "复盘会", "--slug", "retro")
        #expect(try team.scratch.read("collaborations/refund-q1/meetings/2025-03-24-retro.yaml").contains("\nscenario: retrospective\n"))
        try team.must("set", id, "\(retro).host=陈主管", "\(retro).recorder=周专员", "\(retro).goal=总结经验",
                      "\(retro).distributed=2025-03-24", "\(retro).acknowledged=support,finance,tech")
        for (department, people) in [("support", "陈主管"), ("finance", "李主管"), ("tech", "冯主管")] {
            try team.must("add", id, "\(retro).attendees", "department=\(department)", "people=\(people)", "--commit")
        }
        let retrospective = try team.collab("check", "--base", closing)
        #expect(retrospective.status == 0 && !retrospective.stdout.contains("closed-modified"), "\(retrospective.stdout)")
        // Anything else is history rewritten.
        try team.must("set", id, "tasks.T2.note=事后补记")
        let rewritten = try team.collab("check", "--base", closing)
        #expect(rewritten.status == 1 && rewritten.stdout.contains("[closed-modified]"), "\(rewritten.stdout)")
        try team.git("checkout", "--", RefundTeam.tasksFile)

        team.on("2025-03-31")
        let reminded = try team.must("remind", "--lang", "zh")
        #expect(reminded.contains("财务部（finance）") && reminded.contains("待改进点 跨部门流程修订时需增加法务部预审：已逾期 3 天（截止 2025-03-28）"), "\(reminded)")
        #expect(try team.must("status", id).contains("closed; 1 improvement open, 1 overdue; 1 norm update open"))
        #expect(try team.must("tasks", id).contains("norm update #1"), "the norm update is followed too")
        team.on("2025-04-02")
        let improvement = "feedback.improvements.跨部门流程修订时需增加法务部预审"
        try team.must("set", id, "\(improvement).done=2025-04-02", "\(improvement).note=法务预审已写入流程规范", "--commit")
        try team.must("set", id, "feedback.norm_updates.退款审批制度改为两级审批.done=2025-04-02", "--commit")
        let followUp = try team.collab("check", "--base", closing)
        #expect(followUp.status == 0 && !followUp.stdout.contains("closed-modified"), "\(followUp.stdout)")
        team.on("2025-04-03")
        #expect(!(try team.must("remind")).contains("refund-q1"), "nothing left to remind")
    }

    /// 04-03: each department's on-time figures are what its records say — T1 was done on the
    /// 6th though committed on the 10th — and 技术部's moved due date is counted.
    static func measure(_ team: RefundTeam) throws {
        let t1Commit = try team.git("log", "-1", "--format=%as", "-S", "流程图与耗时表已发群里", "--", RefundTeam.tasksFile)
        #expect(t1Commit == "2025-03-10\n", "the week's updates went in on the 10th")
        let metrics = try team.json("metrics")
        let departments = try #require(metrics["departments"] as? [[String: Any]])
        for department in ["support", "finance", "tech"] {
            let planned = RefundTeam.tasks.filter { $0.department == department }
            let row = try #require(departments.first { $0["department"] as? String == department })
            #expect(row["on_time"] as? Int == planned.filter { !$0.late }.count, "\(department): \(row)")
            #expect(row["late"] as? Int == planned.filter(\.late).count, "\(department): \(row)")
            #expect(row["done_date_from"] as? [String: Int] == ["record": planned.count, "commit": 0], "\(department): \(row)")
            let moves = planned.filter { $0.due != $0.plannedDue }
            #expect(row["due_moves"] as? Int == moves.count, "\(department): \(row)")
        }
        let text = try team.must("metrics", "--lang", "zh")
        for title in ["每周吞吐量（关闭的协作数）", "每月吞吐量（关闭的协作数）", "各部门任务"] {
            #expect(text.components(separatedBy: title).count == 2, "\(title) once: \(text)")
        }
        let log = try team.must("log", id)
        for (stage, day) in [("initiate", "2025-03-03"), ("plan", "2025-03-04"), ("execute", "2025-03-05"), ("verify", "2025-03-19"), ("closed", "2025-03-20")] {
            #expect(log.contains(day) && log.contains(stage), "\(stage) on \(day): \(log)")
        }
    }

    /// The JSON a chat robot receives.
    static func content(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
