import CollabKit

/// `collab diff [REV [REV]] [-- ID…]`: the semantic diff of records between revisions.
struct DiffCommand: Command {
    static let name = "diff"
    static let abstract = Message(en: "semantic diff of records: HEAD vs working tree, REV vs working tree, or REV vs REV",
                                  zh: "按字段比较记录：HEAD 与工作区、REV 与工作区，或两个 REV 之间")
    static let usage = "collab diff [REV [REV] | A..B] [-- ID…] [--format text|markdown|json]"
    typealias Format = DiffFormat
    static let operands = Operands.collaborationsAfterDashDash
    static let options: [OptionSpec] = []
    static let discussion: Message? = Message(en: """
    Changes per collaboration and file, each named by its edit path (tasks.T2.due). List
    items are matched by key: tasks by id, departments and responses by department, people
    by name, improvements by point; other lists (updates, impact, practices…) as sequences,
    so an inserted item is one change. A file that does not parse on one side is shown as
    its diagnostic, and the exit status is then 1. Markdown is made to be pasted as a
    pull-request comment. Also works as git's external diff command for record files: see
    the README for the .gitattributes and git config lines.
    """, zh: """
    按协作和文件列出改动，每处改动以其字段路径命名（如 tasks.T2.due）。列表项按键对应：任务
    按 id，部门和反馈按 department，人员按 name，改进项按 point；其他列表（updates、impact、
    practices…）按顺序比较，插入一项只算一处改动。某一边无法解析的文件显示为它的诊断信息，
    此时退出码为 1。Markdown 格式可直接贴到合并请求的评论中。也可作为 git 的外部 diff 命令
    比较记录文件：.gitattributes 和 git config 的写法见 README。
    """)

    let revisions: [String]
    let ids: [String]
    let external: ExternalDiff?
    let format: Format

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        format = try Self.format(arguments)
        let split = arguments.positionalsBeforeDashDash ?? arguments.positionals.count
        let before = Array(arguments.positionals[..<split])
        external = ExternalDiff(before)
        if external != nil && arguments.positionalsBeforeDashDash == nil {
            revisions = []
            ids = []
            return
        }
        guard before.count <= 2 else {
            throw UsageError(Message(en: "diff takes at most two revisions; put collaboration ids after --", zh: "diff 最多接受两个版本；协作编号请写在 -- 之后"), command: Self.name)
        }
        revisions = before
        var after = arguments
        after.positionals = Array(arguments.positionals[split...])
        ids = try Self.collaborationIDs(after)
    }

    func run(_ context: Context) throws -> ExitStatus {
        if let external {
            // git stops at an external diff that exits non-zero, so an unreadable side is a
            // line of the output here, and the exit status stays 0.
            context.out(DiffReporter.text([try external.diff()], language: context.language, color: context.color))
            return .success
        }
        let workspace = try context.workspace()
        let repository = try context.repository(of: workspace)
        let prefix = try RepositoryPaths.prefix(of: workspace.root, in: repository)
        let (old, new) = try sides(repository, prefix, workspace)
        let diffs = try WorkspaceDiff.run(old: old, new: new, ids: ids)
        context.out(format.render(.init(diffs, from: old.revision, to: new.revision), context.renderSettings))
        // The working tree's collaborations/ may hold entries that are no collaboration: named.
        if new.revision == nil && ids.isEmpty { _ = context.reportUnread(try workspace.collaborationFolders().skipped, workspace: workspace) }
        return diffs.contains { !$0.unreadable.isEmpty } ? .findings : .success
    }

    private func sides(_ repository: Repository, _ prefix: String, _ workspace: Workspace) throws -> (any DiffSide, any DiffSide) {
        func side(_ revision: String) throws -> TreeSide {
            try TreeSide(try repository.commit(revision), prefix: prefix, revision: revision)
        }
        switch revisions.count {
        case 0:
            return (try TreeSide(try repository.head(), prefix: prefix, revision: "HEAD"), WorktreeSide(root: workspace.root))
        case 1:
            if let (from, to) = try repository.range(revisions[0]) { return (try side(from), try side(to)) }
            return (try side(revisions[0]), WorktreeSide(root: workspace.root))
        default:
            return (try side(revisions[0]), try side(revisions[1]))
        }
    }
}

/// git's external diff call: `path old-file old-hex old-mode new-file new-hex new-mode`.
struct ExternalDiff: Equatable {
    var path: String
    var oldFile: String
    var newFile: String

    init?(_ arguments: [String]) {
        guard arguments.count == 7, Self.isMode(arguments[3]), Self.isMode(arguments[6]),
              Self.isObjectID(arguments[2]), Self.isObjectID(arguments[5]) else { return nil }
        path = arguments[0]
        oldFile = arguments[1]
        newFile = arguments[4]
    }

    static func isMode(_ text: String) -> Bool { text == "." || (text.count == 6 && text.allSatisfy { ("0"..."7").contains($0) }) }
    static func isObjectID(_ text: String) -> Bool { text == "." || (text.count >= 7 && text.allSatisfy(\.isHexDigit)) }

    /// The semantic diff of the one file git hands over.
    func diff() throws -> CollaborationDiff {
        let parts = path.split(separator: "/").map(String.init)
        let inMeetings = parts.count >= 3 && parts[parts.count - 2] == WorkspaceLayout.meetingsFolder
        let name = parts.suffix(inMeetings ? 2 : 1).joined(separator: "/")
        let id = parts.count >= (inMeetings ? 3 : 2) ? parts[parts.count - (inMeetings ? 3 : 2)] : name
        guard let file = RecordFile(fileName: name) else {
            throw FileSystemError(path, Message(en: "is not a collab record file (problem, stakeholders, tasks, feedback .yaml or meetings/*.yaml)",
                                               zh: "不是 collab 的记录文件（problem、stakeholders、tasks、feedback 的 .yaml 或 meetings/*.yaml）"))
        }
        var result = CollaborationDiff(id: id, oldStage: nil, newStage: nil, changes: [], unreadable: [])
        func parse(_ source: String, _ side: Message) throws -> Node? {
            guard source != "/dev/null" else { return nil }
            do {
                return try YAMLParser.parse(file: source)?.root
            } catch let error as SyntaxError {
                result.unreadable.append(Diagnostic(file: path, at: error.location, rule: error.kind.rule,
                                                    message: .side(side, error.message), collaboration: id))
                return nil
            }
        }
        let old = try parse(oldFile, .before)
        let new = try parse(newFile, .after)
        result.oldStage = file == .problem ? old?.mapping?["stage"]?.scalar?.text : nil
        result.newStage = file == .problem ? new?.mapping?["stage"]?.scalar?.text : nil
        // A side that does not parse is shown as its diagnostic, never as every item removed.
        if result.unreadable.isEmpty { result.changes = RecordDiff.changes(file, old: old, new: new, collaboration: id) }
        return result
    }
}

extension Message {
    /// The sides of an external diff, as git passes them.
    fileprivate static let before = Message(en: "before", zh: "改动前")
    fileprivate static let after = Message(en: "after", zh: "改动后")
    fileprivate static func side(_ side: Message, _ message: Message) -> Message {
        Message(en: "\(side.text(.en)): \(message.text(.en))", zh: "\(side.text(.zh))：\(message.text(.zh))")
    }
}
