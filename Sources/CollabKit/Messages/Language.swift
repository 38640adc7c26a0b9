/// The languages collab speaks (docs/reference.md §14). The command layer picks one; the
/// library only renders in the one it is given.
public enum Language: String, Sendable, CaseIterable {
    case en, zh

    /// Reads a language setting as §14 does: a value beginning with `zh` is Chinese,
    /// anything else English.
    public init(setting: String) {
        self = setting.hasPrefix("zh") ? .zh : .en
    }

    /// The list separator: "a, b, c" in English, "a、b、c" in Chinese.
    public func list(_ items: [String]) -> String {
        items.joined(separator: self == .zh ? "、" : ", ")
    }

    /// A choice between alternatives: "a, b or c" / "a、b 或 c".
    public func alternatives(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let head = list(Array(items.dropLast()))
        return self == .zh ? "\(head) 或 \(items[items.count - 1])" : "\(head) or \(items[items.count - 1])"
    }
}
