/// A value an edit writes: a text, a list of texts (written `[a, b]`), or nothing (the
/// value is cleared: `key:` stays, with no value).
public enum EditValue: Sendable, Equatable {
    case text(String)
    case list([String])
    case empty

    /// What `PATH=VALUE` means for a value of `kind`: a comma list (`,` or `，`) for a list
    /// of texts, the canonical value for an enumeration typed in Chinese (`牵头` → lead), the
    /// text itself otherwise; an empty VALUE clears it.
    public init(_ written: String, for kind: RecordSchema.Kind) {
        if case .textList = kind {
            self = .list(EditValue.commaList(written))
        } else if case .enumeration(let values) = kind, let value = RecordEnums.canonical(written, among: values) {
            self = .text(value)  // 完成 → done: stored as the canonical value
        } else {
            self = written.isEmpty ? .empty : .text(written)
        }
    }

    /// `T1, T2` or `T1，T2` as its texts, spaces around each trimmed, empty ones dropped.
    public static func commaList(_ written: String) -> [String] {
        written.split(whereSeparator: { $0 == "," || $0 == "，" }).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// The YAML for the value after `key: ` (empty for a cleared value).
    func rendered(preferring style: ScalarStyle? = nil) -> String {
        switch self {
        case .text(let text): return style.map { ScalarRenderer.render(text, preferring: $0) } ?? ScalarRenderer.render(text)
        case .list(let texts): return "[" + texts.map(EditValue.inFlow).joined(separator: ", ") + "]"
        case .empty: return ""
        }
    }

    /// A text as an item of a `[…]` list.
    static func inFlow(_ text: String) -> String {
        ScalarRenderer.isFlowSafe(text) ? text : ScalarRenderer.doubleQuoted(text)
    }
}

extension StringProtocol {
    /// The text without the spaces, tabs and full-width spaces (U+3000) at either end.
    public var trimmingSpaces: String {
        func isSpace(_ character: Character) -> Bool { character == " " || character == "\t" || character == "\u{3000}" }
        // Most texts have nothing to trim: they are taken as they are.
        guard let first, let last else { return "" }
        if !isSpace(first) && !isSpace(last) { return String(self) }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
