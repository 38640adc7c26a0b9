/// `collab check --base REV [--head REV]`: everything `check` does on the working tree (or
/// on the head revision), plus the history rules against the base revision.
public enum HistoryCheck {
    public static func run(_ workspace: Workspace, repository: Repository, base: String, head: String?,
                           ids: [String] = [], today: CalendarDate) throws -> CheckReport {
        let prefix = try RepositoryPaths.prefix(of: workspace.root, in: repository)
        let baseSnapshot = try TreeSnapshot(commit: try repository.commit(base), prefix: prefix)
        var current: [Collaboration]
        var settings = workspace
        if let head {
            let headSnapshot = try TreeSnapshot(commit: try repository.commit(head), prefix: prefix)
            settings = try headSnapshot.workspace(root: workspace.root)
            let all = try headSnapshot.collaborationIDs()
            for id in ids where !all.contains(id) { throw WorkspaceError.unknownCollaboration(id) }
            current = try (ids.isEmpty ? all : ids).map { id throws(GitError) in try headSnapshot.collaboration(id) }
        } else {
            current = try workspace.mapCollaborations(ids) { $0 }
        }
        var diagnostics = settings.diagnostics
        let config = settings.config
        let present = Set(current.map(\.id))
        for collaboration in current {
            diagnostics += CollaborationCheck.run(RuleContext(collaboration: collaboration, config: config, today: today))
            if let base = try baseRecord(collaboration.id, baseSnapshot) {
                diagnostics += HistoryRules.check(current: collaboration, base: base)
            }
        }
        if ids.isEmpty {
            for id in try baseSnapshot.collaborationIDs() where !present.contains(id) {
                if let base = try baseRecord(id, baseSnapshot) { diagnostics += HistoryRules.removed(base) }
            }
        }
        diagnostics.sort(by: Diagnostic.reportOrder)
        return CheckReport(diagnostics: diagnostics, checked: current.map(\.id), history: true)
    }

    private static func baseRecord(_ id: String, _ snapshot: TreeSnapshot) throws(GitError) -> HistoryRules.Base? {
        let blobs = snapshot.blobIDs(id)
        guard !blobs.isEmpty else { return nil }
        return HistoryRules.Base(collaboration: try snapshot.collaboration(id), blobs: blobs) { file in
            try? snapshot.file("collaborations/\(id)/\(file.fileName)")
        }
    }
}
