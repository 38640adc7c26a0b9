import CGit2

extension Repository {
    /// Commits exactly the files under `folder` (a repository-relative path) as they are in
    /// the working tree, on top of HEAD, with `message`, signed by the user's git identity.
    /// Other staged and unstaged changes stay as they were; the index entries of the folder
    /// are updated to match the commit, as `git commit FOLDER` would.
    @discardableResult
    public func commitFolder(_ folder: String, message: String) throws(GitError) -> ObjectID {
        var signature: UnsafeMutablePointer<git_signature>?
        try check(git_signature_default(&signature, pointer), "no git identity to sign the commit: set user.name and user.email (git config)")
        defer { git_signature_free(signature) }
        let parent: Commit? = git_repository_head_unborn(pointer) == 1 ? nil : try head()

        var index: OpaquePointer?
        try check(git_index_new(&index), "cannot create an index")
        defer { git_index_free(index) }
        if let parent {
            let tree = try parent.tree()
            try check(git_index_read_tree(index, tree.pointer), "cannot read HEAD's tree")
        }
        try check(git_index_remove_directory(index, folder, 0), "cannot stage \(folder)")
        for file in try files(under: folder) {
            let bytes: [UInt8]
            do {
                guard let read = try FileSystem.read(Path.join(workdir, file)) else { continue }
                bytes = read
            } catch {
                throw GitError(.failed, "cannot read \(file): \(error.reason)")
            }
            var oid = git_oid()
            try check(bytes.withUnsafeBytes { git_blob_create_from_buffer(&oid, pointer, $0.baseAddress, $0.count) }, "cannot store \(file)")
            var entry = git_index_entry()
            entry.mode = 0o100644
            entry.id = oid
            let code = file.withCString { path in
                entry.path = path
                return git_index_add(index, &entry)
            }
            try check(code, "cannot stage \(file)")
        }
        var treeID = git_oid()
        try check(git_index_write_tree_to(&treeID, index, pointer), "cannot write the tree")
        var tree: OpaquePointer?
        try check(git_tree_lookup(&tree, pointer, &treeID), "cannot read the new tree")
        defer { git_tree_free(tree) }

        var commitID = git_oid()
        var parents: [OpaquePointer?] = parent.map { [$0.pointer] } ?? []
        try check(parents.withUnsafeMutableBufferPointer { buffer in
            git_commit_create(&commitID, pointer, "HEAD", signature, signature, nil, message, tree, buffer.count, buffer.baseAddress)
        }, "cannot create the commit")
        try updateIndex(folder)
        return ObjectID(commitID)
    }

    /// The repository's own index gets the folder's entries as committed; nothing else in it changes.
    private func updateIndex(_ folder: String) throws(GitError) {
        var index: OpaquePointer?
        try check(git_repository_index(&index, pointer), "cannot open the index")
        defer { git_index_free(index) }
        try check(git_index_remove_directory(index, folder, 0), "cannot update the index for \(folder)")
        for file in try files(under: folder) {
            try check(git_index_add_bypath(index, file), "cannot update the index for \(file)")
        }
        try check(git_index_write(index), "cannot write the index")
    }

    /// The regular files under a repository-relative folder of the working tree, recursively.
    private func files(under folder: String) throws(GitError) -> [String] {
        var result: [String] = []
        var pending = [folder]
        while let current = pending.popLast() {
            let entries: [FileSystem.Entry]
            do { entries = try FileSystem.list(Path.join(workdir, current)) } catch { throw GitError(.failed, error.description) }
            for entry in entries where !entry.isSymbolicLink {
                let path = current + "/" + entry.name
                if entry.isDirectory { pending.append(path) } else if !entry.name.hasPrefix(".collab-") { result.append(path) }
            }
        }
        return result.sorted()
    }
}
