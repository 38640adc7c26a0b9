/// `goal-changed` and `due-moved` (docs/reference.md §8): what a change since a base past
/// planning did to the SMART goal and to the tasks' due dates, old → new, each at the value
/// in the current record.
extension HistoryRules {
    static func planFindings(_ current: Collaboration, _ base: Base) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for file in [RecordFile.problem, .tasks] {
            guard let now = current.sources[file], ObjectID.blob(of: now) != base.blobs[file],
                  let new = try? YAMLParser.parse(now) else { continue }
            let old: YAMLDocument?
            if let was = base.read(file) {
                guard let parsed = try? YAMLParser.parse(was) else { continue }
                old = parsed
            } else {
                old = nil
            }
            for change in RecordDiff.changes(file, old: old?.root, new: new.root, collaboration: current.id) {
                guard let rule = PlanChange.rule(for: change) else { continue }
                findings.append(Diagnostic(file: current.path(file), at: location(of: change, in: current), rule: rule,
                                           message: PlanChange.message(for: change), collaboration: current.id))
            }
        }
        return findings
    }

    /// The changed value in the current record; its key, or the mapping holding it, when the
    /// value was removed or is not what the schema reads.
    static func location(of change: RecordChange, in current: Collaboration) -> SourceLocation {
        let segments = change.path?.segments ?? []
        if change.path?.file == .tasks, let table = current.tasks {
            guard case let .item(id, occurrence)? = segments.first(where: { if case .item = $0 { return true } else { return false } }),
                  let task = table.items.filter({ $0.id?.value == id }).dropFirst(occurrence - 1).first else {
                return table.positions.at("tasks").start
            }
            return (task.due?.range ?? task.positions.at("due")).start
        }
        guard let problem = current.problem else { return SourceLocation(offset: 0, line: 1, column: 1) }
        guard let goal = problem.goal else { return problem.positions.at("goal").start }
        let key: String? = segments.count > 1 ? { if case .key(let key) = segments[1] { return key } else { return nil } }() : nil
        let value: SourceRange?
        switch key {
        case "statement": value = goal.statement?.range
        case "metric": value = goal.metric?.range
        case "target": value = goal.target?.range
        case "due": value = goal.due?.range
        default: value = nil
        }
        return (value ?? key.map { goal.positions.at($0) } ?? problem.positions.at("goal")).start
    }
}
