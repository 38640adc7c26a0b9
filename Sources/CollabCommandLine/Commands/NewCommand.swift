import CollabKit

/// `collab new ID --title T [--lead DEPT]`: a collaboration at stage define, from the template.
struct NewCommand: Command {
    static let name = "new"
    static let abstract = Message(en: "start a collaboration from the template, at stage define, opened today",
                                  zh: "按模板新建一个协作：处于 define 阶段，发起日期为今天")
    static let usage = "collab new ID --title TITLE [--lead DEPT] [--commit] [--format text|json]"
    typealias Format = CreationFormat
    static let options: [OptionSpec] = [
        .option(.title, value: "TITLE", Message(en: "the problem's title (required)", zh: "问题的标题（必填）")),
        .option(.lead, value: "DEPT", Message(en: "the lead department's id", zh: "牵头部门的编号")),
        .flag(.commit, Message(en: "commit the new files (and nothing else) as 'collab(ID): new', so the define stage starts the log",
                               zh: "把新文件（且只有它们）提交为「collab(ID): new」，让阶段时间线从 define 开始")),
    ]
    static let discussion: Message? = Message(en: """
    Copies templates/collaboration/ of the workspace (or the built-in template where a file
    is absent) to collaborations/ID/ and fills in title, stage, opened date and lead; the
    template's comments stay as they are. A template folder that is a link leading outside
    the workspace is refused (unsafe-path). With --commit, whether a commit can be made is
    checked before anything is written.
    """, zh: """
    把工作区的 templates/collaboration/（缺少的文件用内置模板）复制到 collaborations/ID/，
    并填好标题、阶段、发起日期和牵头部门；模板中的注释原样保留。模板文件夹若是指向工作区之外
    的链接，则拒绝使用（unsafe-path）。加 --commit 时，先确认能够提交，再写入文件。
    """)

    let id: String
    let title: String
    let lead: String?
    let commit: Bool
    let format: Format

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        guard let id = try Self.positionals(arguments, maximum: 1).first else {
            throw UsageError(Message(en: "new needs a collaboration ID", zh: "new 需要一个协作编号（ID）"), command: Self.name)
        }
        guard Identifier.isCollaborationID(id) else {
            throw UsageError(Message(en: "'\(id)' is not a collaboration id: use a-z, 0-9 and '-', at most 64 characters, starting with a letter or digit", zh: "「\(id)」不是合法的协作编号：只能用 a-z、0-9 和 -，最多 64 个字符，以字母或数字开头"), command: Self.name)
        }
        guard let title = arguments.value(.title), !title.isBlank else {
            throw UsageError(Message(en: "new needs --title TITLE", zh: "new 需要 --title 标题"), command: Self.name)
        }
        self.id = id
        self.title = title
        self.lead = arguments.value(.lead)
        self.commit = arguments.has(.commit)
        self.format = try Self.format(arguments)
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        if let lead, let directory = workspace.config.directory, directory[lead] == nil {
            let known = directory.keys.sorted()
            throw UsageError(Message(en: "--lead '\(lead)' is not in the directory of collab.yaml (\(Language.en.list(known)))",
                                     zh: "--lead「\(lead)」不在 collab.yaml 的部门目录中（\(Language.zh.list(known))）"), command: Self.name)
        }
        let transaction = CollaborationTransaction(workspace: workspace, collaboration: id, today: context.today,
                                                   commit: commit ? try context.commitEnvironment(Self.name) : nil)
        let outcome = try transaction.create(title: title, lead: lead)
        guard let report = outcome.report(id, shown: { context.displayPath($0, workspace: workspace) }) else {
            let shown = context.displayPath(WorkspaceLayout.collaborationFolder(id), workspace: workspace)
            context.fail(Message(en: "\(shown) already exists", zh: "\(shown) 已存在"))
            return .failure
        }
        context.out(format.render(report, context.renderSettings))
        return .success
    }
}
