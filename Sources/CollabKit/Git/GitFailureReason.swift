#if canImport(Glibc)
import Glibc
#endif
import CGit2

/// Why a libgit2 call failed, in collab's words. libgit2's own messages name its internals
/// (`git_object_t=1`, file buffers, peel targets) and exist in English only, so they never
/// reach a user: the failure's code and class choose one of these instead.
enum GitFailureReason {
    static func message(code: Int32, errorClass: Int32, systemError: Int32) -> Message {
        if let reason = byCode(code) { return reason }
        switch git_error_t(UInt32(max(0, errorClass))) {
        case GIT_ERROR_OS, GIT_ERROR_FILESYSTEM:
            return systemError != 0 ? .systemError(systemError) : Message(en: "a file could not be read or written", zh: "无法读写文件")
        case GIT_ERROR_NOMEMORY: return Message(en: "out of memory", zh: "内存不足")
        case GIT_ERROR_ZLIB, GIT_ERROR_ODB, GIT_ERROR_OBJECT, GIT_ERROR_TREE, GIT_ERROR_TAG, GIT_ERROR_INDEXER, GIT_ERROR_SHA:
            return Message(en: "the repository's objects cannot be read (missing or damaged; `git fsck` tells more)",
                           zh: "仓库中的对象无法读取（缺失或损坏；`git fsck` 可查看详情）")
        case GIT_ERROR_CONFIG:
            return Message(en: "the git configuration cannot be read or written (`git config --list` shows where it is wrong)",
                           zh: "无法读写 git 配置（`git config --list` 可显示出错之处）")
        case GIT_ERROR_INDEX: return Message(en: "the index (.git/index) cannot be read or written", zh: "无法读写暂存区（.git/index）")
        case GIT_ERROR_REFERENCE: return Message(en: "a branch, tag or HEAD cannot be read", zh: "无法读取分支、标签或 HEAD")
        case GIT_ERROR_REPOSITORY: return Message(en: "the repository cannot be opened", zh: "无法打开仓库")
        case GIT_ERROR_MERGE: return Message(en: "the files cannot be merged", zh: "无法合并这些文件")
        default: return Message(en: "git failed (libgit2 error \(code), class \(errorClass))", zh: "git 操作失败（libgit2 错误码 \(code)，类别 \(errorClass)）")
        }
    }

    private static func byCode(_ code: Int32) -> Message? {
        switch git_error_code(code) {
        case GIT_ENOTFOUND: return Message(en: "not found", zh: "未找到")
        case GIT_EEXISTS: return Message(en: "it exists already", zh: "已存在")
        case GIT_EAMBIGUOUS: return Message(en: "the short id matches more than one object; give more digits", zh: "这个短提交号对应多个对象；请多写几位")
        case GIT_EBAREREPO: return Message(en: "the repository is bare (it has no working tree)", zh: "这是裸仓库（没有工作区）")
        case GIT_EUNBORNBRANCH: return Message(en: "the branch has no commits yet", zh: "该分支还没有任何提交")
        case GIT_EINVALIDSPEC: return Message(en: "not a valid revision", zh: "不是有效的版本写法")
        case GIT_ELOCKED:
            return Message(en: "another git process holds its lock (a .lock file exists); if none is running, remove the .lock file",
                           zh: "另一个 git 进程持有它的锁（存在 .lock 文件）；如果没有 git 进程在运行，请删除该 .lock 文件")
        case GIT_EMODIFIED: return Message(en: "it changed while collab was writing; try again", zh: "写入期间它被改动了；请重试")
        case GIT_EPEEL: return Message(en: "the object is not of the kind needed", zh: "对象类型不符")
        case GIT_EDIRECTORY: return Message(en: "a folder stands where a file is needed", zh: "需要文件的地方是一个文件夹")
        case GIT_EUNMERGED, GIT_ECONFLICT, GIT_EMERGECONFLICT: return Message(en: "unresolved conflicts stand in the way", zh: "有未解决的冲突")
        case GIT_EOWNER:
            return Message(en: "the repository belongs to another user; git trusts it only when `git config --global --add safe.directory PATH` names it",
                           zh: "该仓库属于另一个用户；只有 `git config --global --add safe.directory 路径` 列出它时，git 才信任它")
        case GIT_EMISMATCH: return Message(en: "an object's content does not match its id (`git fsck` tells more)", zh: "对象内容与其编号不符（`git fsck` 可查看详情）")
        default: return nil
        }
    }
}
