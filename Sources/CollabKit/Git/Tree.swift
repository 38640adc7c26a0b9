import CGit2

/// A tree (folder) of a commit.
public final class Tree: @unchecked Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var id: ObjectID
        public var isTree: Bool
    }

    let pointer: OpaquePointer
    let repository: Repository

    init(_ pointer: OpaquePointer, repository: Repository) {
        self.pointer = pointer
        self.repository = repository
    }

    deinit { git_tree_free(pointer) }

    public var id: ObjectID { ObjectID(git_tree_id(pointer)) }

    /// The entry at a `/`-separated path below this tree, nil when there is none.
    public func entry(_ path: String) -> Entry? {
        var handle: OpaquePointer?
        guard git_tree_entry_bypath(&handle, pointer, path) == 0, let handle else { return nil }
        defer { git_tree_entry_free(handle) }
        return Entry(name: String(cString: git_tree_entry_name(handle)), id: ObjectID(git_tree_entry_id(handle)),
                     isTree: git_tree_entry_type(handle) == GIT_OBJECT_TREE)
    }

    /// The entries directly in this tree.
    public var entries: [Entry] {
        (0..<git_tree_entrycount(pointer)).compactMap { index in
            guard let handle = git_tree_entry_byindex(pointer, index) else { return nil }
            return Entry(name: String(cString: git_tree_entry_name(handle)), id: ObjectID(git_tree_entry_id(handle)),
                         isTree: git_tree_entry_type(handle) == GIT_OBJECT_TREE)
        }
    }

    /// The subtree at `path`, nil when there is none.
    public func subtree(_ path: String) throws(GitError) -> Tree? {
        guard let entry = entry(path), entry.isTree else { return nil }
        var handle: OpaquePointer?
        var oid = entry.id.raw
        try check(git_tree_lookup(&handle, repository.pointer, &oid), Message(en: "cannot read tree \(path)", zh: "无法读取目录树 \(path)"))
        guard let handle else { return nil }
        return Tree(handle, repository: repository)
    }

    /// The bytes of the file at `path`, nil when there is none.
    public func file(_ path: String) throws(GitError) -> [UInt8]? {
        guard let entry = entry(path), !entry.isTree else { return nil }
        return try repository.blob(entry.id)
    }
}
