/// `collab check --base REV [--head REV] [--changed]`: everything `check` does on the working
/// tree (or on the head revision), plus the history rules against the base revision. With
/// `changedOnly`, only collaborations whose records differ from the base are reported (and
/// collab.yaml), so a pull request is judged by what it touches.
public enum HistoryCheck {
    public static func run(_ workspace: Workspace, repository: Repository, base: String, head: String?,
                           ids: [String] = [], changedOnly: Bool = false, today: CalendarDate) throws -> CheckReport {
        let prefix = try RepositoryPaths.prefix(of: workspace.root, in: repository)
        let baseSnapshot = try TreeSnapshot(commit: try repository.commit(base), prefix: prefix)
        var current: [Collaboration]
        var settings = workspace
        var unsafe: [Diagnostic] = [], skipped: [Diagnostic] = []
        let headSnapshot = try head.map { revision throws in try TreeSnapshot(commit: try repository.commit(revision), prefix: prefix) }
        if let headSnapshot {
            settings = try headSnapshot.workspace(root: workspace.root)
            let all = try headSnapshot.collaborationIDs()
            for id in ids where !all.contains(id) { throw WorkspaceError.unknownCollaboration(id) }
            current = try (ids.isEmpty ? all : ids).map { id throws(GitError) in try headSnapshot.collaboration(id) }
        } else {
            let folders = try workspace.collaborationFolders()
            current = try workspace.mapCollaborations(ids, among: folders.ids) { $0 }
            if ids.isEmpty { unsafe = folders.unsafe }
            if ids.isEmpty { skipped = folders.skipped }
        }
        var diagnostics = settings.diagnostics + unsafe + skipped
        let config = settings.config
        let present = Set(current.map(\.id) + unsafe.compactMap(\.collaboration))
        if changedOnly {
            var changed: [Collaboration] = []
            for collaboration in current {
                let now = try headSnapshot?.blobIDs(collaboration.id) ?? collaboration.sources.mapValues(ObjectID.blob(of:))
                if now != (try baseSnapshot.blobIDs(collaboration.id)) { changed.append(collaboration) }
            }
            current = changed
        }
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
        let blobs = try snapshot.blobIDs(id)
        guard !blobs.isEmpty else { return nil }
        return HistoryRules.Base(collaboration: try snapshot.collaboration(id), blobs: blobs) { file in
            try? snapshot.file("collaborations/\(id)/\(file.fileName)")
        }
    }
}
