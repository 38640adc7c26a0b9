/// One collaboration as an assistant reads it (`collaboration_get`): its records as loaded
/// and the findings `collab check` gives for it, in report order.
public struct CollaborationRecords: Sendable {
    public var collaboration: Collaboration
    public var findings: [Diagnostic]

    public init(collaboration: Collaboration, findings: [Diagnostic]) {
        self.collaboration = collaboration
        self.findings = findings
    }
}

extension Workspace {
    /// The records of collaboration `id` and their findings (workspace-relative paths);
    /// through the workspace's cache when it has one.
    public func records(of id: String, today: CalendarDate) throws(WorkspaceError) -> CollaborationRecords {
        let config = self.config
        guard let records = try mapCollaborations([id], { collaboration in
            CollaborationRecords(collaboration: collaboration,
                                 findings: CollaborationCheck.run(RuleContext(collaboration: collaboration, config: config, today: today))
                                     .sorted(by: Diagnostic.reportOrder))
        }).first else { throw .unknownCollaboration(id) }
        return records
    }
}
