/// `collab check` over a workspace: collab.yaml's findings and every collaboration's,
/// loaded and checked several at a time, in report order.
public enum WorkspaceCheck {
    public static func run(_ workspace: Workspace, ids: [String] = [], today: CalendarDate) throws(WorkspaceError) -> CheckReport {
        let config = workspace.config
        let folders = try workspace.collaborationFolders()
        let findings = try workspace.mapCollaborations(ids, among: folders.ids) { collaboration in
            (collaboration.id, CollaborationCheck.run(RuleContext(collaboration: collaboration, config: config, today: today)))
        }
        let unsafe = ids.isEmpty ? folders.unsafe + folders.skipped : []
        var diagnostics = workspace.diagnostics + unsafe + findings.flatMap(\.1)
        diagnostics.sort(by: Diagnostic.reportOrder)
        return CheckReport(diagnostics: diagnostics, checked: findings.map(\.0))
    }
}
