import CollabKit

/// `collab completions bash|zsh|fish`: a shell completion script. The scripts know the
/// commands, flags and formats from collab itself and ask `collab completions --ids` (and
/// `--departments`) for the workspace's names as you type.
struct CompletionsCommand: Command {
    static let name = "completions"
    static let abstract = Message(en: "shell completion script for bash, zsh or fish", zh: "生成 bash、zsh 或 fish 的命令补全脚本")
    static let usage = "collab completions bash|zsh|fish"
    static let operands = Operands.words(CompletionScript.Shell.allCases.map(\.rawValue))
    static let options: [OptionSpec] = [
        .flag(.ids, Message(en: "print the workspace's collaboration ids, one per line (the scripts use it)",
                            zh: "逐行输出工作区中的协作编号（供补全脚本使用）")),
        .flag(.departments, Message(en: "print the department ids of collab.yaml, one per line (the scripts use it)",
                                    zh: "逐行输出 collab.yaml 中的部门编号（供补全脚本使用）")),
    ]
    static let discussion: Message? = Message(en: """
    The Debian package and make install put the scripts where the shells find them. Otherwise:

    bash:  source <(collab completions bash)       (or save it in /etc/bash_completion.d/collab)
    zsh:   source <(collab completions zsh)        (or save it as _collab in a folder of $fpath)
    fish:  collab completions fish > ~/.config/fish/completions/collab.fish
    Commands, flags, formats, --color and --status values, file kinds, collaboration ids and
    department ids complete; ids come from the workspace of the current folder (or -C DIR).
    """, zh: """
    Debian 软件包和 make install 已把脚本装到各 shell 会自动查找的位置。否则：

    bash:  source <(collab completions bash)       （或保存到 /etc/bash_completion.d/collab）
    zsh:   source <(collab completions zsh)        （或以 _collab 为名保存到 $fpath 中的文件夹）
    fish:  collab completions fish > ~/.config/fish/completions/collab.fish
    可补全命令、选项、格式、--color 和 --status 的取值、文件类型、协作编号和部门编号；编号
    取自当前文件夹（或 -C DIR）所在的工作区。
    """)

    enum Request { case script(CompletionScript.Shell), ids, departments }

    let request: Request

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        let shells = try Self.positionals(arguments, maximum: 1)
        if arguments.has(.ids) {
            request = .ids
        } else if arguments.has(.departments) {
            request = .departments
        } else if let shell = shells.first.flatMap(CompletionScript.Shell.init(rawValue:)) {
            request = .script(shell)
        } else {
            let given = shells.first
            throw UsageError(Message(en: (given.map { "unknown shell '\($0)'; " } ?? "") + "name a shell: bash, zsh or fish",
                                     zh: (given.map { "未知的 shell「\($0)」；" } ?? "") + "请指定 shell：bash、zsh 或 fish"), command: Self.name)
        }
    }

    func run(_ context: Context) throws -> ExitStatus {
        switch request {
        case .script(let shell):
            context.out(CompletionScript(commands: CommandRegistry.commands, language: context.language).render(shell))
        case .ids, .departments:
            // Completion must never print an error into the user's command line.
            guard let root = try? Workspace.find(from: context.directory), let workspace = try? Workspace.load(root: root) else {
                return .success
            }
            let names: [String]
            if case .ids = request {
                names = (try? workspace.collaborationIDs()) ?? []
            } else {
                names = workspace.config.departments?.items.compactMap { $0.id?.value } ?? []
            }
            for name in names where Identifier.isCollaborationID(name) || Identifier.isDepartmentID(name) {
                context.out(name + "\n")
            }
        }
        return .success
    }
}
