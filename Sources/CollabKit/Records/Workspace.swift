/// Why there is no workspace to work on.
public enum WorkspaceError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(searchedFrom: String)
    case unknownCollaboration(String)
    case io(FileSystemError)

    public var description: String {
        switch self {
        case .notFound(let start):
            return "no collab workspace (collab.yaml) in \(start) or any parent folder; run 'collab init' to create one"
        case .unknownCollaboration(let id):
            return "no collaboration '\(id)' in this workspace (looked for collaborations/\(id)/)"
        case .io(let error):
            return error.description
        }
    }
}

/// A folder holding collab.yaml, with its settings and the findings of reading them.
public struct Workspace: Sendable {
    public static let configFile = "collab.yaml"

    /// Absolute path of the workspace folder.
    public let root: String
    public var config: WorkspaceConfig
    public var diagnostics: [Diagnostic]

    public init(root: String, config: WorkspaceConfig, diagnostics: [Diagnostic]) {
        self.root = root
        self.config = config
        self.diagnostics = diagnostics
    }

    /// Walks up from `directory` to the first folder holding collab.yaml, as git finds `.git`.
    public static func find(from directory: String) throws(WorkspaceError) -> String {
        var current = directory
        while true {
            if FileSystem.exists(Path.join(current, configFile)) { return current }
            let parent = Path.parent(current)
            if parent == current { throw .notFound(searchedFrom: directory) }
            current = parent
        }
    }

    public static func load(root: String) throws(WorkspaceError) -> Workspace {
        let bytes: [UInt8]?
        do {
            bytes = try FileSystem.read(Path.join(root, configFile), limit: YAMLParser.maxFileSize)
        } catch {
            throw .io(error)
        }
        guard let bytes else { throw .notFound(searchedFrom: root) }
        return decode(root: root, bytes)
    }

    /// The workspace whose collab.yaml holds `bytes`.
    public static func decode(root: String, _ bytes: [UInt8]) -> Workspace {
        var decoder = RecordDecoder(file: configFile, collaboration: nil)
        do {
            let document = try YAMLParser.parse(bytes)
            let config = WorkspaceConfig(document, decoder: &decoder)
            return Workspace(root: root, config: config, diagnostics: decoder.diagnostics)
        } catch {
            let diagnostic = Diagnostic(file: configFile, at: error.location, rule: error.kind.rule, message: error.message)
            return Workspace(root: root, config: WorkspaceConfig(), diagnostics: [diagnostic])
        }
    }

    /// The ids of the folders under collaborations/, sorted; hidden folders are skipped.
    public func collaborationIDs() throws(WorkspaceError) -> [String] {
        let folder = Path.join(root, "collaborations")
        guard FileSystem.isDirectory(folder) else { return [] }
        do {
            return try FileSystem.list(folder).filter { $0.isDirectory && !$0.name.hasPrefix(".") }.map(\.name)
        } catch {
            throw .io(error)
        }
    }

    /// Loads the named collaborations (all when `ids` is empty) and transforms each, several
    /// at a time; results come in the order of the ids.
    public func mapCollaborations<T: Sendable>(_ ids: [String] = [],
                                               _ transform: @escaping @Sendable (Collaboration) -> T) throws(WorkspaceError) -> [T] {
        let all = try collaborationIDs()
        for id in ids where !all.contains(id) { throw .unknownCollaboration(id) }
        let wanted = ids.isEmpty ? all : ids
        let root = self.root
        let results = ConcurrentMap.map(wanted) { id in
            Result { () throws(FileSystemError) -> T in transform(try Collaboration.load(id: id, root: root)) }
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
