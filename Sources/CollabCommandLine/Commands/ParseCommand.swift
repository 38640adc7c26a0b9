import CollabKit

/// `collab parse FILE`: plumbing — how collab reads a YAML file, as test-suite events or JSON.
struct ParseCommand: Command {
    static let name = "parse"
    static let abstract = Message(en: "show how collab parses a YAML file (test-suite events or JSON)",
                                  zh: "显示 collab 如何解析一个 YAML 文件（测试套件事件或 JSON）")
    static let usage = "collab parse FILE [--format events|json]"
    typealias Format = ParseFormat
    static let operands = Operands.file
    static let options: [OptionSpec] = []
    static let discussion: Message? = Message(en: """
    Prints the parse of FILE as the YAML test suite's event lines (+STR, +DOC, +MAP,
    =VAL :text, …) or as JSON in which every scalar is a string. Exit status 1, with the
    diagnostic on stderr, when the file is outside collab's YAML subset.
    """, zh: """
    把 FILE 的解析结果输出为 YAML 测试套件的事件行（+STR、+DOC、+MAP、=VAL :text…），或
    输出为所有标量都是字符串的 JSON。文件超出 collab 支持的 YAML 子集时，诊断信息写到
    stderr，退出码为 1。
    """)

    let file: String
    let format: Format

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        format = try Self.format(arguments)
        let positionals = try Self.positionals(arguments, maximum: 1)
        guard let file = positionals.first else { throw UsageError(Message(en: "parse needs a FILE", zh: "parse 需要一个文件（FILE）"), command: Self.name) }
        self.file = file
    }

    func run(_ context: Context) throws -> ExitStatus {
        let path = Path.absolute(file, base: context.directory)
        do {
            guard let document = try YAMLParser.parse(file: path) else {
                throw FileSystemError(file, .noSuchFile)
            }
            context.out(format.render(document, context.renderSettings))
            return .success
        } catch let error as SyntaxError {
            let diagnostic = Diagnostic(file, error)
            context.err(TextReporter(language: context.language).line(diagnostic) + "\n")
            return .findings
        }
    }
}
