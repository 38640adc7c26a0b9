/// The kinds of file collab reads — the workspace's settings and the five kinds of record — by
/// the name `collab schema` takes, each with its path, title and schema: the one list that
/// `collab schema`, the JSON Schema files and the record decoders share.
public enum RecordKind: String, CaseIterable, Sendable {
    case collab, problem, stakeholders, tasks, feedback, meeting

    /// The name `collab schema` takes.
    public var name: String { rawValue }

    /// Where the file is: collab.yaml at the root, a record inside its collaboration's folder
    /// (a meeting's name as its pattern).
    public var file: String {
        switch self {
        case .collab: return WorkspaceLayout.configFile
        case .problem: return RecordFile.problem.fileName
        case .stakeholders: return RecordFile.stakeholders.fileName
        case .tasks: return RecordFile.tasks.fileName
        case .feedback: return RecordFile.feedback.fileName
        case .meeting: return RecordFile.meeting("YYYY-MM-DD-slug").fileName
        }
    }

    /// "English / 中文".
    public var title: String {
        switch self {
        case .collab: return "collab workspace settings / 工作区设置"
        case .problem: return "Problem definition / 问题定义"
        case .stakeholders: return "Stakeholders / 干系人清单"
        case .tasks: return "Task table / 任务表"
        case .feedback: return "Feedback and improvements / 反馈与改进记录"
        case .meeting: return "Meeting minutes / 沟通记录"
        }
    }

    public var schema: RecordSchema {
        switch self {
        case .collab: return .workspace
        case .problem: return .problem
        case .stakeholders: return .stakeholders
        case .tasks: return .tasks
        case .feedback: return .feedback
        case .meeting: return .meeting
        }
    }
}

extension RecordFile {
    /// The kind of record the file holds.
    public var kind: RecordKind {
        switch self {
        case .problem: return .problem
        case .stakeholders: return .stakeholders
        case .tasks: return .tasks
        case .feedback: return .feedback
        case .meeting: return .meeting
        }
    }
}
