import CollabKit

/// `collab doctor`: what is and is not set up for collab here, each with the command that fixes
/// it (docs/reference.md §6, §12).
struct DoctorCommand: Command {
    static let name = "doctor"
    static let abstract = Message(en: "show what is and is not set up here (workspace, repository, drivers, attributes, hook, schemas), with the fix for each",
                                  zh: "列出此处已配置和未配置的内容（工作区、仓库、驱动、属性、钩子、schema），并给出各自的修复命令")
    static let usage = "collab doctor"
    static let options: [OptionSpec] = []
    static let discussion: Message? = Message(en: """
    One line per item: ok, missing (with the command that fixes it) or optional. Exit status
    1 when something is missing, 0 otherwise; the pre-commit hook is optional.
    """, zh: """
    每项一行：ok、缺少（附修复命令）或可选。有缺少的项时退出码为 1，否则为 0；pre-commit 钩子
    是可选的。
    """)

    enum State { case ok, missing, optional, info }

    struct Item {
        var state: State
        var what: Message
        var detail: String
        var fix: String?
    }

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        _ = try Self.positionals(arguments, maximum: 0)
    }

    func run(_ context: Context) throws -> ExitStatus {
        let items = Self.items(context)
        let width = items.map { DisplayWidth.of($0.what.text(context.language)) }.max() ?? 0
        for item in items {
            let state: String
            switch item.state {
            case .ok: state = "ok      "
            case .missing: state = context.language == .zh ? "缺少    " : "missing "
            case .optional: state = context.language == .zh ? "可选    " : "optional"
            case .info: state = context.language == .zh ? "信息    " : "info    "
            }
            let what = item.what.text(context.language)
            var line = state + "  " + what + String(repeating: " ", count: width - DisplayWidth.of(what)) + "  " + item.detail
            if let fix = item.fix { line += (context.language == .zh ? "  → 运行：" : "  → run: ") + fix }
            context.out(TerminalText.escape(line) + "\n")
        }
        return items.contains { $0.state == .missing } ? .findings : .success
    }

    static func items(_ context: Context) -> [Item] {
        var items: [Item] = []
        let workspace: Workspace
        do {
            workspace = try context.workspace()
            items.append(Item(state: .ok, what: .workspace, detail: context.displayPath(WorkspaceLayout.configFile, workspace: workspace)))
        } catch {
            items.append(Item(state: .missing, what: .workspace, detail: (error as? Failure)?.message.text(context.language) ?? "\(error)", fix: "collab init"))
            items.append(Item(state: .info, what: .libgit2, detail: LibGit2.version))
            return items
        }
        items.append(schemas(workspace, context))
        guard let repository = try? context.repository(of: workspace), let prefix = try? RepositoryPaths.prefix(of: workspace.root, in: repository) else {
            items.append(Item(state: .missing, what: .repository, detail: Message.notInGit.text(context.language), fix: "git init"))
            items.append(Item(state: .info, what: .libgit2, detail: LibGit2.version))
            return items
        }
        items.append(Item(state: .ok, what: .repository, detail: repository.workdir))
        for key in GitSetup.config(binary: "collab").map(\.key) {
            let written = (try? repository.config(key)) ?? nil
            guard let written else {
                items.append(Item(state: .missing, what: .config(key), detail: Message.notSet.text(context.language), fix: "collab setup"))
                continue
            }
            // A driver must name a program that exists; the name is a label.
            let program = key == "merge.collab.name" ? nil : Self.program(of: written)
            let found = program.map { Self.exists($0, context.environment) } ?? true
            items.append(Item(state: found ? .ok : .missing, what: .config(key),
                              detail: found ? written : Message.programNotFound(program ?? "").text(context.language), fix: found ? nil : "collab setup"))
        }
        let sample = prefix + WorkspaceLayout.collaborationFile("example", RecordFile.tasks.fileName)
        let merge = (try? repository.attribute("merge", for: sample)) ?? nil
        let diff = (try? repository.attribute("diff", for: sample)) ?? nil
        let attributed = merge == "collab" && diff == "collab"
        items.append(Item(state: attributed ? .ok : .missing, what: .attributes,
                          detail: "merge=\(merge ?? "—") diff=\(diff ?? "—")", fix: attributed ? nil : "collab setup"))
        let hookPath = try? repository.hookPath("pre-commit")
        if let hookPath, let bytes = (try? FileSystem.read(hookPath, limit: 1 << 20)) ?? nil {
            let ours = bytes == Array(GitSetup.preCommitHook.utf8)
            items.append(Item(state: ours ? .ok : .optional, what: .hook, detail: ours ? hookPath : Message.otherHook(hookPath).text(context.language)))
        } else {
            items.append(Item(state: .optional, what: .hook, detail: Message.notInstalled.text(context.language), fix: "collab setup --hook"))
        }
        items.append(Item(state: .info, what: .libgit2, detail: LibGit2.version))
        return items
    }

    /// Whether schemas/ holds what this collab writes.
    private static func schemas(_ workspace: Workspace, _ context: Context) -> Item {
        let stale = JSONSchemaWriter.workspaceFiles.filter { file in
            (try? FileSystem.read(Path.join(workspace.root, file.path), limit: 1 << 22)) ?? nil != Array(file.contents.utf8)
        }.map(\.path)
        guard let first = stale.first else {
            return Item(state: .ok, what: .schemas, detail: Message.schemasCurrent.text(context.language))
        }
        return Item(state: .missing, what: .schemas, detail: Message.schemasStale(first, stale.count).text(context.language), fix: "collab schema --write")
    }

    /// The program a driver command runs: its first shell word.
    private static func program(of command: String) -> String {
        String(command.hasPrefix("'") ? command.dropFirst().prefix { $0 != "'" } : command.prefix { $0 != " " })
    }

    /// Whether a program exists: a path that is a file, or a name found on PATH.
    private static func exists(_ program: String, _ environment: [String: String]) -> Bool {
        guard !program.isEmpty else { return false }
        if program.contains("/") { return FileSystem.exists(program) }
        return (environment[.path] ?? "").split(separator: ":").contains { FileSystem.exists(String($0) + "/" + program) }
    }
}

extension Message {
    fileprivate static let workspace = Message(en: "workspace", zh: "工作区")
    fileprivate static let repository = Message(en: "repository", zh: "仓库")
    fileprivate static let attributes = Message(en: ".gitattributes", zh: "git 属性")
    fileprivate static let hook = Message(en: "pre-commit hook", zh: "pre-commit 钩子")
    fileprivate static let schemas = Message(en: "schemas", zh: "schema 文件")
    fileprivate static let libgit2 = Message(en: "libgit2", zh: "libgit2 版本")
    fileprivate static func config(_ key: String) -> Message { Message(en: key, zh: key) }
    fileprivate static let notInGit = Message(en: "not in a git repository", zh: "不在 git 仓库中")
    fileprivate static let notSet = Message(en: "not set", zh: "未设置")
    fileprivate static func programNotFound(_ program: String) -> Message {
        Message(en: "names \(program), which is not found", zh: "指向的 \(program) 不存在")
    }
    fileprivate static let notInstalled = Message(en: "not installed", zh: "未安装")
    fileprivate static func otherHook(_ path: String) -> Message { Message(en: "\(path) is another hook", zh: "\(path) 是别的钩子") }
    fileprivate static let schemasCurrent = Message(en: "schemas/ matches this collab", zh: "schemas/ 与当前 collab 一致")
    fileprivate static func schemasStale(_ first: String, _ count: Int) -> Message {
        Message(en: "\(first) differs from this collab's" + (count > 1 ? " (and \(count - 1) more)" : ""),
                zh: "\(first) 与当前 collab 生成的不同" + (count > 1 ? "（另有 \(count - 1) 个）" : ""))
    }
}
