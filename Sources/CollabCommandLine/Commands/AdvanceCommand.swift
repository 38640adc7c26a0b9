import CollabKit

/// `collab advance ID [--dry-run]`: moves a collaboration to its next stage when the gate holds.
struct AdvanceCommand: Command {
    static let name = "advance"
    static let abstract = Message(en: "move a collaboration to its next stage when the gate of its stage holds",
                                  zh: "当前阶段的关口满足时，把协作推进到下一阶段")
    static let usage = "collab advance ID [--dry-run] [--commit] [--format text|json]"
    typealias Format = AdvanceFormat
    static let operands = Operands.collaborations
    static let options: [OptionSpec] = [
        .flag(.dryRun, Message(en: "say what would happen; change nothing", zh: "只说明会发生什么，不做任何改动")),
        .flag(.commit, Message(en: "commit the collaboration's record files (and nothing else) as 'collab(ID): FROM → TO'",
                               zh: "把该协作的记录文件（且只有它们）提交为「collab(ID): FROM → TO」")),
    ]
    static let discussion: Message? = Message(en: """
    Checks the gate of the current stage. When it holds, sets 'stage:' in problem.yaml to
    the next stage (from verify: closed, execute or define by the verification's conclusion)
    and prints 'ID: FROM → TO'; only that value changes in the file. When it does not hold,
    prints what blocks it and exits 1 without changing anything. With --commit the record
    files the gate was judged on (problem, stakeholders, tasks, feedback) are committed
    through libgit2 with your git identity, through git's filters and with their modes; no
    other file of the folder, and no other staged or unstaged change, goes into the commit.
    When no commit can be made (no identity, a merge in progress, git's index locked)
    nothing is written.
    """, zh: """
    检查当前阶段的关口。关口满足时，把 problem.yaml 中的「stage:」改为下一阶段（verify 之后
    按验证结论进入 closed、execute 或 define），并输出「ID: FROM → TO」；文件中只改这一个值。
    关口不满足时，列出卡在哪里，退出码为 1，不做任何改动。加 --commit 时，关口所依据的记录
    文件（problem、stakeholders、tasks、feedback）经 libgit2 以你的 git 身份提交，经过 git
    的过滤器并保留文件权限；该文件夹中的其他文件、其他已暂存或未暂存的改动都不会进入这次
    提交。无法提交时（没有身份信息、正在合并、git 的索引被锁定）不写入任何内容。
    """)

    let id: String
    let dryRun: Bool
    let commit: Bool
    let format: Format

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        _ = try Self.positionals(arguments, maximum: 1)
        guard let id = try Self.collaborationIDs(arguments).first else {
            throw UsageError(Message(en: "advance needs a collaboration ID", zh: "advance 需要一个协作编号（ID）"), command: Self.name)
        }
        self.id = id
        self.dryRun = arguments.has(.dryRun)
        self.commit = arguments.has(.commit)
        self.format = try Self.format(arguments)
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        let transaction = CollaborationTransaction(workspace: workspace, collaboration: id, today: context.today,
                                                   commit: commit ? try context.commitEnvironment(Self.name) : nil)
        let outcome = try transaction.advance(dryRun: dryRun)
        guard let report = outcome.report(id, shown: { context.displayPath($0, workspace: workspace) }) else {
            context.fail(Message(en: "\(id) is closed; there is no stage after closed", zh: "\(id) 已关闭（closed），closed 之后没有阶段"))
            return .failure
        }
        context.out(format.render(report, context.renderSettings))
        return report.result == .refused ? .findings : .success
    }
}
