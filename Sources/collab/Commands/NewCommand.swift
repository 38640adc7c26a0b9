import CollabKit

/// `collab new ID --title T [--lead DEPT]`: a collaboration at stage define, from the template.
struct NewCommand: Command {
    static let name = "new"
    static let abstract = "start a collaboration from the template, at stage define, opened today"
    static let usage = "collab new ID --title TITLE [--lead DEPT]"
    static let options: [OptionSpec] = [
        .option("--title", value: "TITLE", "the problem's title (required)"),
        .option("--lead", value: "DEPT", "the lead department's id"),
    ]
    static let discussion = """
    Copies templates/collaboration/ of the workspace (or the built-in template where a file
    is absent) to collaborations/ID/ and fills in title, stage, opened date and lead; the
    template's comments stay as they are.
    """

    let id: String
    let title: String
    let lead: String?

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        guard let id = try Self.positionals(arguments, maximum: 1).first else {
            throw UsageError("new needs a collaboration ID", command: Self.name)
        }
        guard Identifier.isCollaborationID(id) else {
            throw UsageError("'\(id)' is not a collaboration id: use a-z, 0-9 and '-', at most 64 characters, starting with a letter or digit", command: Self.name)
        }
        guard let title = arguments.value("--title"), !title.isBlank else {
            throw UsageError("new needs --title TITLE", command: Self.name)
        }
        self.id = id
        self.title = title
        self.lead = arguments.value("--lead")
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        if let lead, let directory = workspace.config.directory, directory[lead] == nil {
            let known = directory.keys.sorted().joined(separator: ", ")
            throw UsageError("--lead '\(lead)' is not in the directory of collab.yaml (\(known))", command: Self.name)
        }
        let folder = Path.join(workspace.root, "collaborations", id)
        if FileSystem.exists(folder) {
            context.err("collab: error: \(context.displayPath("collaborations/\(id)", workspace: workspace)) already exists\n")
            return .failure
        }
        var files: [(RecordFile, [UInt8])] = []
        for file in RecordFile.allCases {
            var bytes = try templateBytes(file, workspace)
            switch file {
            case .problem:
                bytes = try edit(bytes, file, [("title", title), ("stage", Stage.define.rawValue), ("opened", context.today.description)])
            case .stakeholders:
                if let lead { bytes = try edit(bytes, file, [("lead", lead)]) }
            default:
                break
            }
            files.append((file, bytes))
        }
        try CollaborationWriter.create(folder, files, within: workspace.root)
        context.out("Created \(context.displayPath("collaborations/\(id)", workspace: workspace))/ at stage define.\n")
        return .success
    }

    private func templateBytes(_ file: RecordFile, _ workspace: Workspace) throws -> [UInt8] {
        let custom = Path.join(workspace.root, "templates/collaboration", file.fileName)
        if let bytes = try Containment.read(custom, root: workspace.root, limit: YAMLParser.maxFileSize) { return bytes }
        let builtin = BuiltinTemplate.files.first { $0.path == "templates/collaboration/\(file.fileName)" }
        return Array((builtin?.contents ?? "").utf8)
    }

    private func edit(_ bytes: [UInt8], _ file: RecordFile, _ values: [(String, String)]) throws -> [UInt8] {
        var result = bytes
        for (key, value) in values {
            do {
                result = try ScalarEdit.setting([key], to: value, in: result)
            } catch {
                throw FileSystemError("templates/collaboration/\(file.fileName)", "cannot fill in '\(key)': \(error)")
            }
        }
        return result
    }
}
