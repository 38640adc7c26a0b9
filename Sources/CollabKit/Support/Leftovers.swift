#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The temporary files of writes that never finished (docs/reference.md §15): a write goes
/// through `.collab-PID-NAME.tmp` beside its file (a new collaboration through a folder of
/// that name), so a process killed before its rename leaves one behind. The first write of a
/// process in a folder removes those whose process is gone; a living process's (another
/// collab writing there now) are left alone.
enum Leftovers {
    private static let cleaned = Mutex<Set<String>>([])

    /// The temporary name, in the same folder, of a write of the file `name` by this process.
    static func temporaryName(for name: String) -> String {
        ".collab-\(getpid())-" + name + ".tmp"
    }

    /// Removes, once per folder and process, what dead processes left in `folder`.
    static func removeOnce(in folder: OpenFolder) {
        let first = cleaned.withLock { $0.insert(folder.path).inserted }
        guard first else { return }
        for name in folder.names() {
            guard let pid = owner(name), pid != getpid(), !isAlive(pid) else { continue }
            if unlinkat(folder.descriptor, name, 0) != 0 && errno == EISDIR, let inner = try? folder.folder(name) {
                for file in inner.names() { unlinkat(inner.descriptor, file, 0) }
                unlinkat(folder.descriptor, name, AT_REMOVEDIR)
            }
        }
    }

    /// The process id in `.collab-PID-NAME.tmp`, nil for any other name.
    static func owner(_ name: String) -> pid_t? {
        guard name.hasPrefix(".collab-"), name.hasSuffix(".tmp") else { return nil }
        let digits = name.dropFirst(".collab-".count).prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, name.dropFirst(".collab-".count + digits.count).first == "-" else { return nil }
        return pid_t(digits)
    }

    private static func isAlive(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
