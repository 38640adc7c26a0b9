#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations collab needs, straight on POSIX calls: reads are on the hot path
/// of `check`, and writes must be atomic.
public enum FileSystem {
    public struct Entry: Sendable {
        public var name: String
        public var isDirectory: Bool
        public var isSymbolicLink: Bool
    }

    /// The file's bytes; nil when there is no such file. A file larger than `limit` is not
    /// read: the error says so with its real size (`FileSystemError.tooLarge`).
    public static func read(_ path: String, limit: Int = Int.max - 1, followingLinks: Bool = true) throws(FileSystemError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
        if fd < 0 {
            if Glibc.errno == ENOENT || Glibc.errno == ENOTDIR { return nil }
            throw Glibc.errno == ELOOP && !followingLinks ? FileSystemError(path, .symbolicLink) : .errno(path)
        }
        return try readAll(fd, path: path, limit: limit)
    }

    /// The bytes of the open file `fd` (closed when done); a file over `limit` bytes is
    /// `FileSystemError.tooLarge` with its size, and not read.
    static func readAll(_ fd: Int32, path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .errno(path) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw FileSystemError(path, .isDirectory) }
        let size = Int(info.st_size)
        if size > limit { throw .tooLarge(path, size: size) }
        let wanted = size
        var bytes = [UInt8](repeating: 0, count: max(wanted, 0))
        var total = 0
        while total < wanted {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + total, wanted - total)
            }
            if count < 0 {
                if Glibc.errno == EINTR { continue }
                throw .errno(path)
            }
            if count == 0 { break }
            total += count
        }
        if total < bytes.count { bytes.removeSubrange(total...) }
        return bytes
    }

    /// The entries of a folder, without `.` and `..`, sorted by name.
    public static func list(_ path: String) throws(FileSystemError) -> [Entry] {
        guard let dir = opendir(path) else { throw .errno(path) }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                if lstat(path + "/" + name, &info) == 0 {
                    type = (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : ((info.st_mode & S_IFMT) == S_IFLNK ? UInt8(DT_LNK) : UInt8(DT_REG))
                }
            }
            entries.append(Entry(name: name, isDirectory: type == UInt8(DT_DIR), isSymbolicLink: type == UInt8(DT_LNK)))
        }
        return entries.sorted { $0.name < $1.name }
    }

    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Creates a folder and any missing parents.
    public static func createDirectory(_ path: String) throws(FileSystemError) {
        if isDirectory(path) { return }
        let parent = Path.parent(path)
        if !parent.isEmpty && parent != path { try createDirectory(parent) }
        if mkdir(path, 0o755) != 0 && Glibc.errno != EEXIST { throw .errno(path) }
    }

    /// Writes through a temporary file in the same folder, fsync and rename, so a reader
    /// sees the old file or the new one and never half of it; the first write of a process
    /// in a folder removes the temporary files killed writers left there (`Leftovers`).
    /// With `replacing` false an existing file is never replaced: the new one is linked into
    /// place, which fails when the name is taken (`FileSystemError.exists`). With `durable`
    /// false (output that can be made again, such as report pages) nothing is flushed to disk:
    /// still old or new, but a crash may lose the write. With `root`, the folder is reached
    /// from the workspace without following a link that leads outside (`OpenFolder`), and
    /// made if it is missing (its parent must exist); without, missing folders are all made.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, within root: String? = nil, mode: mode_t = 0o644,
                                       replacing: Bool = true, durable: Bool = true) throws(FileSystemError) {
        let parent = Path.parent(path)
        guard let root else {
            return try OpenFolder.open(parent, creating: true).write(bytes, to: Path.lastComponent(path), mode: mode, replacing: replacing, durable: durable)
        }
        let (folder, name) = try OpenFolder.file(path, within: root, creating: true)
        do {
            try folder.write(bytes, to: name, mode: mode, replacing: replacing, durable: durable)
        } catch {
            // A folder made for this write goes again: a failed write leaves nothing behind.
            if folder.made { rmdir(folder.path) }
            throw error
        }
    }

    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The absolute, symlink-free form of a path, or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The bytes a symbolic link holds (what git stores as its blob), nil when `path` is not one.
    public static func linkTarget(_ path: String) -> [UInt8]? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count)
        guard count >= 0 else { return nil }
        return buffer.prefix(count).map { UInt8(bitPattern: $0) }
    }
}

extension FileSystem {
    /// Replaces a file of the workspace `root` that collab read earlier, atomically, unless it
    /// changed on disk since, is read-only, or leads outside the workspace: then nothing is
    /// written and the error names the file. A link that stays inside is written through (the
    /// file it names is replaced, the link stays a link).
    public static func replace(_ path: String, readAs original: [UInt8], with bytes: [UInt8], within root: String) throws(FileSystemError) {
        let (folder, name) = try OpenFolder.file(path, within: root)
        guard let current = try folder.read(name), current == original else {
            throw FileSystemError(path, .changedOnDisk)
        }
        guard let info = folder.status(name) else { throw .errno(path) }
        if info.st_mode & 0o222 == 0 {
            throw FileSystemError(path, .readOnly)
        }
        try folder.write(bytes, to: name, mode: info.st_mode & 0o7777)
    }

    /// Refuses a path that exists and is not a regular file — a device such as /dev/null, a
    /// link, a folder — so that an atomic write (a rename over it) never replaces one.
    public static func checkRegularTarget(_ path: String) throws(FileSystemError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) != S_IFREG {
            throw FileSystemError(path, .notARegularFile)
        }
    }
}
