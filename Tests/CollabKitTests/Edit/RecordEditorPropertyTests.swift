import Foundation
import Testing
@testable import CollabKit

/// Over every list of the template's records (and every list of texts): appending an item
/// inserts one run of whole lines — or, in a `[…]` list, one run of bytes — and changes
/// nothing else: the file reads back with the list one item longer and every other value
/// as it was.
struct RecordEditorPropertyTests {
    /// Every list path in `node`, walked by the schema: (path, kind).
    static func lists(in node: Node?, kind: RecordSchema.Kind, at path: RecordPath) -> [(RecordPath, RecordSchema.Kind)] {
        switch kind {
        case .object(let schema):
            guard let mapping = node?.mapping else { return [] }
            return schema.fields.flatMap { field in lists(in: mapping[field.key], kind: field.kind, at: path.appending(.key(field.key))) }
        case .list(let items):
            guard let sequence = node?.sequence else { return [] }
            var found = [(path, kind)]
            for (index, label) in ItemLabel.labelled(sequence.items, items.itemKey ?? "").enumerated() {
                let segment: RecordPath.Segment = items.itemKey == nil ? .position(index + 1) : .item(label.label.key, occurrence: label.label.occurrence)
                found += lists(in: label.node, kind: .object(items), at: path.appending(segment))
            }
            return found
        case .textList:
            return node?.sequence == nil ? [] : [(path, kind)]
        default:
            return []
        }
    }

    @Test func appendingToAnyListInsertsOneRunAndChangesNothingElse() throws {
        var appended = 0
        for collaboration in ["new-product-page", "q3-data-sync"] {
            for file in try TestPaths.templateFiles(of: collaboration) {
                let url = TestPaths.workspaceTemplate.appendingPathComponent("collaborations/\(collaboration)/\(file.fileName)")
                let original = [UInt8](try Data(contentsOf: url))
                for crlf in [false, true] {
                    let bytes = crlf ? Array(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8) : original
                    let root = try YAMLParser.parse(bytes).root
                    for (path, kind) in Self.lists(in: root, kind: .object(RecordSchema.of(file)), at: RecordPath(file)) {
                        var editor = RecordEditor(bytes, file: file)
                        switch kind {
                        case .list(let items):
                            let fields = items.fields.prefix(3).map { (key: $0.key, value: EditValue.text("新增 \($0.key)")) }
                            try editor.append(fields, to: path)
                        default:
                            try editor.append(text: "新增的一条, with: a colon", to: path)
                        }
                        let after = editor.bytes
                        let inserted = try #require(Self.insertion(from: bytes, to: after), "\(path): not one inserted run")
                        if crlf {
                            let bare = inserted.indices.filter { inserted[$0] == 0x0A && ($0 == 0 || inserted[$0 - 1] != 0x0D) }
                            #expect(bare.isEmpty, "\(path): an LF without CR in a CRLF file")
                        }
                        let newRoot = try YAMLParser.parse(after).root
                        let newList = try #require(RecordPath.parse(path.description, root: newRoot).node?.sequence)
                        let oldList = try #require(RecordPath.parse(path.description, root: root).node?.sequence)
                        #expect(newList.items.count == oldList.items.count + 1, "\(path)")
                        #expect(SampleFiles.data(Self.dropLast(of: path, in: newRoot)) == SampleFiles.data(root), "\(path): other values changed")
                        appended += 1
                    }
                }
            }
        }
        #expect(appended >= 50, "\(appended)")
    }

    /// The bytes `after` has beyond `before`, when they are one contiguous run.
    static func insertion(from before: [UInt8], to after: [UInt8]) -> [UInt8]? {
        var prefix = 0
        while prefix < before.count, before[prefix] == after[prefix] { prefix += 1 }
        let length = after.count - before.count
        guard length > 0, Array(after[(prefix + length)...]) == Array(before[prefix...]) else { return nil }
        return Array(after[prefix..<(prefix + length)])
    }

    /// `root` with the last item of the list at `path` removed.
    static func dropLast(of path: RecordPath, in root: Node?) -> Node? {
        func walk(_ node: Node?, _ segments: ArraySlice<RecordPath.Segment>, _ schema: RecordSchema?) -> Node? {
            guard let node else { return nil }
            guard let segment = segments.first else {
                guard case .sequence(var list) = node else { return node }
                list.items.removeLast()
                return .sequence(list)
            }
            switch (segment, node) {
            case (.key(let key), .mapping(var mapping)):
                guard let index = mapping.index(of: key) else { return node }
                let inner: RecordSchema? = {
                    switch schema?.kind(key) {
                    case .list(let s)?, .object(let s)?: return s
                    default: return nil
                    }
                }()
                mapping.entries[index].value = walk(mapping.entries[index].value, segments.dropFirst(), inner) ?? mapping.entries[index].value
                return .mapping(mapping)
            case (.item(let label, let occurrence), .sequence(var list)):
                guard let index = ItemLabel.labelled(list.items, schema?.itemKey ?? "").firstIndex(where: { $0.label.key == label && $0.label.occurrence == occurrence }) else { return node }
                list.items[index] = walk(list.items[index], segments.dropFirst(), schema) ?? list.items[index]
                return .sequence(list)
            case (.position(let position), .sequence(var list)):
                list.items[position - 1] = walk(list.items[position - 1], segments.dropFirst(), schema) ?? list.items[position - 1]
                return .sequence(list)
            default:
                return node
            }
        }
        return walk(root, path.segments[...], RecordSchema.of(path.file))
    }
}
