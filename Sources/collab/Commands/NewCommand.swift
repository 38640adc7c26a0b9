import CollabKit

/// `collab new ID --title T [--lead DEPT]`: a collaboration at stage define, from the template.
struct NewCommand: Command {
    static let name = "new"
    static let abstract = Message(en: "start a collaboration from the template, at stage define, opened today",
                                  zh: "按模板新建一个协作：处于 define 阶段，发起日期为今天")
    static let usage = "collab new ID --title TITLE [--lead DEPT] [--commit]"
    static let options: [OptionSpec] = [
        .option("--title", value: "TITLE", Message(en: "the problem's title (required)", zh: "问题的标题（必填）")),
        .option("--lead", value: "DEPT", Message(en: "the lead department's id", zh: "牵头部门的编号")),
        .flag("--commit", Message(en: "commit the new files (and nothing else) as 'collab(ID): new', so the define stage starts the log",
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

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        guard let id = try Self.positionals(arguments, maximum: 1).first else {
            throw UsageError(Message(en: "new needs a collaboration ID", zh: "new 需要一个协作编号（ID）"), command: Self.name)
        }
        guard Identifier.isCollaborationID(id) else {
            throw UsageError(Message(en: "'\(id)' is not a collaboration id: use a-z, 0-9 and '-', at most 64 characters, starting with a letter or digit", zh: "「\(id)」不是合法的协作编号：只能用 a-z、0-9 和 -，最多 64 个字符，以字母或数字开头"), command: Self.name)
        }
        guard let title = arguments.value("--title"), !title.isBlank else {
            throw UsageError(Message(en: "new needs --title TITLE", zh: "new 需要 --title 标题"), command: Self.name)
        }
        self.id = id
        self.title = title
        self.lead = arguments.value("--lead")
        self.commit = arguments.has("--commit")
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        if let lead, let directory = workspace.config.directory, directory[lead] == nil {
            let known = directory.keys.sorted()
            throw UsageError(Message(en: "--lead '\(lead)' is not in the directory of collab.yaml (\(Language.en.list(known)))",
                                     zh: "--lead「\(lead)」不在 collab.yaml 的部门目录中（\(Language.zh.list(known))）"), command: Self.name)
        }
        let folder = Path.join(workspace.root, WorkspaceLayout.collaborationFolder(id))
        if FileSystem.exists(folder) {
            let shown = context.displayPath(WorkspaceLayout.collaborationFolder(id), workspace: workspace)
            context.fail(Message(en: "\(shown) already exists", zh: "\(shown) 已存在"))
            return .failure
        }
        let repository = commit ? try context.repository(of: workspace) : nil
        try repository?.checkCanCommit()
        var files: [(RecordFile, [UInt8])] = []
        for file in RecordFile.required {
            var bytes = try CollaborationTemplate.bytes(file.fileName, workspace)
            switch file {
            case .problem:
                bytes = try CollaborationTemplate.fill(bytes, file, template: file.fileName,
                                                       [("title", title), ("stage", Stage.define.rawValue), ("opened", context.today.description)])
            case .stakeholders:
                if let lead { bytes = try CollaborationTemplate.fill(bytes, file, template: file.fileName, [("lead", lead)]) }
            case .tasks, .feedback, .meeting:
                break
            }
            files.append((file, bytes))
        }
        // Held until the files are committed: the collaboration is new, and nobody else's yet.
        let lock = try CollaborationWriter.create(folder, files, within: workspace.root)
        defer { lock.release() }
        let shown = context.displayPath(WorkspaceLayout.collaborationFolder(id), workspace: workspace) + "/"
        var commitShown = ""
        if let repository {
            let prefix = try RepositoryPaths.prefix(of: workspace.root, in: repository) + WorkspaceLayout.collaborationFolder(id) + "/"
            let commitID = try repository.commit(files: files.map { prefix + $0.0.fileName }, message: "collab(\(id)): new")
            commitShown = " [\(commitID.hex.prefix(7))]"
        }
        let commitNote = commitShown
        context.say(Message(en: "Created \(shown) at stage define\(commitNote).", zh: "已创建 \(shown)，处于 define 阶段\(commitNote)。"))
        return .success
    }
}
