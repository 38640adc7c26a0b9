import CollabKit

/// `collab schema [KIND] [--write]`: the JSON Schema of a file kind, for editors.
struct SchemaCommand: Command {
    static let name = "schema"
    static let abstract = Message(en: "JSON Schema (draft 2020-12) of collab.yaml and the four record files, for editors",
                                  zh: "collab.yaml 和四种记录文件的 JSON Schema（draft 2020-12），供编辑器使用")
    static let usage = "collab schema [collab|problem|stakeholders|tasks|feedback] [--write]"
    static let operands = Operands.words(RecordSchema.kinds.map(\.name))
    static let options: [OptionSpec] = [
        .flag(.write, Message(en: "(re)write the workspace's schemas/ folder, which the templates' yaml-language-server lines use",
                              zh: "（重新）写入工作区的 schemas/ 文件夹，模板中 yaml-language-server 那一行用的就是它")),
    ]
    static let discussion: Message? = Message(en: """
    Prints the schema of one file kind; without KIND, lists the kinds. Generated from the
    definitions `collab check` uses: keys, enums, dates and ids, with English and Chinese
    titles. `collab init` writes them to schemas/, and each template starts with
    `# yaml-language-server: $schema=…`, so editors with the YAML language server complete
    and validate keys as you type.
    """, zh: """
    输出一种文件的 schema；不指定 KIND 时列出所有文件类型。schema 由 `collab check` 所用的
    定义生成：键、枚举值、日期和编号，带中英文标题。`collab init` 把它们写入 schemas/，每个
    模板开头都有 `# yaml-language-server: $schema=…`，因此装有 YAML 语言服务器的编辑器能在
    输入时补全并检查键。
    """)

    let kind: String?
    let write: Bool

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        kind = try Self.positionals(arguments, maximum: 1).first
        write = arguments.has(.write)
        if let kind, !RecordSchema.kinds.contains(where: { $0.name == kind }) {
            let names = RecordSchema.kinds.map(\.name)
            throw UsageError(Message(en: "unknown file kind '\(kind)'; choose one of \(Language.en.list(names))",
                                     zh: "未知的文件类型「\(kind)」；可选 \(Language.zh.list(names))"), command: Self.name)
        }
        if write && kind != nil { throw UsageError(Message(en: "--write writes every kind; give no KIND with it", zh: "--write 会写出所有类型；不要同时指定 KIND"), command: Self.name) }
    }

    func run(_ context: Context) throws -> ExitStatus {
        if write {
            let workspace = try context.workspace()
            for file in JSONSchemaWriter.workspaceFiles {
                try CollaborationTransaction.write(FileWrite(path: file.path, bytes: Array(file.contents.utf8), mode: .overwriting), within: workspace.root)
                context.say(.wrote(context.displayPath(file.path, workspace: workspace)))
            }
            return .success
        }
        guard let kind, let schema = JSONSchemaWriter.render(kind: kind) else {
            let width = RecordSchema.kinds.map(\.name.count).max() ?? 0
            let fileWidth = RecordSchema.kinds.map(\.file.count).max() ?? 0
            for kind in RecordSchema.kinds {
                context.out(kind.name.padding(width + 2) + kind.file.padding(fileWidth + 2) + Self.title(kind.title, context.language) + "\n")
            }
            return .success
        }
        context.out(schema)
        return .success
    }

    /// The part of a schema's bilingual title ("Task table / 任务表") in the chosen language.
    static func title(_ bilingual: String, _ language: Language) -> String {
        let parts = bilingual.split(separator: " / ").map(String.init)
        guard parts.count == 2 else { return bilingual }
        return language == .zh ? parts[1] : parts[0]
    }
}
