import CollabKit

/// Every environment variable collab reads, by its name, with what it does: the commands read
/// them through these cases (`environment[.collabToday]`) and the manual page lists them all,
/// so a variable read is a variable documented.
enum EnvironmentVariable: String, CaseIterable {
    case collabLang = "COLLAB_LANG"
    case language = "LANGUAGE"
    case lcAll = "LC_ALL"
    case lcMessages = "LC_MESSAGES"
    case lang = "LANG"
    case collabToday = "COLLAB_TODAY"
    case noColor = "NO_COLOR"
    case term = "TERM"
    case columns = "COLUMNS"
    case gitDir = "GIT_DIR"
    case gitWorkTree = "GIT_WORK_TREE"
    case gitAuthorDate = "GIT_AUTHOR_DATE"
    case gitCommitterDate = "GIT_COMMITTER_DATE"
    case path = "PATH"

    var name: String { rawValue }

    /// What it does, for the manual page.
    var help: Message {
        switch self {
        case .collabLang: return Message(en: "the language of messages, en or zh, when --lang is not given; it comes before the locale",
                                   zh: "未指定 --lang 时提示信息的语言，en 或 zh；它优先于区域设置")
        case .language: return Message(en: "its first entry chooses the language after COLLAB_LANG, unless the locale is C or POSIX",
                                   zh: "在 COLLAB_LANG 之后，由它的第一项决定语言；区域设置为 C 或 POSIX 时不看它")
        case .lcAll: return Message(en: "the locale, then LC_MESSAGES, then LANG: a value beginning with zh means Chinese",
                                   zh: "区域设置，其次是 LC_MESSAGES，再次是 LANG：以 zh 开头的值表示中文")
        case .lcMessages: return Message(en: "as LC_ALL, when LC_ALL is not set", zh: "LC_ALL 未设置时，作用同 LC_ALL")
        case .lang: return Message(en: "as LC_ALL, when neither LC_ALL nor LC_MESSAGES is set", zh: "LC_ALL 和 LC_MESSAGES 都未设置时，作用同 LC_ALL")
        case .collabToday: return Message(en: "take this date (YYYY-MM-DD) as today, as --today does", zh: "把这个日期（YYYY-MM-DD）当作今天，与 --today 相同")
        case .noColor: return Message(en: "when set and not empty, no colour unless --color always", zh: "设置且不为空时不使用彩色，除非指定 --color always")
        case .term: return Message(en: "dumb means no colour unless --color always", zh: "为 dumb 时不使用彩色，除非指定 --color always")
        case .columns: return Message(en: "the width of tables when standard output is not a terminal", zh: "标准输出不是终端时表格的宽度")
        case .gitDir: return Message(en: "the repository to read and commit to, as for git (with GIT_WORK_TREE)",
                                   zh: "要读取和提交的仓库，与 git 相同（可配合 GIT_WORK_TREE）")
        case .gitWorkTree: return Message(en: "the working tree of GIT_DIR's repository (default: the current folder)",
                                   zh: "GIT_DIR 所指仓库的工作区（默认为当前文件夹）")
        case .gitAuthorDate: return Message(en: "the author date of commits made with --commit, as for git: @UNIX +ZZZZ, 2025-03-05T10:00:00+08:00 or 2025-03-05 10:00:00 +0800",
                                   zh: "以 --commit 提交时的作者日期，与 git 相同：@UNIX +ZZZZ、2025-03-05T10:00:00+08:00 或 2025-03-05 10:00:00 +0800")
        case .gitCommitterDate: return Message(en: "the committer date of commits made with --commit, in the formats of GIT_AUTHOR_DATE",
                                   zh: "以 --commit 提交时的提交者日期，格式同 GIT_AUTHOR_DATE")
        case .path: return Message(en: "setup looks for collab on it, doctor for the programs the drivers name", zh: "setup 在其中查找 collab，doctor 在其中查找驱动所指的程序")
        }
    }
}

extension Dictionary where Key == String, Value == String {
    /// The value of an environment variable collab reads, from a process environment.
    subscript(_ variable: EnvironmentVariable) -> String? { self[variable.name] }
}
