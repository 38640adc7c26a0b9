/// What a command that reads collaborations produced, and what it could not read.
public struct Readout<Row: Sendable>: Sendable {
    public var rows: [Row]
    /// Error-level findings of reading: collab.yaml, collaboration folders it may not follow,
    /// files missing or unparsable, values outside the schema. The command shows them and
    /// exits 1 (docs/reference.md §4: nothing is ever left out silently).
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
        var problems = diagnostics.filter { $0.severity == .error } + (ids.isEmpty ? folders.unsafe : [])
        problems += results.flatMap(\.1)
        problems.sort(by: Diagnostic.reportOrder)
        return Readout(rows: results.map(\.0), problems: problems)
    }
}
