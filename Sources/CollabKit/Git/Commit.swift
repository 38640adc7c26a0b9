import CGit2

/// Who made a commit and when (seconds since the epoch, with the author's UTC offset).
public struct Signature: Equatable, Sendable {
    public var name: String
    public var email: String
    public var time: Int64
    public var offsetMinutes: Int

    init(_ signature: git_signature) {
        name = signature.name.map { String(cString: $0) } ?? ""
        email = signature.email.map { String(cString: $0) } ?? ""
        time = signature.when.time
        offsetMinutes = Int(signature.when.offset)
    }

    /// `2024-10-05T09:30:00+08:00`: the time in the author's own zone.
    public var iso8601: String {
        let local = time + Int64(offsetMinutes) * 60
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let seconds = Int(local - Int64(days) * 86_400)
        let date = CalendarDate(dayNumber: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        let sign = offsetMinutes < 0 ? "-" : "+"
        let offset = abs(offsetMinutes)
        return "\(date)T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))\(sign)\(two(offset / 60)):\(two(offset % 60))"
    }

    /// The calendar day in the author's zone.
    public var date: CalendarDate {
        let local = time + Int64(offsetMinutes) * 60
        return CalendarDate(dayNumber: Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400))
    }
}

/// A commit, kept alive with its repository.
public final class Commit: @unchecked Sendable {
    private let handle: OwnedHandle<CommitHandle>
    var pointer: OpaquePointer { handle.pointer }
    let repository: Repository

    init(_ pointer: OpaquePointer, repository: Repository) {
        handle = OwnedHandle(taking: pointer)
        self.repository = repository
    }

    public var id: ObjectID { ObjectID(git_commit_id(pointer)) }

    /// The id of its root tree, read without loading the tree.
    public var treeID: ObjectID { ObjectID(git_commit_tree_id(pointer)) }

    public var author: Signature { Signature(git_commit_author(pointer).pointee) }

    /// The first parent, nil for a root commit — and for the last commit of a shallow clone,
    /// whose parent was never fetched (the repository remembers that boundary).
    public func firstParent() throws(GitError) -> Commit? {
        guard git_commit_parentcount(pointer) > 0 else { return nil }
        var parent: OpaquePointer?
        let code = git_commit_parent(&parent, pointer, 0)
        if code == GIT_ENOTFOUND.rawValue && repository.isShallow {
            repository.shallowBoundary = repository.shallowBoundary ?? self.id
            return nil
        }
        let id = self.id
        try check(code, Message(en: "cannot read the parent of \(id)", zh: "无法读取 \(id) 的父提交"))
        guard let parent else { return nil }
        return Commit(parent, repository: repository)
    }

    /// How many parents it has: more than one for a merge.
    public var parentCount: Int { Int(git_commit_parentcount(pointer)) }

    /// The parent at `index` (1 for the branch a merge brought in); nil where it is missing
    /// (a shallow clone).
    public func parent(_ index: Int) -> Commit? {
        guard index < parentCount else { return nil }
        var parent: OpaquePointer?
        guard git_commit_parent(&parent, pointer, UInt32(index)) == 0, let parent else { return nil }
        return Commit(parent, repository: repository)
    }

    public func tree() throws(GitError) -> Tree {
        var tree: OpaquePointer?
        let id = self.id
        try check(git_commit_tree(&tree, pointer), Message(en: "cannot read the tree of \(id)", zh: "无法读取 \(id) 的目录树"))
        guard let tree else { throw GitError(.failed, Message(en: "commit \(id) has no tree", zh: "提交 \(id) 没有目录树")) }
        return Tree(tree, repository: repository)
    }
}
