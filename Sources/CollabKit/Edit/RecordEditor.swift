/// Edits one record file by splicing its bytes (docs/reference.md §9): a value set at any
/// path, missing keys inserted where the schema orders them, an item appended after a list's
/// last item at its indentation. Everything else — comments, key order, quoting of other
/// values, blank lines, LF or CRLF — stays byte for byte. The same for collab.yaml, whose
/// paths start at its root (`departments.tech.members`).
public struct RecordEditor {
    public private(set) var bytes: [UInt8]
    /// The record file edited; nil for collab.yaml.
    let file: RecordFile?
    private let schema: RecordSchema
    private let lineEnd: [UInt8]

    public init(_ bytes: [UInt8], file: RecordFile) {
        self.init(bytes, file: file, schema: RecordSchema.of(file))
    }

    /// An editor of the workspace's collab.yaml.
    public init(workspaceConfig bytes: [UInt8]) {
        self.init(bytes, file: nil, schema: .workspace)
    }

    private init(_ bytes: [UInt8], file: RecordFile?, schema: RecordSchema) {
        self.bytes = bytes
        self.file = file
        self.schema = schema
        let crlf = bytes.firstIndex(of: 0x0A).map { $0 > 0 && bytes[$0 - 1] == 0x0D } ?? false
        lineEnd = crlf ? [0x0D, 0x0A] : [0x0A]
    }

    /// How a path in this file is shown: as §9 names it, or for collab.yaml from its root.
    private func shown(_ segments: [RecordPath.Segment]) -> String {
        guard let file else { return segments.map(\.description).joined(separator: ".") }
        return RecordPath(file, segments).description
    }

    /// Sets the value at `path`; missing keys on the way are inserted.
    public mutating func set(_ path: RecordPath, to value: EditValue) throws(PathError) {
        try set(path.segments, to: value)
    }

    /// Appends a mapping item to the list at `path`, as `append(_:to:)` with a RecordPath;
    /// for collab.yaml (`[.key("departments")]`).
    public mutating func append(_ fields: [(key: String, value: EditValue)], to path: RecordPath) throws(PathError) {
        try append(fields, at: path.segments)
    }

    /// Appends a text to the list of texts at `path`.
    public mutating func append(text: String, to path: RecordPath) throws(PathError) {
        try append(text: text, at: path.segments)
    }

    /// Sets the value at the path `segments` from the file's root; missing keys on the way are inserted.
    public mutating func set(_ segments: [RecordPath.Segment], to value: EditValue) throws(PathError) {
        let path = Shown(segments: segments, description: shown(segments))
        switch try locate(path) {
        case .missing(let place, let keys):
            try insert(keys, .inline(value.rendered()), at: place)
        case .found(let node, let holder, _):
            switch holder {
            case .entry(let entry):
                if case .scalar(let scalar) = node, !scalar.isNull, case .text = value {
                    splice(scalar.range.start.offset..<scalar.range.end.offset, value.rendered(preferring: scalar.style))
                } else {
                    let rendered = value.rendered()
                    splice(colonEnd(entry)..<max(colonEnd(entry), node.range.end.offset), rendered.isEmpty ? "" : " " + rendered)
                }
            case .item:
                guard value != .empty else { throw .itemNotRemovable(path.description) }
                guard node.scalar != nil else { throw .notAContainer(path.description, next: "") }
                let style = node.scalar?.style
                splice(node.range.start.offset..<node.range.end.offset, value.rendered(preferring: style))
            case .root:
                throw .notAMapping(path.description)
            }
        }
    }

    /// Appends a mapping item, its keys in the order given (the schema's), to the list at
    /// `segments`. `key: []`, a missing list and a list of texts written `[a, b]` (the subset's
    /// `[…]` holds texts only) become a block list.
    public mutating func append(_ fields: [(key: String, value: EditValue)], at segments: [RecordPath.Segment]) throws(PathError) {
        let path = Shown(segments: segments, description: shown(segments))
        let lineEnd = self.lineEnd
        if case .found(let node, .entry(let entry), let indent) = try locate(path), case .sequence(let list) = node, list.isFlow, !list.items.isEmpty {
            // The subset's `[…]` holds texts only (SPEC §5): the list becomes a block list, its
            // items as written, one `- ` line each, then the new item.
            var lines: [UInt8] = []
            for item in list.items {
                lines += Array((String(repeating: " ", count: indent) + "- ").utf8) + bytes[item.range.start.offset..<item.range.end.offset] + lineEnd
            }
            insert(lines + Self.blockItem(fields, indent: indent, lineEnd: lineEnd), afterLineOf: list.range.end.offset)
            splice(colonEnd(entry)..<list.range.end.offset, "")
            return
        }
        try appendItem(to: path) { indent in Self.blockItem(fields, indent: indent, lineEnd: lineEnd) }
    }

    /// A mapping item of a block list: `- key: value` lines at `indent`.
    private static func blockItem(_ fields: [(key: String, value: EditValue)], indent: Int, lineEnd: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        for (index, field) in fields.enumerated() {
            let lead = index == 0 ? String(repeating: " ", count: indent) + "- " : String(repeating: " ", count: indent + 2)
            let rendered = field.value.rendered()
            out += Array((lead + field.key + ":" + (rendered.isEmpty ? "" : " " + rendered)).utf8) + lineEnd
        }
        return out
    }

    /// Appends a text to the list of texts at `segments`: `[a]` becomes `[a, text]`, a block
    /// list gets a `- text` line.
    public mutating func append(text: String, at segments: [RecordPath.Segment]) throws(PathError) {
        let path = Shown(segments: segments, description: shown(segments))
        if case .found(let node, _, _) = try locate(path), case .sequence(let list) = node, list.isFlow {
            let close = list.range.end.offset - 1
            splice(close..<close, (list.items.isEmpty ? "" : ", ") + EditValue.inFlow(text))
            return
        }
        let lineEnd = self.lineEnd
        try appendItem(to: path) { indent in
            Array((String(repeating: " ", count: indent) + "- " + ScalarRenderer.render(text)).utf8) + lineEnd
        }
    }

    private mutating func appendItem(to path: Shown, _ item: @escaping (Int) -> [UInt8]) throws(PathError) {
        switch try locate(path) {
        case .missing(let place, let keys):
            try insert(keys, .block(item), at: place)
        case .found(let node, let holder, let childIndent):
            switch node {
            case .sequence(let list) where !list.isFlow:
                insert(item(list.range.start.column - 1), afterLineOf: list.range.end.offset)
            case .sequence(let list) where list.items.isEmpty:
                guard case .entry(let entry) = holder else { throw .flowList(path.description) }
                // `key: []` becomes `key:` with the list on the lines below.
                insert(item(childIndent), afterLineOf: list.range.end.offset)
                splice(colonEnd(entry)..<list.range.end.offset, "")
            case .sequence:
                throw .flowList(path.description)
            case .scalar(let scalar) where scalar.isNull:
                insert(item(childIndent), afterLineOf: scalar.range.end.offset)
            default:
                throw .notAList(path.description)
            }
        }
    }

    // MARK: Finding the place

    /// How the node at the end of a path is held: by the file, by a mapping entry, or as a
    /// list item.
    private enum Holder {
        case root
        case entry(MappingEntry)
        case item
    }

    /// Where new keys go: after the line holding `offset` (or at the end of the file), or at
    /// the start of the line holding `offset`; at `indent`.
    private struct Place {
        var offset: Int
        var beforeLine = false
        var indent: Int
        /// Bytes to remove first (` {}` of an empty flow mapping being filled).
        var removing: Range<Int>? = nil
    }

    private enum Location {
        /// The path exists: its node, how it is held, and where keys or items under it go.
        case found(Node, Holder, childIndent: Int)
        /// The path stops at a missing key: the keys still to write, and where.
        case missing(Place, keys: [String])
    }

    /// Where a key added to a file with no content goes: before a `...` marker, if it has
    /// one (found by scripts/fuzz: after it, the file no longer parsed), else at the end.
    private func endOfContent() -> Place {
        var start = 0
        while start < bytes.count {
            if bytes[start...].starts(with: Array("...".utf8)) { return Place(offset: start, beforeLine: true, indent: 0) }
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else { break }
            start = newline + 1
        }
        return Place(offset: bytes.count, indent: 0)
    }

    private func document() throws(PathError) -> YAMLDocument {
        do { return try YAMLParser.parse(bytes) } catch { throw .notParsable(file?.fileName ?? WorkspaceLayout.configFile, error) }
    }

    /// A path from the file's root, with how messages show it.
    private struct Shown {
        var segments: [RecordPath.Segment]
        var description: String
    }

    private func locate(_ path: Shown) throws(PathError) -> Location {
        var node: Node? = try document().root
        var holder = Holder.root
        var childIndent = 0
        var schema: RecordSchema? = self.schema
        var shownSegments: [RecordPath.Segment] = []
        for (depth, segment) in path.segments.enumerated() {
            let rest = path.segments[depth...]
            switch segment {
            case .key(let key):
                let keys = rest.compactMap { segment -> String? in if case .key(let key) = segment { return key } else { return nil } }
                let missingKeys = { () throws(PathError) -> [String] in
                    guard keys.count == rest.count else {
                        throw .unknownItem(rest.dropFirst().first?.description ?? "", in: shown(shownSegments + [segment]), labels: [])
                    }
                    return keys
                }
                switch node {
                case .mapping(let mapping)? where !mapping.isFlow:
                    guard let entry = mapping.first(key) else {
                        return .missing(place(for: key, in: mapping, schema: schema), keys: try missingKeys())
                    }
                    holder = .entry(entry)
                    childIndent = mapping.indent + 2
                    node = entry.value
                case nil:
                    return .missing(endOfContent(), keys: try missingKeys())
                case .scalar(let scalar)? where scalar.isNull:
                    return .missing(Place(offset: scalar.range.end.offset, indent: childIndent), keys: try missingKeys())
                case .mapping(let mapping)? where mapping.entries.isEmpty:
                    guard case .entry(let entry) = holder else { throw .notAMapping(shown(shownSegments)) }
                    return .missing(Place(offset: mapping.range.end.offset, indent: childIndent,
                                          removing: colonEnd(entry)..<mapping.range.end.offset), keys: try missingKeys())
                default:
                    throw shownSegments.isEmpty ? .notAMapping(file?.name ?? WorkspaceLayout.configFile) : .notAMapping(shown(shownSegments))
                }
                schema = schema?.nested(key)
            case .item(let label, let occurrence):
                guard let list = node?.sequence else { throw .notAList(shown(shownSegments)) }
                let labelled = ItemLabel.labelled(list.items, schema?.itemKey ?? "", bare: schema?.bareItems ?? false)
                guard let found = labelled.first(where: { $0.label.key == label && $0.label.occurrence == occurrence }) else {
                    let names = labelled.map { RecordPath.Segment.item($0.label.key, occurrence: $0.label.occurrence).description }
                    throw .unknownItem(segment.description, in: shown(shownSegments), labels: names)
                }
                holder = .item
                childIndent = found.node.range.start.column - 1
                node = found.node
            case .position(let position):
                guard let list = node?.sequence else { throw .notAList(shown(shownSegments)) }
                guard position >= 1, position <= list.items.count else {
                    throw .notAPosition(String(position), in: shown(shownSegments), count: list.items.count)
                }
                holder = .item
                childIndent = list.items[position - 1].range.start.column - 1
                node = list.items[position - 1]
            }
            shownSegments.append(segment)
        }
        guard let node else { throw .notAMapping(path.description) }
        return .found(node, holder, childIndent: childIndent)
    }

    /// Where a missing `key` of `mapping` goes: after the entry of the nearest key before it
    /// in the schema's order, else before the nearest key after it, else after the last entry.
    private func place(for key: String, in mapping: Mapping, schema: RecordSchema?) -> Place {
        let order = schema?.keys ?? []
        let rank = order.firstIndex(of: key) ?? order.count
        let ranked = mapping.entries.compactMap { entry in order.firstIndex(of: entry.key.text).map { (rank: $0, entry: entry) } }
        if let before = ranked.filter({ $0.rank < rank }).max(by: { $0.rank < $1.rank }) {
            return Place(offset: end(of: before.entry), indent: mapping.indent)
        }
        if let after = ranked.filter({ $0.rank > rank }).min(by: { $0.rank < $1.rank }), startsLine(after.entry.key.range.start.offset) {
            return Place(offset: after.entry.key.range.start.offset, beforeLine: true, indent: mapping.indent)
        }
        return Place(offset: mapping.range.end.offset, indent: mapping.indent)
    }

    // MARK: Writing

    private enum Payload {
        /// A value written after the last key.
        case inline(String)
        /// Lines under the last key, made for an indentation.
        case block((Int) -> [UInt8])
    }

    private mutating func insert(_ keys: [String], _ payload: Payload, at place: Place) throws(PathError) {
        var text: [UInt8] = []
        for (depth, key) in keys.enumerated() {
            let indent = place.indent + 2 * depth
            text += Array((String(repeating: " ", count: indent) + key + ":").utf8)
            if depth < keys.count - 1 {
                text += lineEnd
                continue
            }
            switch payload {
            case .inline(let value): text += Array((value.isEmpty ? "" : " " + value).utf8) + lineEnd
            case .block(let lines): text += lineEnd + lines(indent + 2)
            }
        }
        if place.beforeLine {
            let start = lineStart(place.offset)
            bytes.insert(contentsOf: text, at: start)
        } else {
            insert(text, afterLineOf: place.offset)
        }
        if let removing = place.removing { splice(removing, "") }
    }

    /// Inserts whole lines after the line that holds `offset`.
    private mutating func insert(_ text: [UInt8], afterLineOf offset: Int) {
        if let newline = bytes[min(offset, bytes.count)...].firstIndex(of: 0x0A) {
            bytes.insert(contentsOf: text, at: newline + 1)
        } else {
            if let last = bytes.last, last != 0x0A { bytes += lineEnd }
            bytes += text
        }
    }

    private mutating func splice(_ range: Range<Int>, _ text: String) {
        bytes.replaceSubrange(range, with: Array(text.utf8))
    }

    /// The offset just after the `:` that ends an entry's key.
    private func colonEnd(_ entry: MappingEntry) -> Int {
        var offset = entry.key.range.end.offset
        while offset < bytes.count, bytes[offset] != UInt8(ascii: ":") { offset += 1 }
        return min(offset + 1, bytes.count)
    }

    /// Where an entry ends: its value's end, or its key's for a value written nowhere.
    private func end(of entry: MappingEntry) -> Int {
        max(entry.key.range.end.offset, entry.value.range.end.offset)
    }

    private func lineStart(_ offset: Int) -> Int {
        var start = offset
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        return start
    }

    private func startsLine(_ offset: Int) -> Bool {
        bytes[lineStart(offset)..<offset].allSatisfy { $0 == UInt8(ascii: " ") }
    }
}

extension Mapping {
    /// The column (0-based) its keys stand at.
    var indent: Int { (entries.first?.key.range.start.column ?? 1) - 1 }
}
