import CollabKit

/// `collab init [DIR]`: a new workspace from the template built into collab.
struct InitCommand: Command {
    static let name = "init"
    static let abstract = Message(en: "create a workspace: collab.yaml, templates/, schemas/ and two example collaborations",
                                  zh: "创建工作区：collab.yaml、templates/、schemas/ 和两个示例协作")
    static let usage = "collab init [DIR] [--no-examples]"
    static let operands = Operands.directory
    static let options: [OptionSpec] = [
        .flag(.noExamples, Message(en: "leave out the examples: the two collaborations and the directory's example people",
                                   zh: "不写入示例：两个示例协作和部门目录中的示例人员")),
    ]
    static let discussion: Message? = Message(en: """
    Writes the built-in workspace template into DIR (default: the current folder), which is
    created if needed, and the .gitattributes line that has git merge and diff the records
    through collab (collab setup configures the drivers). Refuses to overwrite: nothing is
    written if any of its files exists. With --no-examples, collaborations/ starts empty
    and so does the directory of departments in collab.yaml (departments: []), to be
    filled with collab dept add and collab member add.
    """, zh: """
    把内置的工作区模板写入 DIR（默认为当前文件夹），必要时先创建它；并在 .gitattributes 中
    写入一行，让 git 通过 collab 合并和比较记录（驱动由 collab setup 配置）。不会覆盖已有
    文件：只要其中任何一个文件已存在，就什么也不写。加 --no-examples 时 collaborations/ 为空，
    collab.yaml 中的部门目录也为空（departments: []），用 collab dept add 和 collab member add 填写。
    """)

    let target: String
    let examples: Bool

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        target = try Self.positionals(arguments, maximum: 1).first ?? "."
        examples = !arguments.has(.noExamples)
    }

    func run(_ context: Context) throws -> ExitStatus {
        let root = Path.absolute(target, base: context.directory)
        let count: Int
        switch try WorkspaceCreation.create(at: root, examples: examples) {
        case .exists(let first):
            let shown = Path.relative(Path.join(root, first), to: context.directory)
            context.fail(Message(en: "\(shown) already exists; init refuses to overwrite a workspace", zh: "\(shown) 已存在；init 不会覆盖已有的工作区"))
            return .failure
        case .created(let files):
            count = files
        }
        let shown = Path.relative(root, to: context.directory)
        context.say(Message(en: """
        Created a collab workspace in \(shown) (\(count) files).
        Next: 'collab check' to validate it, 'collab new ID --title T' for a collaboration.
        """, zh: """
        已在 \(shown) 创建 collab 工作区（\(count) 个文件）。
        下一步：用「collab check」检查它，用「collab new ID --title 标题」新建一个协作。
        """))
        return .success
    }
}
