#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a path could not be read or written; the command layer maps it to exit status 2.
/// What went wrong is a `Kind`, so callers decide by matching it, not by reading a message.
public struct FileSystemError: Error, Equatable, Sendable, CustomStringConvertible, Failure {
    public enum Kind: Equatable, Sendable {
        /// A system call failed with this errno.
        case system(Int32)
        /// Opening without following links (O_NOFOLLOW) found a symbolic link.
        case symbolicLink
        /// A symbolic link to this target, outside the workspace (see Containment); `tagged`
        /// adds the rule id `unsafe-path` to the message, for errors that are not findings.
        case leadsOutside(String, tagged: Bool = false)
        /// A file of this size, more than a bounded read takes: it was not read.
        case tooLarge(Int)
        /// A write that may not replace a file found one there.
        case exists
        /// The file changed after collab read it: a replacing write refused.
        case changedOnDisk
        case readOnly
        /// Something other than a regular file where collab writes one.
        case notARegularFile
        case isDirectory
        case noSuchFile
        /// The collaboration's lock, held by this process (nil when it could not be read).
        case locked(by: Int32?)
        /// Another reason, said by the caller.
        case other(Message)
    }

    public var path: String
    public var kind: Kind

    public init(_ path: String, _ kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// A reason of the caller's own.
    public init(_ path: String, _ reason: Message) {
        self.init(path, .other(reason))
    }

    static func errno(_ path: String, _ code: Int32 = Glibc.errno) -> FileSystemError {
        FileSystemError(path, .system(code))
    }

    /// A symbolic link leading outside the workspace, to `target`.
    static func outside(_ path: String, _ target: String) -> FileSystemError {
        FileSystemError(path, Kind.leadsOutside(target))
    }

    /// A file of `size` bytes, more than a bounded read takes.
    static func tooLarge(_ path: String, size: Int) -> FileSystemError {
        FileSystemError(path, .tooLarge(size))
    }

    /// What went wrong, after the path.
    public var reason: Message {
        switch kind {
        case .system(let code): .systemError(code)
        case .symbolicLink: .systemError(ELOOP)
        case .leadsOutside(let target, let tagged): .leadsOutside(target, tagged: tagged)
        case .tooLarge(let size): .fileTooLarge(size)
        case .exists: .systemError(EEXIST)
        case .changedOnDisk: Message(en: "changed on disk since collab read it; nothing was written", zh: "在 collab 读取之后已被改动；未写入任何内容")
        case .readOnly: Message(en: "is read-only; nothing was written (make it writable first if it should change)",
                                zh: "是只读的；未写入任何内容（如需改动，请先使它可写）")
        case .notARegularFile: Message(en: "is not a regular file; collab writes only regular files (use -o - for standard output)",
                                       zh: "不是普通文件；collab 只写普通文件（输出到终端请用 -o -）")
        case .isDirectory: Message(en: "is a directory, not a file", zh: "是文件夹，不是文件")
        case .noSuchFile: Message(en: "no such file", zh: "没有这个文件")
        case .locked(let holder):
            Message(en: "is held by process \(holder.map { "\($0)" } ?? "?"), which is changing this collaboration; try again when it is done (remove the file if no collab is running)",
                    zh: "被进程 \(holder.map { "\($0)" } ?? "?") 持有，它正在修改这个协作；请等它完成后再试（若没有 collab 在运行，可删除该文件）")
        case .other(let reason): reason
        }
    }

    /// "path: reason", in either language.
    public var message: Message {
        let path = path, reason = reason
        return Message(en: "\(path): \(reason.text(.en))", zh: "\(path)：\(reason.text(.zh))")
    }

    public var description: String { message.text(.en) }
}
