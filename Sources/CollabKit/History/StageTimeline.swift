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
    public static func transitions(in repository: Repository, from head: Commit, path: String) throws(GitError) -> [StageTransition] {
        let stages = StageCache(repository)
        var transitions: [StageTransition] = []
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
        return transitions.reversed()
    }

    /// A change of stage that a merge commit brought is the change of the commit on the merged
    /// branch that made it (docs/reference.md §8): walking the branch back from the merge's
    /// second parent to where it forked, the oldest commit whose problem.yaml (at `path`) has
    /// the stage the merge has, and whose parent's does not. A merge that made the change
    /// itself (a conflict resolved to a new stage) keeps it; a squash merge is an ordinary commit.
    static func attribute(_ transition: inout StageTransition, at merge: Commit, path: [Substring], in repository: Repository,
                          stages: StageCache) throws(GitError) {
        guard merge.parentCount > 1, let branch = merge.parent(1), let first = merge.parent(0) else { return }
        let fork = repository.mergeBase(first.id, branch.id)
        var found: Commit?
        var current: Commit? = branch
        while let commit = current, commit.id != fork {
            let blob = try repository.chain(root: commit.treeID, path, sharing: nil).last ?? nil
            guard try stages.stage(blob) == transition.to, (blob == nil) == (transition.to == nil) else { break }
            found = commit
            current = commit.parent(0)
        }
        guard let found else { return }
        transition.merge = transition.commit
        transition.commit = found.id
        transition.author = found.author
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
    private var stages: [ObjectID: String?] = [:]

    init(_ repository: Repository) { self.repository = repository }

    func stage(_ blob: ObjectID?) throws(GitError) -> String? {
        guard let blob else { return nil }
        if let known = stages[blob] { return known }
        let value = StageTimeline.stageValue(try repository.blob(blob))
        stages[blob] = value
        return value
    }
}
