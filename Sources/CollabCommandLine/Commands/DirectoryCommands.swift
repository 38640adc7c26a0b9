import CollabKit

/// `collab dept add ID NAME`: a department appended to collab.yaml's directory.
struct DeptCommand: Command {
    static let name = "dept"
    static let abstract = Message(en: "add a department to the directory in collab.yaml",
                                  zh: "向 collab.yaml 的部门目录添加部门")
    static let usage = "collab dept add ID NAME [--dry-run] [--commit]"
    static let operands = Operands.words(["add"])
    static let options = DirectoryEditRun.options
    static let discussion: Message? = Message(en: """
    Appends {id: ID, name: NAME} to the departments of collab.yaml, after the last one,
    comments and layout kept:
        collab dept add customer-service 客服部
    ID is a-z, 0-9 and '-'; an id or a name the directory has already is refused (exit 2);
    a change that would give collab.yaml an error is refused as set refuses one (the error
    printed, exit 1). The workspace's lock is held from reading to writing; --commit commits
    collab.yaml alone as a workspace change, 'collab: departments + ID (NAME)'.
    """, zh: """
    在 collab.yaml 的 departments 末尾追加 {id: ID, name: NAME}，保留注释和排版：
        collab dept add customer-service 客服部
    ID 只能包含 a-z、0-9 和 -；部门目录中已有的编号或名称会被拒绝（退出码 2）；会让 collab.yaml
    出现错误的改动与 set 一样被拒绝（列出错误，退出码 1）。从读取到写入都持有工作区的锁；
    --commit 只提交 collab.yaml，作为工作区的改动，提交说明为「collab: departments + ID (名称)」。
    """)

    let run: DirectoryEditRun

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        let words = try Self.positionals(arguments, maximum: 3)
        guard words.count == 3, words[0] == "add" else {
            throw UsageError(Message(en: "dept needs 'add', a department id and its name: \(Self.usage)",
                                     zh: "dept 需要「add」、部门编号和部门名称：\(Self.usage)"), command: Self.name)
        }
        run = DirectoryEditRun(.addDepartment(id: words[1], name: words[2]), arguments)
    }

    func run(_ context: Context) throws -> ExitStatus { try run.run(context) }
}

/// `collab member add NAME --department ID`: a person appended to a department's members.
struct MemberCommand: Command {
    static let name = "member"
    static let abstract = Message(en: "add a person to a department's members in collab.yaml",
                                  zh: "向 collab.yaml 中部门的成员名单添加人员")
    static let usage = "collab member add NAME --department ID [--email E] [--dry-run] [--commit]"
    static let operands = Operands.words(["add"])
    static let options = [
        OptionSpec.option(.department, value: "ID", Message(en: "the department's id in the directory (required)", zh: "部门目录中的部门编号（必填）")),
        OptionSpec.option(.email, value: "E", Message(en: "their git identity's email: the member is written {name: NAME, email: E}",
                                                      zh: "此人 git 身份的邮箱：成员写作 {name: NAME, email: E}")),
    ] + DirectoryEditRun.options
    static let discussion: Message? = Message(en: """
    Appends NAME to the members of the department ID in collab.yaml ('[a, b]' becomes
    '[a, b, NAME]'; a department without members gets a members list), comments and layout
    kept. With --email, the member is {name: NAME, email: E} in the list's own style
    ('[a, {name: NAME, email: E}]', or '- name: NAME' lines in a block list):
        collab member add 钱工程师 --department tech
        collab member add 陈工 --department tech --email chen@example.com
    An unknown department (with a "did you mean") or a name already among its members (with
    another email or not) is refused (exit 2); an email that is not one is refused as collab
    check reports it (exit 1). Locked, checked and committed ('collab: …') as collab dept add.
    """, zh: """
    把 NAME 追加到 collab.yaml 中部门 ID 的成员名单（「[a, b]」变为「[a, b, NAME]」；没有成员
    名单的部门会新增一个），保留注释和排版。带 --email 时，成员按名单原有的写法写作
    {name: NAME, email: E}（「[a, {name: NAME, email: E}]」，块列表则为「- name: NAME」各行）：
        collab member add 钱工程师 --department tech
        collab member add 陈工 --department tech --email chen@example.com
    未知的部门（附「是否想写」提示）或已在成员名单中的人（无论邮箱是否不同）会被拒绝（退出码 2）；
    不是邮箱的 --email 按 collab check 的报告被拒绝（退出码 1）。加锁、检查和提交（「collab: …」）
    与 collab dept add 相同。
    """)

    let run: DirectoryEditRun

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        let words = try Self.positionals(arguments, maximum: 2)
        guard words.count == 2, words[0] == "add" else {
            throw UsageError(Message(en: "member needs 'add' and a name: \(Self.usage)",
                                     zh: "member 需要「add」和人员姓名：\(Self.usage)"), command: Self.name)
        }
        guard let department = arguments.value(.department) else {
            throw UsageError(Message(en: "member add needs --department ID: \(Self.usage)",
                                     zh: "member add 需要 --department 部门编号：\(Self.usage)"), command: Self.name)
        }
        run = DirectoryEditRun(.addMember(name: words[1], department: department, email: arguments.value(.email)), arguments)
    }

    func run(_ context: Context) throws -> ExitStatus { try run.run(context) }
}

/// What `dept add` and `member add` share: the library's directory transaction, `--dry-run`,
/// `--commit`, and the line `collab add` prints for a change.
struct DirectoryEditRun {
    static let options: [OptionSpec] = [
        .flag(.dryRun, Message(en: "check the change and print it, and write nothing", zh: "检查并显示改动，不写入任何内容")),
        .flag(.commit, Message(en: "commit collab.yaml (and nothing else) as 'collab: <the change>'",
                               zh: "只提交 collab.yaml，提交说明为「collab: <改动>」")),
    ]

    let change: DirectoryTransaction.Change
    let dryRun: Bool
    let commit: Bool

    init(_ change: DirectoryTransaction.Change, _ arguments: ParsedArguments) {
        self.change = change
        dryRun = arguments.has(.dryRun)
        commit = arguments.has(.commit)
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        let transaction = DirectoryTransaction(root: workspace.root, commit: commit ? context.gitEnvironment : nil)
        let outcome = try transaction.perform(change, dryRun: dryRun)
        let reporter = TextReporter(language: context.language, color: context.color)
        for finding in outcome.added where finding.severity != .notice {
            var shown = finding
            shown.file = context.displayPath(shown.file, workspace: workspace)
            context.err(reporter.line(shown) + "\n")
        }
        if outcome.result == .refused {
            let errors = outcome.addedErrors, file = WorkspaceLayout.configFile
            context.fail(Message(en: "refused: the change would add \(errors == 1 ? "1 error" : "\(errors) errors") to \(file) (above); nothing was written",
                                 zh: "已拒绝：这次改动会给 \(file) 增加 \(errors) 个错误（见上）；未写入任何内容"))
            return .findings
        }
        context.out("\(WorkspaceLayout.configFile): \(outcome.path) + \(TerminalText.escape(outcome.value))\n")
        if outcome.result == .dryRun {
            context.say(Message(en: "(dry run: nothing was written)", zh: "（试运行：未写入任何内容）"))
        }
        if let committed = outcome.commit {
            context.say(Message(en: "committed \(committed.hex.prefix(7))", zh: "已提交 \(committed.hex.prefix(7))"))
        }
        return .success
    }
}
