#if canImport(Glibc)
import Glibc
#endif

/// Creates a collaboration folder all at once: the files go into a hidden temporary folder
/// beside it, which is then renamed, so a failure leaves no half-made collaboration. The
/// folder appears with its lock already held by this process (released by the caller, after
/// it has committed the files), so no other writer gets in between.
public enum CollaborationWriter {
    public static func create(_ folder: String, _ files: [(RecordFile, [UInt8])], within root: String) throws(FileSystemError) -> CollaborationLock {
        try Containment.checkWritable(folder, root: root)
        let parent = Path.parent(folder)
        try FileSystem.createDirectory(parent)
        let temporary = Path.join(parent, ".\(Path.lastComponent(folder)).new-\(getpid())")
        try FileSystem.createDirectory(temporary)
        let lock = try CollaborationLock.acquire(temporary, patience: 0)
        do throws(FileSystemError) {
            for (file, bytes) in files {
                try FileSystem.writeAtomically(bytes, to: Path.join(temporary, file.fileName))
            }
            if rename(temporary, folder) != 0 { throw FileSystemError.errno(folder) }
            return lock.moved(to: folder)
        } catch {
            lock.release()
            for (file, _) in files { unlink(Path.join(temporary, file.fileName)) }
            rmdir(temporary)
            throw error
        }
    }
}
