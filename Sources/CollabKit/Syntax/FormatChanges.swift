/// What `collab fmt` changes in a file, for people: the BOM and CRLF line ends it drops (a
/// file saved by Windows Notepad), and what it lays out anew. `fmt --check` and the pre-commit
/// hook say it instead of a bare refusal; a file whose only changes are its BOM and line ends
/// is accepted as it is, as `collab check` accepts it.
public struct FormatChanges: OptionSet, Sendable, Equatable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let bom = FormatChanges(rawValue: 1 << 0)
    public static let crlf = FormatChanges(rawValue: 1 << 1)
    public static let indentation = FormatChanges(rawValue: 1 << 2)
    public static let trailingSpaces = FormatChanges(rawValue: 1 << 3)
    public static let finalNewline = FormatChanges(rawValue: 1 << 4)
    public static let blankLines = FormatChanges(rawValue: 1 << 5)
    /// Anything else: spacing after keys, quoting, lists under their key, flow collections.
    public static let layout = FormatChanges(rawValue: 1 << 6)

    /// The BOM and the line ends, which every reader accepts.
    public static let lineEnds: FormatChanges = [.bom, .crlf]

    /// True when nothing but the BOM and the line ends would change.
    public var onlyLineEnds: Bool { !isEmpty && isSubset(of: .lineEnds) }

    /// What turns `original` into `formatted` (its canonical layout), found line by line.
    public init(original: [UInt8], formatted: [UInt8]) {
        self = []
        var bytes = original[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            insert(.bom)
            bytes = bytes.dropFirst(3)
        }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line -> ArraySlice<UInt8> in
            guard line.last == 0x0D else { return line }
            insert(.crlf)
            return line.dropLast()
        }
        var target = formatted.split(separator: 0x0A, omittingEmptySubsequences: false)
        // Both end with a newline when the last piece is empty; the canonical file always does.
        if lines.last?.isEmpty == true { lines.removeLast() } else if !lines.isEmpty { insert(.finalNewline) }
        if target.last?.isEmpty == true { target.removeLast() }
        while lines.last?.isEmpty == true, lines.count > target.count {
            lines.removeLast()
            insert(.finalNewline)
        }
        if lines.count != target.count {
            let isBlank = { (line: ArraySlice<UInt8>) in line.allSatisfy { $0 == 0x20 } }
            let unblank = lines.filter { !isBlank($0) }, targetUnblank = target.filter { !isBlank($0) }
            if unblank.count == targetUnblank.count {
                insert(.blankLines)
                (lines, target) = (unblank, targetUnblank)
            } else {
                insert(.layout)
                if lines.contains(where: { $0.last == 0x20 }) { insert(.trailingSpaces) }
                return
            }
        }
        for (line, canonical) in zip(lines, target) where line != canonical {
            let trimmed = line.reversed().drop { $0 == 0x20 }.reversed()
            if trimmed.count != line.count { insert(.trailingSpaces) }
            if Array(trimmed) == Array(canonical) { continue }
            if Array(trimmed.drop { $0 == 0x20 }) == Array(canonical.drop { $0 == 0x20 }) {
                insert(.indentation)
            } else {
                insert(.layout)
            }
        }
    }

    /// The changes in the order they are told, each as "would …" and as "did …".
    private static let phrases: [(FormatChanges, would: Message, did: Message)] = [
        (.bom, Message(en: "remove the BOM", zh: "删除 BOM（字节顺序标记）"), Message(en: "removed the BOM", zh: "删除了 BOM（字节顺序标记）")),
        (.crlf, Message(en: "turn CRLF line ends into LF", zh: "把 CRLF 行尾改为 LF"), Message(en: "turned CRLF line ends into LF", zh: "把 CRLF 行尾改为了 LF")),
        (.indentation, Message(en: "re-indent", zh: "重新缩进"), Message(en: "re-indented", zh: "重新缩进了")),
        (.trailingSpaces, Message(en: "remove trailing spaces", zh: "删除行尾空格"), Message(en: "removed trailing spaces", zh: "删除了行尾空格")),
        (.blankLines, Message(en: "remove extra blank lines", zh: "删除多余的空行"), Message(en: "removed extra blank lines", zh: "删除了多余的空行")),
        (.finalNewline, Message(en: "end the file with one newline", zh: "让文件以一个换行结尾"), Message(en: "ended the file with one newline", zh: "让文件以一个换行结尾")),
        (.layout, Message(en: "lay out the rest (spacing, quoting, lists)", zh: "调整其余写法（空格、引号、列表）"), Message(en: "laid out the rest (spacing, quoting, lists)", zh: "调整了其余写法（空格、引号、列表）")),
    ]

    /// "would remove the BOM and turn CRLF line ends into LF" / "会删除 BOM（字节顺序标记）、把 CRLF 行尾改为 LF".
    public var wouldChange: Message {
        let told = Self.phrases.filter { contains($0.0) }.map(\.would)
        return Message(en: "would " + Self.both(told.map { $0.text(.en) }), zh: "会" + Language.zh.list(told.map { $0.text(.zh) }))
    }

    /// "removed the BOM and turned CRLF line ends into LF" / "删除了 BOM（字节顺序标记）、把 CRLF 行尾改为了 LF".
    public var changed: Message {
        let told = Self.phrases.filter { contains($0.0) }.map(\.did)
        return Message(en: Self.both(told.map { $0.text(.en) }), zh: Language.zh.list(told.map { $0.text(.zh) }))
    }

    /// "a, b and c".
    private static func both(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
}
