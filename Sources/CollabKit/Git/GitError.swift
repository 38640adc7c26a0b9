#if canImport(Glibc)
import Glibc
#endif
import CGit2

/// A libgit2 failure: what collab was doing and why it failed, in either language and in
/// collab's words (`GitFailureReason`), never libgit2's own message.
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

/// Every libgit2 call goes through here: a negative code becomes a `GitError` saying what
/// collab was doing and, from the code and `git_error_last()`'s class, why.
@discardableResult
func check(_ code: Int32, _ what: @autoclosure () -> Message, kind: GitError.Kind = .failed) throws(GitError) -> Int32 {
    guard code < 0 else { return code }
    let systemError = errno
    let errorClass = git_error_last().map { $0.pointee.klass } ?? 0
    let doing = what(), reason = GitFailureReason.message(code: code, errorClass: errorClass, systemError: systemError)
    throw GitError(kind, Message(en: "\(doing.text(.en)): \(reason.text(.en))", zh: "\(doing.text(.zh))：\(reason.text(.zh))"))
}
