/// Why there is no workspace to work on.
public enum WorkspaceError: Error, Equatable, Sendable, CustomStringConvertible, Failure {
    /// No collab.yaml from `searchedFrom` up; `below` are the workspaces found in folders
    /// under it (relative paths), for the hint.
    case notFound(searchedFrom: String, below: [String] = [])
    case unknownCollaboration(String)
    case io(FileSystemError)

    public var description: String { message.text(.en) }

    public var message: Message {
        switch self {
        case .notFound(let start, let below):
            let none = Message(en: "no collab workspace (collab.yaml) in \(start) or any parent folder",
                               zh: "\(start) 及其上级文件夹中都没有 collab 工作区（collab.yaml）")
            guard let first = below.first else {
                return none.then(Message(en: "run 'collab init' to create one", zh: "运行 collab init 创建一个"))
            }
            let folders = below.map { $0 + "/" }
            return none.then(Message(
                en: (below.count == 1 ? "there is one in \(first)/" : "there are some in " + folders.joined(separator: ", "))
                    + ": run collab with -C \(first), or cd there",
                zh: "在 \(folders.joined(separator: "、")) 中有：请用 collab -C \(first) 运行，或先 cd 到那里"))
        case .unknownCollaboration(let id):
            return Message(en: "no collaboration '\(id)' in this workspace (looked for \(WorkspaceLayout.collaborationFolder(id))/)",
                           zh: "本工作区中没有协作「\(id)」（查找的是 \(WorkspaceLayout.collaborationFolder(id))/）")
        case .io(let error):
            return error.message
        }
    }
}

/// A folder holding collab.yaml, with its settings and the findings of reading them.
public struct Workspace: Sendable {
    /// Absolute path of the workspace folder.
    public let root: String
    public var config: WorkspaceConfig
    public var diagnostics: [Diagnostic]
    /// Where its collaborations are read through when a process stays up (nil: from disk).
    public var cache: RecordCache?

    public init(root: String, config: WorkspaceConfig, diagnostics: [Diagnostic], cache: RecordCache? = nil) {
        self.root = root
        self.config = config
        self.diagnostics = diagnostics
        self.cache = cache
    }

    /// Walks up from `directory` to the first folder holding collab.yaml, as git finds `.git`.
    public static func find(from directory: String) throws(WorkspaceError) -> String {
        var current = directory
        while true {
            if FileSystem.exists(Path.join(current, WorkspaceLayout.configFile)) { return current }
            let parent = Path.parent(current)
            if parent == current { throw .notFound(searchedFrom: directory, below: workspaces(below: directory)) }
            current = parent
        }
    }

    /// Folders holding collab.yaml under `directory` (three levels deep at most, hidden
    /// folders and links skipped, a bounded number of folders looked at), relative to it.
    static func workspaces(below directory: String, depth: Int = 3, budget: Int = 2_000) -> [String] {
        var found: [String] = []
        var level = [""]
        var looked = 0
        for _ in 0..<depth {
            var next: [String] = []
            for relative in level {
                let folder = relative.isEmpty ? directory : Path.join(directory, relative)
                guard let entries = try? FileSystem.list(folder) else { continue }
                for entry in entries.sorted(by: { $0.name < $1.name })
                where entry.isDirectory && !entry.isSymbolicLink && !entry.name.hasPrefix(".") {
                    looked += 1
                    if looked > budget { return found }
                    let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
                    if FileSystem.exists(Path.join(directory, child, WorkspaceLayout.configFile)) { found.append(child) } else { next.append(child) }
                }
            }
            level = next
        }
        return found
    }

    /// The workspace at `root`; with a `cache`, its collaborations are read through it.
    public static func load(root: String, cache: RecordCache? = nil) throws(WorkspaceError) -> Workspace {
        var workspace = try load(root: root)
        workspace.cache = cache
        return workspace
    }

    public static func load(root: String) throws(WorkspaceError) -> Workspace {
        let bytes: [UInt8]?
        do {
            bytes = try Containment.read(Path.join(root, WorkspaceLayout.configFile), root: root, limit: YAMLParser.maxFileSize)
        } catch {
            guard let tooLarge = SyntaxError(error) else { throw .io(error) }
            return Workspace(root: root, config: WorkspaceConfig(), diagnostics: [Diagnostic(WorkspaceLayout.configFile, tooLarge)])
        }
        guard let bytes else { throw .notFound(searchedFrom: root) }
        return decode(root: root, bytes)
    }

    /// The workspace whose collab.yaml holds `bytes`.
    public static func decode(root: String, _ bytes: [UInt8]) -> Workspace {
        var decoder = RecordDecoder(file: WorkspaceLayout.configFile, collaboration: nil)
        do {
            let document = try YAMLParser.parse(bytes)
            let config = WorkspaceConfig(document, decoder: &decoder)
            let cuts = document.cutValues.map {
                Diagnostic(file: WorkspaceLayout.configFile, at: $0.location, rule: .commentInValue, message: .commentInValue($0))
            }
            return Workspace(root: root, config: config, diagnostics: decoder.diagnostics + cuts)
        } catch {
            return Workspace(root: root, config: WorkspaceConfig(), diagnostics: [Diagnostic(WorkspaceLayout.configFile, error)])
        }
    }

    /// The ids of the folders under collaborations/, sorted; hidden folders are skipped.
    public func collaborationIDs() throws(WorkspaceError) -> [String] {
        try collaborationFolders().ids
    }

    /// The collaboration folders; an unsafe-path finding for each symbolic link among them
    /// that leads outside the workspace (such folders are not read); and a not-a-collaboration
    /// note for each other entry skipped — a file, a hidden folder — so that nothing there is
    /// passed over without a word. Links that stay inside count as folders; what collab itself
    /// keeps there (`.gitignore`, its locks and temporary folders) is passed over silently.
    public func collaborationFolders() throws(WorkspaceError) -> (ids: [String], unsafe: [Diagnostic], skipped: [Diagnostic]) {
        let folder = Path.join(root, WorkspaceLayout.collaborationsFolder)
        if let target = Containment.outside(folder, root: root) {
            return ([], [Diagnostic(file: WorkspaceLayout.collaborationsFolder, line: 1, column: 1, rule: .unsafePath,
                                    message: .linkOutside(WorkspaceLayout.collaborationsFolder, target))], [])
        }
        guard FileSystem.isDirectory(folder) else { return ([], [], []) }
        var ids: [String] = [], unsafe: [Diagnostic] = [], skipped: [Diagnostic] = []
        func skip(_ name: String, isFolder: Bool) {
            skipped.append(Diagnostic(file: WorkspaceLayout.collaborationFolder(name), line: 1, column: 1, rule: .notACollaboration,
                                      message: .notACollaboration(name, isFolder: isFolder)))
        }
        do {
            for entry in try FileSystem.list(folder) where !Self.isCollabsOwn(entry.name) {
                if entry.name.hasPrefix(".") {
                    skip(entry.name, isFolder: entry.isDirectory)
                    continue
                }
                let path = Path.join(folder, entry.name)
                if entry.isSymbolicLink, let target = Containment.outside(path, root: root) {
                    unsafe.append(Diagnostic(file: WorkspaceLayout.collaborationFolder(entry.name), line: 1, column: 1, rule: .unsafePath,
                                             message: .linkOutside(WorkspaceLayout.collaborationFolder(entry.name), target),
                                             collaboration: entry.name))
                    continue
                }
                let isFolder = entry.isSymbolicLink ? FileSystem.isDirectory(path) : entry.isDirectory
                if isFolder {
                    ids.append(entry.name)
                } else {
                    skip(entry.name, isFolder: isFolder)
                }
            }
        } catch {
            throw .io(error)
        }
        return (ids, unsafe, skipped)
    }

    /// What collab itself keeps in collaborations/: the `.gitignore` `collab init` writes,
    /// a lock, and the temporary folder of a `collab new` under way (see `Leftovers`).
    static func isCollabsOwn(_ name: String) -> Bool {
        name == ".gitignore" || name.hasPrefix(CollaborationLock.fileName) || Leftovers.owner(name) != nil
    }

    /// Loads the named collaborations (all when `ids` is empty) and transforms each, several
    /// at a time; results come in the order of the ids. `among` saves listing the folders
    /// again when the caller has (see `collaborationFolders`).
    public func mapCollaborations<T: Sendable>(_ ids: [String] = [], among known: [String]? = nil,
                                               _ transform: @escaping @Sendable (Collaboration) -> T) throws(WorkspaceError) -> [T] {
        let all: [String]
        if let known { all = known } else { all = try collaborationIDs() }
        for id in ids where !all.contains(id) { throw .unknownCollaboration(id) }
        let wanted = ids.isEmpty ? all : ids
        let root = self.root, cache = self.cache
        if ids.isEmpty { cache?.keep(all, root: root) }
        let results = ConcurrentMap.map(wanted) { id in
            Result { () throws(FileSystemError) -> T in transform(try Collaboration.load(id: id, root: root, cache: cache)) }
        }
        var output: [T] = []
        output.reserveCapacity(results.count)
        for result in results {
            switch result {
            case .success(let value): output.append(value)
            case .failure(let error): throw .io(error)
            }
        }
        return output
    }
}

extension Message {
    /// An entry of collaborations/ that is no collaboration folder, named so it is not passed
    /// over without a word (`not-a-collaboration`).
    static func notACollaboration(_ name: String, isFolder: Bool) -> Message {
        if isFolder {
            return Message(en: "'\(name)' is a hidden folder, not a collaboration; collab skips it (a collaboration's folder is named by its id, [a-z0-9][a-z0-9-]{0,63})",
                           zh: "「\(name)」是隐藏文件夹，不是协作；collab 跳过它（协作文件夹以协作编号命名，格式为 [a-z0-9][a-z0-9-]{0,63}）")
        }
        return Message(en: "'\(name)' is a file, not a collaboration; collab skips it (collaborations/ holds one folder per collaboration)",
                       zh: "「\(name)」是文件，不是协作；collab 跳过它（collaborations/ 中每个协作一个文件夹）")
    }
}
