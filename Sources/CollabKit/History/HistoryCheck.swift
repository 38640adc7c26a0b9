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
        let head = try Head(workspace, snapshot: try head.map { revision throws in
            try TreeSnapshot(commit: try repository.commit(revision), prefix: prefix)
        }, ids: ids)
        let widened = WorkspaceWideFiles.changed(try WorkspaceWideFiles.fingerprint(baseSnapshot), head.files)
        var diagnostics = head.settings.diagnostics + head.unsafe + head.skipped
        var current = head.collaborations

        // Renames: folders new at head paired with folders gone since base, by their records.
        let baseIDs = Set(try baseSnapshot.collaborationIDs())
        let gone = baseIDs.subtracting(head.all + head.unsafe.compactMap(\.collaboration)).sorted()
        var goneRecords: [String: HistoryRules.Base] = [:]
        for id in gone { goneRecords[id] = try baseRecord(id, baseSnapshot) }
        let renames = try Self.renames(current.filter { !baseIDs.contains($0.id) }, gone: goneRecords, head: head)

        // Removals: judged when the whole workspace is checked, before --changed narrows it.
        if ids.isEmpty {
            let removals = gone.filter { !renames.values.contains($0) }
            let decisions = removals.isEmpty ? nil : try RemovalDecisions(head: current, base: baseSnapshot, renames: renames)
            for id in removals {
                if let record = goneRecords[id] { diagnostics += HistoryRules.removed(record, excused: decisions?.name(id) ?? false) }
            }
        }
        if changedOnly && widened.isEmpty {
            var changed: [Collaboration] = []
            for collaboration in current {
                let renamed = renames[collaboration.id]
                if try renamed != nil || head.blobs(collaboration) != baseSnapshot.blobIDs(collaboration.id) { changed.append(collaboration) }
            }
            current = changed
        }
        for collaboration in current {
            diagnostics += CollaborationCheck.run(RuleContext(collaboration: collaboration, config: head.settings.config, today: today))
            // A renamed collaboration's base record was read with the folders gone since base.
            let renamedFrom = renames[collaboration.id].flatMap { goneRecords[$0] }
            if let base = try renamedFrom ?? baseRecord(collaboration.id, baseSnapshot) {
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

    /// The head side: the working tree, or a revision's tree.
    private struct Head {
        var settings: Workspace
        /// Every collaboration id at head; `collaborations` holds those checked.
        var all: [String]
        var collaborations: [Collaboration]
        var unsafe: [Diagnostic] = []
        /// Entries of collaborations/ that are no collaboration (`not-a-collaboration`).
        var skipped: [Diagnostic] = []
        /// The workspace-wide files, by blob id.
        var files: [String: ObjectID]
        let snapshot: TreeSnapshot?

        init(_ workspace: Workspace, snapshot: TreeSnapshot?, ids: [String]) throws {
            self.snapshot = snapshot
            if let snapshot {
                settings = try snapshot.workspace(root: workspace.root)
                all = try snapshot.collaborationIDs()
                for id in ids where !all.contains(id) { throw WorkspaceError.unknownCollaboration(id) }
                collaborations = try (ids.isEmpty ? all : ids).map { id throws(GitError) in try snapshot.collaboration(id) }
                files = try WorkspaceWideFiles.fingerprint(snapshot)
                if ids.isEmpty { skipped = try snapshot.strayEntries() }
            } else {
                let folders = try workspace.collaborationFolders()
                settings = workspace
                all = folders.ids
                collaborations = try workspace.mapCollaborations(ids, among: folders.ids) { $0 }
                if ids.isEmpty { unsafe = folders.unsafe }
                if ids.isEmpty { skipped = folders.skipped }
                files = try WorkspaceWideFiles.fingerprint(root: workspace.root)
            }
        }

        /// The blob ids of a collaboration's record files at head.
        func blobs(_ collaboration: Collaboration) throws(GitError) -> [RecordFile: ObjectID] {
            try snapshot?.blobIDs(collaboration.id) ?? collaboration.sources.mapValues(ObjectID.blob(of:))
        }
    }

    /// New id → base id for each collaboration new at head (`new`) that is a folder gone
    /// since base, renamed.
    private static func renames(_ new: [Collaboration], gone: [String: HistoryRules.Base], head: Head) throws -> [String: String] {
        var added: [CollaborationRenames.Folder] = []
        for collaboration in new { added.append(CollaborationRenames.Folder(collaboration, blobs: try head.blobs(collaboration))) }
        guard !added.isEmpty else { return [:] }
        let removed = gone.values.sorted { $0.collaboration.id < $1.collaboration.id }.map {
            CollaborationRenames.Folder($0.collaboration, blobs: $0.blobs)
        }
        return CollaborationRenames.match(added: added, removed: removed)
    }

    private static func baseRecord(_ id: String, _ snapshot: TreeSnapshot) throws(GitError) -> HistoryRules.Base? {
        let blobs = try snapshot.blobIDs(id)
        guard !blobs.isEmpty else { return nil }
        return HistoryRules.Base(collaboration: try snapshot.collaboration(id), blobs: blobs) { file in
            try? snapshot.file(WorkspaceLayout.collaborationFile(id, file.fileName))
        }
    }
}
