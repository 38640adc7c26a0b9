#if canImport(Glibc)
import Glibc
#endif

/// A record file of a collaboration folder: one of the four every collaboration has, or one
/// meeting of its `meetings/` folder, named by its file name without `.yaml`
/// (`2024-06-15-kickoff`; docs/reference.md §11).
public enum RecordFile: Hashable, Comparable, Sendable {
    case problem, stakeholders, tasks, feedback
    case meeting(String)

    /// The four files every collaboration has, in the order findings and diffs list them.
    public static let required: [RecordFile] = [.problem, .stakeholders, .tasks, .feedback]

    /// The file's path inside the collaboration folder: `tasks.yaml`,
    /// `meetings/2024-06-15-kickoff.yaml`.
    public var fileName: String {
        switch self {
        case .meeting(let name): return WorkspaceLayout.meetingsFolder + "/" + name + ".yaml"
        case .problem, .stakeholders, .tasks, .feedback: return name + ".yaml"
        }
    }

    /// How an edit path (§9) names the file: `tasks`, `meetings.2024-06-15-kickoff`.
    public var name: String {
        switch self {
        case .problem, .stakeholders, .tasks, .feedback: return kind.name
        case .meeting(let name): return WorkspaceLayout.meetingsFolder + "." + name
        }
    }

    /// One of the four files by its path name (`tasks`), nil for anything else.
    public init?(requiredName: String) {
        guard let file = Self.required.first(where: { $0.name == requiredName }) else { return nil }
        self = file
    }

    /// The file at `fileName` inside a collaboration folder (`tasks.yaml`,
    /// `meetings/2024-06-15-kickoff.yaml`), nil for a path that holds no record.
    public init?(fileName: String) {
        if let file = Self.required.first(where: { $0.fileName == fileName }) {
            self = file
            return
        }
        let prefix = WorkspaceLayout.meetingsFolder + "/"
        guard fileName.hasPrefix(prefix), fileName.hasSuffix(".yaml") else { return nil }
        let name = fileName.dropFirst(prefix.count).dropLast(5)
        guard !name.isEmpty, !name.contains("/") else { return nil }
        self = .meeting(String(name))
    }

    private var rank: Int {
        switch self {
        case .problem: return 0
        case .stakeholders: return 1
        case .tasks: return 2
        case .feedback: return 3
        case .meeting: return 4
        }
    }

    public static func < (lhs: RecordFile, rhs: RecordFile) -> Bool {
        if case .meeting(let a) = lhs, case .meeting(let b) = rhs { return a < b }
        return lhs.rank < rhs.rank
    }
}

/// What reading one record file gave: its bytes, nothing (absent), a refusal to read it (a
/// link leading outside the workspace), with where the link leads, or its size when it is
/// larger than collab reads.
public enum RecordSource: Sendable {
    case bytes([UInt8])
    case absent
    case refused(linkTarget: String)
    case tooLarge(size: Int)
    /// The file as a cache kept it, decoded already (see `RecordCache`).
    case decoded(DecodedRecordFile)

    public init(_ bytes: [UInt8]?) { self = bytes.map(RecordSource.bytes) ?? .absent }
}

/// What a collaboration's `meetings/` folder holds: nothing (no folder), its entries, or a
/// refusal to list it (a link leading outside the workspace).
public enum MeetingFolder: Sendable {
    public struct Entry: Sendable {
        public var name: String
        /// A folder, which cannot hold a meeting.
        public var isFolder: Bool

        public init(name: String, isFolder: Bool) {
            self.name = name
            self.isFolder = isFolder
        }

        /// The meeting record it holds: a file `<name>.yaml` that is not hidden; nil for
        /// anything else.
        public var file: RecordFile? {
            isFolder || name.hasPrefix(".") ? nil : RecordFile(fileName: WorkspaceLayout.meetingsFolder + "/" + name)
        }
    }

    /// The meeting records it holds, by name.
    public var files: [RecordFile] {
        guard case .entries(let entries) = self else { return [] }
        return entries.compactMap(\.file).sorted()
    }

    case absent
    case entries([Entry])
    case refused(linkTarget: String)
    /// `meetings` is a file.
    case notAFolder
}

extension MeetingFolder {
    /// Lists a collaboration's `meetings/` folder in the working tree. A folder that is a
    /// symbolic link is followed only when it stays inside the workspace.
    init(listing path: String, root: String) throws(FileSystemError) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT || errno == ENOTDIR else { throw .errno(path) }
            self = .absent
            return
        }
        if (info.st_mode & S_IFMT) == S_IFLNK, let target = Containment.outside(path, root: root) {
            self = .refused(linkTarget: target)
        } else if FileSystem.isDirectory(path) {
            self = .entries(try FileSystem.list(path).map { Entry(name: $0.name, isFolder: $0.isDirectory) })
        } else {
            self = .notAFolder
        }
    }
}
