#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The warm model of a process that stays up (`collab mcp`): every record file it has read,
/// decoded, with the size, modification time (nanoseconds), inode and device the file had.
/// Reading a workspace through it (`Workspace.load(root:cache:)`) lists the folders again, so
/// collaborations and meetings added or removed are seen, and stats each record file; only a
/// file whose stat changed is read and decoded again — everything else comes from memory. A
/// symbolic link is never kept: it is read afresh each time, through `Containment`.
///
/// One cache serves any number of workspaces and threads. The command line uses none, so a
/// command reads as it always did.
public final class RecordCache: Sendable {
    private struct State {
        /// By collaboration folder (absolute path), the files last read there.
        var folders: [String: [RecordFile: RecordShelf.Entry]] = [:]
        var decoded = 0
    }

    private let state = Mutex(State())

    public init() {}

    /// How many record files have been read and decoded through the cache: what a warm read
    /// saves is visible here (tests count it).
    public var filesDecoded: Int { state.withLock { $0.decoded } }

    /// How many collaboration folders the cache holds files of.
    public var folderCount: Int { state.withLock { $0.folders.count } }

    /// The files kept for one collaboration folder, to read it with.
    func shelf(_ folder: String) -> RecordShelf {
        RecordShelf(kept: state.withLock { $0.folders[folder] } ?? [:])
    }

    /// Keeps what the shelf read; files not read this time (removed) are dropped.
    func store(_ shelf: RecordShelf, _ folder: String) {
        state.withLock { state in
            state.folders[folder] = shelf.read
            state.decoded += shelf.decoded
        }
    }

    /// Forgets the collaborations of `root` that are not among `ids`: deleted ones.
    func keep(_ ids: [String], root: String) {
        let prefix = Path.join(root, WorkspaceLayout.collaborationsFolder) + "/"
        let wanted = Set(ids.map { prefix + $0 })
        state.withLock { state in
            for folder in state.folders.keys where folder.hasPrefix(prefix) && !wanted.contains(folder) {
                state.folders[folder] = nil
            }
        }
    }
}

/// The files of one collaboration folder while it is read through a `RecordCache`: those kept
/// from the last read, and those read now. Used by one thread at a time.
final class RecordShelf {
    /// What identifies a file's contents without reading them.
    struct Stamp: Equatable {
        var size: Int
        var modified: timespec
        var inode: UInt64
        var device: UInt64

        static func == (a: Stamp, b: Stamp) -> Bool {
            a.size == b.size && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.inode == b.inode && a.device == b.device
        }

        /// The stamp of a regular file; nil for anything else (a link, a folder, nothing).
        init?(_ path: String) {
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            size = Int(info.st_size)
            modified = info.st_mtim
            inode = UInt64(info.st_ino)
            device = UInt64(info.st_dev)
        }
    }

    struct Entry {
        var stamp: Stamp
        var file: DecodedRecordFile
    }

    let kept: [RecordFile: Entry]
    private(set) var read: [RecordFile: Entry] = [:]
    private(set) var decoded = 0

    init(kept: [RecordFile: Entry]) { self.kept = kept }

    /// The file at `path`: as kept when its stamp is unchanged, else read and decoded now.
    func source(_ file: RecordFile, path: String, id: String, root: String) throws(FileSystemError) -> RecordSource {
        guard let stamp = Stamp(path) else {
            return RecordSource(try Containment.read(path, root: root, limit: YAMLParser.maxFileSize))
        }
        if let entry = kept[file], entry.stamp == stamp {
            read[file] = entry
            return .decoded(entry.file)
        }
        guard let bytes = try Containment.read(path, root: root, limit: YAMLParser.maxFileSize) else { return .absent }
        let relative = WorkspaceLayout.collaborationFile(id, file.fileName)
        let decodedFile = DecodedRecordFile(file, bytes, path: relative, id: id)
        decoded += 1
        // A file that grew past the stamp while it was read is kept only if the stamp still holds.
        if Stamp(path) == stamp, bytes.count == stamp.size { read[file] = Entry(stamp: stamp, file: decodedFile) }
        return .decoded(decodedFile)
    }
}
