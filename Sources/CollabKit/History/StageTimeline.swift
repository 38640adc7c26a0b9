/// One change of a collaboration's stage in the first-parent history.
public struct StageTransition: Sendable, Equatable {
    public var commit: ObjectID
    public var author: Signature
    /// The stage before the commit; nil where problem.yaml is new.
    public var from: String?
    /// The stage after it; nil where problem.yaml was removed.
    public var to: String?
}

/// The stage timeline of docs/reference.md §8: every first-parent commit of HEAD in which the `stage`
/// of problem.yaml differs from its first parent's, oldest first. Trees along the path are
/// read only where they differ from the child commit's, and a file is parsed only when its
/// blob changed, so the cost follows the changes along the path.
public enum StageTimeline {
    public static func transitions(in repository: Repository, from head: Commit, path: String) throws(GitError) -> [StageTransition] {
        var stages: [ObjectID: String?] = [:]
        func stage(_ blob: ObjectID?) throws(GitError) -> String? {
            guard let blob else { return nil }
            if let known = stages[blob] { return known }
            let value = stageValue(try repository.blob(blob))
            stages[blob] = value
            return value
        }
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
                let to = try stage(currentBlob)
                let from = try stage(parentBlob)
                if to != from || (parentBlob == nil) != (currentBlob == nil) {
                    transitions.append(StageTransition(commit: current.id, author: current.author, from: from, to: to))
                }
            }
            guard let parent, let parentChain else { break }
            current = parent
            currentChain = parentChain
        }
        return transitions.reversed()
    }

    /// The `stage:` text of a problem.yaml, nil when it has none or does not parse.
    static func stageValue(_ bytes: [UInt8]) -> String? {
        guard let document = try? YAMLParser.parse(bytes), let value = document.root?.mapping?["stage"]?.scalar,
              !value.isNull else { return nil }
        return value.text
    }
}
