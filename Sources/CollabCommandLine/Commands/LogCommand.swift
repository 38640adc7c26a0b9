import CollabKit

/// `collab log ID`: when the collaboration entered each stage, from git history.
struct LogCommand: Command {
    static let name = "log"
    static let abstract = Message(en: "the stage timeline of a collaboration from git history",
                                  zh: "从 git 历史中得出协作的阶段时间线")
    static let usage = "collab log ID [--format text|json]"
    typealias Format = LogFormat
    static let operands = Operands.collaborations
    static let options: [OptionSpec] = []
    static let discussion: Message? = Message(en: """
    Lists each commit on HEAD's first-parent history in which the stage of problem.yaml
    changed, oldest first, with its date, author and commit, and (in text) the days spent in
    each stage — up to today for the current one. Reads history through libgit2.
    """, zh: """
    沿 HEAD 的第一父提交历史，按时间先后列出 problem.yaml 的阶段发生变化的每个提交，附日期、
    作者和提交号；文本格式还给出在每个阶段停留的天数（当前阶段算到今天）。通过 libgit2 读取
    历史。
    """)

    let id: String
    let format: Format

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        format = try Self.format(arguments)
        _ = try Self.positionals(arguments, maximum: 1)
        guard let id = try Self.collaborationIDs(arguments).first else {
            throw UsageError(Message(en: "log needs a collaboration ID", zh: "log 需要一个协作编号（ID）"), command: Self.name)
        }
        self.id = id
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        let repository = try context.repository(of: workspace)
        let head = try repository.head()
        let history = WorkspaceHistory(repository: repository, head: head, prefix: try RepositoryPaths.prefix(of: workspace.root, in: repository))
        let timeline = try history.transitions(of: id)
        let transitions = timeline.transitions
        let inWorktree = FileSystem.isDirectory(Path.join(workspace.root, WorkspaceLayout.collaborationFolder(id)))
        if transitions.isEmpty && !inWorktree { throw WorkspaceError.unknownCollaboration(id) }
        let current = inWorktree ? (try? Collaboration.load(id: id, root: workspace.root))?.problem?.stage?.value.rawValue : nil
        let stage = current ?? transitions.last?.to
        context.out(format.render(.init(id: id, stage: stage, transitions: transitions), context.renderSettings))
        for record in timeline.oversized { context.note(record.message) }
        context.noteShallowHistory(repository)
        return .success
    }
}
