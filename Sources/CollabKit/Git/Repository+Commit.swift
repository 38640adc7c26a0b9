import CGit2

extension Repository {
    /// What must hold before collab writes records it will commit, so that a commit that
    /// cannot be made leaves no record written: an identity to sign with, no merge or rebase
    /// in progress, and no lock on the index or on HEAD's branch.
    public func checkCanCommit() throws(GitError) {
        _ = try defaultSignature()
        guard git_repository_state(pointer) == Int32(GIT_REPOSITORY_STATE_NONE.rawValue) else {
            throw GitError(.failed, "a merge, rebase, cherry-pick or revert is in progress in \(workdir); finish or abort it before collab commits")
        }
        let gitDir = String(cString: git_repository_path(pointer))
        var locks = [gitDir + "index.lock"]
        var head: OpaquePointer?
        if git_reference_lookup(&head, pointer, "HEAD") == 0, let head {
            if let target = git_reference_symbolic_target(head) {
                locks.append(String(cString: git_repository_commondir(pointer)) + String(cString: target) + ".lock")
            }
            git_reference_free(head)
        }
        for lock in locks where FileSystem.exists(lock) {
            throw GitError(.failed, "\(lock) exists: another git command is running, or one was interrupted (then remove the file); nothing was written")
        }
    }

    /// Commits exactly `files` (repository-relative paths of files collab wrote), as
    /// `git add FILES && git commit -m MESSAGE -- FILES` would: each file through git's
    /// filters (core.autocrlf…) with the mode git gives it, on top of HEAD; the index gets the
    /// same entries, and nothing else of the index or working tree changes — other staged
    /// changes stay staged and out of the commit.
    @discardableResult
    public func commit(files: [String], message: String) throws(GitError) -> ObjectID {
        try checkCanCommit()
        var signature: UnsafeMutablePointer<git_signature>?
        try check(git_signature_default(&signature, pointer), "no git identity to sign the commit: set user.name and user.email (git config)")
        defer { git_signature_free(signature) }
        let parent: Commit? = git_repository_head_unborn(pointer) == 1 ? nil : try head()

        var staged: OpaquePointer?
        try check(git_repository_index(&staged, pointer), "cannot open the index")
        defer { git_index_free(staged) }
        try check(git_index_read(staged, 1), "cannot read the index")
        for file in files {
            try check(git_index_add_bypath(staged, file), "cannot stage \(file)")
        }

        var tree: OpaquePointer?
        try check(git_index_new(&tree), "cannot create an index")
        defer { git_index_free(tree) }
        if let parent { try check(git_index_read_tree(tree, try parent.tree().pointer), "cannot read HEAD's tree") }
        for file in files {
            guard let entry = git_index_get_bypath(staged, file, 0) else { throw GitError(.failed, "cannot stage \(file)") }
            var copy = entry.pointee
            try check(git_index_add(tree, &copy), "cannot stage \(file)")
        }
        var treeID = git_oid()
        try check(git_index_write_tree_to(&treeID, tree, pointer), "cannot write the tree")
        var treeObject: OpaquePointer?
        try check(git_tree_lookup(&treeObject, pointer, &treeID), "cannot read the new tree")
        defer { git_tree_free(treeObject) }

        // The index first: it takes git's lock, so a concurrent git command fails it before
        // HEAD moves.
        try check(git_index_write(staged), "cannot write the index")
        var commitID = git_oid()
        var parents: [OpaquePointer?] = parent.map { [$0.pointer] } ?? []
        try check(parents.withUnsafeMutableBufferPointer { buffer in
            git_commit_create(&commitID, pointer, "HEAD", signature, signature, nil, message, treeObject, buffer.count, buffer.baseAddress)
        }, "cannot create the commit")
        return ObjectID(commitID)
    }
}
