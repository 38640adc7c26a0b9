/// One side of a diff: a revision's tree or the working tree.
public protocol DiffSide {
    /// Collaboration ids with a fingerprint that is equal on both sides only when nothing in
    /// the folder changed (a tree id); nil where no cheap fingerprint exists (working tree).
    func collaborations() throws -> [String: ObjectID?]
    /// The blob ids of a collaboration's record files.
    func fileIDs(_ id: String) throws -> [RecordFile: ObjectID]
    func read(_ id: String, _ file: RecordFile) throws -> [UInt8]?
    /// The bytes of a file whose blob id `fileIDs` gave.
    func read(_ id: String, _ file: RecordFile, blob: ObjectID) throws -> [UInt8]?
    /// How the side is named in reports: a revision, or nil for the working tree.
    var revision: String? { get }
}

/// A revision: folders and files are compared by object id, and only what differs is read.
public struct TreeSide: DiffSide {
    let tree: Tree
    let prefix: String
    public let revision: String?
    /// Collaboration folder ids already known from comparing trees; saves reading the big
    /// collaborations/ tree again for each file.
    var folders: [String: ObjectID] = [:]

    public init(_ commit: Commit, prefix: String, revision: String) throws(GitError) {
        tree = try commit.tree()
        self.prefix = prefix
        self.revision = revision
    }

    /// The collaboration folders that differ from `other`'s (their ids on both sides),
    /// without listing the rest.
    func changedCollaborations(comparedTo other: TreeSide) throws(GitError) -> [(name: String, old: ObjectID?, new: ObjectID?)] {
        let path = prefix + WorkspaceLayout.collaborationsFolder
        return try tree.repository.changedEntries(other.tree.entry(path)?.id, tree.entry(path)?.id)
            .filter { !$0.name.hasPrefix(".") }
    }

    public func collaborations() throws -> [String: ObjectID?] {
        guard let folder = try tree.subtree(prefix + WorkspaceLayout.collaborationsFolder) else { return [:] }
        var result: [String: ObjectID?] = [:]
        for entry in folder.entries where entry.isTree && !entry.name.hasPrefix(".") { result[entry.name] = entry.id }
        return result
    }

    public func fileIDs(_ id: String) throws -> [RecordFile: ObjectID] {
        let folder: ObjectID?
        if let known = folders[id] {
            folder = known
        } else {
            folder = try tree.repository.chain(root: tree.id, (prefix + WorkspaceLayout.collaborationFolder(id)).split(separator: "/"), sharing: nil).last ?? nil
        }
        guard let folder else { return [:] }
        let entries = try tree.repository.entries(of: folder)
        var result: [RecordFile: ObjectID] = [:]
        for file in RecordFile.required {
            if let entry = entries[file.fileName], !entry.isTree { result[file] = entry.id }
        }
        if let meetings = entries[WorkspaceLayout.meetingsFolder], meetings.isTree {
            for (name, entry) in try tree.repository.entries(of: meetings.id) {
                if let file = MeetingFolder.Entry(name: name, isFolder: entry.isTree).file { result[file] = entry.id }
            }
        }
        return result
    }

    public func read(_ id: String, _ file: RecordFile) throws -> [UInt8]? {
        guard let blob = try fileIDs(id)[file] else { return nil }
        return try read(id, file, blob: blob)
    }

    /// The bytes of a record file of this tree; one too large to read (its size from the
    /// object header) is an error that names it and the revision.
    public func read(_ id: String, _ file: RecordFile, blob: ObjectID) throws -> [UInt8]? {
        if let bytes = try tree.repository.blob(blob, limit: YAMLParser.maxFileSize) { return bytes }
        let path = prefix + WorkspaceLayout.collaborationFile(id, file.fileName), at = revision ?? "HEAD"
        let size = try tree.repository.objectSize(blob), limit = YAMLParser.maxFileSize
        throw GitError(.failed, Message(en: "\(path) at \(at) is \(size) bytes, more than the \(limit) collab reads",
                                        zh: "\(at) 中的 \(path) 有 \(size) 字节，超过 collab 读取的上限 \(limit) 字节"))
    }
}

/// The working tree: files are read and hashed as git would.
public struct WorktreeSide: DiffSide {
    let root: String
    public var revision: String? { nil }

    public init(root: String) { self.root = root }

    public func collaborations() throws -> [String: ObjectID?] {
        let folder = Path.join(root, WorkspaceLayout.collaborationsFolder)
        guard FileSystem.isDirectory(folder) else { return [:] }
        var result: [String: ObjectID?] = [:]
        for entry in try FileSystem.list(folder) where entry.isDirectory && !entry.name.hasPrefix(".") {
            result[entry.name] = .some(nil)
        }
        return result
    }

    public func fileIDs(_ id: String) throws -> [RecordFile: ObjectID] {
        var result: [RecordFile: ObjectID] = [:]
        let files = RecordFile.required + (try MeetingFolder(listing: Path.join(root, WorkspaceLayout.collaborationFile(id, WorkspaceLayout.meetingsFolder)), root: root)).files
        for file in files {
            let path = Path.join(root, WorkspaceLayout.collaborationFile(id, file.fileName))
            do {
                if let bytes = try read(id, file) { result[file] = ObjectID.blob(of: bytes) }
            } catch is SyntaxError {
                // Too large to read: hashed from the file as git hashes it, never read whole.
                result[file] = try ObjectID.blob(ofFile: path)
            }
        }
        return result
    }

    /// The file's bytes; one too large to read is its `SyntaxError.tooLarge`, with its size.
    public func read(_ id: String, _ file: RecordFile) throws -> [UInt8]? {
        do {
            return try Containment.read(Path.join(root, WorkspaceLayout.collaborationFile(id, file.fileName)), root: root, limit: YAMLParser.maxFileSize)
        } catch {
            throw SyntaxError(error) ?? error
        }
    }

    public func read(_ id: String, _ file: RecordFile, blob: ObjectID) throws -> [UInt8]? {
        try read(id, file)
    }
}
