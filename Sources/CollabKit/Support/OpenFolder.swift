#if canImport(Glibc)
import Glibc
#endif

/// A folder held open by its descriptor, and the writes made in it (docs/reference.md §15).
/// A folder of the workspace is opened from the workspace's own descriptor one component at
/// a time, none followed if it is a symbolic link (`O_NOFOLLOW`); a link is resolved and
/// walked again, component by component, only when it stays inside. Every later step — the
/// temporary file, the rename, the lock — is made relative to the descriptor, so a folder
/// swapped for a link while collab works cannot send a write anywhere else.
public final class OpenFolder {
    public let descriptor: Int32
    /// The path it was opened by, for messages and for the once-per-folder clean-up.
    public private(set) var path: String
    /// Made by `open(_:within:creating:)` just now (removed again if the write fails).
    public private(set) var made = false

    private init(_ descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    /// The folder `path` wherever it leads (an output folder the user named).
    public static func open(_ path: String, creating: Bool = false) throws(FileSystemError) -> OpenFolder {
        if creating { try FileSystem.createDirectory(path) }
        let descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .errno(path) }
        return OpenFolder(descriptor, path: path)
    }

    /// The folder `path` of the workspace `root`, which must stay inside it; made when it is
    /// missing and `creating` (only the folder itself: a missing parent is an error, so a
    /// collaboration folder moved away mid-write is not made again).
    public static func open(_ path: String, within root: String, creating: Bool = false) throws(FileSystemError) -> OpenFolder {
        let rootDescriptor = Glibc.open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard rootDescriptor >= 0 else { throw .errno(root) }
        var current = OpenFolder(rootDescriptor, path: root)
        var remaining = try components(of: path, within: root)
        var links = 0
        var walked: [String] = []
        while !remaining.isEmpty {
            let name = remaining.removeFirst()
            var next = openat(current.descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0 && errno == ENOENT && creating && remaining.isEmpty {
                let made = mkdirat(current.descriptor, name, 0o755) == 0
                if !made && errno != EEXIST { throw .errno(Path.join(root, walked.joined(separator: "/"), name)) }
                next = openat(current.descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if next >= 0 {
                    current = OpenFolder(next, path: path)
                    current.made = made
                    break
                }
            }
            if next >= 0 {
                walked.append(name)
                current = OpenFolder(next, path: Path.join(root, walked.joined(separator: "/")))
                continue
            }
            let failure = errno
            let here = Path.join(root, (walked + [name]).joined(separator: "/"))
            guard failure == ELOOP || failure == ENOTDIR, isLink(current.descriptor, name) else { throw .errno(here, failure) }
            // A symbolic link: followed only when it stays inside, by walking again from the
            // workspace along the path it resolves to.
            links += 1
            guard links <= 40 else { throw .errno(here, ELOOP) }
            if let target = Containment.outside(here, root: root) { throw .outside(here, target) }
            guard let resolved = FileSystem.realPath(here) else { throw .errno(here, ENOENT) }
            remaining = try components(of: resolved, within: root) + remaining
            walked = []
            let again = Glibc.open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard again >= 0 else { throw .errno(root) }
            current = OpenFolder(again, path: root)
        }
        current.path = path
        return current
    }

    /// The folder of the file `path` of the workspace `root` and the file's name there; when
    /// the file is a symbolic link that stays inside, the folder and name of the file it
    /// names (written through, the link stays a link); one that leads outside is refused.
    public static func file(_ path: String, within root: String, creating: Bool = false) throws(FileSystemError) -> (OpenFolder, String) {
        let folder = try open(Path.parent(path), within: root, creating: creating)
        let name = Path.lastComponent(path)
        guard let info = folder.status(name), (info.st_mode & S_IFMT) == S_IFLNK else { return (folder, name) }
        let linked = Path.join(folder.path, name)
        if let target = Containment.outside(linked, root: root) { throw .outside(path, target) }
        guard let resolved = FileSystem.realPath(linked) else { throw .errno(path, ENOENT) }
        return (try open(Path.parent(resolved), within: root), Path.lastComponent(resolved))
    }

    /// The names from `root` down to `path`: taken from the path itself when it is written
    /// under `root`, otherwise from both resolved.
    private static func components(of path: String, within root: String) throws(FileSystemError) -> [String] {
        let lexical = path == root ? [] : path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
            ? Path.components(String(decoding: path.utf8.dropFirst(root.utf8.count), as: UTF8.self)) : nil
        if let lexical, !lexical.contains(".."), !lexical.contains(".") { return lexical }
        guard let real = FileSystem.realPath(path) else { throw .errno(path, ENOENT) }
        let base = FileSystem.realPath(root) ?? root
        if real == base { return [] }
        guard real.hasPrefix(base == "/" ? "/" : base + "/") else { throw .outside(path, real) }
        return Path.components(String(decoding: real.utf8.dropFirst(base.utf8.count), as: UTF8.self))
    }

    private static func isLink(_ folder: Int32, _ name: String) -> Bool {
        var info = stat()
        return fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    // MARK: Files in the folder

    /// The entry `name` of this folder without following it (nil when there is none).
    func status(_ name: String) -> stat? {
        var info = stat()
        return fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 ? info : nil
    }

    /// The bytes of the regular file `name`; nil when there is none. One over `limit` bytes is
    /// `FileSystemError.tooLarge`.
    func read(_ name: String, limit: Int = Int.max - 1) throws(FileSystemError) -> [UInt8]? {
        let fd = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw .errno(Path.join(path, name))
        }
        return try FileSystem.readAll(fd, path: Path.join(path, name), limit: limit)
    }

    /// Writes `name` through a temporary file in this folder: fsync, rename, fsync of the
    /// folder (see `FileSystem.writeAtomically`).
    public func write(_ bytes: [UInt8], to name: String, mode: mode_t = 0o644, replacing: Bool = true, durable: Bool = true) throws(FileSystemError) {
        let target = Path.join(path, name)
        Leftovers.removeOnce(in: self)
        let temporary = Leftovers.temporaryName(for: name)
        var fd = openat(descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        if fd < 0 && errno == EEXIST {
            // Left by a killed process that had this process's id before: no one writes it now.
            unlinkat(descriptor, temporary, 0)
            fd = openat(descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        }
        guard fd >= 0 else { throw .errno(target) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let error = FileSystemError.errno(target)
                close(fd)
                unlinkat(descriptor, temporary, 0)
                throw error
            }
            written += count
        }
        if durable && fsync(fd) != 0 || close(fd) != 0 {
            let error = FileSystemError.errno(target)
            unlinkat(descriptor, temporary, 0)
            throw error
        }
        let placed = replacing ? renameat(descriptor, temporary, descriptor, name) : linkat(descriptor, temporary, descriptor, name, 0)
        if placed != 0 {
            let error = errno == EEXIST && !replacing ? FileSystemError(target, .exists) : .errno(target)
            unlinkat(descriptor, temporary, 0)
            throw error
        }
        if !replacing { unlinkat(descriptor, temporary, 0) }
        // The rename itself is made durable: the folder's entry is flushed too.
        if durable && fsync(descriptor) != 0 && errno != EINVAL { throw .errno(target) }
    }

    /// The sub-folder `name`, not followed if it is a link.
    func folder(_ name: String, creating: Bool = false) throws(FileSystemError) -> OpenFolder {
        if creating && mkdirat(descriptor, name, 0o755) != 0 && errno != EEXIST { throw .errno(Path.join(path, name)) }
        let fd = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw .errno(Path.join(path, name)) }
        return OpenFolder(fd, path: Path.join(path, name))
    }

    /// The names in this folder (for the clean-up of leftovers).
    func names() -> [String] {
        let copy = dup(descriptor)
        guard copy >= 0, let dir = fdopendir(copy) else { return [] }
        defer { closedir(dir) }
        rewinddir(dir)
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
