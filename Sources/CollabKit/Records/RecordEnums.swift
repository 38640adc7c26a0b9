/// The enums of the record files (docs/reference.md §2); raw values are what users write.
/// `chineseNames` are what a Chinese team may type instead (`进行中` for `doing`): they are not
/// accepted, but the finding names the value they mean.
public protocol RecordEnum: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    var chineseNames: [String] { get }
}

extension RecordEnum {
    /// The value a Chinese word for it means (`进行中` → doing), if any.
    public init?(chineseName: String) {
        guard let meant = Self.allCases.first(where: { $0.chineseNames.contains(chineseName) }) else { return nil }
        self = meant
    }

    /// The value typed on the command line: its raw value, or a Chinese name of it
    /// (`完成` → done); nil for anything else.
    public init?(typed: String) {
        guard let value = Self(rawValue: typed) ?? Self(chineseName: typed) else { return nil }
        self = value
    }

    /// For the enumeration whose values are `values`, the value `written` in Chinese means.
    fileprivate static func canonical(_ written: String, among values: [String]) -> String? {
        guard allCases.map(\.rawValue) == values else { return nil }
        return Self(chineseName: written)?.rawValue
    }
}

/// Every enumeration of the record files: the one place that maps a Chinese value typed on
/// the command line to the canonical one (`role=牵头` → lead). A file keeps saying what was
/// written: a Chinese value there is an `invalid-value` finding naming the canonical one.
public enum RecordEnums {
    static let all: [any RecordEnum.Type] = [Stage.self, Scenario.self, Cadence.self, Role.self, TaskStatus.self, ActionStatus.self, Conclusion.self]

    /// The canonical value of the enumeration `values` that `written` stands for: itself when
    /// it is one, the value a Chinese name means, else nil.
    public static func canonical(_ written: String, among values: [String]) -> String? {
        if values.contains(written) { return written }
        for type in all { if let value = type.canonical(written, among: values) { return value } }
        return nil
    }
}

extension Stage: RecordEnum {
    public var chineseNames: [String] {
        switch self {
        case .define: return ["定义", "问题定义", "界定问题"]
        case .initiate: return ["发起", "启动", "立项"]
        case .plan: return ["计划", "规划", "计划制定"]
        case .execute: return ["执行", "实施", "执行中"]
        case .verify: return ["验证", "效果验证"]
        case .closed: return ["关闭", "已关闭", "结束", "闭环"]
        }
    }
}

public enum Scenario: String, RecordEnum {
    case kickoff, resource, issue, progress, retrospective

    public var chineseNames: [String] {
        switch self {
        case .kickoff: return ["启动", "项目启动", "启动会"]
        case .resource: return ["资源", "资源协调"]
        case .issue: return ["问题", "问题解决"]
        case .progress: return ["进度", "进度同步"]
        case .retrospective: return ["复盘", "总结"]
        }
    }
}

public enum Cadence: String, RecordEnum {
    case daily, weekly, adhoc

    public var chineseNames: [String] {
        switch self {
        case .daily: return ["每日", "每天"]
        case .weekly: return ["每周"]
        case .adhoc: return ["不定期", "按需"]
        }
    }
}

public enum Role: String, RecordEnum {
    case lead, decision, execute, support, informed

    public var chineseNames: [String] {
        switch self {
        case .lead: return ["牵头", "牵头部门"]
        case .decision: return ["决策"]
        case .execute: return ["执行"]
        case .support: return ["支持", "配合"]
        case .informed: return ["知会", "知情"]
        }
    }
}

public enum TaskStatus: String, RecordEnum {
    case todo, doing, blocked, done, dropped

    /// Done and dropped tasks are finished; the time rules and the execute gate skip them.
    public var isFinished: Bool { self == .done || self == .dropped }

    public var chineseNames: [String] {
        switch self {
        case .todo: return ["待办", "未开始"]
        case .doing: return ["进行中", "处理中", "执行中"]
        case .blocked: return ["受阻", "阻塞", "卡住"]
        case .done: return ["已完成", "完成"]
        case .dropped: return ["已取消", "取消", "放弃", "已放弃"]
        }
    }
}

/// The status of a meeting's action item that is not a task of tasks.yaml (docs/reference.md §11):
/// a task's statuses without `blocked`, which would need a note the minutes do not have.
public enum ActionStatus: String, RecordEnum {
    case todo, doing, done, dropped

    public var isFinished: Bool { self == .done || self == .dropped }

    public var chineseNames: [String] { TaskStatus(rawValue: rawValue)?.chineseNames ?? [] }
}

public enum Conclusion: String, RecordEnum {
    case resolved, partial, unresolved

    public var chineseNames: [String] {
        switch self {
        case .resolved: return ["已解决", "解决"]
        case .partial: return ["部分解决"]
        case .unresolved: return ["未解决"]
        }
    }
}
