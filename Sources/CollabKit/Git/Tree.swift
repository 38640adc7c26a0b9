import CGit2

/// A tree (folder) of a commit.
public final class Tree: @unchecked Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var id: ObjectID
        public var isTree: Bool
    }

    private let handle: OwnedHandle<TreeHandle>
    var pointer: OpaquePointer { handle.pointer }
    let repository: Repository

    init(_ pointer: OpaquePointer, repository: Repository) {
        handle = OwnedHandle(taking: pointer)
        self.repository = repository
    }

    public var id: ObjectID { ObjectID(git_tree_id(pointer)) }

    /// The entry at a `/`-separated path below this tree, nil when there is none.
    public func entry(_ path: String) -> Entry? {
        var found: OpaquePointer?
        guard git_tree_entry_bypath(&found, pointer, path) == 0, let found else { return nil }
        let entry = OwnedHandle<TreeEntryHandle>(taking: found)
        return Entry(name: String(cString: git_tree_entry_name(entry.pointer)), id: ObjectID(git_tree_entry_id(entry.pointer)),
                     isTree: git_tree_entry_type(entry.pointer) == GIT_OBJECT_TREE)
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

    /// The bytes of the file at `path`, nil when there is none. A file larger than collab
    /// reads (`YAMLParser.maxFileSize`) is refused from its size in the object header, before
    /// it is read, and the error names it with that size.
    public func file(_ path: String) throws(GitError) -> [UInt8]? {
        guard let entry = entry(path), !entry.isTree else { return nil }
        if let bytes = try repository.blob(entry.id, limit: YAMLParser.maxFileSize) { return bytes }
        let size = try repository.objectSize(entry.id), limit = YAMLParser.maxFileSize
        throw GitError(.failed, Message(en: "\(path) is \(size) bytes in the history, more than the \(limit) collab reads",
                                        zh: "历史中的 \(path) 有 \(size) 字节，超过 collab 读取的上限 \(limit) 字节"))
    }
}
