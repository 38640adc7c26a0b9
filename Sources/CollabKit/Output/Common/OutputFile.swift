/// Where a command's output goes when `-o` names a file: a regular file (never over a
/// device, folder or link), its folder made if missing, written atomically but not flushed
/// to disk (a page or a table can be made again).
public enum OutputFile {
    public static func write(_ text: String, to path: String) throws(FileSystemError) {
        try FileSystem.checkRegularTarget(path)
        try FileSystem.writeAtomically(Array(text.utf8), to: path, durable: false)
    }
}
