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
    /// blobs of those commits are read, each once, several at a time (docs/reference.md §13).
    public func planChanges(_ changes: [FolderChange], ids: Set<String>?) throws(GitError) -> [String: [PlanChangeEntry]] {
        let wanted = changes.filter { ids?.contains($0.id) ?? true }
        let (stages, _) = try RecordBlobs.read(problems: Array(Set(wanted.compactMap(\.old.problem))), tasks: [], in: repository)
        var past: [FolderChange] = []
        for change in wanted where PlanChange.isPastPlan(try stages.stage(change.old.problem)) { past.append(change) }
        var blobs = Set<ObjectID>()
        for change in past {
            if change.old.problem != change.new.problem { blobs.formUnion([change.old.problem, change.new.problem].compactMap { $0 }) }
            if change.old.tasks != change.new.tasks { blobs.formUnion([change.old.tasks, change.new.tasks].compactMap { $0 }) }
        }
        let roots = try Self.roots(of: Array(blobs), in: repository)
        var result: [String: [PlanChangeEntry]] = [:]
        let components = (prefix + WorkspaceLayout.collaborationsFolder).split(separator: "/")
        for change in past {
            var found: [PlanChangeEntry] = []
            for (file, old, new) in [(RecordFile.problem, change.old.problem, change.new.problem), (.tasks, change.old.tasks, change.new.tasks)]
            where old != new {
                // What cannot be read (too large, does not parse) is no goal change.
                guard let before = Self.root(old, roots), let after = Self.root(new, roots),
                      Self.mayHoldPlanChange(file, before, after) else { continue }
                for record in RecordDiff.changes(file, old: before, new: after, collaboration: change.id) {
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

    /// Whether the goal or a task's due may differ between two versions: most changes after
    /// plan are progress, and the semantic diff of a whole task table is spared for them.
    private static func mayHoldPlanChange(_ file: RecordFile, _ old: Node?, _ new: Node?) -> Bool {
        switch file {
        case .problem:
            let (before, after) = (old?.mapping?["goal"], new?.mapping?["goal"])
            guard let after else { return before != nil }
            return after.firstDataDifference(from: before) != nil
        case .tasks:
            // Each task's id and due, in order (a reordered table is looked at too).
            func dues(_ root: Node?) -> [String?] {
                (root?.mapping?["tasks"]?.sequence?.items ?? []).flatMap { item in
                    [item.mapping?["id"]?.scalar?.text, item.mapping?["due"]?.scalar?.text]
                }
            }
            return dues(old) != dues(new)
        case .stakeholders, .feedback, .meeting:
            return false
        }
    }

    /// A record blob as read: its root (nil for an empty file), or unreadable.
    private enum Readout: Sendable {
        case root(Node?)
        case unreadable
    }

    /// The root of `blob` (nil inside for no blob or an empty file); nil when unreadable.
    private static func root(_ blob: ObjectID?, _ roots: [ObjectID: Readout]) -> Node?? {
        guard let blob else { return .some(nil) }
        guard case .root(let node)? = roots[blob] else { return nil }
        return .some(node)
    }

    /// Each blob parsed once, on all cores (a repository handle per thread).
    private static func roots(of blobs: [ObjectID], in repository: Repository) throws(GitError) -> [ObjectID: Readout] {
        let parts = blobs.count < 16 ? 1 : 8
        let chunks = (0..<parts).map { part in stride(from: part, to: blobs.count, by: parts).map { blobs[$0] } }
        let results = ConcurrentMap.map(chunks) { chunk -> Result<[ObjectID: Readout], GitError> in
            do throws(GitError) {
                let reader = try repository.reopened()
                var roots: [ObjectID: Readout] = [:]
                for blob in chunk {
                    let document = try reader.blob(blob, limit: YAMLParser.maxFileSize).flatMap { try? YAMLParser.parse($0) }
                    roots[blob] = document.map { .root($0.root) } ?? .unreadable
                }
                return .success(roots)
            } catch {
                return .failure(error)
            }
        }
        var roots: [ObjectID: Readout] = [:]
        for result in results { roots.merge(try result.get()) { $1 } }
        return roots
    }
}

extension StageHistory {
    /// Goal and due changes after plan from the changes of `changes()` (nil outside git).
    public func planChanges(_ changes: [WorkspaceHistory.FolderChange]?, ids: Set<String>?) throws(GitError) -> [String: [PlanChangeEntry]]? {
        guard let changes else { return nil }
        return try history?.planChanges(changes, ids: ids) ?? [:]
    }
}
