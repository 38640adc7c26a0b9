/// A workspace's first-parent history, read once for every collaboration (docs/reference.md
/// §8): each commit's `collaborations/` tree is compared with its parent's once, only the
/// folders that differ are entered, and each problem.yaml blob is parsed once. `collab log`,
/// `collab report` and `collab report --all` read their stage timelines here.
public struct WorkspaceHistory {
    public let repository: Repository
    let head: Commit
    /// The workspace folder inside the repository, "" or ending in "/".
    let prefix: String

    public init(repository: Repository, head: Commit, prefix: String) {
        self.repository = repository
        self.head = head
        self.prefix = prefix
    }

    /// The stage transitions of one collaboration, oldest first: only its problem.yaml is
    /// followed down the history.
    public func transitions(of id: String) throws(GitError) -> [StageTransition] {
        try StageTimeline.transitions(in: repository, from: head, path: prefix + "collaborations/\(id)/problem.yaml")
    }

    /// The stage transitions of every collaboration the history knows, oldest first, from
    /// one walk: its cost is the commits times what each changed, not times the collaborations.
    public func allTransitions() throws(GitError) -> [String: [StageTransition]] {
        let components = (prefix + "collaborations").split(separator: "/")
        let stages = StageCache(repository)
        func problemBlob(_ folder: ObjectID?) -> ObjectID? {
            guard let folder, let entry = (try? repository.entries(of: folder))?["problem.yaml"], !entry.isTree else { return nil }
            return entry.id
        }
        var byID: [String: [StageTransition]] = [:]
        var current = head
        var currentChain = try repository.chain(root: current.treeID, components, sharing: nil)
        // Each collaborations/ tree is read once: as the parent of one commit it is kept to be
        // the child of the next.
        var currentTree = try repository.rawTree(currentChain.last ?? nil)
        while true {
            let parent = try current.firstParent()
            let parentChain = try parent.map { commit throws(GitError) in
                try repository.chain(root: commit.treeID, components, sharing: currentChain)
            }
            let (now, before) = (currentChain.last ?? nil, parentChain?.last ?? nil)
            if now != before {
                let parentTree = try repository.rawTree(before)
                let changed = parentTree.withUnsafeBytes { old in currentTree.withUnsafeBytes { new in Repository.changedEntries(old, new) } }
                currentTree = parentTree
                for entry in changed where !entry.name.hasPrefix(".") {
                    let (newBlob, oldBlob) = (problemBlob(entry.new), problemBlob(entry.old))
                    guard newBlob != oldBlob else { continue }
                    let (to, from) = (try stages.stage(newBlob), try stages.stage(oldBlob))
                    if to != from || (newBlob == nil) != (oldBlob == nil) {
                        var transition = StageTransition(commit: current.id, author: current.author, from: from, to: to)
                        try StageTimeline.attribute(&transition, at: current, path: components + ["\(entry.name)", "problem.yaml"],
                                                    in: repository, stages: stages)
                        byID[entry.name, default: []].append(transition)
                    }
                }
            }
            guard let parent, let parentChain else { break }
            current = parent
            currentChain = parentChain
        }
        return byID.mapValues { $0.reversed() }
    }
}

/// The stage history of a workspace's collaborations where it is in a git repository:
/// nothing outside git (no history to show), empty timelines before the first commit.
public struct StageHistory {
    public let repository: Repository?
    let history: WorkspaceHistory?

    public init(_ workspace: Workspace, environment: GitEnvironment) {
        let located = RepositoryPaths.locate(workspace.root, environment: environment)
        repository = located?.repository
        if let located, let head = try? located.repository.head() {
            history = WorkspaceHistory(repository: located.repository, head: head, prefix: located.prefix)
        } else {
            history = nil
        }
    }

    /// One collaboration's timeline, following it alone.
    public func transitions(_ id: String) throws(GitError) -> [StageTransition]? {
        guard repository != nil else { return nil }
        return try history?.transitions(of: id) ?? []
    }

    /// Every collaboration's timeline, from one walk (a collaboration the history never saw
    /// has none).
    public func allTransitions() throws(GitError) -> [String: [StageTransition]]? {
        guard repository != nil else { return nil }
        return try history?.allTransitions() ?? [:]
    }
}
