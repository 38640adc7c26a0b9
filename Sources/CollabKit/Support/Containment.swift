#if canImport(Glibc)
import Glibc
#endif

/// Keeps collab inside its workspace: a symbolic link that leads out of it is never followed
/// for reading and never written through. Links that stay inside are fine.
public enum Containment {
    /// Where `path` leads when that is outside `root` once links are resolved; nil when it
    /// stays inside or does not exist.
    public static func outside(_ path: String, root: String) -> String? {
        guard let resolved = FileSystem.realPath(path) else { return nil }
        let base = FileSystem.realPath(root) ?? root
        return resolved == base || resolved.hasPrefix(base == "/" ? "/" : base + "/") ? nil : resolved
    }

    /// Reads a file of the workspace whose folder is known to be inside it (see
    /// `Workspace.collaborationIDs`). The common case costs one open: only when the file is a
    /// symbolic link (O_NOFOLLOW fails) is the link resolved and checked.
    public static func read(_ path: String, root: String, limit: Int) throws(FileSystemError) -> [UInt8]? {
        do {
            return try FileSystem.read(path, limit: limit, followingLinks: false)
        } catch where error.kind == .symbolicLink {
            if let target = outside(path, root: root) { throw FileSystemError.outside(path, target) }
            return try FileSystem.read(path, limit: limit)
        }
    }
}

extension Message {
    /// Why collab does not follow a symbolic link: the reason, after the path; `tagged` adds
    /// the rule id, for errors that are not findings.
    public static func leadsOutside(_ target: String, tagged: Bool = false) -> Message {
        let tag = tagged ? " [unsafe-path]" : ""
        return Message(en: "is a symbolic link to \(target), outside the workspace; collab does not follow it\(tag)",
                       zh: "是指向工作区之外（\(target)）的符号链接；collab 不会跟随它\(tag)")
    }

    /// A symbolic link collab does not follow, named (`unsafe-path`).
    public static func linkOutside(_ path: String, _ target: String) -> Message {
        let reason = leadsOutside(target)
        return Message(en: "\(path) \(reason.text(.en))", zh: "\(path) \(reason.text(.zh))")
    }
}
