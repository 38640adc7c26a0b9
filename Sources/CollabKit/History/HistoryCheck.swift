/// `collab check --base REV [--head REV] [--changed]`: everything `check` does on the working
/// tree (or on the head revision), plus the history rules against the base revision
/// (docs/reference.md §8). Folder renames are followed; with `changedOnly`, only
/// collaborations whose records differ from the base are reported (and collab.yaml), so a
/// pull request is judged by what it touches — unless collab.yaml, the templates or the
/// schemas changed, which decide findings everywhere: then every collaboration is.
public enum HistoryCheck {
    public static func run(_ workspace: Workspace, repository: Repository, base: String, head: String?,
                           ids: [String] = [], changedOnly: Bool = false, today: CalendarDate) throws -> CheckReport {
        let prefix = try RepositoryPaths.prefix(of: workspace.root, in: repository)
        let baseSnapshot = try TreeSnapshot(commit: try repository.commit(base), prefix: prefix)
        let headSnapshot = try head.map { revision throws in try TreeSnapshot(commit: try repository.commit(revision), prefix: prefix) }
        var current: [Collaboration]
        var settings = workspace
        var unsafe: [Diagnostic] = []
        let all: [String]
        let headFiles: [String: ObjectID]
        if let headSnapshot {
            settings = try headSnapshot.workspace(root: workspace.root)
            all = try headSnapshot.collaborationIDs()
            for id in ids where !all.contains(id) { throw WorkspaceError.unknownCollaboration(id) }
            current = try (ids.isEmpty ? all : ids).map { id throws(GitError) in try headSnapshot.collaboration(id) }
            headFiles = try WorkspaceWideFiles.fingerprint(headSnapshot)
        } else {
            let folders = try workspace.collaborationFolders()
            all = folders.ids
            current = try workspace.mapCollaborations(ids, among: folders.ids) { $0 }
            if ids.isEmpty { unsafe = folders.unsafe }
            headFiles = try WorkspaceWideFiles.fingerprint(root: workspace.root)
        }
        let widened = WorkspaceWideFiles.changed(try WorkspaceWideFiles.fingerprint(baseSnapshot), headFiles)
        var diagnostics = settings.diagnostics + unsafe
        let config = settings.config
        func blobs(_ collaboration: Collaboration) throws(GitError) -> [RecordFile: ObjectID] {
            try headSnapshot?.blobIDs(collaboration.id) ?? collaboration.sources.mapValues(ObjectID.blob(of:))
        }

        // Renames: folders new at head paired with folders gone since base, by their records.
        let baseIDs = Set(try baseSnapshot.collaborationIDs())
        let present = Set(all + unsafe.compactMap(\.collaboration))
        let gone = baseIDs.subtracting(present).sorted()
        var added: [CollaborationRenames.Folder] = []
        for collaboration in current where !baseIDs.contains(collaboration.id) {
            added.append(CollaborationRenames.Folder(collaboration, blobs: try blobs(collaboration)))
        }
        var removed: [CollaborationRenames.Folder] = []
        var baseRecords: [String: HistoryRules.Base] = [:]
        if !added.isEmpty || ids.isEmpty {
            for id in gone {
                guard let record = try baseRecord(id, baseSnapshot) else { continue }
                baseRecords[id] = record
                removed.append(CollaborationRenames.Folder(record.collaboration, blobs: record.blobs))
            }
        }
        let renames = CollaborationRenames.match(added: added, removed: removed)

        // Removals: judged when the whole workspace is checked, before --changed narrows it.
        if ids.isEmpty {
            let removals = gone.filter { !renames.values.contains($0) }
            let decisions = removals.isEmpty ? nil : try RemovalDecisions(head: current, base: baseSnapshot, renames: renames)
            for id in removals {
                if let record = baseRecords[id] { diagnostics += HistoryRules.removed(record, excused: decisions?.name(id) ?? false) }
            }
        }
        if changedOnly && widened.isEmpty {
            var changed: [Collaboration] = []
            for collaboration in current {
                let renamed = renames[collaboration.id]
                if try renamed != nil || blobs(collaboration) != baseSnapshot.blobIDs(collaboration.id) { changed.append(collaboration) }
            }
            current = changed
        }
        for collaboration in current {
            diagnostics += CollaborationCheck.run(RuleContext(collaboration: collaboration, config: config, today: today))
            if let base = try baseRecord(renames[collaboration.id] ?? collaboration.id, baseSnapshot) {
                diagnostics += HistoryRules.check(current: collaboration, base: base)
            } else {
                diagnostics += HistoryRules.firstAppearance(collaboration)
            }
        }
        diagnostics.sort(by: Diagnostic.reportOrder)
        var report = CheckReport(diagnostics: diagnostics, checked: current.map(\.id), history: true)
        report.widened = changedOnly ? widened : []
        report.renamed = renames.filter { new, _ in current.contains { $0.id == new } }
        return report
    }

    private static func baseRecord(_ id: String, _ snapshot: TreeSnapshot) throws(GitError) -> HistoryRules.Base? {
        let blobs = try snapshot.blobIDs(id)
        guard !blobs.isEmpty else { return nil }
        return HistoryRules.Base(collaboration: try snapshot.collaboration(id), blobs: blobs) { file in
            try? snapshot.file("collaborations/\(id)/\(file.fileName)")
        }
    }
}
