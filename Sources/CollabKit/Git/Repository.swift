import CGit2

/// A git repository with a working tree, found from a folder inside it.
public final class Repository: @unchecked Sendable {
    private let handle: OwnedHandle<RepositoryHandle>
    var pointer: OpaquePointer { handle.pointer }
    /// Absolute path of the working tree, without a trailing slash.
    public let workdir: String
    /// In a shallow clone, the first commit a walk found whose parent is missing: history
    /// read through this repository stops there.
    public internal(set) var shallowBoundary: ObjectID?

    var isShallow: Bool { git_repository_is_shallow(pointer) == 1 }

    /// Opens the repository that holds `path`, walking up as git does — or, when the
    /// environment names one (GIT_DIR, GIT_WORK_TREE), that one, as git would. Bare
    /// repositories are refused: collab works on the files of a working tree.
    public static func discover(from path: String, environment: GitEnvironment = GitEnvironment()) throws(GitError) -> Repository {
        LibGit2.initialize()
        if let gitDir = environment.gitDir { return try open(gitDir: gitDir, workTree: environment.workTree) }
        var handle: OpaquePointer?
        let code = git_repository_open_ext(&handle, path, 0, nil)
        if code == GIT_ENOTFOUND.rawValue {
            throw GitError(.notARepository, Message(en: "\(path) is not inside a git repository; history commands need one (git init)", zh: "\(path) 不在 git 仓库中；历史相关的命令需要仓库（git init）"))
        }
        try check(code, Message(en: "cannot open the git repository of \(path)", zh: "无法打开 \(path) 所在的 git 仓库"))
        guard let handle else { throw GitError(.notARepository, Message(en: "\(path) is not inside a git repository", zh: "\(path) 不在 git 仓库中")) }
        let owned = OwnedHandle<RepositoryHandle>(taking: handle)
        guard git_repository_is_bare(handle) == 0, let workdir = git_repository_workdir(handle) else {
            throw GitError(.bareRepository, Message(en: "the repository of \(path) is bare; collab needs a working tree (git clone without --bare)", zh: "\(path) 所在的仓库是裸仓库；collab 需要工作区（git clone 时不要加 --bare）"))
        }
        var path = String(cString: workdir)
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return try Repository(owned, workdir: path)
    }

    /// GIT_DIR's repository; its working tree is GIT_WORK_TREE, else the folder collab runs
    /// in (git's rule when GIT_DIR is set alone).
    static func open(gitDir: String, workTree: String) throws(GitError) -> Repository {
        var handle: OpaquePointer?
        let code = git_repository_open_ext(&handle, gitDir, UInt32(GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue), nil)
        if code == GIT_ENOTFOUND.rawValue {
            throw GitError(.notARepository, Message(en: "GIT_DIR \(gitDir) is not a git repository", zh: "GIT_DIR 指定的 \(gitDir) 不是 git 仓库"))
        }
        try check(code, Message(en: "cannot open the git repository GIT_DIR \(gitDir)", zh: "无法打开 GIT_DIR 指定的 git 仓库 \(gitDir)"))
        guard let handle else { throw GitError(.notARepository, Message(en: "GIT_DIR \(gitDir) is not a git repository", zh: "GIT_DIR 指定的 \(gitDir) 不是 git 仓库")) }
        let owned = OwnedHandle<RepositoryHandle>(taking: handle)
        let set = git_repository_set_workdir(handle, workTree, 0)
        guard set == 0 else {
            try check(set, Message(en: "cannot use \(workTree) as the working tree", zh: "无法把 \(workTree) 用作工作区"))
            throw GitError(.failed, Message(en: "cannot use \(workTree) as the working tree", zh: "无法把 \(workTree) 用作工作区"))
        }
        var path = workTree
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return try Repository(owned, workdir: path)
    }

    /// Another handle on the same repository, for reading objects on another thread (a
    /// libgit2 repository object is used by one thread at a time).
    func reopened() throws(GitError) -> Repository {
        try Repository.open(gitDir: String(cString: git_repository_path(pointer)), workTree: workdir)
    }

    /// The object database, one handle for the repository's life.
    private let objects: OwnedHandle<ObjectDatabaseHandle>
    var odb: OpaquePointer { objects.pointer }

    private init(_ handle: consuming OwnedHandle<RepositoryHandle>, workdir: String) throws(GitError) {
        let pointer = handle.pointer
        objects = try OwnedHandle(Message(en: "cannot open the object database", zh: "无法打开对象数据库")) { git_repository_odb(&$0, pointer) }
        self.handle = handle
        self.workdir = workdir
    }

    /// The commit HEAD points at; a repository without commits is an error that says so.
    public func head() throws(GitError) -> Commit {
        if git_repository_head_unborn(pointer) == 1 {
            let workdir = self.workdir
            throw GitError(.emptyRepository, Message(en: "the repository at \(workdir) has no commits yet", zh: "\(workdir) 的仓库还没有任何提交"))
        }
        return try commit("HEAD")
    }

    /// The commit a revision names: `HEAD~3`, a branch, a tag, a (short) id, `main@{1}`…
    public func commit(_ revision: String) throws(GitError) -> Commit {
        var found: OpaquePointer?
        let code = git_revparse_single(&found, pointer, revision)
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EAMBIGUOUS.rawValue || code == GIT_EINVALIDSPEC.rawValue {
            if revision == "HEAD" || revision.hasPrefix("HEAD"), git_repository_head_unborn(pointer) == 1 {
                let workdir = self.workdir
            throw GitError(.emptyRepository, Message(en: "the repository at \(workdir) has no commits yet", zh: "\(workdir) 的仓库还没有任何提交"))
            }
            throw GitError(.unknownRevision, Message(en: "unknown revision '\(revision)'", zh: "未知的版本「\(revision)」"))
        }
        let object = try OwnedHandle<ObjectHandle>(Message(en: "cannot resolve '\(revision)'", zh: "无法解析版本「\(revision)」"),
                                                   kind: .unknownRevision) { $0 = found; return code }
        var peeled: OpaquePointer?
        guard git_object_peel(&peeled, object.pointer, GIT_OBJECT_COMMIT) == 0, let peeled else {
            throw GitError(.unknownRevision, .notACommit(revision, kind: git_object_type(object.pointer)))
        }
        return Commit(peeled, repository: self)
    }

    /// The two ends of `A..B` (an empty end is HEAD), or nil when `revision` is not a range.
    public func range(_ revision: String) throws(GitError) -> (from: String, to: String)? {
        let bytes = Array(revision.utf8)
        guard let dots = bytes.indices.dropLast().first(where: { bytes[$0] == 0x2E && bytes[$0 + 1] == 0x2E }) else { return nil }
        if dots + 2 < bytes.count && bytes[dots + 2] == 0x2E {
            throw GitError(.unknownRevision, Message(en: "'\(revision)': A...B is not supported; use A..B or two revisions", zh: "「\(revision)」：不支持 A...B；请用 A..B 或两个版本"))
        }
        let from = String(decoding: bytes[..<dots], as: UTF8.self)
        let to = String(decoding: bytes[(dots + 2)...], as: UTF8.self)
        return (from.isEmpty ? "HEAD" : from, to.isEmpty ? "HEAD" : to)
    }

    /// The bytes of a blob, or nil when its object header says it is larger than `limit`:
    /// a large blob is never read whole.
    func blob(_ id: ObjectID, limit: Int) throws(GitError) -> [UInt8]? {
        guard try objectSize(id) <= limit else { return nil }
        var oid = id.raw
        let blob = try OwnedHandle<BlobHandle>(Message(en: "cannot read blob \(id)", zh: "无法读取文件对象 \(id)")) { git_blob_lookup(&$0, pointer, &oid) }
        let size = Int(git_blob_rawsize(blob.pointer))
        guard size > 0, let content = git_blob_rawcontent(blob.pointer) else { return [] }
        return Array(UnsafeRawBufferPointer(start: content, count: size))
    }

    /// An object's size from its header, without reading its content.
    func objectSize(_ id: ObjectID) throws(GitError) -> Int {
        var size = 0
        var type = GIT_OBJECT_ANY
        var oid = id.raw
        try check(git_odb_read_header(&size, &type, odb, &oid), Message(en: "cannot read object \(id)", zh: "无法读取对象 \(id)"))
        return size
    }

    /// The user's identity from git config (user.name, user.email), as `git commit` uses it.
    public func defaultSignature() throws(GitError) -> Signature {
        let signature = try OwnedHandle<SignatureHandle>(Message(en: "no git identity: set user.name and user.email (git config)",
                                                                 zh: "没有 git 身份信息：请设置 user.name 和 user.email（git config）")) {
            git_signature_default(&$0, pointer)
        }
        return Signature(signature.pointer.pointee)
    }
}

/// Where git's environment says the repository is (GIT_DIR, GIT_WORK_TREE), and the dates a
/// commit is to carry (GIT_AUTHOR_DATE, GIT_COMMITTER_DATE), resolved by the command layer;
/// empty when git is to search upward as usual and commits take the current time.
public struct GitEnvironment: Sendable, Equatable {
    public var gitDir: String?
    /// The working tree: GIT_WORK_TREE, or the folder collab runs in.
    public var workTree: String
    /// The author's date of a commit collab makes; nil: now.
    public var authorTime: GitTime?
    /// The committer's date of a commit collab makes; nil: now.
    public var committerTime: GitTime?

    public init(gitDir: String? = nil, workTree: String = ".", authorTime: GitTime? = nil, committerTime: GitTime? = nil) {
        self.gitDir = gitDir
        self.workTree = workTree
        self.authorTime = authorTime
        self.committerTime = committerTime
    }
}

extension Message {
    /// A revision that names an object other than a commit (`HEAD^{tree}`, a blob's id, a tag
    /// of a tree).
    static func notACommit(_ revision: String, kind: git_object_t) -> Message {
        let (en, zh): (String, String)
        switch kind {
        case GIT_OBJECT_TREE: (en, zh) = ("a tree (a folder)", "目录树（文件夹）")
        case GIT_OBJECT_BLOB: (en, zh) = ("a file's content (a blob)", "文件内容（blob）")
        case GIT_OBJECT_TAG: (en, zh) = ("a tag of something other than a commit", "指向非提交对象的标签")
        default: (en, zh) = ("something other than a commit", "非提交对象")
        }
        return Message(en: "'\(revision)' names \(en), not a commit; give a commit, a branch or a tag (HEAD, main, v1.0, a1b2c3d)",
                       zh: "「\(revision)」指向\(zh)，不是提交；请给出提交、分支或标签（HEAD、main、v1.0、a1b2c3d）")
    }
}
