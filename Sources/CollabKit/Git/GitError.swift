import CGit2

/// A libgit2 failure: what collab was doing, in either language, and libgit2's own message.
public struct GitError: Error, Equatable, Sendable, CustomStringConvertible, Failure {
    public enum Kind: Sendable, Equatable {
        case notARepository
        case bareRepository
        case emptyRepository
        case unknownRevision
        case failed
    }

    public var kind: Kind
    public var message: Message

    public init(_ kind: Kind, _ message: Message) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message.text(.en) }
}

/// Every libgit2 call goes through here: a negative code becomes a `GitError` carrying
/// `git_error_last()`'s message.
@discardableResult
func check(_ code: Int32, _ what: @autoclosure () -> Message, kind: GitError.Kind = .failed) throws(GitError) -> Int32 {
    guard code < 0 else { return code }
    let detail = git_error_last().flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "libgit2 error \(code)"
    let doing = what()
    throw GitError(kind, Message(en: "\(doing.text(.en)): \(detail)", zh: "\(doing.text(.zh))：\(detail)"))
}
