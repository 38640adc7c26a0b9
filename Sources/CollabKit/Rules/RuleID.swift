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

    public var severity: Severity {
        switch self {
        case .taskOverdue, .taskStale: return .warning
        case .taskDueSoon: return .notice
        default: return .error
        }
    }

    /// One line on what the rule checks, for help texts and report formats.
    public var summary: String {
        switch self {
        case .syntax: return "malformed YAML: bad indentation, tab indentation, unclosed quote, bad escape, text after a value"
        case .unsupportedYAML: return "valid YAML outside collab's subset: anchors, aliases, tags, directives, complex keys, folded or multi-line scalars, flow mappings, several documents"
        case .encoding: return "the file is not UTF-8"
        case .duplicateKey: return "a key appears twice in one mapping"
        case .unknownKey: return "a key the schema does not have"
        case .type: return "a value of the wrong shape, such as a list where text is expected"
        case .invalidValue: return "a value outside its enum, a malformed id, or version other than 1"
        case .invalidDate: return "not a real YYYY-MM-DD calendar date"
        case .missingFile: return "one of the four record files is absent"
        case .missingKey: return "a key required at every stage is absent"
        case .unsafePath: return "a symbolic link that leads outside the workspace; collab does not follow it"
        case .problemIncomplete: return "define gate: phenomenon, essence, impact or causes missing"
        case .goalNotSmart: return "define gate: the goal lacks statement, metric, target or due, or is due before opened"
        case .leadMissing: return "initiate gate: no lead, or the lead is not listed with role lead"
        case .channelMissing: return "initiate gate: no shared channel"
        case .liaisonMissing: return "initiate gate: a department without a liaison"
        case .departmentDuplicate: return "a department listed twice"
        case .departmentUnknown: return "a department not in the directory of collab.yaml"
        case .causeNotInvolved: return "initiate gate: a cause department is not a stakeholder"
        case .tasksEmpty: return "plan gate: no tasks"
        case .taskIDDuplicate: return "two tasks share an id"
        case .taskIncomplete: return "plan gate: a task lacks title, owner, department, due or deliverable"
        case .taskDepartmentUnknown: return "a task's department is not a stakeholder"
        case .taskOwnerUnknown: return "a task's owner is not a person of its department"
        case .taskDependencyUnknown: return "depends_on names no task"
        case .taskDependencyCycle: return "tasks depend on each other in a cycle"
        case .taskDates: return "a task is due before its start or before the problem was opened"
        case .taskNoteMissing: return "a blocked or dropped task without a note"
        case .taskOpen: return "execute gate: a task neither done nor dropped"
        case .verificationIncomplete: return "verify gate: verification conclusion, date or evidence missing"
        case .responseMissing: return "verify gate: a participating department gave no response"
        case .lessonsMissing: return "verify gate: no practice and no improvement recorded"
        case .improvementIncomplete: return "verify gate: an improvement without owner or due"
        case .conclusionMismatch: return "stage closed with a conclusion other than resolved"
        case .taskOverdue: return "an open task is past its due date"
        case .taskStale: return "a doing or blocked task has no recent progress update"
        case .taskDueSoon: return "an open task is due within due_soon_days"
        case .stageRegression: return "--base: the stage moved backwards other than verify→execute or verify→define"
        case .closedModified: return "--base: the data of a collaboration closed at base changed (layout, quoting and comments are no change)"
        case .collaborationRemoved: return "--base: a collaboration present at base is gone while its base stage was not closed"
        case .taskRemoved: return "--base: a task present at base is gone while the base stage was execute or later"
        }
    }
}

public enum Severity: String, Comparable, Sendable, Codable {
    case error, warning, notice

    private var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .notice: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Groups of rules, as CI reports show them: one test case per collaboration and family.
public enum RuleFamily: String, CaseIterable, Sendable {
    case syntax, schema, define, initiate, plan, execute, verify, deadlines, history

    /// What the family checks, as a test case's name.
    public var title: String {
        switch self {
        case .syntax: return "syntax: the YAML subset and UTF-8"
        case .schema: return "schema: keys, types, enums, dates"
        case .define: return "define gate: problem and SMART goal"
        case .initiate: return "initiate gate: departments, lead, liaisons, channel"
        case .plan: return "plan gate: tasks, owners, dates, dependencies"
        case .execute: return "execute gate: every task done or dropped"
        case .verify: return "verify gate: verification, responses, lessons"
        case .deadlines: return "deadlines: overdue, stale and due-soon tasks"
        case .history: return "history: changes since --base"
        }
    }
}

extension RuleID {
    public var family: RuleFamily {
        switch self {
        case .syntax, .unsupportedYAML, .encoding: return .syntax
        case .duplicateKey, .unknownKey, .type, .invalidValue, .invalidDate, .missingFile, .missingKey, .unsafePath: return .schema
        case .problemIncomplete, .goalNotSmart: return .define
        case .leadMissing, .channelMissing, .liaisonMissing, .departmentDuplicate, .departmentUnknown, .causeNotInvolved:
            return .initiate
        case .tasksEmpty, .taskIDDuplicate, .taskIncomplete, .taskDepartmentUnknown, .taskOwnerUnknown,
             .taskDependencyUnknown, .taskDependencyCycle, .taskDates, .taskNoteMissing:
            return .plan
        case .taskOpen: return .execute
        case .verificationIncomplete, .responseMissing, .lessonsMissing, .improvementIncomplete, .conclusionMismatch:
            return .verify
        case .taskOverdue, .taskStale, .taskDueSoon: return .deadlines
        case .stageRegression, .closedModified, .collaborationRemoved, .taskRemoved: return .history
        }
    }
}
