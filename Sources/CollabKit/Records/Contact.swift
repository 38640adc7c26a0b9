/// A person's `contact` as written in stakeholders.yaml, and the chat mentions it holds:
/// `mobile:13800000000`, `wecom:USERID`, `dingtalk:USERID`, `feishu:OPEN_ID`, several
/// separated by commas or spaces (docs/reference.md §10). A chat message uses it only as
/// the platform's mention and never prints it: a phone number posted to a group is a leak.
public struct Contact: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case mobile, wecom, dingtalk, feishu
    }

    public var text: String
    public private(set) var ids: [Kind: [String]] = [:]

    public init(_ text: String) {
        self.text = text
        for word in Self.words(text) {
            guard let colon = word.firstIndex(where: { $0 == ":" || $0 == "：" }) else { continue }
            let value = String(word[word.index(after: colon)...])
            guard let kind = Kind(rawValue: word[..<colon].lowercased()), Self.isID(value, kind) else { continue }
            if !(ids[kind]?.contains(value) ?? false) { ids[kind, default: []].append(value) }
        }
    }

    public func ids(_ kind: Kind) -> [String] { ids[kind] ?? [] }

    /// Whether any mention in `text` (or the text itself) would call a whole group: `@all`,
    /// `all`, `所有人`, `全体成员`, bare or after a platform's `feishu:`, `wecom:`, `dingtalk:`.
    /// `collab check` refuses such a contact (invalid-value) and no message ever mentions it.
    public static func mentionsEveryone(_ text: String) -> Bool {
        words(text).contains { word in
            let value = word.firstIndex(where: { $0 == ":" || $0 == "：" }).map { word[word.index(after: $0)...] } ?? word
            return [word, value].contains { isEveryone($0) }
        }
    }

    private static func isEveryone(_ word: Substring) -> Bool {
        let name = word.drop { $0 == "@" || $0 == "＠" || $0 == "<" }.prefix { $0 != ">" }.lowercased()
        return ["all", "所有人", "全体成员", "everyone"].contains(name)
    }

    private static func words(_ text: String) -> [Substring] {
        text.split { $0 == "," || $0 == "，" || $0 == ";" || $0 == "；" || $0 == "、" || $0.isWhitespace }
    }

    /// 7 to 15 digits for a mobile number (an optional leading +); letters, digits, `_`, `-` and `.`
    /// for a platform's user id: nothing that could break out of a message's markup, and
    /// nothing that would call the whole group.
    static func isID(_ value: String, _ kind: Kind) -> Bool {
        guard !value.isEmpty, value.count <= 64, !isEveryone(Substring(value)) else { return false }
        switch kind {
        case .mobile:
            // A telephone number has 7 to 15 digits (E.164): `+86` alone, cut off by a space
            // (`mobile:+86 13800000000`), is none.
            let digits = value.hasPrefix("+") ? value.dropFirst() : Substring(value)
            return (7...15).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber }
        case .wecom, .dingtalk, .feishu:
            return value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) }
        }
    }
}
