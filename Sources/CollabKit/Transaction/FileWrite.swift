/// One whole file a transaction writes, and how: atomically in every case (a reader sees the
/// old file or the new one, never half), through the workspace without following a link
/// that leads outside it.
public struct FileWrite: Sendable, Equatable {
    /// Whether the file was read before, is new, or is collab's own to make again.
    public enum Mode: Sendable, Equatable {
        /// Replaces the file collab read as `original`; refused (nothing written) when it
        /// changed on disk since, is read-only, or leads outside the workspace.
        case replacing(original: [UInt8])
        /// A new file, never over an existing one (`FileSystemError.exists`).
        case creating
        /// Written whatever is there: files collab makes again from its own definitions.
        case overwriting
    }

    /// The file's path, relative to the workspace root.
    public var path: String
    public var bytes: [UInt8]
    public var mode: Mode

    public init(path: String, bytes: [UInt8], mode: Mode) {
        self.path = path
        self.bytes = bytes
        self.mode = mode
    }

    /// The collaboration whose lock guards the file (its meetings included), if any.
    public var collaboration: String? { WorkspaceLayout.collaborationID(ofFileAt: path) }

    /// Writes the file into the workspace at `root`: the one place a transaction's bytes
    /// reach the disk.
    func perform(within root: String) throws(FileSystemError) {
        let absolute = Path.join(root, path)
        switch mode {
        case .replacing(let original): try FileSystem.replace(absolute, readAs: original, with: bytes, within: root)
        case .creating: try FileSystem.writeAtomically(bytes, to: absolute, within: root, replacing: false)
        case .overwriting: try FileSystem.writeAtomically(bytes, to: absolute, within: root)
        }
    }
}
