import CollabTestSupport

/// Random YAML documents inside collab's subset (docs/reference.md §5), from a seed: block
/// mappings and sequences nested four deep, sequences of mappings at the key's column or
/// indented, plain, single- and double-quoted scalars with CJK text, escapes and characters
/// that only look special, literal blocks with every chomping, flow sequences, `[]` and `{}`,
/// empty values, comments after values and on their own lines, CRLF, a BOM and `---`.
struct SubsetDocumentGenerator {
    var random: SplitMix64
    private var lineEnd = "\n"

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    mutating func document() -> String {
        lineEnd = chance(5) ? "\r\n" : "\n"
        var text = chance(20) ? "\u{FEFF}" : ""
        if chance(4) { text += "# " + words() + lineEnd }
        if chance(5) { text += "---" + lineEnd }
        text += mapping(indent: 0, depth: 0, firstLinePrefix: nil)
        if chance(6) { text += "# 结尾" + lineEnd }
        return text
    }

    // MARK: Structure

    /// A block mapping at `indent`; with `firstLinePrefix` its first key follows that prefix
    /// (`- `) on the same line.
    private mutating func mapping(indent: Int, depth: Int, firstLinePrefix: String?) -> String {
        var keys = Set<String>()
        var text = ""
        let count = Int.random(in: 1...(depth == 0 ? 6 : 4), using: &random)
        for index in 0..<count {
            var key = self.key()
            while keys.contains(key) { key += "x" }
            keys.insert(key)
            let lead = index == 0 && firstLinePrefix != nil ? firstLinePrefix ?? "" : String(repeating: " ", count: indent)
            if index > 0 && chance(8) { text += String(repeating: " ", count: indent) + "# " + words() + lineEnd }
            if index > 0 && chance(10) { text += lineEnd }
            text += lead + key + ":" + value(indent: indent, depth: depth)
        }
        return text
    }

    /// What follows `key:` — a scalar on the same line, or a nested block on the next lines.
    private mutating func value(indent: Int, depth: Int) -> String {
        let nested = depth < 4 ? Int.random(in: 0..<10, using: &random) : 9
        switch nested {
        case 0:
            return lineEnd + mapping(indent: indent + 2, depth: depth + 1, firstLinePrefix: nil)
        case 1:
            // A sequence at the key's column or indented under it.
            return lineEnd + sequence(indent: chance(2) ? indent : indent + 2, depth: depth + 1)
        case 2:
            return " " + literal(indent: indent + 2)
        default:
            return inline() + comment() + lineEnd
        }
    }

    private mutating func sequence(indent: Int, depth: Int) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let dash = String(repeating: " ", count: indent) + "- "
            if chance(3) {
                text += mapping(indent: indent + 2, depth: depth + 1, firstLinePrefix: dash)
            } else {
                text += dash + scalar(flow: false) + comment() + lineEnd
            }
        }
        return text
    }

    /// A value on the key's line: empty, a scalar, a flow sequence, `[]` or `{}`.
    private mutating func inline() -> String {
        switch Int.random(in: 0..<12, using: &random) {
        case 0: return ""
        case 1: return " []"
        case 2: return " {}"
        case 3, 4:
            let items = (0..<Int.random(in: 1...4, using: &random)).map { _ in scalar(flow: true) }
            return " [" + items.joined(separator: chance(2) ? ", " : ",") + "]"
        default: return " " + scalar(flow: false)
        }
    }

    private mutating func literal(indent: Int) -> String {
        let header = ["|", "|-", "|+"][Int.random(in: 0..<3, using: &random)]
        var text = header + lineEnd
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            text += String(repeating: " ", count: indent) + words() + lineEnd
            if chance(4) { text += lineEnd }
        }
        return text
    }

    private mutating func comment() -> String {
        chance(5) ? " # " + words() : ""
    }

    // MARK: Scalars

    private static let keyPool = ["title", "stage", "owner", "due", "id", "status", "标题", "负责人", "部门", "T1", "2024-10-20",
                                  "note_1", "a-b", "x.y", "问题/背景", "key with spaces", "50%", "a:b", "café"]
    private static let plainPool = ["市场部提交数据延迟", "王经理", "2024-10-20", "done", "T1", "no", "yes", "~", "null", "14:00", "010",
                                    "0x1F", "1_000", ".inf", "-1", "+1", "a#b", "a:b", "http://example.com/a?b=c", "50%", "x - y",
                                    "数据（Q3）", "《跨部门数据提报规范》", "a, b", "it's", "say \"hi\"", "a  b", "— 破折号", "Ünïcödé", "T1,T2"]
    private static let quotedPool = ["a: b", " leading", "trailing ", "# not a comment", "- dash", "[not a list]", "{not a map}",
                                     "", "'", "''", "\"", "\\", "a #b", "*alias", "&anchor", "!tag", "|", ">", "%", "@", "`",
                                     "中文：全角冒号", "，逗号", "? question", "50% — 进度"]

    private mutating func key() -> String {
        Self.keyPool[Int.random(in: 0..<Self.keyPool.count, using: &random)]
    }

    /// A plain, single- or double-quoted scalar; inside `[ ]` plain only where it stays one.
    private mutating func scalar(flow: Bool) -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0...4:
            let text = Self.plainPool[Int.random(in: 0..<Self.plainPool.count, using: &random)]
            if !flow || !text.contains(where: { ",[]{}#:?".contains($0) }) { return text }
            return singleQuoted(text)
        case 5...7:
            return singleQuoted(quotedText())
        default:
            return doubleQuoted(quotedText())
        }
    }

    private mutating func quotedText() -> String {
        let pool = chance(2) ? Self.quotedPool : Self.plainPool
        var text = pool[Int.random(in: 0..<pool.count, using: &random)]
        if chance(3) { text += " " + words() }
        return text
    }

    private func singleQuoted(_ text: String) -> String {
        "'" + text.replacingAll("'", with: "''") + "'"
    }

    private mutating func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.append(character)
            }
        }
        // Escapes the subset reads: a tab, a newline, a CJK character by code, a byte by code.
        let escapes = ["\\t", "\\n", "\\u4E2D", "\\x41", "\\/", "\\ ", "\\U0001F600"]
        if chance(3) { out += escapes[Int.random(in: 0..<escapes.count, using: &random)] }
        return out + "\""
    }

    private mutating func words() -> String {
        let pool = ["进度同步", "数据口径", "review", "of the week", "王经理确认", "v2", "（备注）", "a.b"]
        return (0..<Int.random(in: 1...3, using: &random)).map { _ in pool[Int.random(in: 0..<pool.count, using: &random)] }
            .joined(separator: " ")
    }

    private mutating func chance(_ oneIn: Int) -> Bool {
        Int.random(in: 0..<oneIn, using: &random) == 0
    }
}

private extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
