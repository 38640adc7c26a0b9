/// A workspace's first-parent history (docs/reference.md §8, §13): one collaboration's stage
/// timeline (`collab log`, `collab report ID`), or every collaboration's timeline and task
/// completions from one walk (`collab report --all`, `collab metrics`), whose cost follows the
/// commits and what they changed, not the collaborations times the commits.
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
    public func transitions(of id: String) throws(GitError) -> StageTimeline.Timeline {
        try StageTimeline.transitions(in: repository, from: head, path: prefix + WorkspaceLayout.collaborationFile(id, RecordFile.problem.fileName))
    }

    /// The stage transitions of every collaboration and, for the tasks named in `tasks` (by
    /// collaboration id), the commit that last made each done, from the changes
    /// `folderChanges` found: every problem.yaml and tasks.yaml blob they name is read and
    /// parsed once, several at a time; a change through a merge is credited to the branch
    /// commit that made it.
    public func flow(_ changes: [FolderChange], tasks wanted: [String: Set<String>]?) throws(GitError) -> FlowHistory {
        var problems = Set<ObjectID>(), tasks = Set<ObjectID>()
        for change in changes {
            if change.problemChanged { problems.formUnion([change.new.problem, change.old.problem].compactMap { $0 }) }
            if change.tasksChanged, wanted?[change.id] != nil { tasks.formUnion([change.new.tasks, change.old.tasks].compactMap { $0 }) }
        }
        let (stages, statuses) = try RecordBlobs.read(problems: Array(problems), tasks: Array(tasks), in: repository)
        var history = FlowHistory()
        var pending = wanted ?? [:]
        var seen = Set<ObjectID>()
        // A record too large to read is left out of the figures, and said.
        func noteIfOversized(_ blob: ObjectID?, _ file: String, _ change: FolderChange) {
            guard let blob, seen.insert(blob).inserted,
                  let record = OversizedRecord(blob, path: prefix + WorkspaceLayout.collaborationFile(change.id, file), commit: change.commit.id, in: repository) else { return }
            history.oversized.append(record)
        }
        let components = (prefix + WorkspaceLayout.collaborationsFolder).split(separator: "/")
        for change in changes {
            let folder = components + ["\(change.id)"]
            let commit = change.commit
            if change.problemChanged {
                let (to, from) = (try stages.stage(change.new.problem), try stages.stage(change.old.problem))
                if to == nil { noteIfOversized(change.new.problem, RecordFile.problem.fileName, change) }
                if to != from || (change.new.problem == nil) != (change.old.problem == nil) {
                    var transition = StageTransition(commit: commit.id, author: commit.author, from: from, to: to)
                    try StageTimeline.attribute(&transition, at: commit, path: folder + [Substring(RecordFile.problem.fileName)], in: repository, stages: stages)
                    history.transitions[change.id, default: []].append(transition)
                }
            }
            guard change.tasksChanged, let names = pending[change.id], !names.isEmpty else { continue }
            let (after, earlier) = (try statuses.statuses(change.new.tasks), try statuses.statuses(change.old.tasks))
            if after.isEmpty { noteIfOversized(change.new.tasks, RecordFile.tasks.fileName, change) }
            for task in names where after[task] == TaskStatus.done.rawValue && earlier[task] != TaskStatus.done.rawValue {
                pending[change.id]?.remove(task)
                var done = TaskDone(commit: commit.id, author: commit.author)
                if let found = try StageTimeline.branchCommit(at: commit, path: folder + [Substring(RecordFile.tasks.fileName)], in: repository, holds: { blob throws(GitError) in
                    try statuses.statuses(blob)[task] == TaskStatus.done.rawValue
                }) {
                    done = TaskDone(commit: found.id, author: found.author, merge: commit.id)
                }
                history.taskDone[change.id, default: [:]][task] = done
            }
        }
        history.transitions = history.transitions.mapValues { $0.reversed() }
        return history
    }

    /// A collaboration folder that a first-parent commit changed: its problem.yaml and
    /// tasks.yaml blobs in the commit and in its parent.
    public struct FolderChange: @unchecked Sendable {
        var id: String
        var commit: Commit
        var new: (problem: ObjectID?, tasks: ObjectID?)
        var old: (problem: ObjectID?, tasks: ObjectID?)
        var problemChanged: Bool { new.problem != old.problem }
        var tasksChanged: Bool { new.tasks != old.tasks }
    }

    /// Every change of a collaboration's problem.yaml or tasks.yaml down the first-parent
    /// history, newest first: trees only, no record is read.
    public func folderChanges() throws(GitError) -> [FolderChange] {
        let components = (prefix + WorkspaceLayout.collaborationsFolder).split(separator: "/")
        func files(_ folder: ObjectID?) throws(GitError) -> (problem: ObjectID?, tasks: ObjectID?) {
            guard let folder else { return (nil, nil) }
            let entries = try repository.entries(of: folder)
            func blob(_ name: String) -> ObjectID? { entries[name].flatMap { $0.isTree ? nil : $0.id } }
            return (blob(RecordFile.problem.fileName), blob(RecordFile.tasks.fileName))
        }
        var changes: [FolderChange] = []
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
                    let change = FolderChange(id: entry.name, commit: current, new: try files(entry.new), old: try files(entry.old))
                    if change.problemChanged || change.tasksChanged { changes.append(change) }
                }
            }
            guard let parent, let parentChain else { break }
            current = parent
            currentChain = parentChain
        }
        return changes
    }
}

/// What one walk of the history found for every collaboration.
public struct FlowHistory: Sendable {
    /// Stage transitions by collaboration id, oldest first.
    public var transitions: [String: [StageTransition]] = [:]
    /// By collaboration id and task id: the latest commit that made the task's status done
    /// (for the tasks the walk was asked about).
    public var taskDone: [String: [String: TaskDone]] = [:]
    /// Record files in the history too large to read (over `YAMLParser.maxFileSize`), never
    /// read whole: that version counts as unreadable (no stage, no task statuses), as a file
    /// that does not parse does.
    public var oversized: [OversizedRecord] = []
}

/// A record file in some commit of the history that collab does not read: its size in the
/// object header is over the limit.
public struct OversizedRecord: Sendable, Equatable {
    public var path: String
    public var commit: ObjectID
    public var size: Int

    /// The record at `path` in `commit` when its blob is over the limit; nil otherwise.
    init?(_ blob: ObjectID?, path: String, commit: ObjectID, in repository: Repository) {
        guard let blob, let size = try? repository.objectSize(blob), size > YAMLParser.maxFileSize else { return nil }
        (self.path, self.commit, self.size) = (path, commit, size)
    }

    public var message: Message {
        let commit = self.commit.hex.prefix(7), limit = YAMLParser.maxFileSize
        return Message(en: "\(path) in commit \(commit) is \(size) bytes, more than the \(limit) collab reads; that version is taken as unreadable, like a file that does not parse",
                       zh: "提交 \(commit) 中的 \(path) 有 \(size) 字节，超过 collab 读取的上限 \(limit) 字节；该版本按无法读取处理（与无法解析的文件相同）")
    }
}

/// The commit that made a task done: on the merged branch where the change came through a
/// merge (`merge` is then the merge commit), as for stage changes.
public struct TaskDone: Sendable, Equatable {
    public var commit: ObjectID
    public var author: Signature
    public var merge: ObjectID? = nil

    /// The day it was done, in the author's time zone.
    public var date: CalendarDate { author.date }
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
    public func transitions(_ id: String) throws(GitError) -> StageTimeline.Timeline? {
        guard repository != nil else { return nil }
        return try history?.transitions(of: id) ?? StageTimeline.Timeline(transitions: [], oversized: [])
    }

    /// The first half of a walk, which reads no record: what changed where (nil outside git).
    public func changes() throws(GitError) -> [WorkspaceHistory.FolderChange]? {
        guard repository != nil else { return nil }
        return try history?.folderChanges() ?? []
    }

    /// The second half: the timelines and task completions those changes hold.
    public func flow(_ changes: [WorkspaceHistory.FolderChange]?, tasks: [String: Set<String>]?) throws(GitError) -> FlowHistory? {
        guard let changes else { return nil }
        return try history?.flow(changes, tasks: tasks) ?? FlowHistory()
    }
}
