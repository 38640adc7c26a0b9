import CollabTestSupport
import Foundation
import Testing
@testable import CollabKit

/// The merge driver over generated pairs of edits, made by the editor the editing commands
/// use, on every record file of the template: when the two edits touch different values or
/// items the merge is clean and equals the two edits applied one after the other (and in the
/// other order where they commute); a clean merge always reads back.
struct RecordMergePropertyTests {
    /// One edit as `collab set` or `collab add` would make it.
    enum Edit: CustomStringConvertible {
        case set(String, String)
        /// A numbered item (task, decision, action item) with these fields, its id the next free.
        case addNumbered(String, [(String, String)])
        /// A progress update, dated like every other generated one.
        case addUpdate(String, String)
        case addText(String, String)

        var description: String {
            switch self {
            case .set(let path, let value): return "set \(path)=\(value)"
            case .addNumbered(let path, let fields): return "add \(path) \(fields.map { "\($0.0)=\($0.1)" }.joined(separator: " "))"
            case .addUpdate(let path, let note): return "add \(path) note=\(note)"
            case .addText(let path, let text): return "add \(path) \(text)"
            }
        }

        /// The path the edit changes: a value, or the list it appends to.
        var path: String {
            switch self {
            case .set(let path, _), .addNumbered(let path, _), .addUpdate(let path, _), .addText(let path, _): return path
            }
        }

        var isAppend: Bool { if case .set = self { return false } else { return true } }

        func apply(_ bytes: [UInt8], _ file: RecordFile) throws -> [UInt8] {
            var editor = RecordEditor(bytes, file: file)
            let root = try YAMLParser.parse(bytes).root
            let (recordPath, kind, node) = try RecordPath.parse(path, root: root)
            switch self {
            case .set(_, let value):
                try editor.set(recordPath, to: EditValue(value, for: kind))
            case .addNumbered(_, let fields):
                guard case .list(let items) = kind, let key = items.itemKey, let prefix = items.idPrefix else { return bytes }
                let id = CollaborationEdit.nextID(prefix, among: node?.sequence?.items ?? [], key: key)
                let values = [(key, id)] + fields
                try editor.append(items.fields.compactMap { field in values.first { $0.0 == field.key }.map { (field.key, EditValue($0.1, for: field.kind)) } }, to: recordPath)
            case .addUpdate(_, let note):
                try editor.append([("date", .text("2024-07-04")), ("by", .text("周经理")), ("note", .text(note))], to: recordPath)
            case .addText(_, let text):
                try editor.append(text: text, to: recordPath)
            }
            return editor.bytes
        }
    }

    /// The edits the file allows: every value set anew, every list appended to.
    static func edits(_ bytes: [UInt8], _ file: RecordFile, _ random: inout SplitMix64) throws -> [Edit] {
        var edits: [Edit] = []
        func walk(_ node: Node?, _ kind: RecordSchema.Kind, _ path: RecordPath, itemKey: String?) {
            switch kind {
            case .object(let schema):
                guard let mapping = node?.mapping else { return }
                for field in schema.fields where field.key != itemKey {
                    walk(mapping[field.key], field.kind, path.appending(.key(field.key)), itemKey: nil)
                }
            case .list(let items):
                guard let sequence = node?.sequence, !sequence.isFlow else { return }
                if items.idPrefix != nil {
                    let title = items.fields.first { ["title", "text"].contains($0.key) }?.key ?? "text"
                    edits.append(.addNumbered(path.description, [(title, "新增\(random.next() % 1000)")]))
                }
                if path.segments.last == .key("updates") { edits.append(.addUpdate(path.description, "进展\(random.next() % 1000)")) }
                for (index, labelled) in ItemLabel.labelled(sequence.items, items.itemKey ?? "").enumerated() {
                    let segment: RecordPath.Segment = items.itemKey == nil ? .position(index + 1) : .item(labelled.label.key, occurrence: labelled.label.occurrence)
                    walk(labelled.node, .object(items), path.appending(segment), itemKey: items.itemKey)
                }
            case .textList:
                guard node?.sequence != nil else { return }
                edits.append(.addText(path.description, "补充\(random.next() % 1000)"))
            case .date:
                guard node?.scalar != nil else { return }
                edits.append(.set(path.description, "2024-0\(1 + random.next() % 9)-1\(random.next() % 9)"))
            case .enumeration(let values):
                guard let written = node?.scalar?.text else { return }
                if let other = values.filter({ $0 != written }).randomElement(using: &random) { edits.append(.set(path.description, other)) }
            case .text:
                guard node?.scalar != nil else { return }
                edits.append(.set(path.description, "改\(random.next() % 1000)"))
            default:
                return
            }
        }
        let root = try YAMLParser.parse(bytes).root
        var start = RecordPath(file)
        var kind = RecordSchema.Kind.object(RecordSchema.of(file))
        var node = root
        if file == .tasks {
            start = start.appending(.key("tasks"))
            kind = RecordSchema.tasks.kind("tasks") ?? kind
            node = root?.mapping?["tasks"]
        }
        walk(node, kind, start, itemKey: nil)
        return edits
    }

    /// Whether two edits touch different values or items: neither path leads into the other
    /// (two appends to one list add different items).
    static func independent(_ a: Edit, _ b: Edit) -> Bool {
        if a.path == b.path { return a.isAppend && b.isAppend }
        return !a.path.hasPrefix(b.path + ".") && !b.path.hasPrefix(a.path + ".")
    }

    @Test(arguments: [0x3E46E, 1, 2, 3] as [UInt64])
    func independentEditsMergeCleanlyToBothEditsApplied(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var pairs = 0, commuting = 0
        for collaboration in ["new-product-page", "q3-data-sync"] {
            for file in try TestPaths.templateFiles(of: collaboration) {
                let url = TestPaths.workspaceTemplate.appendingPathComponent("collaborations/\(collaboration)/\(file.fileName)")
                let base = [UInt8](try Data(contentsOf: url))
                let edits = try Self.edits(base, file, &random)
                guard edits.count >= 2 else { continue }
                for _ in 0..<40 {
                    let first = edits[Int(random.next() % UInt64(edits.count))], second = edits[Int(random.next() % UInt64(edits.count))]
                    let ours = try first.apply(base, file), theirs = try second.apply(base, file)
                    let outcome = try #require(RecordMerge.merge(base: base, ours: ours, theirs: theirs, file: file), "\(file.fileName): \(first) / \(second)")
                    if outcome.conflicts == 0 {
                        #expect((try? YAMLParser.parse(outcome.bytes)) != nil, "a clean merge reads back: \(first) / \(second)")
                    }
                    guard Self.independent(first, second) else { continue }
                    pairs += 1
                    #expect(outcome.conflicts == 0, "\(file.fileName): \(first) / \(second)\n\(String(decoding: outcome.bytes, as: UTF8.self))")
                    let merged = try YAMLParser.parse(outcome.bytes)
                    // The same change on both sides counts once.
                    let identical = first.description == second.description
                    let sequential = try YAMLParser.parse(identical ? ours : try second.apply(ours, file))
                    #expect(merged.firstDataDifference(from: sequential) == nil,
                            "\(file.fileName): \(first) then \(second)\n\(String(decoding: outcome.bytes, as: UTF8.self))")
                    if first.path != second.path {
                        commuting += 1
                        let reversed = try YAMLParser.parse(try first.apply(theirs, file))
                        #expect(merged.firstDataDifference(from: reversed) == nil, "\(file.fileName): \(second) then \(first)")
                    }
                }
            }
        }
        #expect(pairs >= 300 && commuting >= 250, "\(pairs) independent pairs, \(commuting) commuting")
    }
}
