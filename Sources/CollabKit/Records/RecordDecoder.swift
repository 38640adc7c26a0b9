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

    mutating func report(_ rule: RuleID, _ range: SourceRange, _ message: String) {
        diagnostics.append(Diagnostic(file: file, at: range.start, rule: rule, message: message, collaboration: collaboration))
    }

    /// The root mapping of a file; an empty file is an empty mapping.
    mutating func root(_ document: YAMLDocument, keys allowed: [String]) -> MappingReader {
        guard let root = document.root, !root.isNull else { return MappingReader(mapping: nil) }
        guard case .mapping = root else {
            var message = "the file should hold 'key: value' lines, not \(root.kindName)"
            if let text = root.scalar?.text, text.contains("：") {
                message += "; use ':' followed by a space instead of the full-width '：'"
            }
            report(.type, root.range, message)
            return MappingReader(mapping: nil)
        }
        return mapping(root, keys: allowed, what: "the file") ?? MappingReader(mapping: nil)
    }

    /// A mapping whose keys are checked against `allowed`; nil (with a `type` finding) for
    /// another shape.
    mutating func mapping(_ node: Node, keys allowed: [String], what: @autoclosure () -> String) -> MappingReader? {
        guard case .mapping(let mapping) = node else {
            report(.type, node.range, "\(what()) should be a mapping of 'key: value' lines, not \(node.kindName)")
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
                report(.duplicateKey, keyRange, "key '\(key)' appears twice in this mapping (first on line \(first.start.line))")
                continue
            }
            seen?[key] = keyRange
            positions.add(key, keyRange)
            if slot == nil && !allowed.contains(key) {
                var message = "unknown key '\(key)' in \(what())"
                if let suggestion = Suggestion.closest(to: key, in: allowed) { message += "; did you mean '\(suggestion)'?" }
                report(.unknownKey, keyRange, message)
            }
        }
        return MappingReader(mapping: mapping, positions: positions)
    }

    /// Reports `missing-key` when a required key is absent or has no value.
    mutating func requirePresent(_ reader: MappingReader, _ key: String) {
        guard reader.value(key) == nil else { return }
        if let entry = reader.entry(key) {
            report(.missingKey, entry.key.range, "'\(key)' has no value")
        } else {
            report(.missingKey, reader.positions.anchor, "'\(key)' is missing")
        }
    }

    mutating func text(_ reader: MappingReader, _ key: String) -> TextField? {
        guard let node = reader.value(key) else { return nil }
        return text(node, what: "'\(key)'")
    }

    mutating func text(_ node: Node, what: @autoclosure () -> String) -> TextField? {
        guard case .scalar(let scalar) = node else {
            report(.type, node.range, "\(what()) should be text, not \(node.kindName)")
            return nil
        }
        return scalar.isNull ? nil : TextField(scalar.text, scalar.range)
    }

    mutating func date(_ reader: MappingReader, _ key: String) -> Field<CalendarDate>? {
        guard let text = text(reader, key) else { return nil }
        return date(text, what: "'\(key)'")
    }

    mutating func date(_ text: TextField, what: @autoclosure () -> String) -> Field<CalendarDate>? {
        if let date = CalendarDate(text.value) { return Field(date, text.range) }
        let message = CalendarDate.hasDateShape(text.value)
            ? "\(what()) '\(text.value)' is not a real calendar date"
            : "\(what()) '\(text.value)' is not a date; write YYYY-MM-DD"
        report(.invalidDate, text.range, message)
        return nil
    }

    mutating func enumValue<E: RecordEnum>(_ reader: MappingReader, _ key: String, _ type: E.Type) -> Field<E>? {
        guard let text = text(reader, key) else { return nil }
        if let value = E(rawValue: text.value) { return Field(value, text.range) }
        let names = E.allCases.map(\.rawValue)
        var message = "\(key) '\(text.value)' is not one of \(names.joined(separator: ", "))"
        if let suggestion = Suggestion.closest(to: text.value, in: names) { message += "; did you mean '\(suggestion)'?" }
        report(.invalidValue, text.range, message)
        return nil
    }

    /// A list under `key`, each item decoded by `item` (nil items are dropped).
    mutating func list<E>(_ reader: MappingReader, _ key: String,
                          _ item: (inout RecordDecoder, Node) -> E?) -> ListField<E>? {
        guard let node = reader.value(key) else { return nil }
        guard case .sequence(let sequence) = node else {
            report(.type, node.range, "'\(key)' should be a list, not \(node.kindName)")
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
        list(reader, key) { decoder, node in decoder.text(node, what: "an item of '\(key)'") }
    }

    /// A nested mapping under `key`.
    mutating func object(_ reader: MappingReader, _ key: String, keys allowed: [String]) -> MappingReader? {
        guard let node = reader.value(key) else { return nil }
        return mapping(node, keys: allowed, what: "'\(key)'")
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
        rejected[key] = node.scalar?.text ?? "(\(node.kindName))"
    }
}

extension Node {
    var kindName: String {
        switch self {
        case .scalar: return "text"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}
