/// A change of the goal or of a task's due made after plan, as the history holds it
/// (docs/reference.md §8): `collab report` shows each one beside the stage history.
public struct PlanChangeEntry: Sendable, Equatable {
    /// `goal-changed` or `due-moved`.
    public var rule: RuleID
    /// The edit path of the changed value: `problem.goal.target`, `tasks.T3.due`.
    public var path: String
    public var old: String?
    public var new: String?
    /// The commit that made the change: on the merged branch where it came through a merge
    /// (`merge` is then the merge commit), as for stage changes.
    public var commit: ObjectID
    public var author: Signature
    public var merge: ObjectID? = nil
}

extension WorkspaceHistory {
    /// The goal and due changes after plan of the collaborations in `ids` (every one when
    /// nil), by collaboration id, oldest first, from the changes `folderChanges` found: a
    /// commit counts when its first parent's stage was execute or later. Only the record
    /// blobs of those commits are read.
    public func planChanges(_ changes: [FolderChange], ids: Set<String>?) throws(GitError) -> [String: [PlanChangeEntry]] {
        let stages = StageCache(repository)
        var result: [String: [PlanChangeEntry]] = [:]
        let components = (prefix + "collaborations").split(separator: "/")
        for change in changes where ids?.contains(change.id) ?? true {
            guard PlanChange.isPastPlan(try stages.stage(change.old.problem)) else { continue }
            var found: [PlanChangeEntry] = []
            for (file, old, new) in [(RecordFile.problem, change.old.problem, change.new.problem), (.tasks, change.old.tasks, change.new.tasks)]
            where old != new {
                for record in try Self.changes(file, old: old, new: new, id: change.id, in: repository) {
                    guard let rule = PlanChange.rule(for: record) else { continue }
                    var entry = PlanChangeEntry(rule: rule, path: record.path?.description ?? file.fileName, old: record.old, new: record.new,
                                                commit: change.commit.id, author: change.commit.author)
                    let path = components + ["\(change.id)", "\(file.fileName)"]
                    if let branch = try StageTimeline.branchCommit(at: change.commit, path: path, in: repository, holds: { $0 == new }) {
                        (entry.commit, entry.author, entry.merge) = (branch.id, branch.author, change.commit.id)
                    }
                    found.append(entry)
                }
            }
            // The walk goes newest first; within a commit the changes keep the file's order.
            result[change.id, default: []].insert(contentsOf: found, at: 0)
        }
        return result
    }

    /// The semantic changes between two blobs of a record file; none when either side is too
    /// large to read or does not parse (what cannot be read is not a goal change).
    private static func changes(_ file: RecordFile, old: ObjectID?, new: ObjectID?, id: String,
                                in repository: Repository) throws(GitError) -> [RecordChange] {
        func parse(_ blob: ObjectID?) throws(GitError) -> Node?? {
            guard let blob else { return .some(nil) }
            guard let bytes = try repository.blob(blob, limit: YAMLParser.maxFileSize), let document = try? YAMLParser.parse(bytes) else { return nil }
            return .some(document.root)
        }
        guard let before = try parse(old), let after = try parse(new) else { return [] }
        return RecordDiff.changes(file, old: before, new: after, collaboration: id)
    }
}

extension StageHistory {
    /// Goal and due changes after plan from the changes of `changes()` (nil outside git).
    public func planChanges(_ changes: [WorkspaceHistory.FolderChange]?, ids: Set<String>?) throws(GitError) -> [String: [PlanChangeEntry]]? {
        guard let changes else { return nil }
        return try history?.planChanges(changes, ids: ids) ?? [:]
    }
}
