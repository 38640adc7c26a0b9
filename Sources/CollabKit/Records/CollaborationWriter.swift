#if canImport(Glibc)
import Glibc
#endif

/// Creates a collaboration folder all at once: the files go into a hidden temporary folder
/// beside it, which is then renamed, so a failure leaves no half-made collaboration.
public enum CollaborationWriter {
    public static func create(_ folder: String, _ files: [(RecordFile, [UInt8])], within root: String) throws(FileSystemError) {
        try Containment.checkWritable(folder, root: root)
        let parent = Path.parent(folder)
        try FileSystem.createDirectory(parent)
        let temporary = Path.join(parent, ".\(Path.lastComponent(folder)).new-\(getpid())")
        try FileSystem.createDirectory(temporary)
        do throws(FileSystemError) {
            for (file, bytes) in files {
                try FileSystem.writeAtomically(bytes, to: Path.join(temporary, file.fileName))
            }
            if rename(temporary, folder) != 0 { throw FileSystemError.errno(folder) }
        } catch {
            for (file, _) in files { unlink(Path.join(temporary, file.fileName)) }
            rmdir(temporary)
            throw error
        }
    }
}
