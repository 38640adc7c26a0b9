// The record editor (docs/reference.md §9): a document, a path as people write it and a
// value, cut at NUL bytes. When the edit is made, the result parses, holds the value at the
// path, and differs from the document only there.
@testable import CollabKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEdit(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let parts = FuzzInput.parts(FuzzInput.bytes(data, size), count: 3)
    let document = parts[0]
    let pathText = String(decoding: parts[1], as: UTF8.self)
    let written = String(decoding: parts[2], as: UTF8.self)
    guard let parsed = try? YAMLParser.parse(document),
          let (path, kind, _) = try? RecordPath.parse(pathText, root: parsed.root) else { return 0 }
    let value = EditValue(written, for: kind)
    var editor = RecordEditor(document, file: path.file)
    guard (try? editor.set(path, to: value)) != nil else { return 0 }
    let edited: YAMLDocument
    do {
        edited = try YAMLParser.parse(editor.bytes)
    } catch {
        FuzzInput.expect(false, "setting \(pathText) made a file that does not parse: \(error)")
        return 0
    }
    let changes = RecordDiff.changes(path.file, old: parsed.root, new: edited.root, collaboration: "fuzz")
    for change in changes {
        guard let changed = change.path else { continue }
        let related = changed.description.hasPrefix(path.description) || path.description.hasPrefix(changed.description)
        FuzzInput.expect(related, "setting \(pathText) changed \(changed.description) too")
    }
    if case .text(let text) = value, let read = try? RecordPath.parse(pathText, root: edited.root) {
        FuzzInput.expect(read.node?.scalar?.text == text, "\(pathText) reads \(String(describing: read.node?.scalar?.text)), not \(text)")
    }
    return 0
}
