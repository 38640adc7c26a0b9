#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The temporary files of writes that never finished (docs/reference.md §15): a write goes
/// through `.collab-PID-NAME.tmp` beside its file, so a process killed before its rename
/// leaves one behind. The first write of a process in a folder removes those whose process
/// is gone; a living process's (another collab writing there now) are left alone.
enum Leftovers {
    private static let cleaned = Mutex<Set<String>>([])

    /// The temporary name of a write of `path` by this process.
    static func temporary(for path: String) -> String {
        Path.parent(path) + "/.collab-\(getpid())-" + Path.lastComponent(path) + ".tmp"
    }

    /// Removes, once per folder and process, what dead processes left in `folder`.
    static func removeOnce(in folder: String) {
        let first = cleaned.withLock { $0.insert(folder).inserted }
        guard first, let entries = try? FileSystem.list(folder) else { return }
        for entry in entries where !entry.isDirectory {
            guard let pid = owner(entry.name), pid != getpid(), !isAlive(pid) else { continue }
            unlink(folder + "/" + entry.name)
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
