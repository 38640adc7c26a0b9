import CGit2

/// A libgit2 failure, with libgit2's own message.
public struct GitError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case notARepository
        case bareRepository
        case emptyRepository
        case unknownRevision
        case failed
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

/// Every libgit2 call goes through here: a negative code becomes a `GitError` carrying
/// `git_error_last()`'s message.
@discardableResult
func check(_ code: Int32, _ what: @autoclosure () -> String, kind: GitError.Kind = .failed) throws(GitError) -> Int32 {
    guard code < 0 else { return code }
    let detail = git_error_last().flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "libgit2 error \(code)"
    throw GitError(kind, "\(what()): \(detail)")
}
