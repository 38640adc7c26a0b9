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
        guard let folder = try tree.subtree(prefix + "collaborations") else { return [] }
        return folder.entries.filter { $0.isTree && !$0.name.hasPrefix(".") }.map(\.name).sorted()
    }

    public func collaboration(_ id: String) throws(GitError) -> Collaboration {
        try Collaboration.decode(id: id) { (file: RecordFile) throws(GitError) -> RecordSource in
            RecordSource(try tree.file(prefix + "collaborations/\(id)/\(file.fileName)"))
        }
    }

    /// The blob ids of a collaboration's files (absent files are missing from the map).
    public func blobIDs(_ id: String) -> [RecordFile: ObjectID] {
        var ids: [RecordFile: ObjectID] = [:]
        for file in RecordFile.allCases {
            if let entry = tree.entry(prefix + "collaborations/\(id)/\(file.fileName)"), !entry.isTree { ids[file] = entry.id }
        }
        return ids
    }

    public func file(_ path: String) throws(GitError) -> [UInt8]? {
        try tree.file(prefix + path)
    }

    /// The workspace settings at this commit.
    public func workspace(root: String) throws(GitError) -> Workspace {
        guard let bytes = try file(Workspace.configFile) else {
            return Workspace(root: root, config: WorkspaceConfig(), diagnostics: [])
        }
        return Workspace.decode(root: root, bytes)
    }
}
