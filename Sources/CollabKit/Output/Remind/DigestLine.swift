/// The digest as lines of known kinds, in the chosen language: what every format of
/// `collab remind` renders (text, Markdown, and the chat robots' bodies), so the wording is
/// defined once.
public enum DigestLine: Sendable, Equatable {
    /// "collab 提醒 · 2024-07-09（周二）：2 个部门共 3 项待跟进".
    case title(String)
    /// "技术部（tech）", with "（续）" when the group began in an earlier message.
    case department(String)
    /// "沟通群：…（new-product-page）".
    case channel(String)
    /// The owner's name and contact.
    case owner(String, Contact?)
    /// "new-product-page T3 活动页面前端开发：已逾期 1 天（截止 2024-07-08）".
    case item(String)
    /// "最新进展（2024-07-01，钱工程师）：…".
    case detail(String)
}

/// How much of long values a chat message keeps, so that any one item fits in the smallest
/// message (WeCom's 2048 bytes): titles and notes cut to display columns, every line to a
/// number of Unicode scalars (at most 4 bytes each). `tight` is for the rare item that
/// does not fit even so.
struct DigestCut {
    var titleWidth: Int
    var noteWidth: Int
    var lineScalars: Int

    static let chat = DigestCut(titleWidth: 60, noteWidth: 100, lineScalars: 300)
    static let tight = DigestCut(titleWidth: 16, noteWidth: 24, lineScalars: 80)

    func line(_ text: String) -> String {
        guard text.unicodeScalars.count > lineScalars else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.prefix(lineScalars - 1))
        return String(scalars) + "…"
    }
}
