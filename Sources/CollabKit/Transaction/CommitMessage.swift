/// The message of a commit collab makes for a collaboration, `collab(ID): SUBJECT`: the one
/// place that shape is written, so every writer (command line, server, web page) commits
/// alike and `collab log` can tell collab's commits by it.
public struct CommitMessage: Sendable, Equatable, CustomStringConvertible {
    /// The collaboration the commit changes.
    public var collaboration: String
    /// What changed, in one line.
    public var subject: String

    public init(collaboration: String, subject: String) {
        self.collaboration = collaboration
        self.subject = subject
    }

    /// The message as committed.
    public var description: String { "collab(\(collaboration)): \(subject)" }

    /// An edit (`set`, `add`, `update`): the change, or the paths of several.
    public static func edit(_ collaboration: String, _ changes: [RecordChange]) -> CommitMessage {
        let subject = changes.count == 1 ? DiffReporter.editLine(changes[0]) : changes.compactMap { $0.path?.description }.joined(separator: ", ")
        return CommitMessage(collaboration: collaboration, subject: subject)
    }

    /// A move to the next stage: `FROM → TO`.
    public static func advance(_ collaboration: String, from: Stage, to: Stage) -> CommitMessage {
        CommitMessage(collaboration: collaboration, subject: "\(from.rawValue) → \(to.rawValue)")
    }

    /// A new collaboration: `new`.
    public static func new(_ collaboration: String) -> CommitMessage {
        CommitMessage(collaboration: collaboration, subject: "new")
    }

    /// New minutes: `meeting DATE-SLUG`.
    public static func meeting(_ collaboration: String, _ name: String) -> CommitMessage {
        CommitMessage(collaboration: collaboration, subject: "meeting \(name)")
    }
}
