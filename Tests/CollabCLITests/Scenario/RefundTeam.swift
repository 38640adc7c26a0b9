import Foundation
import CollabTestSupport
import Testing

/// The team of the two-week scenario (issue 31): 客服部 leads "Q1 退款流程优化" with 财务部 and
/// 技术部, in a git repository of its own, and its lead 陈主管 types every command. Each step
/// happens on a day: collab takes it as today (`COLLAB_TODAY`) and git's date variables stamp
/// the commits of collab and of git at that day's evening, as on the lead's machine, where
/// collab is on PATH (git's hook runs it by name).
final class RefundTeam {
    static let id = "refund-q1"
    static let tasksFile = "collaborations/refund-q1/tasks.yaml"

    /// A task as planned at the kickoff meeting and as it went: who, when due (after any move),
    /// and the day its owner reported it done. The scenario drives the updates from this table
    /// and the expected metrics are computed from it.
    struct PlannedTask {
        var id: String
        var title: String
        var owner: String
        var department: String
        var due: String
        var dependsOn: String?
        var deliverable: String
        var done: String
        /// The due date agreed at the kickoff meeting, when it was moved later.
        var movedFrom: String? = nil

        var plannedDue: String { movedFrom ?? due }
        var late: Bool { done > due }
    }

    static let tasks = [
        PlannedTask(id: "T1", title: "梳理现有退款流程与各环节耗时", owner: "周专员", department: "support", due: "2025-03-06", deliverable: "流程图与耗时表", done: "2025-03-06"),
        PlannedTask(id: "T2", title: "确定两级审批规则", owner: "李主管", department: "finance", due: "2025-03-07", dependsOn: "T1", deliverable: "审批规则说明", done: "2025-03-10"),
        PlannedTask(id: "T3", title: "退款系统审批节点改造", owner: "冯主管", department: "tech", due: "2025-03-12", dependsOn: "T2", deliverable: "上线的审批流", done: "2025-03-18"),
        PlannedTask(id: "T4", title: "退款明细自动核对脚本", owner: "钱工程师", department: "tech", due: "2025-03-13", deliverable: "核对脚本", done: "2025-03-13", movedFrom: "2025-03-11"),
        PlannedTask(id: "T5", title: "财务对账口径确认", owner: "赵会计", department: "finance", due: "2025-03-10", deliverable: "对账口径文档", done: "2025-03-10"),
        PlannedTask(id: "T6", title: "客服话术与FAQ更新", owner: "周专员", department: "support", due: "2025-03-12", dependsOn: "T2", deliverable: "新版FAQ", done: "2025-03-12"),
        PlannedTask(id: "T7", title: "试运行与数据回收", owner: "陈主管", department: "support", due: "2025-03-14", dependsOn: "T3,T6", deliverable: "试运行数据表", done: "2025-03-19"),
    ]

    static func task(_ id: String) -> PlannedTask { tasks.first { $0.id == id }! }

    let scratch: Scratch
    var path: String { scratch.path }
    /// The day of the steps that follow, YYYY-MM-DD.
    private(set) var day = "2025-03-03"

    init() throws {
        scratch = try Scratch()
        try git("init", "-q", "-b", "main")
        try git("config", "user.name", "陈主管")
        try git("config", "user.email", "chen@example.com")
    }

    /// The steps that follow happen on `day`.
    func on(_ day: String) { self.day = day }

    /// The environment of a step: today and git's dates (18:00 in China) on the current day.
    private var environment: [String: String] {
        let evening = "\(day)T18:00:00+08:00"
        return ["COLLAB_TODAY": day, "GIT_AUTHOR_DATE": evening, "GIT_COMMITTER_DATE": evening,
                "HOME": path, "GIT_CONFIG_NOSYSTEM": "1", "LANG": "C.UTF-8",
                "PATH": CLI.binary.deletingLastPathComponent().path + ":/usr/bin:/bin"]
    }

    /// collab as the lead runs it on the current day.
    func collab(_ arguments: String...) throws -> CLIResult { try collab(arguments) }

    func collab(_ arguments: [String]) throws -> CLIResult {
        try CLI.run(arguments, in: path, environment: environment)
    }

    /// collab that must succeed: its standard output.
    @discardableResult
    func must(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try must(arguments, sourceLocation: sourceLocation)
    }

    /// git as the lead runs it on the current day; a failure is a test failure.
    @discardableResult
    func git(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try gitResult(arguments)
        #expect(result.status == 0, "git \(arguments): \(result.stdout)\(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout
    }

    func gitResult(_ arguments: [String]) throws -> CLIResult {
        CLIResult(try ChildProcess.run(["git"] + arguments, in: scratch.url, environment: environment))
    }

    /// A JSON object printed by collab on the current day.
    func json(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let text = try must(arguments + ["--format", "json"], sourceLocation: sourceLocation)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], sourceLocation: sourceLocation)
    }

    @discardableResult
    func must(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try collab(arguments)
        #expect(result.status == 0, "collab \(arguments.joined(separator: " ")): \(result.stdout)\(result.stderr)",
                sourceLocation: sourceLocation)
        return result.stdout
    }
}
