#if canImport(Glibc)
import Glibc
#endif

/// Creates a collaboration folder all at once: the files go into a hidden temporary folder
/// beside it, which is then renamed, so a failure leaves no half-made collaboration. The
/// folder appears with its lock already held by this process (released by the caller, after
/// it has committed the files), so no other writer gets in between.
public enum CollaborationWriter {
    public static func create(_ folder: String, _ files: [(RecordFile, [UInt8])], within root: String) throws(FileSystemError) -> CollaborationLock {
        let parent = try OpenFolder.open(Path.parent(folder), within: root, creating: true)
        let name = Path.lastComponent(folder)
        Leftovers.removeOnce(in: parent)
        let temporaryName = Leftovers.temporaryName(for: name)
        let temporary = try parent.folder(temporaryName, creating: true)
        let lock: CollaborationLock
        do throws(FileSystemError) {
            lock = try CollaborationLock.acquire(temporary, patience: 0)
        } catch {
            unlinkat(parent.descriptor, temporaryName, AT_REMOVEDIR)
            throw error
        }
        do throws(FileSystemError) {
            for (file, bytes) in files {
                try temporary.write(bytes, to: file.fileName)
            }
            // The lock moves with the folder: it is held by the folder's descriptor.
            if renameat(parent.descriptor, temporaryName, parent.descriptor, name) != 0 { throw FileSystemError.errno(folder) }
            return lock
        } catch {
            lock.release()
            for (file, _) in files { unlinkat(temporary.descriptor, file.fileName, 0) }
            unlinkat(parent.descriptor, temporaryName, AT_REMOVEDIR)
            // Named as the user will know it, not by the hidden folder it was written in.
            var named = error
            if named.path.hasPrefix(temporary.path + "/") { named.path = folder + named.path.dropFirst(temporary.path.count) }
            throw named
        }
    }
}
