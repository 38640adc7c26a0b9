#if canImport(Glibc)
import Glibc
#endif

/// The lock that serialises the writers of one collaboration (docs/reference.md §9): a file
/// `.collab.lock` in its folder, created exclusively, holding its owner's process id. A lock
/// whose process is gone is stale and taken over. Every command that writes records holds it
/// from reading the files to renaming the new ones into place, so no update is lost.
public final class CollaborationLock {
    public static let fileName = ".collab.lock"
    private static let guardName = fileName + ".stale"

    /// The collaboration's folder, held open: the lock is made and removed relative to it,
    /// so it stays with the folder even if the folder is renamed or its path swapped.
    private let folder: OpenFolder
    private var held = true

    private init(_ folder: OpenFolder) {
        self.folder = folder
    }

    deinit { release() }

    /// Runs `body` holding the lock of the collaboration in `folder` of the workspace `root`.
    public static func holding<T>(_ folder: String, within root: String, _ body: () throws -> T) throws -> T {
        let lock = try acquire(OpenFolder.open(folder, within: root))
        defer { lock.release() }
        return try body()
    }

    /// Takes the lock of the collaboration in `folder`, waiting up to `patience` seconds for
    /// another writer to finish; then refuses, naming the process that holds it.
    public static func acquire(_ folder: OpenFolder, patience: Double = 1.0) throws(FileSystemError) -> CollaborationLock {
        let attempts = max(1, Int(patience * 100))
        var holder: Int32?
        for attempt in 0..<attempts {
            if try create(fileName, in: folder) { return CollaborationLock(folder) }
            holder = owner(fileName, in: folder)
            if let holder, isGone(holder) {
                removeStale(holder, in: folder)
                continue
            }
            if attempt + 1 < attempts { usleep(10_000) }
        }
        throw FileSystemError(Path.join(folder.path, fileName), .locked(by: holder))
    }

    /// Removes a lock whose holder is gone. The holder's pid was read a moment ago; since
    /// then the holder may have released it and another writer taken a new one, which must
    /// not be removed. So one remover at a time (`.collab.lock.stale`, created exclusively)
    /// reads the lock again and removes it only while it still names that gone process.
    private static func removeStale(_ holder: Int32, in folder: OpenFolder) {
        guard (try? create(guardName, in: folder)) == true else {
            // Another remover is at work — or one was killed at work: its guard names a
            // process that is gone (or, written by an older collab, names none and is old).
            if let remover = owner(guardName, in: folder) {
                if isGone(remover) { unlinkat(folder.descriptor, guardName, 0) }
            } else if let info = folder.status(guardName), time(nil) - info.st_mtim.tv_sec > 10 {
                unlinkat(folder.descriptor, guardName, 0)
            }
            return
        }
        if owner(fileName, in: folder) == holder, isGone(holder) { unlinkat(folder.descriptor, fileName, 0) }
        unlinkat(folder.descriptor, guardName, 0)
    }

    /// Creates the file `name` holding this process's id, or finds it taken (false): the
    /// file is linked into place from a temporary one that already holds the id, so no one
    /// ever sees it empty — not even after this process is killed half way.
    private static func create(_ name: String, in folder: OpenFolder) throws(FileSystemError) -> Bool {
        let temporary = Leftovers.temporaryName(for: name)
        let fd = openat(folder.descriptor, temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw .errno(Path.join(folder.path, name)) }
        defer { unlinkat(folder.descriptor, temporary, 0) }
        let pid = "\(getpid())\n"
        let written = pid.utf8CString.withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress, $0.count - 1) }
        let failure = written < 0 ? errno : EIO
        close(fd)
        guard written == pid.utf8.count else { throw .errno(Path.join(folder.path, name), failure) }
        if linkat(folder.descriptor, temporary, folder.descriptor, name, 0) == 0 { return true }
        guard errno == EEXIST else { throw .errno(Path.join(folder.path, name)) }
        return false
    }

    private static func isGone(_ pid: Int32) -> Bool {
        kill(pid, 0) != 0 && errno == ESRCH
    }

    /// The process id written in a lock file, if it can be read.
    private static func owner(_ name: String, in folder: OpenFolder) -> Int32? {
        guard let bytes = try? folder.read(name, limit: 64) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        return Int32(text)
    }

    public func release() {
        guard held else { return }
        held = false
        unlinkat(folder.descriptor, Self.fileName, 0)
    }
}
