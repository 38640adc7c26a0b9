/// Every rule collab reports; raw values are the stable ids of docs/reference.md §4.
public enum RuleID: String, CaseIterable, Sendable, Codable {
    case syntax
    case unsupportedYAML = "unsupported-yaml"
    case encoding
    case duplicateKey = "duplicate-key"
    case unknownKey = "unknown-key"
    case type
    case invalidValue = "invalid-value"
    case invalidDate = "invalid-date"
    case missingFile = "missing-file"
    case missingKey = "missing-key"
    case unsafePath = "unsafe-path"
    case notACollaboration = "not-a-collaboration"
    case problemIncomplete = "problem-incomplete"
    case goalNotSmart = "goal-not-smart"
    case leadMissing = "lead-missing"
    case channelMissing = "channel-missing"
    case liaisonMissing = "liaison-missing"
    case departmentDuplicate = "department-duplicate"
    case departmentUnknown = "department-unknown"
    case causeNotInvolved = "cause-not-involved"
    case tasksEmpty = "tasks-empty"
    case taskIDDuplicate = "task-id-duplicate"
    case taskIncomplete = "task-incomplete"
    case taskDepartmentUnknown = "task-department-unknown"
    case taskOwnerUnknown = "task-owner-unknown"
    case taskDependencyUnknown = "task-dependency-unknown"
    case taskDependencyCycle = "task-dependency-cycle"
    case taskDates = "task-dates"
    case taskNoteMissing = "task-note-missing"
    case taskOpen = "task-open"
    case verificationIncomplete = "verification-incomplete"
    case responseMissing = "response-missing"
    case lessonsMissing = "lessons-missing"
    case improvementIncomplete = "improvement-incomplete"
    case conclusionMismatch = "conclusion-mismatch"
    case taskOverdue = "task-overdue"
    case taskStale = "task-stale"
    case taskDueSoon = "task-due-soon"
    case stageRegression = "stage-regression"
    case closedModified = "closed-modified"
    case collaborationRemoved = "collaboration-removed"
    case taskRemoved = "task-removed"
    case collaborationLate = "collaboration-late"
    case goalChanged = "goal-changed"
    case dueMoved = "due-moved"
    case commentInValue = "comment-in-value"
    case meetingFileName = "meeting-file-name"
    case meetingIncomplete = "meeting-incomplete"
    case attendeeUnknown = "attendee-unknown"
    case actionIncomplete = "action-incomplete"
    case actionOwnerUnknown = "action-owner-unknown"
    case actionTaskUnknown = "action-task-unknown"
    case actionOpen = "action-open"
    case minutesLate = "minutes-late"
    case minutesUnacknowledged = "minutes-unacknowledged"
    case actionOverdue = "action-overdue"
    case actionDueSoon = "action-due-soon"

    /// What the rule is: its severity, its family and one line on what it checks. One
    /// exhaustive switch, so a new rule's severity, family and summary are decided where the
    /// rule is added.
    public var definition: RuleDefinition { RuleDefinition.catalogue[ordinal] }

    /// Read at every finding made, so from a table of the definitions' severities.
    public var severity: Severity { RuleDefinition.severities[ordinal] }
    public var family: RuleFamily { definition.family }

    /// The case's position among `allCases` (declaration order): a case without a payload is
    /// stored as that number, so it is read without a search or a hash. RuleIDTests checks it
    /// against `allCases` for every case.
    var ordinal: Int { Int(withUnsafeBytes(of: self) { $0[0] }) }
    /// One line on what the rule checks, for help texts and report formats.
    public var summary: Message { definition.summary }

    static func describe(_ rule: RuleID) -> RuleDefinition {
        switch rule {
        case .syntax: return RuleDefinition(.error, .syntax, Message(
            en: "malformed YAML: bad indentation, tab indentation, unclosed quote, bad escape, text after a value",
            zh: "YAML 写法有误：缩进错误、用 Tab 缩进、引号未闭合、转义有误、值后面多出内容"))
        case .unsupportedYAML: return RuleDefinition(.error, .syntax, Message(
            en: "valid YAML outside collab's subset: anchors, aliases, tags, directives, complex keys, folded or multi-line scalars, flow mappings, several documents",
            zh: "合法的 YAML 但不在 collab 支持的子集内：锚点、别名、标签、指令、复杂键、折叠或跨行文本、花括号映射、多个文档"))
        case .encoding: return RuleDefinition(.error, .syntax, Message(
            en: "the file is not UTF-8",
            zh: "文件不是 UTF-8 编码"))
        case .duplicateKey: return RuleDefinition(.error, .schema, Message(
            en: "a key appears twice in one mapping",
            zh: "同一映射中某个键出现了两次"))
        case .unknownKey: return RuleDefinition(.error, .schema, Message(
            en: "a key the schema does not have",
            zh: "记录格式中没有的键"))
        case .type: return RuleDefinition(.error, .schema, Message(
            en: "a value of the wrong shape, such as a list where text is expected",
            zh: "值的形态不对，例如应为文字处写了列表"))
        case .invalidValue: return RuleDefinition(.error, .schema, Message(
            en: "a value outside its enum, a malformed id, or version other than 1",
            zh: "值不在可选范围内、编号格式有误，或 version 不是 1"))
        case .invalidDate: return RuleDefinition(.error, .schema, Message(
            en: "not a real YYYY-MM-DD calendar date",
            zh: "不是真实存在的 YYYY-MM-DD 日期"))
        case .missingFile: return RuleDefinition(.error, .schema, Message(
            en: "one of the four record files is absent",
            zh: "四个记录文件之一缺失"))
        case .missingKey: return RuleDefinition(.error, .schema, Message(
            en: "a key required at every stage is absent",
            zh: "任何阶段都必须有的键缺失"))
        case .unsafePath: return RuleDefinition(.error, .schema, Message(
            en: "a symbolic link that leads outside the workspace; collab does not follow it",
            zh: "指向工作区之外的符号链接；collab 不会跟随"))
        case .notACollaboration: return RuleDefinition(.notice, .schema, Message(
            en: "an entry of \(WorkspaceLayout.collaborationsFolder)/ that is not a collaboration (a file, a hidden folder); collab skips it",
            zh: "\(WorkspaceLayout.collaborationsFolder)/ 中不是协作的条目（文件、隐藏文件夹）；collab 跳过它"))
        case .problemIncomplete: return RuleDefinition(.error, .define, Message(
            en: "define gate: phenomenon, essence, impact or causes missing",
            zh: "定义关口：缺少现象、本质、影响范围或初步归因"))
        case .goalNotSmart: return RuleDefinition(.error, .define, Message(
            en: "define gate: the goal lacks statement, metric, target or due, or is due before opened",
            zh: "定义关口：目标缺少 statement、metric、target 或 due，或截止日期早于问题提出日期"))
        case .leadMissing: return RuleDefinition(.error, .initiate, Message(
            en: "initiate gate: no lead, or the lead is not listed with role lead",
            zh: "发起关口：没有牵头部门，或牵头部门未以 role: lead 列出"))
        case .channelMissing: return RuleDefinition(.error, .initiate, Message(
            en: "initiate gate: no shared channel",
            zh: "发起关口：没有沟通群"))
        case .liaisonMissing: return RuleDefinition(.error, .initiate, Message(
            en: "initiate gate: a department without a liaison",
            zh: "发起关口：有部门没有对接人"))
        case .departmentDuplicate: return RuleDefinition(.error, .initiate, Message(
            en: "a department listed twice",
            zh: "同一部门列了两次"))
        case .departmentUnknown: return RuleDefinition(.error, .initiate, Message(
            en: "a department not in the directory of collab.yaml",
            zh: "部门不在 collab.yaml 的部门目录中"))
        case .causeNotInvolved: return RuleDefinition(.error, .initiate, Message(
            en: "initiate gate: a cause department is not a stakeholder",
            zh: "发起关口：归因部门不是干系人"))
        case .tasksEmpty: return RuleDefinition(.error, .plan, Message(
            en: "plan gate: no tasks",
            zh: "计划关口：没有任务"))
        case .taskIDDuplicate: return RuleDefinition(.error, .plan, Message(
            en: "two tasks share an id",
            zh: "两个任务用了同一个编号"))
        case .taskIncomplete: return RuleDefinition(.error, .plan, Message(
            en: "plan gate: a task lacks title, owner, department, due or deliverable",
            zh: "计划关口：任务缺少标题、负责人、部门、截止日期或交付物"))
        case .taskDepartmentUnknown: return RuleDefinition(.error, .plan, Message(
            en: "a task's department is not a stakeholder",
            zh: "任务所属部门不是干系人"))
        case .taskOwnerUnknown: return RuleDefinition(.error, .plan, Message(
            en: "a task's owner is not a person of its department",
            zh: "任务负责人不是该部门的人员"))
        case .taskDependencyUnknown: return RuleDefinition(.error, .plan, Message(
            en: "depends_on names no task",
            zh: "depends_on 中写的任务不存在"))
        case .taskDependencyCycle: return RuleDefinition(.error, .plan, Message(
            en: "tasks depend on each other in a cycle",
            zh: "任务之间循环依赖"))
        case .taskDates: return RuleDefinition(.error, .plan, Message(
            en: "a task is due before its start or before the problem was opened",
            zh: "任务的截止日期早于开始日期或问题提出日期"))
        case .taskNoteMissing: return RuleDefinition(.error, .plan, Message(
            en: "a blocked or dropped task without a note",
            zh: "任务受阻（blocked）或取消（dropped）却没有备注"))
        case .taskOpen: return RuleDefinition(.error, .execute, Message(
            en: "execute gate: a task neither done nor dropped",
            zh: "执行关口：有任务既未完成也未取消"))
        case .verificationIncomplete: return RuleDefinition(.error, .verify, Message(
            en: "verify gate: verification conclusion, date or evidence missing",
            zh: "验证关口：效果验证缺少结论、日期或证据"))
        case .responseMissing: return RuleDefinition(.error, .verify, Message(
            en: "verify gate: a participating department gave no response",
            zh: "验证关口：有参与部门没有给出反馈"))
        case .lessonsMissing: return RuleDefinition(.error, .verify, Message(
            en: "verify gate: no practice and no improvement recorded",
            zh: "验证关口：没有记录有效做法，也没有待改进点"))
        case .improvementIncomplete: return RuleDefinition(.error, .verify, Message(
            en: "verify gate: an improvement without owner or due, or a norm update with a due but no owner",
            zh: "验证关口：待改进点没有负责人或截止日期，或规范更新有截止日期却没有负责人"))
        case .conclusionMismatch: return RuleDefinition(.error, .verify, Message(
            en: "stage closed with a conclusion other than resolved",
            zh: "阶段为 closed，但结论不是 resolved"))
        case .taskOverdue: return RuleDefinition(.warning, .deadlines, Message(
            en: "an open task is past its due date",
            zh: "未完成的任务已过截止日期"))
        case .taskStale: return RuleDefinition(.warning, .deadlines, Message(
            en: "a doing or blocked task has no recent progress update",
            zh: "进行中或受阻的任务近期没有进度更新"))
        case .taskDueSoon: return RuleDefinition(.notice, .deadlines, Message(
            en: "an open task is due within due_soon_days",
            zh: "未完成的任务将在 due_soon_days 个工作日内到期"))
        case .stageRegression: return RuleDefinition(.error, .history, Message(
            en: "--base: the stage moved backwards other than verify→execute or verify→define",
            zh: "--base：阶段倒退，且不是 verify→execute 或 verify→define"))
        case .closedModified: return RuleDefinition(.error, .history, Message(
            en: "--base: the data of a collaboration closed at base changed (layout, quoting and comments are no change)",
            zh: "--base：基准版本中已关闭的协作，其数据被改动（排版、引号和注释不算改动）"))
        case .collaborationRemoved: return RuleDefinition(.error, .history, Message(
            en: "--base: a collaboration at execute or later at base is gone, and no meeting decision added in the same change names it",
            zh: "--base：基准版本中处于 execute 或之后阶段的协作被删除，且同一改动中没有新增点名它的会议决议"))
        case .taskRemoved: return RuleDefinition(.error, .history, Message(
            en: "--base: a task present at base is gone while the base stage was execute or later",
            zh: "--base：基准阶段为 execute 或之后时，基准版本中的任务被删除"))
        case .collaborationLate: return RuleDefinition(.warning, .history, Message(
            en: "--base: a collaboration absent at base (and not a rename) first appears at verify or closed",
            zh: "--base：基准版本中没有（也不是改名而来）的协作，首次出现就已处于 verify 或 closed 阶段"))
        case .goalChanged: return RuleDefinition(.warning, .history, Message(
            en: "--base: a field of problem.goal changed while the base stage was execute or later (old → new)",
            zh: "--base：基准阶段为 execute 或之后时，problem.goal 的某个字段被修改（原值 → 新值）"))
        case .dueMoved: return RuleDefinition(.warning, .history, Message(
            en: "--base: a task's due changed while the base stage was execute or later (old → new)",
            zh: "--base：基准阶段为 execute 或之后时，任务的截止日期被改动（原值 → 新值）"))
        case .commentInValue: return RuleDefinition(.warning, .syntax, Message(
            en: "a plain value followed by ' #' and a non-space character: YAML cuts the value there",
            zh: "不加引号的值后跟「 #」和非空白字符：YAML 在此处截断了值"))
        case .meetingFileName: return RuleDefinition(.error, .meetings, Message(
            en: "a meeting file not named YYYY-MM-DD-slug.yaml, or its date differs from the name's",
            zh: "沟通记录文件名不是 YYYY-MM-DD-slug.yaml，或 date 与文件名中的日期不同"))
        case .meetingIncomplete: return RuleDefinition(.error, .meetings, Message(
            en: "a meeting whose date has passed has no host, recorder, goal or attendee",
            zh: "沟通日期已过，记录中仍缺少主持人、记录人、沟通目标或参与部门"))
        case .attendeeUnknown: return RuleDefinition(.error, .meetings, Message(
            en: "an attending department is not a stakeholder, or a person is not of that department",
            zh: "参与部门不是干系人，或参会人员不属于该部门"))
        case .actionIncomplete: return RuleDefinition(.error, .meetings, Message(
            en: "an action item lacks text, owner, department or due",
            zh: "待办事项缺少内容、负责人、部门或完成时限"))
        case .actionOwnerUnknown: return RuleDefinition(.error, .meetings, Message(
            en: "an action item's owner is not a person of its department",
            zh: "待办事项的负责人不是该部门的人员"))
        case .actionTaskUnknown: return RuleDefinition(.error, .meetings, Message(
            en: "an action item's task names no task of tasks.yaml",
            zh: "待办事项的 task 在 tasks.yaml 中不存在"))
        case .actionOpen: return RuleDefinition(.error, .execute, Message(
            en: "execute gate: an action item without a task that is neither done nor dropped",
            zh: "执行关口：未关联任务的待办事项既未完成也未取消"))
        case .minutesLate: return RuleDefinition(.warning, .meetings, Message(
            en: "minutes distributed more than a day after the meeting, or not yet distributed a day after it",
            zh: "会后超过24小时才分发纪要，或会后已超过24小时仍未分发"))
        case .minutesUnacknowledged: return RuleDefinition(.notice, .meetings, Message(
            en: "an attending department has not acknowledged the minutes two working days after distribution",
            zh: "纪要分发两个工作日后，仍有参会部门未确认接收"))
        case .actionOverdue: return RuleDefinition(.warning, .deadlines, Message(
            en: "an open action item without a task is past its due date",
            zh: "未关联任务、尚未完成的待办事项已过完成时限"))
        case .actionDueSoon: return RuleDefinition(.notice, .deadlines, Message(
            en: "an open action item without a task is due within due_soon_days",
            zh: "未关联任务、尚未完成的待办事项将在 due_soon_days 个工作日内到期"))
        }
    }
}

/// A rule's definition (docs/reference.md §4).
public struct RuleDefinition: Sendable {
    public let severity: Severity
    public let family: RuleFamily
    public let summary: Message

    init(_ severity: Severity, _ family: RuleFamily, _ summary: Message) {
        self.severity = severity
        self.family = family
        self.summary = summary
    }

    /// Every rule's definition, made once, in the order of `RuleID.allCases`.
    static let catalogue: [RuleDefinition] = RuleID.allCases.map(RuleID.describe)
    static let severities: [Severity] = catalogue.map(\.severity)
}
