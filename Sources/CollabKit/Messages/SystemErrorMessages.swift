#if canImport(Glibc)
import Glibc
#endif

extension Message {
    /// The system's reason for a failed file operation: the C library's text in English,
    /// and in Chinese for the errors people meet (else the C library's text as it is).
    static func systemError(_ code: Int32) -> Message {
        let english = String(cString: strerror(code))
        let chinese: String
        switch code {
        case ENOENT: chinese = "没有这个文件或文件夹"
        case EACCES, EPERM: chinese = "权限不足"
        case EISDIR: chinese = "是文件夹"
        case ENOTDIR: chinese = "路径中有一段不是文件夹"
        case ENOSPC: chinese = "磁盘空间不足"
        case EDQUOT: chinese = "超出磁盘配额"
        case EROFS: chinese = "文件系统是只读的"
        case ELOOP: chinese = "符号链接层数过多（或是不跟随的符号链接）"
        case EEXIST: chinese = "已存在"
        case ENAMETOOLONG: chinese = "文件名过长"
        case EMFILE, ENFILE: chinese = "打开的文件过多"
        case EIO: chinese = "输入输出错误"
        case EBUSY: chinese = "设备或资源忙"
        case ETXTBSY: chinese = "文件正被执行，无法写入"
        default: chinese = english
        }
        return Message(en: english, zh: chinese)
    }
}

extension Message {
    /// A file larger than collab reads (docs/reference.md §5), with its real size.
    static func fileTooLarge(_ bytes: Int) -> Message {
        Message(en: "the file is larger than 1 MiB (\(bytes) bytes); split it up", zh: "文件超过 1 MiB（\(bytes) 字节）；请拆分")
    }
}
