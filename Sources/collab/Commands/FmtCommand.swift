import CollabKit

/// `collab fmt [--check] [ID…]`: the canonical layout for collab.yaml and record files.
struct FmtCommand: Command {
    static let name = "fmt"
    static let abstract = "rewrite record files in canonical layout, comments kept"
    static let usage = "collab fmt [--check] [ID…]"
    static let options: [OptionSpec] = [
        .flag("--check", "list the files that would change and exit 1 if any; write nothing"),
    ]
    static let discussion = """
    Canonical layout: two-space indentation, lists indented under their key, the simplest
    quoting that keeps each value, no trailing spaces, one final newline. Comments and single
    blank lines are kept, and the data is unchanged. Without IDs: collab.yaml and every
    collaboration. Files are rewritten atomically, never over a file changed meanwhile.
    """

    let ids: [String]
    let check: Bool

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        ids = arguments.positionals
        check = arguments.has("--check")
        for id in ids where !Identifier.isCollaborationID(id) {
            throw UsageError("'\(id)' is not a collaboration id ([a-z0-9][a-z0-9-]{0,63})", command: Self.name)
        }
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        let known = try workspace.collaborationIDs()
        for id in ids where !known.contains(id) { throw WorkspaceError.unknownCollaboration(id) }
        var files = ids.isEmpty ? [Workspace.configFile] : []
        for id in ids.isEmpty ? known : ids {
            files += RecordFile.allCases.map { "collaborations/\(id)/\($0.fileName)" }
        }
        var changed = 0
        var unparsable = 0
        for file in files {
            let path = Path.join(workspace.root, file)
            guard let original = try FileSystem.read(path, limit: YAMLParser.maxFileSize) else { continue }
            let shown = context.displayPath(file, workspace: workspace)
            let formatted: [UInt8]
            do {
                formatted = try Formatter.format(original)
            } catch {
                let diagnostic = Diagnostic(file: shown, at: error.location, rule: error.kind.rule, message: error.message)
                context.err(TextReporter().line(diagnostic) + "\n")
                unparsable += 1
                continue
            }
            guard formatted != original else { continue }
            changed += 1
            if check {
                context.out(shown + "\n")
            } else {
                try FileSystem.replace(path, readAs: original, with: formatted)
                context.out("formatted \(shown)\n")
            }
        }
        return unparsable > 0 || (check && changed > 0) ? .findings : .success
    }
}
