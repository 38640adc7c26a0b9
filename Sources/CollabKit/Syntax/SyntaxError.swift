/// Why a file is not in collab's YAML subset. `kind` maps onto the rule ids
/// `syntax`, `unsupported-yaml` and `encoding`.
public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case syntax
        case unsupported = "unsupported-yaml"
        case encoding
    }

    public var kind: Kind
    public var message: Message
    public var location: SourceLocation

    public init(_ kind: Kind, _ message: Message, at location: SourceLocation) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    public var description: String { "\(location): \(message) [\(kind.rawValue)]" }
}

extension SyntaxError {
    /// A file of `size` bytes, more than collab reads (`YAMLParser.maxFileSize`): the finding
    /// at its first line, with its real size.
    public static func tooLarge(_ size: Int) -> SyntaxError {
        SyntaxError(.unsupported, .fileTooLarge(size), at: .start)
    }

    /// The finding for a bounded read that found its file too large; nil for any other error.
    public init?(_ error: FileSystemError) {
        guard case .tooLarge(let size) = error.kind else { return nil }
        self = .tooLarge(size)
    }
}
