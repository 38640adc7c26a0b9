import CollabKit

/// `collab fmt [--check] [ID…]`: the canonical layout for collab.yaml and record files.
struct FmtCommand: Command {
    static let name = "fmt"
    static let abstract = Message(en: "rewrite record files in canonical layout, comments kept",
                                  zh: "把记录文件改写为规范格式，保留注释")
    static let usage = "collab fmt [--check] [ID…]"
    static let operands = Operands.collaborations
    static let options: [OptionSpec] = [
        .flag(.check, Message(en: "list the files whose layout would change (and why, on stderr) and exit 1 if any; write nothing",
                              zh: "列出格式会被改动的文件（原因写在标准错误上），有则以 1 退出；不写入任何文件")),
    ]
    static let discussion: Message? = Message(en: """
    Canonical layout: two-space indentation, lists indented under their key, the simplest
    quoting that keeps each value, no trailing spaces, one final newline. Comments and single
    blank lines are kept, and the data is unchanged. A BOM is removed and CRLF line ends become
    LF; --check accepts a file whose only difference is those (saved by Windows Notepad, say),
    with a note. Without IDs: collab.yaml and every collaboration. Files are rewritten
    atomically, never over a file changed meanwhile.
    """, zh: """
    规范格式：两个空格缩进，列表缩进在其键之下，每个值用能保持原意的最简引号，行尾没有空格，
    文件以一个换行结尾。注释和单个空行都会保留，数据不变。BOM 会被删除，CRLF 行尾改为 LF；
    只差这两点的文件（例如用 Windows 记事本保存的文件），--check 只提示、不算不合格。
    不指定 ID 时处理 collab.yaml 和
    所有协作。文件以原子方式改写，绝不覆盖期间被他人改过的文件。
    """)

    let ids: [String]
    let check: Bool

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        ids = try Self.collaborationIDs(arguments)
        check = arguments.has(.check)
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
                let changes = FormatChanges(original: outcome.original, formatted: formatted)
                if check {
                    // A BOM and CRLF line ends are accepted, as `collab check` accepts them: said, not refused.
                    if changes.onlyLineEnds {
                        context.note(Message(en: "\(shown): fmt \(changes.wouldChange.text(.en)); accepted as it is",
                                             zh: "\(shown)：格式化时\(changes.wouldChange.text(.zh))；现在这样也可以"))
                        continue
                    }
                    changed += 1
                    context.out(shown + "\n")
                    context.err(Message(en: "\(shown): fmt \(changes.wouldChange.text(.en))",
                                        zh: "\(shown)：格式化时\(changes.wouldChange.text(.zh))").text(context.language) + "\n")
                } else {
                    changed += 1
                    try CollaborationTransaction.write(FileWrite(path: outcome.file, bytes: formatted, mode: .replacing(original: outcome.original)),
                                                       within: workspace.root)
                    context.say(Message(en: "formatted \(shown): \(changes.changed.text(.en))",
                                        zh: "已格式化 \(shown)：\(changes.changed.text(.zh))"))
                }
            case .success:
                break
            }
        }
        if check && changed > 0 {
            let pronoun = changed == 1 ? "it" : "them"
            context.err(Message(en: "run 'collab fmt' to lay \(pronoun) out (comments and data are kept)",
                                zh: "运行 'collab fmt' 即可改为规范格式（注释和数据都不变）").text(context.language) + "\n")
        }
        return unparsable > 0 || (check && changed > 0) ? .findings : .success
    }
}
