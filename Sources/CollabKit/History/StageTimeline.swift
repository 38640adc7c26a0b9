/// One change of a collaboration's stage in the first-parent history.
public struct StageTransition: Sendable, Equatable {
    /// The commit that made the change: on the merged branch where the change came through a
    /// merge (`merge` is then the merge commit).
    public var commit: ObjectID
    public var author: Signature
    /// The stage before the commit; nil where problem.yaml is new.
    public var from: String?
    /// The stage after it; nil where problem.yaml was removed.
    public var to: String?
    /// The merge commit of the first-parent history that brought the change, when it came
    /// from a merged branch.
    public var merge: ObjectID? = nil
}

/// The stage timeline of docs/reference.md §8: every first-parent commit of HEAD in which the `stage`
/// of problem.yaml differs from its first parent's, oldest first. Trees along the path are
/// read only where they differ from the child commit's, and a file is parsed only when its
/// blob changed, so the cost follows the changes along the path.
public enum StageTimeline {
    public static func transitions(in repository: Repository, from head: Commit, path: String) throws(GitError) -> Timeline {
        let stages = StageCache(repository)
        var transitions: [StageTransition] = [], oversized: [OversizedRecord] = []
        let components = path.split(separator: "/")
        var current = head
        var currentChain = try repository.chain(root: current.treeID, components, sharing: nil)
        while true {
            let parent = try current.firstParent()
            let parentChain = try parent.map { commit throws(GitError) in
                try repository.chain(root: commit.treeID, components, sharing: currentChain)
            }
            let currentBlob = currentChain.last ?? nil
            let parentBlob = parentChain?.last ?? nil
            if parentBlob != currentBlob {
                let to = try stages.stage(currentBlob)
                let from = try stages.stage(parentBlob)
                if to == nil, let record = OversizedRecord(currentBlob, path: path, commit: current.id, in: repository) { oversized.append(record) }
                if to != from || (parentBlob == nil) != (currentBlob == nil) {
                    var transition = StageTransition(commit: current.id, author: current.author, from: from, to: to)
                    try attribute(&transition, at: current, path: components, in: repository, stages: stages)
                    transitions.append(transition)
                }
            }
            guard let parent, let parentChain else { break }
            current = parent
            currentChain = parentChain
        }
        return Timeline(transitions: transitions.reversed(), oversized: oversized)
    }

    /// One collaboration's stage changes, oldest first, and the versions of its problem.yaml
    /// too large to read.
    public struct Timeline: Sendable {
        public var transitions: [StageTransition]
        public var oversized: [OversizedRecord]
    }

    /// A change of stage that a merge commit brought is the change of the commit on the merged
    /// branch that made it (docs/reference.md §8); see `branchCommit`.
    static func attribute(_ transition: inout StageTransition, at merge: Commit, path: [Substring], in repository: Repository,
                          stages: StageCache) throws(GitError) {
        let to = transition.to
        guard let found = try branchCommit(at: merge, path: path, in: repository, holds: { blob throws(GitError) in
            try stages.stage(blob) == to && (blob == nil) == (to == nil)
        }) else { return }
        transition.merge = transition.commit
        transition.commit = found.id
        transition.author = found.author
    }

    /// The commit on the branch a merge brought in that made a change the merge shows:
    /// walking back from the merge's second parent to where it forked, the oldest commit
    /// whose file at `path` `holds` (the merge's new state) and whose parent's does not.
    /// Nil for an ordinary commit, and where the merge made the change itself (a conflict
    /// resolved to a new state); a squash merge is an ordinary commit.
    static func branchCommit(at merge: Commit, path: [Substring], in repository: Repository,
                             holds: (ObjectID?) throws(GitError) -> Bool) throws(GitError) -> Commit? {
        guard merge.parentCount > 1, let branch = merge.parent(1), let first = merge.parent(0) else { return nil }
        let fork = repository.mergeBase(first.id, branch.id)
        var found: Commit?
        var current: Commit? = branch
        while let commit = current, commit.id != fork {
            guard try holds(try repository.chain(root: commit.treeID, path, sharing: nil).last ?? nil) else { break }
            found = commit
            current = commit.parent(0)
        }
        return found
    }

    /// The `stage:` text of a problem.yaml, nil when it has none or does not parse.
    static func stageValue(_ bytes: [UInt8]) -> String? {
        guard let document = try? YAMLParser.parse(bytes), let value = document.root?.mapping?["stage"]?.scalar,
              !value.isNull else { return nil }
        return value.text
    }
}

/// The stage each problem.yaml blob holds: every blob read and parsed once in a walk.
final class StageCache {
    private let repository: Repository
    private var stages: [ObjectID: String?]

    init(_ repository: Repository, known: [ObjectID: String?] = [:]) {
        self.repository = repository
        stages = known
    }

    var known: [ObjectID: String?] { stages }

    func stage(_ blob: ObjectID?) throws(GitError) -> String? {
        guard let blob else { return nil }
        if let known = stages[blob] { return known }
        let value = try repository.blob(blob, limit: YAMLParser.maxFileSize).flatMap(StageTimeline.stageValue)
        stages[blob] = value
        return value
    }
}

/// The status of each task (by id) that a tasks.yaml blob holds: every blob read and parsed
/// once in a walk. A task without a status is todo; a file that does not parse has none.
final class TaskStatusCache {
    private let repository: Repository
    private var statuses: [ObjectID: [String: String]]

    init(_ repository: Repository, known: [ObjectID: [String: String]] = [:]) {
        self.repository = repository
        statuses = known
    }

    var known: [ObjectID: [String: String]] { statuses }

    func statuses(_ blob: ObjectID?) throws(GitError) -> [String: String] {
        guard let blob else { return [:] }
        if let known = statuses[blob] { return known }
        var value: [String: String] = [:]
        if let bytes = try repository.blob(blob, limit: YAMLParser.maxFileSize), let document = try? YAMLParser.parse(bytes),
           let items = document.root?.mapping?["tasks"]?.sequence?.items {
            for item in items {
                guard let task = item.mapping, let id = task["id"]?.scalar, !id.isNull else { continue }
                let status = task["status"]?.scalar.flatMap { $0.isNull ? nil : $0.text }
                value[id.text] = status ?? TaskStatus.todo.rawValue
            }
        }
        statuses[blob] = value
        return value
    }
}

/// The record blobs a walk found changed, read and parsed several at a time: each thread
/// reads through its own handle on the repository.
enum RecordBlobs {
    static func read(problems: [ObjectID], tasks: [ObjectID], in repository: Repository) throws(GitError) -> (StageCache, TaskStatusCache) {
        let all = problems.map { ($0, true) } + tasks.map { ($0, false) }
        let parts = all.count < 64 ? 1 : 8
        let chunks = (0..<parts).map { part in stride(from: part, to: all.count, by: parts).map { all[$0] } }
        let results = ConcurrentMap.map(chunks) { chunk -> Result<([ObjectID: String?], [ObjectID: [String: String]]), GitError> in
            do throws(GitError) {
                let reader = try repository.reopened()
                let (stages, statuses) = (StageCache(reader), TaskStatusCache(reader))
                for (blob, isProblem) in chunk {
                    if isProblem { _ = try stages.stage(blob) } else { _ = try statuses.statuses(blob) }
                }
                return .success((stages.known, statuses.known))
            } catch {
                return .failure(error)
            }
        }
        var stages: [ObjectID: String?] = [:], statuses: [ObjectID: [String: String]] = [:]
        for result in results {
            let (someStages, someStatuses) = try result.get()
            stages.merge(someStages) { $1 }
            statuses.merge(someStatuses) { $1 }
        }
        return (StageCache(repository, known: stages), TaskStatusCache(repository, known: statuses))
    }
}
