/// The outcomes of the transactions as the reports their output formats render: one
/// definition of what `advance`, `new` and `meeting` say, for the command line and any other
/// surface. `shown` turns a workspace-relative path into the one the reader sees.
extension AdvanceOutcome {
    /// The report of the outcome; nil for a closed collaboration, which is a failure to say.
    public func report(_ id: String, shown: (String) -> String = { $0 }) -> AdvanceReport? {
        switch self {
        case .closed:
            return nil
        case .blocked(let from, let to, let blocking):
            var findings = blocking.sorted(by: Diagnostic.reportOrder)
            for index in findings.indices { findings[index].file = shown(findings[index].file) }
            return AdvanceReport(id: id, from: from?.rawValue, to: to?.rawValue, result: .refused, commit: nil, findings: findings)
        case .advanced(let from, let to, let dryRun, let commit):
            return AdvanceReport(id: id, from: from.rawValue, to: to.rawValue, result: dryRun ? .dryRun : .advanced,
                                 commit: commit.map { String($0.hex) }, findings: [])
        }
    }
}

extension CreateOutcome {
    /// The report of a collaboration made; nil when its folder was there already.
    public func report(_ id: String, shown: (String) -> String = { $0 }) -> CreationReport? {
        guard case .created(let folder, let files, let commit) = self else { return nil }
        return CreationReport(id: id, folder: shown(folder), stage: Stage.define.rawValue, files: files.map(shown),
                              commit: commit.map { String($0.hex) })
    }
}

extension MeetingOutcome {
    /// The report of minutes written; nil when the file was there already.
    public func report(_ id: String, shown: (String) -> String = { $0 }) -> MeetingReport? {
        guard case .created(let file, let name, let findings, let commit) = self else { return nil }
        var missing = findings
        for index in missing.indices { missing[index].file = shown(missing[index].file) }
        return MeetingReport(id: id, file: shown(file), name: name, missing: missing, commit: commit.map { String($0.hex) })
    }
}
