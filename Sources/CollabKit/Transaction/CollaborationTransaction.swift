/// One change of a collaboration's records, the same for every way in (command line, server,
/// web page): the collaboration's lock taken → the records read → the change made → checked
/// (a change adding an error is refused, nothing written) → each file written atomically →
/// optionally committed as `collab(ID): …` (docs/reference.md §9). The writers are its
/// methods (`edit`, `advance`, `create`, `recordMeeting`); each returns a typed outcome for
/// the surface to render. It reads no environment: the caller passes the workspace, today
/// and, to commit, where git's environment puts the repository.
public struct CollaborationTransaction: Sendable {
    public let workspace: Workspace
    /// The collaboration's id: its folder is collaborations/ID/.
    public let id: String
    public let today: CalendarDate
    /// Where to find the repository to commit in (as git finds it); nil: nothing is committed.
    public let commit: GitEnvironment?

    public init(workspace: Workspace, collaboration id: String, today: CalendarDate, commit: GitEnvironment? = nil) {
        self.workspace = workspace
        self.id = id
        self.today = today
        self.commit = commit
    }

    /// The collaboration's folder, relative to the workspace root.
    public var folder: String { WorkspaceLayout.collaborationFolder(id) }

    /// Runs `body` holding the lock of the collaboration `id` of the workspace at `root` —
    /// the one way a writer takes it; an absent collaboration is `unknownCollaboration`.
    static func locking<T>(_ id: String, in root: String, _ body: () throws -> T) throws -> T {
        let folder = Path.join(root, WorkspaceLayout.collaborationFolder(id))
        guard FileSystem.isDirectory(folder) else { throw WorkspaceError.unknownCollaboration(id) }
        return try CollaborationLock.holding(folder, within: root, body)
    }

    func locked<T>(_ body: () throws -> T) throws -> T {
        try Self.locking(id, in: workspace.root, body)
    }

    /// The repository to commit in, checked able to take a commit (an identity, no merge in
    /// progress, git's index not locked) before anything is written; nil when not committing.
    func repositoryToCommit() throws -> Repository? {
        guard let commit else { return nil }
        let repository = try Repository.discover(from: workspace.root, environment: commit)
        try repository.checkCanCommit()
        return repository
    }

    /// Writes `files` in order, then commits the files `committed` names (workspace-relative;
    /// the written ones by default) when committing: the one write-and-commit sequence.
    func write(_ files: [FileWrite], committing committed: [String]? = nil, as message: CommitMessage) throws -> ObjectID? {
        try write(files, committing: committed, as: message, to: repositoryToCommit())
    }

    /// `write` with the repository to commit in found (and checked) already: nil, nothing is committed.
    func write(_ files: [FileWrite], committing committed: [String]? = nil, as message: CommitMessage,
               to repository: Repository?) throws -> ObjectID? {
        for file in files { try file.perform(within: workspace.root) }
        guard let repository else { return nil }
        return try self.commit(committed ?? files.map(\.path), as: message, in: repository)
    }

    /// Commits exactly `files` (workspace-relative) with `message`: the one commit path.
    func commit(_ files: [String], as message: CommitMessage, in repository: Repository) throws -> ObjectID {
        let prefix = try RepositoryPaths.prefix(of: workspace.root, in: repository)
        return try repository.commit(files: files.map { prefix + $0 }, message: message.description,
                                     author: commit?.authorTime, committer: commit?.committerTime)
    }

    /// Writes one whole file of the workspace at `root` on its own (collab fmt, collab schema
    /// --write): atomically, holding the lock of the collaboration it belongs to, if any, so
    /// no other writer's change lands between the comparison and the rename.
    public static func write(_ file: FileWrite, within root: String) throws {
        guard let id = file.collaboration else { return try file.perform(within: root) }
        try locking(id, in: root) { try file.perform(within: root) }
    }
}
