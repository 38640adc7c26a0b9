/// A workspace as a commit has it: collab.yaml and the collaborations, read from git objects.
public struct TreeSnapshot {
    let tree: Tree
    /// The workspace folder inside the repository, "" or ending in "/".
    let prefix: String

    public init(commit: Commit, prefix: String) throws(GitError) {
        self.tree = try commit.tree()
        self.prefix = prefix
    }

    public func collaborationIDs() throws(GitError) -> [String] {
        guard let folder = try tree.subtree(prefix + WorkspaceLayout.collaborationsFolder) else { return [] }
        return folder.entries.filter { $0.isTree && !$0.name.hasPrefix(".") }.map(\.name).sorted()
    }

    /// A `not-a-collaboration` note for each entry of collaborations/ at this commit that is
    /// no collaboration — a file, a hidden folder — as the working tree's are named; what collab
    /// keeps there itself is passed over.
    public func strayEntries() throws(GitError) -> [Diagnostic] {
        guard let folder = try tree.subtree(prefix + WorkspaceLayout.collaborationsFolder) else { return [] }
        return folder.entries.filter { !Workspace.isCollabsOwn($0.name) && (!$0.isTree || $0.name.hasPrefix(".")) }.map { entry in
            Diagnostic(file: WorkspaceLayout.collaborationFolder(entry.name), line: 1, column: 1, rule: .notACollaboration,
                       message: .notACollaboration(entry.name, isFolder: entry.isTree))
        }
    }

    public func collaboration(_ id: String) throws(GitError) -> Collaboration {
        let folder = prefix + WorkspaceLayout.collaborationFolder(id) + "/"
        return try Collaboration.decode(id: id, meetings: try meetings(in: folder)) { (file: RecordFile) throws(GitError) -> RecordSource in
            try source(folder + file.fileName)
        }
    }

    /// A record file as a collaboration is decoded from it: one larger than collab reads is
    /// its size (from the object header), found as in the working tree.
    private func source(_ path: String) throws(GitError) -> RecordSource {
        guard let entry = tree.entry(path), !entry.isTree else { return .absent }
        if let bytes = try tree.repository.blob(entry.id, limit: YAMLParser.maxFileSize) { return .bytes(bytes) }
        return .tooLarge(size: try tree.repository.objectSize(entry.id))
    }

    /// The entries of a collaboration folder's `meetings/` at this commit.
    private func meetings(in folder: String) throws(GitError) -> MeetingFolder {
        guard let entry = tree.entry(folder + WorkspaceLayout.meetingsFolder) else { return .absent }
        guard entry.isTree, let meetings = try tree.subtree(folder + WorkspaceLayout.meetingsFolder) else { return .notAFolder }
        return .entries(meetings.entries.map { MeetingFolder.Entry(name: $0.name, isFolder: $0.isTree) })
    }

    /// The blob ids of a collaboration's files, meetings included (absent files are missing
    /// from the map).
    public func blobIDs(_ id: String) throws(GitError) -> [RecordFile: ObjectID] {
        let folder = prefix + WorkspaceLayout.collaborationFolder(id) + "/"
        let files = RecordFile.required + (try meetings(in: folder)).files
        var ids: [RecordFile: ObjectID] = [:]
        for file in files {
            if let entry = tree.entry(folder + file.fileName), !entry.isTree { ids[file] = entry.id }
        }
        return ids
    }

    public func file(_ path: String) throws(GitError) -> [UInt8]? {
        try tree.file(prefix + path)
    }

    /// The workspace settings at this commit.
    public func workspace(root: String) throws(GitError) -> Workspace {
        guard let bytes = try file(WorkspaceLayout.configFile) else {
            return Workspace(root: root, config: WorkspaceConfig(), diagnostics: [])
        }
        return Workspace.decode(root: root, bytes)
    }
}
