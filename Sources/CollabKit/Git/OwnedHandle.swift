import CGit2

/// A kind of libgit2 handle and the one function that frees it.
protocol LibGit2Handle {
    associatedtype Pointer
    static func free(_ pointer: Pointer)
}

/// The one owner of a libgit2 handle: made by a checked libgit2 call, freed exactly once when
/// the owner goes. It cannot be copied, so no second owner can free it again; every handle
/// collab opens for the length of a call is held by one of these (the long-lived ones are
/// owned by Repository, Commit and Tree).
struct OwnedHandle<Kind: LibGit2Handle>: ~Copyable {
    let pointer: Kind.Pointer

    /// Runs libgit2's `make` with an out-parameter; a failure (or no handle) is `GitError`
    /// saying what collab was doing.
    init(_ what: @autoclosure () -> Message, kind: GitError.Kind = .failed,
         _ make: (inout Kind.Pointer?) -> Int32) throws(GitError) {
        var handle: Kind.Pointer?
        try check(make(&handle), what(), kind: kind)
        guard let handle else { throw GitError(kind, what()) }
        pointer = handle
    }

    /// A handle already made (by a call whose failure needs its own handling).
    init(taking pointer: Kind.Pointer) {
        self.pointer = pointer
    }

    deinit { Kind.free(pointer) }
}

enum RepositoryHandle: LibGit2Handle { static func free(_ pointer: OpaquePointer) { git_repository_free(pointer) } }
enum ObjectDatabaseHandle: LibGit2Handle { static func free(_ pointer: OpaquePointer) { git_odb_free(pointer) } }
enum StoredObjectHandle: LibGit2Handle { static func free(_ pointer: OpaquePointer) { git_odb_object_free(pointer) } }
enum ObjectHandle: LibGit2Handle { static func free(_ pointer: OpaquePointer) { git_object_free(pointer) } }
enum BlobHandle: LibGit2Handle { static func free(_ pointer: OpaquePointer) { git_blob_free(pointer) } }
enum TreeHandle: LibGit2Handle { static func free(_ pointer: OpaquePointer) { git_tree_free(pointer) } }
enum TreeEntryHandle: LibGit2Handle { static func free(_ pointer: OpaquePointer) { git_tree_entry_free(pointer) } }
enum CommitHandle: LibGit2Handle { static func free(_ pointer: OpaquePointer) { git_commit_free(pointer) } }
enum ReferenceHandle: LibGit2Handle { static func free(_ pointer: OpaquePointer) { git_reference_free(pointer) } }
enum IndexHandle: LibGit2Handle { static func free(_ pointer: OpaquePointer) { git_index_free(pointer) } }
enum ConfigHandle: LibGit2Handle { static func free(_ pointer: OpaquePointer) { git_config_free(pointer) } }
enum SignatureHandle: LibGit2Handle {
    static func free(_ pointer: UnsafeMutablePointer<git_signature>) { git_signature_free(pointer) }
}
