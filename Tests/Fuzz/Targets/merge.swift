// The merge driver (docs/reference.md §12): base, ours and theirs cut at NUL bytes, the
// first byte choosing the record file. It never crashes; when every side parses as a
// record (a block mapping, no key twice), the merge is made by keys and a clean result parses.
@testable import CollabKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMerge(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var bytes = FuzzInput.bytes(data, size)
    guard let choice = bytes.first else { return 0 }
    bytes.removeFirst()
    let files: [RecordFile] = [.problem, .stakeholders, .tasks, .feedback, .meeting("2024-06-15-kickoff")]
    let file = files[Int(choice) % files.count]
    let parts = FuzzInput.parts(bytes, count: 3)
    guard let result = try? MergeDriver.merge(base: parts[0], ours: parts[1], theirs: parts[2], path: "collaborations/x/" + file.fileName,
                                              markerSize: 7) else { return 0 }
    let roots = parts.map { (try? YAMLParser.parse($0))?.root }
    let records = roots.map { $0?.mapping }
    if records.allSatisfy({ $0 != nil }), !roots.contains(where: { $0?.holdsAKeyTwice == true }), let ours = records[1], let theirs = records[2],
       !ours.isFlow, !theirs.isFlow, !ours.entries.isEmpty, !theirs.entries.isEmpty, !result.conflicted {
        FuzzInput.expect((try? YAMLParser.parse(result.bytes)) != nil, "a clean merge of three records does not parse")
        let byKeys = RecordMerge.merge(base: parts[0], ours: parts[1], theirs: parts[2], file: file)
        FuzzInput.expect(byKeys != nil, "three records were merged by lines: the merge by keys made a file that does not parse")
    }
    return 0
}
