/// `collab fmt` over a workspace: each file's bytes and canonical layout, computed several
/// files at a time; the command decides what to write.
public enum WorkspaceFormat {
    public struct Outcome: Sendable {
        /// Workspace-relative path.
        public var file: String
        public var original: [UInt8]
        public var result: Result<[UInt8], SyntaxError>
    }

    /// collab.yaml and every record file when `ids` is empty; else the named collaborations'.
    public static func run(_ workspace: Workspace, ids: [String] = []) throws(WorkspaceError) -> [Outcome] {
        let known = try workspace.collaborationIDs()
        for id in ids where !known.contains(id) { throw .unknownCollaboration(id) }
        var files = ids.isEmpty ? [WorkspaceLayout.configFile] : []
        for id in ids.isEmpty ? known : ids {
            var names = RecordFile.required.map(\.fileName)
            do {
                let folder = Path.join(workspace.root, WorkspaceLayout.collaborationFile(id, WorkspaceLayout.meetingsFolder))
                names += try MeetingFolder(listing: folder, root: workspace.root).files.map(\.fileName)
            } catch {
                throw .io(error)
            }
            files += names.map { WorkspaceLayout.collaborationFile(id, $0) }
        }
        let root = workspace.root
        let outcomes = ConcurrentMap.map(files) { file -> Result<Outcome?, FileSystemError> in
            Result { () throws(FileSystemError) -> Outcome? in
                let original: [UInt8]
                do throws(FileSystemError) {
                    guard let bytes = try Containment.read(Path.join(root, file), root: root, limit: YAMLParser.maxFileSize) else { return nil }
                    original = bytes
                } catch {
                    guard let tooLarge = SyntaxError(error) else { throw error }
                    return Outcome(file: file, original: [], result: .failure(tooLarge))
                }
                return Outcome(file: file, original: original, result: Result { () throws(SyntaxError) in try Formatter.format(original) })
            }
        }
        var result: [Outcome] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let value): if let value { result.append(value) }
            case .failure(let error): throw .io(error)
            }
        }
        return result
    }
}
