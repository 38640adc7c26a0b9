import CollabKit

/// `collab fmt [--check] [ID…]`: the canonical layout for collab.yaml and record files.
struct FmtCommand: Command {
    static let name = "fmt"
    static let abstract = "rewrite record files in canonical layout, comments kept"
    static let usage = "collab fmt [--check] [ID…]"
    static let operands = Operands.collaborations
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
                    try FileSystem.replace(Path.join(workspace.root, outcome.file), readAs: outcome.original, with: formatted, within: workspace.root)
                    context.out("formatted \(shown)\n")
                }
            case .success:
                break
            }
        }
        return unparsable > 0 || (check && changed > 0) ? .findings : .success
    }
}
