import CollabKit

/// `collab setup [--hook]`: configures this clone so git merges and diffs records through
/// collab (docs/reference.md §12).
struct SetupCommand: Command {
    static let name = "setup"
    static let abstract = Message(en: "configure this clone: the merge and diff drivers, the .gitattributes line, optionally the pre-commit hook",
                                  zh: "配置本克隆：合并驱动与 diff 驱动、.gitattributes 中的一行，可选安装 pre-commit 钩子")
    static let usage = "collab setup [--hook]"
    static let options: [OptionSpec] = [
        .flag(.hook, Message(en: "also install the pre-commit hook (refuses a commit while the records it touches have errors)",
                             zh: "同时安装 pre-commit 钩子（所提交的记录有错误时拒绝提交）")),
    ]
    static let discussion: Message? = Message(en: """
    Writes merge.collab.name, merge.collab.driver and diff.collab.command into the clone's
    .git/config (git's configuration is per clone: each person runs this once), and adds
    'collaborations/**/*.yaml merge=collab diff=collab' to the workspace's .gitattributes
    (commit that file). The drivers name this collab binary: 'collab' when that is the one on
    PATH, else its full path. With --hook, .git/hooks/pre-commit runs collab check (with
    --base UPSTREAM --changed when the branch has an upstream) and collab fmt --check on the
    workspaces a commit touches; an existing different hook is not replaced. Run it again at
    any time: what is set already stays.
    """, zh: """
    把 merge.collab.name、merge.collab.driver 和 diff.collab.command 写入本克隆的
    .git/config（git 配置属于每个克隆：每人运行一次），并在工作区的 .gitattributes 中加入
    「collaborations/**/*.yaml merge=collab diff=collab」（请提交该文件）。驱动命令指向当前的
    collab：PATH 中的 collab 正是它时写「collab」，否则写完整路径。加 --hook 时，
    .git/hooks/pre-commit 会对提交涉及的工作区运行 collab check（分支有上游时加 --base 上游
    --changed）和 collab fmt --check；已有的不同钩子不会被替换。可随时再次运行：已设置的内容
    保持不变。
    """)

    let hook: Bool

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        _ = try Self.positionals(arguments, maximum: 0)
        hook = arguments.has(.hook)
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        let repository = try context.repository(of: workspace)
        let binary = GitSetup.shellWord(Self.binary(context.environment))
        for (key, value) in GitSetup.config(binary: binary) {
            if try repository.config(key) == value { continue }
            try repository.setLocalConfig(key, value)
            context.say(Message(en: "set \(key) = \(value)", zh: "已设置 \(key) = \(value)"))
        }
        let attributes = context.displayPath(".gitattributes", workspace: workspace)
        if try GitSetup.writeAttributes(root: workspace.root) {
            context.say(Message(en: "added to \(attributes): \(GitSetup.attributes) (commit it)", zh: "已写入 \(attributes)：\(GitSetup.attributes)（请提交该文件）"))
        }
        if hook {
            switch try GitSetup.installHook(in: repository) {
            case .otherHook(let path):
                context.fail(Message(en: "\(path) exists and is another hook; add the lines of collab's (docs/ci/pre-commit) to it yourself",
                                     zh: "\(path) 已存在，且是别的钩子；请自行把 collab 的钩子（docs/ci/pre-commit）中的几行加进去"))
                return .failure
            case .installed(let path):
                context.say(Message(en: "installed \(path)", zh: "已安装 \(path)"))
            case .present:
                break
            }
        }
        context.say(Message(en: "this clone merges and diffs records through collab", zh: "本克隆已通过 collab 合并和比较记录"))
        return .success
    }

    /// This binary as the drivers should name it: `collab` when PATH finds this very file.
    static func binary(_ environment: [String: String]) -> String {
        let running = FileSystem.realPath("/proc/self/exe") ?? "collab"
        for folder in (environment[.path] ?? "").split(separator: ":") where !folder.isEmpty {
            if FileSystem.realPath(String(folder) + "/collab") == running { return "collab" }
        }
        return running
    }
}
