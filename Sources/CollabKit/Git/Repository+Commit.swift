import CGit2

extension Repository {
    /// What must hold before collab writes records it will commit, so that a commit that
    /// cannot be made leaves no record written: an identity to sign with, no merge or rebase
    /// in progress, and no lock on the index or on HEAD's branch.
    public func checkCanCommit() throws(GitError) {
        _ = try defaultSignature()
        guard git_repository_state(pointer) == Int32(GIT_REPOSITORY_STATE_NONE.rawValue) else {
            let workdir = self.workdir
            throw GitError(.failed, Message(en: "a merge, rebase, cherry-pick or revert is in progress in \(workdir); finish or abort it before collab commits", zh: "\(workdir) 中正在进行合并、变基、拣选或还原；请先完成或中止它，collab 才能提交"))
        }
        let gitDir = String(cString: git_repository_path(pointer))
        var locks = [gitDir + "index.lock"]
        var found: OpaquePointer?
        if git_reference_lookup(&found, pointer, "HEAD") == 0, let found {
            let head = OwnedHandle<ReferenceHandle>(taking: found)
            if let target = git_reference_symbolic_target(head.pointer) {
                locks.append(String(cString: git_repository_commondir(pointer)) + String(cString: target) + ".lock")
            }
        }
        for lock in locks where FileSystem.exists(lock) {
            throw GitError(.failed, Message(en: "\(lock) exists: another git command is running, or one was interrupted (then remove the file); nothing was written", zh: "\(lock) 已存在：另一个 git 命令正在运行，或曾被中断（这时请删除该文件）；未写入任何内容"))
        }
    }

    /// Commits exactly `files` (repository-relative paths of files collab wrote), as
    /// `git add FILES && git commit -m MESSAGE -- FILES` would: each file through git's
    /// filters (core.autocrlf…) with the mode git gives it, on top of HEAD; the index gets the
    /// same entries, and nothing else of the index or working tree changes — other staged
    /// changes stay staged and out of the commit. `author` and `committer` date the commit as
    /// GIT_AUTHOR_DATE and GIT_COMMITTER_DATE do for git (nil: now).
    @discardableResult
    public func commit(files: [String], message: String, author: GitTime? = nil, committer: GitTime? = nil) throws(GitError) -> ObjectID {
        try checkCanCommit()
        let authorSignature = try signature(at: author)
        let committerSignature = try signature(at: committer)
        let parent: Commit? = git_repository_head_unborn(pointer) == 1 ? nil : try head()

        let stagedIndex = try OwnedHandle<IndexHandle>(Message(en: "cannot open the index", zh: "无法打开索引")) { git_repository_index(&$0, pointer) }
        let staged = stagedIndex.pointer
        try check(git_index_read(staged, 1), Message(en: "cannot read the index", zh: "无法读取索引"))
        for file in files {
            try check(git_index_add_bypath(staged, file), Message(en: "cannot stage \(file)", zh: "无法暂存 \(file)"))
        }

        let treeIndex = try OwnedHandle<IndexHandle>(Message(en: "cannot create an index", zh: "无法创建索引")) { git_index_new(&$0) }
        let tree = treeIndex.pointer
        if let parent { try check(git_index_read_tree(tree, try parent.tree().pointer), Message(en: "cannot read HEAD's tree", zh: "无法读取 HEAD 的目录树")) }
        for file in files {
            guard let entry = git_index_get_bypath(staged, file, 0) else { throw GitError(.failed, Message(en: "cannot stage \(file)", zh: "无法暂存 \(file)")) }
            var copy = entry.pointee
            try check(git_index_add(tree, &copy), Message(en: "cannot stage \(file)", zh: "无法暂存 \(file)"))
        }
        var treeID = git_oid()
        try check(git_index_write_tree_to(&treeID, tree, pointer), Message(en: "cannot write the tree", zh: "无法写入目录树"))
        let newTree = try OwnedHandle<TreeHandle>(Message(en: "cannot read the new tree", zh: "无法读取新的目录树")) {
            git_tree_lookup(&$0, pointer, &treeID)
        }
        let treeObject = newTree.pointer

        // The index first: it takes git's lock, so a concurrent git command fails it before
        // HEAD moves.
        try check(git_index_write(staged), Message(en: "cannot write the index", zh: "无法写入索引"))
        var commitID = git_oid()
        var parents: [OpaquePointer?] = parent.map { [$0.pointer] } ?? []
        try check(parents.withUnsafeMutableBufferPointer { buffer in
            git_commit_create(&commitID, pointer, "HEAD", authorSignature.pointer, committerSignature.pointer, nil, message, treeObject,
                              buffer.count, buffer.baseAddress)
        }, Message(en: "cannot create the commit", zh: "无法创建提交"))
        return ObjectID(commitID)
    }

    /// The identity git signs with (user.name, user.email), dated `time` (nil: now).
    private func signature(at time: GitTime?) throws(GitError) -> OwnedHandle<SignatureHandle> {
        let signature = try OwnedHandle<SignatureHandle>(Message(en: "no git identity to sign the commit: set user.name and user.email (git config)",
                                                                 zh: "没有 git 身份信息，无法署名提交：请设置 user.name 和 user.email（git config）")) {
            git_signature_default(&$0, pointer)
        }
        guard let time else { return signature }
        let name = signature.pointer.pointee.name, email = signature.pointer.pointee.email
        return try OwnedHandle<SignatureHandle>(Message(en: "cannot date the commit", zh: "无法设置提交日期")) {
            git_signature_new(&$0, name, email, time.seconds, Int32(time.offsetMinutes))
        }
    }
}
