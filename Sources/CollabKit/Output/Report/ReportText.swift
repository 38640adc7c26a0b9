/// The headings, labels and sentences of `collab report` (Markdown, HTML and the charts), in
/// both languages side by side. Record text, ids, enum values and dates are never translated.
enum ReportText {
    static let problem = Message(en: "Problem", zh: "问题")
    static let phenomenon = Message(en: "Phenomenon", zh: "现象")
    static let essence = Message(en: "Essence", zh: "本质")
    static let impact = Message(en: "Impact", zh: "影响范围")
    static let causes = Message(en: "Suspected causes", zh: "初步归因")
    static let goal = Message(en: "Goal", zh: "目标")
    static let metric = Message(en: "metric", zh: "衡量指标")
    static let target = Message(en: "target", zh: "目标值")

    static let stakeholders = Message(en: "Stakeholders", zh: "干系人")
    static let department = Message(en: "Department", zh: "部门")
    static let role = Message(en: "Role", zh: "角色")
    static let liaison = Message(en: "Liaison", zh: "对接人")
    static let channel = Message(en: "Channel", zh: "沟通群")

    static let tasks = Message(en: "Tasks", zh: "任务")
    static let id = Message(en: "Id", zh: "编号")
    static let task = Message(en: "Task", zh: "任务")
    static let owner = Message(en: "Owner", zh: "负责人")
    static let due = Message(en: "Due", zh: "截止日期")
    static let status = Message(en: "Status", zh: "状态")
    static let latestProgress = Message(en: "Latest progress", zh: "最新进展")
    static let deliverable = Message(en: "Deliverable", zh: "交付物")
    static let overdue = Message(en: "overdue", zh: "逾期")
    static let gantt = Message(en: "Timeline", zh: "任务甘特图")
    static let today = Message(en: "today", zh: "今天")

    static let meetings = Message(en: "Meetings", zh: "沟通记录")
    static let noMeetings = Message(en: "No meetings recorded.", zh: "还没有沟通记录。")
    static let host = Message(en: "Host", zh: "主持人")
    static let recorder = Message(en: "Recorder", zh: "记录人")
    static let attendees = Message(en: "Attendees", zh: "参与部门及人员")
    static let meetingGoal = Message(en: "Goal", zh: "沟通目标")
    static let agenda = Message(en: "Agenda", zh: "议程")
    static let decisions = Message(en: "Decisions", zh: "决议事项")
    static let actions = Message(en: "Action items", zh: "待办事项")
    static let action = Message(en: "Action", zh: "待办事项")
    static let linkedTask = Message(en: "Task", zh: "对应任务")
    static let meeting = Message(en: "meeting", zh: "沟通")
    static func distributed(_ date: String) -> Message { Message(en: "minutes distributed \(date)", zh: "纪要于 \(date) 分发") }
    static let notDistributed = Message(en: "minutes not distributed", zh: "纪要尚未分发")
    static func acknowledged(_ departments: String) -> Message { Message(en: "acknowledged by \(departments)", zh: "已确认接收：\(departments)") }

    static let stageHistory = Message(en: "Stage history", zh: "阶段时间线")
    static let stages = Message(en: "Stages", zh: "阶段")
    static let date = Message(en: "Date", zh: "日期")
    static let move = Message(en: "From → To", zh: "阶段变化")
    static let author = Message(en: "Author", zh: "提交人")
    static let commit = Message(en: "Commit", zh: "提交")
    static let newStage = Message(en: "new", zh: "新建")
    static let removedStage = Message(en: "removed", zh: "已删除")
    static let planChanges = Message(en: "⚠️ Goal and due changes after plan", zh: "⚠️ 计划之后对目标和截止日期的改动")
    static let planChangesIntro = Message(en: "Made while the stage was execute or later: a reviewer should have confirmed each.",
                                          zh: "以下改动发生在 execute 或之后的阶段，每一处都应经评审人确认。")
    static let changedValue = Message(en: "Changed", zh: "改动项")
    static let oldToNew = Message(en: "Old → New", zh: "原值 → 新值")
    static let none = Message(en: "(none)", zh: "（无）")
    static let noStageChange = Message(en: "No stage change in the history of HEAD yet.", zh: "HEAD 的历史中还没有阶段变化。")
    static let notInGit = Message(en: "Not in a git repository: no stage history.", zh: "不在 git 仓库中，没有阶段历史。")

    static let feedback = Message(en: "Feedback", zh: "反馈与改进")
    static let noFeedback = Message(en: "No feedback yet.", zh: "还没有反馈。")
    static let verification = Message(en: "Verification", zh: "效果验证")
    static let by = Message(en: "By", zh: "反馈人")
    static let comment = Message(en: "Comment", zh: "反馈意见")
    static let practices = Message(en: "Practices", zh: "有效做法")
    /// The heading of a kind of follow-up's table: "Improvements", "Norm updates".
    static func followUps(_ kind: FollowUp.Kind) -> Message {
        switch kind {
        case .improvement: return Message(en: "Improvements", zh: "待改进点")
        case .normUpdate: return Message(en: "Norm updates", zh: "规范更新")
        }
    }
    /// The column of what is to be done: "Improvement", "Norm".
    static func followUpSubject(_ kind: FollowUp.Kind) -> Message {
        switch kind {
        case .improvement: return Message(en: "Improvement", zh: "改进内容")
        case .normUpdate: return Message(en: "Norm", zh: "规范")
        }
    }

    static func stage(_ stage: String) -> Message { Message(en: "stage \(stage)", zh: "阶段 \(stage)") }
    static func opened(_ date: String) -> Message { Message(en: "opened \(date)", zh: "提出于 \(date)") }
    static func lead(_ department: String) -> Message { Message(en: "lead \(department)", zh: "牵头部门 \(department)") }
    static func dueOn(_ date: String) -> Message { Message(en: "due \(date)", zh: "截止 \(date)") }
    static func fromStage(_ stage: String) -> Message { Message(en: "from \(stage)", zh: "自 \(stage)") }
    static func chartLabel(_ title: String) -> Message { Message(en: "Task timeline of \(title)", zh: "「\(title)」的任务时间线") }
    static func generated(_ id: String, on day: String) -> Message {
        Message(en: "Generated by collab report on \(day) from \(WorkspaceLayout.collaborationFolder(id))/.",
                zh: "由 collab report 于 \(day) 根据 \(WorkspaceLayout.collaborationFolder(id))/ 生成。")
    }

    static let overview = Message(en: "collaborations", zh: "协作总览")
    static let title = Message(en: "Title", zh: "标题")
    static let stageColumn = Message(en: "Stage", zh: "阶段")
    static let leadColumn = Message(en: "Lead", zh: "牵头部门")
    static let overdueColumn = Message(en: "Overdue", zh: "逾期")
    static let nextDue = Message(en: "Next due", zh: "最近截止")
    static let nextGate = Message(en: "Next gate", zh: "下一关口")
    static func collaborations(_ count: Int) -> Message {
        Message(en: count == 1 ? "1 collaboration" : "\(count) collaborations", zh: "\(count) 个协作")
    }
    static func generatedIndex(on day: String) -> Message {
        Message(en: "Generated by collab report --all on \(day).", zh: "由 collab report --all 于 \(day) 生成。")
    }

    /// How a task's status is shown next to its colour: the value as written, and in Chinese
    /// also what it means (`doing 进行中`).
    static func status(_ status: TaskStatus) -> Message {
        Message(en: status.rawValue, zh: "\(status.rawValue) \(status.chineseNames[0])")
    }
}
