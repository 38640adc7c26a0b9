import CollabKit
import FoundationEssentials
let root = CommandLine.arguments[1]
let fm = FileManager.default
var cases: [String] = []
for name in try! fm.contentsOfDirectory(atPath: root).sorted() {
    let dir = root + "/" + name
    if fm.fileExists(atPath: dir + "/in.yaml") { cases.append(dir) }
    else if let subs = try? fm.contentsOfDirectory(atPath: dir) {
        for s in subs.sorted() where fm.fileExists(atPath: dir + "/" + s + "/in.yaml") { cases.append(dir + "/" + s) }
    }
}
var accepted = 0, mismatch = 0, badAccept = 0, rejected = 0
for dir in cases {
    let bytes = [UInt8](fm.contents(atPath: dir + "/in.yaml")!)
    let isError = fm.fileExists(atPath: dir + "/error")
    do {
        let doc = try YAMLParser.parse(bytes)
        if isError { badAccept += 1; print("ACCEPTED ERROR CASE", dir); continue }
        let expected = String(decoding: fm.contents(atPath: dir + "/test.event")!, as: UTF8.self)
        let got = EventPrinter.events(doc)
        if got == expected { accepted += 1 } else { mismatch += 1; print("MISMATCH", dir); if CommandLine.arguments.count > 2 { print(got); print("--- expected"); print(expected) } }
    } catch {
        rejected += 1
        if CommandLine.arguments.count > 3 && !isError { print("REJECT", dir, error) }
    }
}
print("cases \(cases.count) accepted \(accepted) mismatch \(mismatch) badAccept \(badAccept) rejected \(rejected)")
