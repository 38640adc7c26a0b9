/// What a command that reads collaborations produced, and what it could not read.
public struct Readout<Row: Sendable>: Sendable {
    public var rows: [Row]
    /// Findings of reading: errors (collab.yaml, collaboration folders it may not follow,
    /// files missing or unparsable, values outside the schema) and notes on entries of
    /// collaborations/ that are skipped. The command shows them all and exits 1 when any is an
    /// error (docs/reference.md §4: nothing is ever left out silently).
    public var problems: [Diagnostic]
}

extension Workspace {
    /// Loads the named collaborations (all when `ids` is empty), transforms each, and
    /// gathers what could not be read on the way.
    public func read<T: Sendable>(_ ids: [String] = [],
                                  _ transform: @escaping @Sendable (Collaboration) -> T) throws(WorkspaceError) -> Readout<T> {
        let folders = try collaborationFolders()
        let results = try mapCollaborations(ids, among: folders.ids) { collaboration in
            (transform(collaboration), collaboration.diagnostics.filter { $0.severity == .error })
        }
        var problems = diagnostics.filter { $0.severity == .error } + (ids.isEmpty ? folders.unsafe + folders.skipped : [])
        problems += results.flatMap(\.1)
        problems.sort(by: Diagnostic.reportOrder)
        return Readout(rows: results.map(\.0), problems: problems)
    }
}
