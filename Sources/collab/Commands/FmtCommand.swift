import CollabKit

/// `collab fmt [--check] [ID…]`: the canonical layout for collab.yaml and record files.
struct FmtCommand: Command {
    static let name = "fmt"
    static let abstract = Message(en: "rewrite record files in canonical layout, comments kept",
                                  zh: "把记录文件改写为规范格式，保留注释")
    static let usage = "collab fmt [--check] [ID…]"
    static let operands = Operands.collaborations
    static let options: [OptionSpec] = [
        .flag("--check", Message(en: "list the files that would change and exit 1 if any; write nothing",
                                 zh: "列出会被改写的文件，有则以 1 退出；不写入任何文件")),
    ]
    static let discussion: Message? = Message(en: """
    Canonical layout: two-space indentation, lists indented under their key, the simplest
    quoting that keeps each value, no trailing spaces, one final newline. Comments and single
    blank lines are kept, and the data is unchanged. Without IDs: collab.yaml and every
    collaboration. Files are rewritten atomically, never over a file changed meanwhile.
    """, zh: """
    规范格式：两个空格缩进，列表缩进在其键之下，每个值用能保持原意的最简引号，行尾没有空格，
    文件以一个换行结尾。注释和单个空行都会保留，数据不变。不指定 ID 时处理 collab.yaml 和
    所有协作。文件以原子方式改写，绝不覆盖期间被他人改过的文件。
    """)

    let ids: [String]
    let check: Bool

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        ids = try Self.collaborationIDs(arguments)
        check = arguments.has("--check")
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        var changed = 0
        var unparsable = 0
        for outcome in try WorkspaceFormat.run(workspace, ids: ids) {
            let shown = context.displayPath(outcome.file, workspace: workspace)
            switch outcome.result {
            case .failure(let error):
                let diagnostic = Diagnostic(file: shown, at: error.location, rule: error.kind.rule, message: error.message)
                context.err(TextReporter(language: context.language).line(diagnostic) + "\n")
                unparsable += 1
            case .success(let formatted) where formatted != outcome.original:
                changed += 1
                if check {
                    context.out(shown + "\n")
                } else {
                    let path = Path.join(workspace.root, outcome.file)
                    let replace = { try FileSystem.replace(path, readAs: outcome.original, with: formatted, within: workspace.root) }
                    // A record file is replaced holding its collaboration's lock, so no other
                    // writer's change can land between the comparison and the rename.
                    if let id = Self.collaboration(of: outcome.file) {
                        try CollaborationLock.holding(Path.join(workspace.root, WorkspaceLayout.collaborationFolder(id)), within: workspace.root, replace)
                    } else {
                        try replace()
                    }
                    context.say(Message(en: "formatted \(shown)", zh: "已格式化 \(shown)"))
                }
            case .success:
                break
            }
        }
        return unparsable > 0 || (check && changed > 0) ? .findings : .success
    }

    /// The collaboration a workspace-relative record path belongs to, if any (its lock guards
    /// the file, meetings included).
    static func collaboration(of file: String) -> String? {
        WorkspaceLayout.collaborationID(ofFileAt: file)
    }
}
