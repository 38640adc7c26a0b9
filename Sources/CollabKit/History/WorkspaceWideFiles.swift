/// The files whose change decides findings in every collaboration (docs/reference.md §8):
/// collab.yaml (the department directory, the calendar, the settings), the templates and the
/// schemas. When one of them differs between base and head, `check --base --changed` checks
/// every collaboration.
public enum WorkspaceWideFiles {
    /// Workspace-relative: a file and two folders (every file below them counts).
    public static let paths = [WorkspaceLayout.configFile, WorkspaceLayout.templatesFolder, WorkspaceLayout.schemasFolder]

    /// Every file under `paths` in a commit's tree, by workspace-relative path, with its blob id.
    public static func fingerprint(_ snapshot: TreeSnapshot) throws(GitError) -> [String: ObjectID] {
        var files: [String: ObjectID] = [:]
        let repository = snapshot.tree.repository
        func walk(_ tree: ObjectID, _ path: String) throws(GitError) {
            for (name, entry) in try repository.entries(of: tree) {
                if entry.isTree { try walk(entry.id, path + "/" + name) } else { files[path + "/" + name] = entry.id }
            }
        }
        for path in paths {
            guard let entry = snapshot.tree.entry(snapshot.prefix + path) else { continue }
            if entry.isTree { try walk(entry.id, path) } else { files[path] = entry.id }
        }
        return files
    }

    /// The same in the working tree under `root`, each file hashed as git would hash it (a
    /// symbolic link as its target).
    public static func fingerprint(root: String) throws(FileSystemError) -> [String: ObjectID] {
        var files: [String: ObjectID] = [:]
        func add(_ path: String, isLink: Bool) throws(FileSystemError) {
            let full = Path.join(root, path)
            let bytes = isLink ? FileSystem.linkTarget(full) : try FileSystem.read(full)
            if let bytes { files[path] = ObjectID.blob(of: bytes) }
        }
        func walk(_ path: String) throws(FileSystemError) {
            for entry in try FileSystem.list(Path.join(root, path)) {
                let child = path + "/" + entry.name
                if entry.isDirectory { try walk(child) } else { try add(child, isLink: entry.isSymbolicLink) }
            }
        }
        for path in paths {
            let full = Path.join(root, path)
            if let target = FileSystem.linkTarget(full) {
                files[path] = ObjectID.blob(of: target)
            } else if FileSystem.isDirectory(full) {
                try walk(path)
            } else if FileSystem.exists(full) {
                try add(path, isLink: false)
            }
        }
        return files
    }

    /// Which of `paths` differ between two fingerprints, in the order of `paths`.
    public static func changed(_ base: [String: ObjectID], _ head: [String: ObjectID]) -> [String] {
        paths.filter { path in
            func below(_ files: [String: ObjectID]) -> [String: ObjectID] {
                files.filter { $0.key == path || $0.key.hasPrefix(path + "/") }
            }
            return below(base) != below(head)
        }
    }
}
