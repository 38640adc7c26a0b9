/// The shape of each file kind: keys, value kinds, enums and bilingual descriptions. The
/// record decoders take their allowed keys from here and `collab schema` renders it as JSON
/// Schema, so what editors check and what `collab check` checks are one definition.
public struct RecordSchema: Sendable {
    public indirect enum Kind: Sendable {
        case text
        case date
        case enumeration([String])
        /// Text matching a pattern (ids), with the pattern as a regular expression.
        case pattern(String)
        /// A whole number of days, 0…3650.
        case days
        /// The format version: 1.
        case version
        case textList
        case list(RecordSchema)
        case object(RecordSchema)
    }

    public struct Field: Sendable {
        public let key: String
        public let kind: Kind
        public let required: Bool
        public let title: String
        public let description: String
    }

    public let fields: [Field]
    /// For the items of a list: the field that identifies an item (a task's `id`, a
    /// department's `department`); diffs, edit paths and merges match items by it. nil: the
    /// items of the list are matched as a sequence.
    public let itemKey: String?
    /// For lists whose items are numbered (tasks `T1`, decisions `D1`, actions `A1`): the
    /// letter of their ids; `collab add` gives the next free one.
    public let idPrefix: String?
    /// For numbered items: the fields that tell one item from another whatever its id (a
    /// task's title, owner and department). The merge driver follows an item renumbered or
    /// replaced on one side by them (docs/reference.md §12, identity before ids).
    public let identity: [String]
    /// For numbered items: the fields that hold ids of other items of the same list (a task's
    /// `depends_on`); when the merge gives an item a new id, they follow it.
    public let references: [String]

    /// For a file whose top level is one list (tasks.yaml's `tasks`): its key. Edit paths and
    /// diffs name the list as the file itself (`tasks.T2.due`, not `tasks.tasks.T2.due`).
    public let listAtTop: String?

    /// For keyed lists whose items may be written as the value of their item key alone (a
    /// directory member `陈工` stands for `{name: 陈工}`; SPEC §18): the decoder, the JSON
    /// Schema (`oneOf` text or mapping), diffs, edit paths and merges read a bare text as such
    /// an item.
    public let bareItems: Bool

    public var keys: [String] { fields.map(\.key) }

    /// The keys that must be present with a value (`missing-key`), in the schema's order.
    public var requiredKeys: [String] { fields.filter(\.required).map(\.key) }

    /// The schema of the list items or object under `key` (empty when `key` holds text).
    public func nested(_ key: String) -> RecordSchema { kind(key)?.inner ?? RecordSchema([]) }

    /// The kind of the value under `key`; nil for a key the schema does not have.
    public func kind(_ key: String) -> Kind? { fields.first { $0.key == key }?.kind }

    init(_ fields: [Field], itemKey: String? = nil, idPrefix: String? = nil, identity: [String] = [], references: [String] = [],
         listAtTop: String? = nil, bareItems: Bool = false) {
        self.fields = fields
        self.bareItems = bareItems
        self.listAtTop = listAtTop
        self.itemKey = itemKey
        self.idPrefix = idPrefix
        self.identity = identity
        self.references = references
    }
}

extension RecordSchema.Kind {
    /// The schema of the mapping it is, or of its list's items; nil for a text or a list of
    /// texts.
    public var inner: RecordSchema? {
        switch self {
        case .object(let schema), .list(let schema): return schema
        case .text, .date, .enumeration, .pattern, .days, .version, .textList: return nil
        }
    }

    /// The kind of its items when it is a list; nil for anything else.
    public var itemKind: RecordSchema.Kind? {
        switch self {
        case .list(let items): return .object(items)
        case .textList: return .text
        case .text, .date, .enumeration, .pattern, .days, .version, .object: return nil
        }
    }
}

/// Shorthands for the definitions below: a field is `key`, its kind, "English. 中文。" title
/// and description.
private func field(_ key: String, _ kind: RecordSchema.Kind, required: Bool = false, _ title: String, _ description: String) -> RecordSchema.Field {
    RecordSchema.Field(key: key, kind: kind, required: required, title: title, description: description)
}

private func values<E: RecordEnum>(_ type: E.Type) -> RecordSchema.Kind { .enumeration(E.allCases.map(\.rawValue)) }

/// The ids of a meeting's numbered items: the letter of their list, then digits (`D1`, `A12`).
private func numberedID(_ prefix: String) -> RecordSchema.Kind { .pattern("^\(prefix)[0-9]+$") }
private let decisionPrefix = "D", actionPrefix = "A"

extension RecordSchema {
    /// The schema of a collaboration's record file.
    public static func of(_ file: RecordFile) -> RecordSchema { file.kind.schema }

    /// The file kinds, by the name `collab schema` takes.
    public static let kinds = RecordKind.allCases

    public static let workspace = RecordSchema([
        field("version", .version, required: true, "Format version / 格式版本", "Always 1. 固定为 1。"),
        field("name", .text, "Workspace name / 工作区名称", "Shown in reports. 显示在报告中。"),
        field("departments", .list(RecordSchema([
            field("id", .pattern("^[a-z0-9][a-z0-9-]*$"), "Department id / 部门标识", "a-z, 0-9 and '-', as stakeholders and tasks name it. 小写字母、数字和连字符。"),
            field("name", .text, "Department name / 部门名称", "The department's name, e.g. 财务部. 部门全称。"),
            field("members", .list(RecordSchema([
                field("name", .text, required: true, "Name / 姓名", "The person's name, as tasks name their owner. 姓名，与任务负责人的写法一致。"),
                field("email", .pattern("^[^@\\s]+@[^@\\s]+$"), "Email / 邮箱", "Their git identity's email (user.email), e.g. chen@example.com. 其 git 身份的邮箱（user.email）。"),
            ], itemKey: "name", bareItems: true)), "Members / 成员",
                  "People who may own tasks for this department: a name, or {name, email}. 可负责本部门任务的人员：姓名，或 {name, email}。"),
        ], itemKey: "id")), "Department directory / 部门目录", "Every department collaborations may involve. 协作可能涉及的所有部门。"),
        field("settings", .object(RecordSchema([
            field("due_soon_days", .days, "Due-soon window / 临近截止提醒天数", "task-due-soon fires this many working days before a due date. 截止前多少个工作日提醒。"),
            field("stale_update_days", .days, "Stale after / 进展停滞天数", "task-stale fires when a doing or blocked task has no update for more working days. 进行中或受阻任务多少个工作日无更新即提醒。"),
            field("escalate_after_days", .days, "Escalate after / 逾期上报天数", "collab remind also lists a task overdue by more working days under the lead department (逾期上报). 任务逾期超过多少个工作日即同时列在牵头部门下（逾期上报）。"),
        ])), "Settings / 设置", "Reminder windows, in working days. 提醒天数（按工作日计）。"),
        field("calendar", .object(RecordSchema([
            field("workdays", .textList, "Working weekdays / 工作日", "mon, tue, wed, thu, fri, sat, sun; default mon to fri. 每周的工作日，默认周一至周五。"),
            field("holidays", .textList, "Holidays / 节假日", "Days off, YYYY-MM-DD. 放假的日期。"),
            field("extra_workdays", .textList, "Make-up workdays / 调休上班日", "Days off by weekday that are working days (调休), YYYY-MM-DD. 调休上班的日期。"),
        ])), "Working calendar / 工作日历", "Which days are working days for due_soon_days, stale_update_days and reminders; default Monday to Friday. 计算提醒天数所用的工作日，默认周一至周五。"),
    ])

    public static let problem = RecordSchema([
        field("title", .text, required: true, "Title / 问题标题", "One line naming the problem (required). 一句话说明问题（必填）。"),
        field("stage", values(Stage.self), required: true, "Stage / 阶段", "define → initiate → plan → execute → verify → closed; move on with collab advance. 用 collab advance 推进。"),
        field("opened", .date, required: true, "Opened / 提出日期", "The day the problem was raised, YYYY-MM-DD (required). 提出日期（必填）。"),
        field("scenario", values(Scenario.self), "Scenario / 场景", "kickoff, resource, issue, progress or retrospective. 项目启动/资源协调/问题解决/进度同步/成果复盘。"),
        field("reporter", .text, "Reporter / 提出人", "Who raised it. 提出人。"),
        field("background", .text, "Background / 背景", "Background, reason and necessity. 背景、原因及必要性。"),
        field("phenomenon", .text, "Phenomenon / 现象", "What is observed. 观察到的情况。"),
        field("essence", .text, "Essence / 本质", "The underlying problem. 根本问题。"),
        field("impact", .textList, "Impact / 影响范围", "Who and what is affected, quantified where possible. 影响范围，尽量量化。"),
        field("causes", .list(RecordSchema([
            field("department", .text, "Department / 部门", "The department id of a suspected cause. 初步归因部门。"),
            field("cause", .text, "Cause / 原因", "What in that department may cause it. 可能的原因。"),
        ], itemKey: "department")), "Suspected causes / 初步归因", "Departments suspected to cause the problem, each with its cause. 初步归因部门及原因。"),
        field("goal", .object(RecordSchema([
            field("statement", .text, "Statement / 目标陈述", "What will be true when solved. 解决后的状态。"),
            field("metric", .text, "Metric / 衡量指标", "How success is measured. 如何衡量。"),
            field("target", .text, "Target / 目标值", "The value the metric must reach. 指标目标值。"),
            field("due", .date, "Due / 截止日期", "By when, YYYY-MM-DD. 完成日期。"),
        ])), "SMART goal / SMART 目标", "Specific, measurable, achievable, relevant, time-bound. 具体、可衡量、可实现、相关、有时限。"),
        field("deliverables", .textList, "Deliverables / 交付物", "What the collaboration hands over. 交付成果。"),
        field("acceptance", .textList, "Acceptance criteria / 验收标准", "How the result is accepted. 验收标准。"),
    ])

    public static let stakeholders = RecordSchema([
        field("lead", .text, "Lead department / 牵头部门", "The department id that leads (listed with role lead). 牵头部门标识。"),
        field("channel", .text, "Shared channel / 协作群", "Where the departments talk, e.g. a group chat. 共享沟通渠道。"),
        field("cadence", values(Cadence.self), "Cadence / 同步频率", "daily, weekly or adhoc. 每日/每周/按需。"),
        field("departments", .list(RecordSchema([
            field("department", .text, "Department / 部门", "A department id of the directory in collab.yaml. 部门标识。"),
            field("role", values(Role.self), "Role / 角色", "lead, decision, execute, support or informed. 牵头/决策/执行/支持/知会。"),
            field("liaison", .text, "Liaison / 对接人", "The one person who speaks for the department. 部门对接人。"),
            field("contact", .text, "Contact / 联系方式", "How to reach the liaison. 联系方式。"),
        ], itemKey: "department")), "Departments / 参与部门", "Each involved department with its role and liaison. 参与部门、角色与对接人。"),
        field("people", .list(RecordSchema([
            field("name", .text, "Name / 姓名", "A person who may own tasks. 人员姓名。"),
            field("department", .text, "Department / 部门", "Their department id. 所属部门。"),
            field("contact", .text, "Contact / 联系方式", "How to reach them. 联系方式。"),
        ], itemKey: "name")), "People / 人员", "People outside the directory's members who own tasks. 目录之外的任务负责人。"),
    ])

    public static let tasks = RecordSchema([
        field("tasks", .list(RecordSchema([
            field("id", .pattern("^[A-Za-z][A-Za-z0-9_-]*$"), "Task id / 任务编号", "A letter, then letters, digits, '_' or '-', e.g. T1. 任务编号。"),
            field("title", .text, "Task / 任务", "What is to be done. 任务内容。"),
            field("owner", .text, "Owner / 负责人", "One person of the task's department. 负责人。"),
            field("department", .text, "Department / 部门", "The department id doing it. 执行部门。"),
            field("start", .date, "Start / 开始日期", "YYYY-MM-DD. 开始日期。"),
            field("due", .date, "Due / 截止日期", "YYYY-MM-DD. 截止日期。"),
            field("deliverable", .text, "Deliverable / 交付物", "What proves it done. 交付成果。"),
            field("status", values(TaskStatus.self), "Status / 状态", "todo, doing, blocked, done or dropped. 待办/进行中/受阻/完成/取消。"),
            field("depends_on", .textList, "Depends on / 前置任务", "Ids of tasks that must finish first. 前置任务编号。"),
            field("note", .text, "Note / 备注", "Why blocked or dropped. 受阻或取消的原因。"),
            field("updates", .list(RecordSchema([
                field("date", .date, "Date / 日期", "YYYY-MM-DD. 日期。"),
                field("by", .text, "By / 更新人", "Who reports. 更新人。"),
                field("note", .text, "Progress / 进展", "What happened. 进展说明。"),
                field("status", values(TaskStatus.self), "Status set / 所设状态", "The status this update set (collab update --status); the update that set done dates the task's completion. 本次更新设置的状态；设为完成的那次更新的日期即任务完成日期。"),
            ])), "Updates / 进展记录", "Daily tracking, newest last. 每日跟进记录。"),
        ], itemKey: "id", idPrefix: "T", identity: ["title", "owner", "department"], references: ["depends_on"])), "Tasks / 任务", "Planned together: owner, due date and deliverable for each. 任务清单。"),
    ], listAtTop: "tasks")

    public static let feedback = RecordSchema([
        field("verification", .object(RecordSchema([
            field("conclusion", values(Conclusion.self), "Conclusion / 结论", "resolved, partial or unresolved. 已解决/部分解决/未解决。"),
            field("date", .date, "Date / 验证日期", "YYYY-MM-DD. 验证日期。"),
            field("evidence", .text, "Evidence / 依据", "Data or facts behind the conclusion. 验证依据。"),
        ])), "Verification / 效果验证", "Did the goal's metric reach its target? 目标是否达成。"),
        field("responses", .list(RecordSchema([
            field("department", .text, "Department / 部门", "A participating department id. 部门标识。"),
            field("by", .text, "By / 反馈人", "Who answers for it. 反馈人。"),
            field("comment", .text, "Comment / 反馈", "Its view of the outcome. 反馈意见。"),
        ], itemKey: "department")), "Responses / 各部门反馈", "One per participating department. 每个参与部门一条。"),
        field("practices", .textList, "Practices / 有效做法", "What worked and should be kept. 值得保留的做法。"),
        field("improvements", .list(RecordSchema([
            field("point", .text, "Improvement / 改进点", "What to do better. 改进内容。"),
            field("owner", .text, "Owner / 负责人", "Who does it. 负责人。"),
        ] + followUpProgress, itemKey: "point")), "Improvements / 改进项", "Each with owner and due date. 改进项及负责人、期限。"),
        field("shared_via", .textList, "Shared via / 分享渠道", "Where the lessons were shared. 经验分享渠道。"),
        field("norm_updates", .list(RecordSchema([
            field("norm", .text, "Norm / 规范", "The rule or process to update. 需更新的制度或流程。"),
            field("owner", .text, "Owner / 负责人", "Who updates and maintains it. 负责人。"),
        ] + followUpProgress, itemKey: "norm")), "Norm updates / 规范更新", "Rules or processes revised because of the lessons; one with owner and due is tracked until done, also after closing. 据经验更新的规范；写明负责人和截止日期的会跟进至完成，协作关闭后也是。"),
    ])

    /// The keys an improvement and a norm update share (`FollowUp`): tracked after closing
    /// until done, with progress that a closed collaboration may still receive.
    private static let followUpProgress = [
        field("due", .date, "Due / 截止日期", "YYYY-MM-DD. 截止日期。"),
        field("done", .date, "Done / 完成日期", "The day it was done; until then collab remind reminds it, also after closing. 完成日期；未完成前即使协作已关闭也会提醒。"),
        field("note", .text, "Note / 进展", "Progress, also after closing. 进展说明，协作关闭后也可填写。"),
    ]

    public static let meeting = RecordSchema([
        field("topic", .text, required: true, "Topic / 沟通主题", "What the meeting is about (required), e.g. 需求对齐会. 沟通主题（必填）。"),
        field("date", .date, required: true, "Date / 沟通日期", "YYYY-MM-DD, the date of the file name (required). 与文件名中的日期一致（必填）。"),
        field("time", .text, "Time / 沟通时间", "e.g. \"14:00-15:00\". 如 14:00-15:00。"),
        field("scenario", values(Scenario.self), "Scenario / 场景", "kickoff, resource, issue, progress or retrospective. 项目启动/资源协调/问题解决/进度同步/成果复盘。"),
        field("channel", .text, "Place or channel / 沟通地点/线上渠道", "Meeting room, video call or group chat. 会议室、视频会议或群聊。"),
        field("host", .text, "Host / 主持人", "Who leads the meeting. 主持人。"),
        field("recorder", .text, "Recorder / 记录人", "Who writes and distributes the minutes. 记录人。"),
        field("goal", .text, "Goal / 沟通目标", "What the meeting must settle. 沟通目标。"),
        field("attendees", .list(RecordSchema([
            field("department", .text, "Department / 部门", "A stakeholder department id. 参与部门标识。"),
            field("people", .textList, "People / 人员", "Who attended for it. 参会人员。"),
        ], itemKey: "department")), "Attendees / 参与部门及人员", "Each department that attended, with its people. 参与部门及人员。"),
        field("agenda", .textList, "Agenda / 议程", "The items to discuss. 议程。"),
        field("decisions", .list(RecordSchema([
            field("id", numberedID(decisionPrefix), "Decision id / 决议编号", "D1, D2, … unique in the file. 决议编号。"),
            field("text", .text, "Decision / 决议事项", "What was agreed. 决议内容。"),
        ], itemKey: "id", idPrefix: decisionPrefix, identity: ["text"])), "Decisions / 决议事项", "What the meeting agreed. 会议决议。"),
        field("actions", .list(RecordSchema([
            field("id", numberedID(actionPrefix), "Action id / 待办编号", "A1, A2, … unique in the file. 待办编号。"),
            field("text", .text, "Action / 待办事项", "What is to be done. 待办内容。"),
            field("owner", .text, "Owner / 负责人", "One person of the action's department. 负责人。"),
            field("department", .text, "Department / 部门", "The department id doing it. 执行部门。"),
            field("due", .date, "Due / 完成时限", "YYYY-MM-DD. 完成时限。"),
            field("task", .text, "Task / 对应任务", "The id of the task of tasks.yaml that carries it; its status is the task's. 对应的任务编号，状态以任务为准。"),
            field("status", values(ActionStatus.self), "Status / 状态", "For an action without task: todo, doing, done or dropped. 未关联任务时填写：待办/进行中/完成/取消。"),
        ], itemKey: "id", idPrefix: actionPrefix, identity: ["text", "owner", "department"])), "Action items / 待办事项", "Each with owner, department and due date. 待办事项及负责人、完成时限。"),
        field("distributed", .date, "Minutes distributed / 纪要分发日期", "When the minutes reached every attendee: within a day of the meeting. 会后24小时内同步至所有参会人员。"),
        field("acknowledged", .textList, "Acknowledged by / 确认接收部门", "Department ids that confirmed receipt. 已确认接收纪要的部门。"),
    ])
}
