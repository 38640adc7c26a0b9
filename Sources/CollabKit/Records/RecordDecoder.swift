/// Reads typed records out of a Node tree, collecting schema diagnostics (`type`,
/// `unknown-key`, `duplicate-key`, `invalid-value`, `invalid-date`, `missing-key`) as it goes.
public struct RecordDecoder {
    public let file: String
    public let collaboration: String?
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: String, collaboration: String?) {
        self.file = file
        self.collaboration = collaboration
    }

    mutating func report(_ rule: RuleID, _ range: SourceRange, _ message: Message) {
        diagnostics.append(Diagnostic(file: file, at: range.start, rule: rule, message: message, collaboration: collaboration))
    }

    /// The root mapping of a file; an empty file is an empty mapping.
    mutating func root(_ document: YAMLDocument, keys allowed: [String]) -> MappingReader {
        guard let root = document.root, !root.isNull else { return MappingReader(mapping: nil) }
        guard case .mapping = root else {
            var message = Message.fileNotMapping(root.kind)
            if let text = root.scalar?.text, text.contains("：") { message = message.then(.fullWidthColon) }
            report(.type, root.range, message)
            return MappingReader(mapping: nil)
        }
        return mapping(root, keys: allowed, what: .theFile) ?? MappingReader(mapping: nil)
    }

    /// A mapping whose keys are checked against `allowed`; nil (with a `type` finding) for
    /// another shape.
    mutating func mapping(_ node: Node, keys allowed: [String], what: @autoclosure () -> Message) -> MappingReader? {
        guard case .mapping(let mapping) = node else {
            report(.type, node.range, .notMapping(what(), node.kind))
            return nil
        }
        var positions = KeyPositions(anchor: mapping.entries.first?.key.range ?? mapping.range, capacity: mapping.entries.count)
        // Each key is found once among the allowed ones; a bit per allowed key tells a
        // duplicate. Unknown keys (rare) and large mappings (only hostile files have them)
        // are checked against the keys seen so far.
        var seenAllowed: UInt64 = 0
        var seen: [String: SourceRange]? = mapping.entries.count > 32 || allowed.count > 64 ? [:] : nil
        for index in mapping.entries.indices {
            let key = mapping.entries[index].key.text, keyRange = mapping.entries[index].key.range
            let slot = seen == nil ? allowed.firstIndex { $0.isSameKey(as: key) } : nil
            let first: SourceRange?
            if let slot {
                first = seenAllowed & (1 << slot) != 0 ? positions[key] : nil
                seenAllowed |= 1 << slot
            } else {
                first = seen?[key] ?? (seen == nil ? positions[key] : nil)
            }
            if let first {
                report(.duplicateKey, keyRange, .keyTwice(key, first.start.line))
                continue
            }
            seen?[key] = keyRange
            positions.add(key, keyRange)
            if slot == nil && !allowed.contains(key) {
                var message = Message.unknownKey(key, what())
                if let suggestion = Suggestion.closest(to: key, in: allowed) { message = message.then(.didYouMean(suggestion)) }
                report(.unknownKey, keyRange, message)
            }
        }
        return MappingReader(mapping: mapping, positions: positions)
    }

    /// Reports `missing-key` for each of a schema's required keys (`RecordSchema.requiredKeys`)
    /// that is absent or has no value, in the schema's order.
    mutating func requirePresent(_ reader: MappingReader, _ keys: [String]) {
        for key in keys where reader.value(key) == nil {
            if let entry = reader.entry(key) {
                report(.missingKey, entry.key.range, .keyHasNoValue(key))
            } else {
                report(.missingKey, reader.positions.anchor, .keyMissing(key))
            }
        }
    }

    mutating func text(_ reader: MappingReader, _ key: String) -> TextField? {
        guard let node = reader.value(key) else { return nil }
        return text(node, what: .key(key))
    }

    mutating func text(_ node: Node, what: @autoclosure () -> Message) -> TextField? {
        guard case .scalar(let scalar) = node else {
            report(.type, node.range, .notText(what(), node.kind))
            return nil
        }
        return scalar.isNull ? nil : TextField(scalar.text, scalar.range)
    }

    mutating func date(_ reader: MappingReader, _ key: String) -> Field<CalendarDate>? {
        guard let text = text(reader, key) else { return nil }
        return date(text, what: .key(key))
    }

    mutating func date(_ text: TextField, what: @autoclosure () -> Message) -> Field<CalendarDate>? {
        if let date = CalendarDate(text.value) { return Field(date, text.range) }
        let meant = CalendarDate.probable(text.value).map { Message.didYouMean($0.description) }
        report(.invalidDate, text.range, (CalendarDate.hasDateShape(text.value) ? Message.notARealDate(what(), text.value) : Message.notADate(what(), text.value)).then(meant))
        return nil
    }

    mutating func enumValue<E: RecordEnum>(_ reader: MappingReader, _ key: String, _ type: E.Type) -> Field<E>? {
        guard let text = text(reader, key) else { return nil }
        if let value = E(rawValue: text.value) { return Field(value, text.range) }
        let names = E.allCases.map(\.rawValue)
        var message = Message.notOneOf(key, text.value, names)
        if let meant = E(chineseName: text.value) {
            message = message.then(.chineseEnumValue(text.value, meant.rawValue))
        } else if let suggestion = Suggestion.closest(to: text.value, in: names) {
            message = message.then(.didYouMean(suggestion))
        }
        report(.invalidValue, text.range, message)
        return nil
    }

    /// A list under `key`, each item decoded by `item` (nil items are dropped).
    mutating func list<E>(_ reader: MappingReader, _ key: String,
                          _ item: (inout RecordDecoder, Node) -> E?) -> ListField<E>? {
        guard let node = reader.value(key) else { return nil }
        guard case .sequence(let sequence) = node else {
            var message = Message.notList(key, node.kind)
            if let text = node.scalar?.text, text.hasPrefix("【"), text.hasSuffix("】") { message = message.then(.fullWidthBrackets) }
            report(.type, node.range, message)
            return nil
        }
        var items: [E] = []
        items.reserveCapacity(sequence.items.count)
        for element in sequence.items {
            if let value = item(&self, element) { items.append(value) }
        }
        return ListField(items: items, range: reader.positions.at(key))
    }

    mutating func textList(_ reader: MappingReader, _ key: String) -> ListField<TextField>? {
        list(reader, key) { decoder, node in decoder.text(node, what: .item(of: key)) }
    }

    /// A nested mapping under `key`.
    mutating func object(_ reader: MappingReader, _ key: String, keys allowed: [String]) -> MappingReader? {
        guard let node = reader.value(key) else { return nil }
        return mapping(node, keys: allowed, what: .key(key))
    }
}

/// One mapping being read; looks keys up by their first occurrence.
public struct MappingReader {
    let mapping: Mapping?
    var positions = KeyPositions()

    func entry(_ key: String) -> MappingEntry? { mapping?.first(key) }

    /// The value under `key`, nil when absent or null.
    func value(_ key: String) -> Node? {
        guard let mapping, let index = mapping.index(of: key), !mapping.entries[index].value.isNull else { return nil }
        return mapping.entries[index].value
    }

    /// Notes the value of `key` as written when it is written but was not decoded (the schema
    /// rejected it): commands show it flagged instead of a default (docs/reference.md §4).
    func reject(_ key: String, unless decoded: Bool, into rejected: inout [String: String]) {
        guard !decoded, let node = value(key) else { return }
        rejected[key] = node.scalar?.text ?? (node.sequence != nil ? "[…]" : "{…}")
    }
}

extension Node {
    /// What shape the value has, for messages.
    var kind: NodeKind {
        switch self {
        case .scalar: return .text
        case .mapping: return .mapping
        case .sequence: return .list
        }
    }
}

enum NodeKind: Sendable {
    case text, mapping, list

    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.text, .en): return "text"
        case (.mapping, .en): return "a mapping"
        case (.list, .en): return "a list"
        case (.text, .zh): return "文字"
        case (.mapping, .zh): return "映射（键: 值）"
        case (.list, .zh): return "列表"
        }
    }
}

/// The decoder's messages. `what` names the value: "the file", "'due'", "a task"….
extension Message {
    static let theFile = Message(en: "the file", zh: "文件")
    static func key(_ key: String) -> Message { Message(en: "'\(key)'", zh: "「\(key)」") }
    static func item(of key: String) -> Message { Message(en: "an item of '\(key)'", zh: "「\(key)」中的一项") }
    static let aTask = Message(en: "a task", zh: "任务")
    static let anUpdate = Message(en: "an update", zh: "进度更新")
    static let aDepartment = Message(en: "a department", zh: "部门")
    static let aPerson = Message(en: "a person", zh: "人员")
    static let aCause = Message(en: "a cause", zh: "归因")
    static let aResponse = Message(en: "a response", zh: "反馈")
    static let anImprovement = Message(en: "an improvement", zh: "待改进点")
    static let aNormUpdate = Message(en: "a norm update", zh: "规范更新")

    fileprivate static func fileNotMapping(_ kind: NodeKind) -> Message {
        Message(en: "the file should hold 'key: value' lines, not \(kind.text(.en))",
                zh: "文件应由「键: 值」行组成，而不是\(kind.text(.zh))")
    }
    fileprivate static func notMapping(_ what: Message, _ kind: NodeKind) -> Message {
        Message(en: "\(what.text(.en)) should be a mapping of 'key: value' lines, not \(kind.text(.en))",
                zh: "\(what.text(.zh))应为「键: 值」行组成的映射，而不是\(kind.text(.zh))")
    }
    fileprivate static func keyTwice(_ key: String, _ line: Int) -> Message {
        Message(en: "key '\(key)' appears twice in this mapping (first on line \(line))",
                zh: "键「\(key)」在同一映射中出现了两次（第一次在第 \(line) 行）")
    }
    fileprivate static func unknownKey(_ key: String, _ what: Message) -> Message {
        Message(en: "unknown key '\(key)' in \(what.text(.en))", zh: "\(what.text(.zh))中有未知的键「\(key)」")
    }
    fileprivate static func keyHasNoValue(_ key: String) -> Message {
        Message(en: "'\(key)' has no value", zh: "「\(key)」没有值")
    }
    fileprivate static func keyMissing(_ key: String) -> Message {
        Message(en: "'\(key)' is missing", zh: "缺少「\(key)」")
    }
    fileprivate static func notText(_ what: Message, _ kind: NodeKind) -> Message {
        Message(en: "\(what.text(.en)) should be text, not \(kind.text(.en))", zh: "\(what.text(.zh))应为文字，而不是\(kind.text(.zh))")
    }
    fileprivate static func notARealDate(_ what: Message, _ text: String) -> Message {
        Message(en: "\(what.text(.en)) '\(text)' is not a real calendar date", zh: "\(what.text(.zh))的值「\(text)」不是真实存在的日期")
    }
    fileprivate static func notADate(_ what: Message, _ text: String) -> Message {
        Message(en: "\(what.text(.en)) '\(text)' is not a date; write YYYY-MM-DD",
                zh: "\(what.text(.zh))的值「\(text)」不是日期；请写成 YYYY-MM-DD")
    }
    static func notOneOf(_ key: String, _ text: String, _ names: [String]) -> Message {
        Message(en: "\(key) '\(text)' is not one of \(names.joined(separator: ", "))",
                zh: "\(key) 的值「\(text)」不是 \(names.joined(separator: "、")) 之一")
    }
    fileprivate static func chineseEnumValue(_ text: String, _ meant: String) -> Message {
        Message(en: "values are written in English: '\(text)' is \(meant)",
                zh: "取值要写英文：「\(text)」应写作 \(meant)")
    }
    fileprivate static func notList(_ key: String, _ kind: NodeKind) -> Message {
        Message(en: "'\(key)' should be a list, not \(kind.text(.en))", zh: "「\(key)」应为列表，而不是\(kind.text(.zh))")
    }
}
