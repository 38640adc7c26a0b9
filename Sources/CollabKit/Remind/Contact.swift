/// A person's `contact` as written in stakeholders.yaml, and the chat mentions it holds:
/// `mobile:13800000000`, `wecom:USERID`, `dingtalk:USERID`, `feishu:OPEN_ID`, several
/// separated by commas or spaces (docs/reference.md §10). Anything else is shown as written.
public struct Contact: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case mobile, wecom, dingtalk, feishu
    }

    public var text: String
    public private(set) var ids: [Kind: [String]] = [:]

    public init(_ text: String) {
        self.text = text
        let words = text.split { $0 == "," || $0 == "，" || $0 == ";" || $0 == "；" || $0 == "、" || $0.isWhitespace }
        for word in words {
            guard let colon = word.firstIndex(where: { $0 == ":" || $0 == "：" }) else { continue }
            let value = String(word[word.index(after: colon)...])
            guard let kind = Kind(rawValue: word[..<colon].lowercased()), Self.isID(value, kind) else { continue }
            if !(ids[kind]?.contains(value) ?? false) { ids[kind, default: []].append(value) }
        }
    }

    public func ids(_ kind: Kind) -> [String] { ids[kind] ?? [] }

    /// Digits for a mobile number (an optional leading +); letters, digits, `_`, `-` and `.`
    /// for a platform's user id: nothing that could break out of a message's markup, and no
    /// `@all` that would call the whole group.
    static func isID(_ value: String, _ kind: Kind) -> Bool {
        guard !value.isEmpty, value.count <= 64 else { return false }
        switch kind {
        case .mobile:
            let digits = value.hasPrefix("+") ? value.dropFirst() : Substring(value)
            return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        case .wecom, .dingtalk, .feishu:
            return value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) }
        }
    }
}
