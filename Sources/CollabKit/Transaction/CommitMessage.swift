/// The message of a commit collab makes: `collab(ID): SUBJECT` for a collaboration,
/// `collab: SUBJECT` for the workspace's own files (collab.yaml's directory) — the one place
/// these shapes are written, so every writer (command line, server, web page) commits alike and
/// nobody reads a workspace change as the commit of a collaboration called `directory`.
public struct CommitMessage: Sendable, Equatable, CustomStringConvertible {
    /// What a commit changes.
    public enum Scope: Sendable, Equatable {
        /// One collaboration's folder.
        case collaboration(String)
        /// The workspace's own files: collab.yaml.
        case workspace
    }

    public var scope: Scope
    /// What changed, in one line.
    public var subject: String

    public init(_ scope: Scope, subject: String) {
        self.scope = scope
        self.subject = subject
    }

    public init(collaboration: String, subject: String) {
        self.init(.collaboration(collaboration), subject: subject)
    }

    /// The collaboration the commit changes; nil for a workspace change.
    public var collaboration: String? {
        if case .collaboration(let id) = scope { return id }
        return nil
    }

    /// The message as committed.
    public var description: String {
        switch scope {
        case .collaboration(let id): return "collab(\(id)): \(subject)"
        case .workspace: return "collab: \(subject)"
        }
    }

    /// A change of collab.yaml's directory (`dept add`, `member add`): `collab: PATH + VALUE`.
    public static func directory(_ path: String, added value: String) -> CommitMessage {
        CommitMessage(.workspace, subject: "\(path) + \(value)")
    }

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
