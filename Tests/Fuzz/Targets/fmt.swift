// fmt (docs/reference.md §5): what it writes formats to itself and holds the same data.
// With COLLAB_FUZZ_DUMP set to a folder, each formatted file and collab's reading of it are
// written there, for scripts/fuzz to compare with PyYAML's SafeLoader.
@testable import CollabKit
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormat(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    guard let before = try? YAMLParser.parse(bytes), let formatted = try? Formatter.format(bytes) else { return 0 }
    guard let after = try? YAMLParser.parse(formatted) else {
        FuzzInput.expect(false, "fmt wrote a file that does not parse")
        return 0
    }
    FuzzInput.expect((try? Formatter.format(formatted)) == formatted, "fmt is not idempotent")
    FuzzInput.expect(NodeJSON.render(before) == NodeJSON.render(after), "fmt changed the data")
    if let folder = ProcessInfo.processInfo.environment["COLLAB_FUZZ_DUMP"] {
        let name = "\(folder)/\(formatted.hashValue & 0xFFFF_FFFF)"
        _ = FileManager.default.createFile(atPath: name + ".yaml", contents: Data(formatted))
        _ = FileManager.default.createFile(atPath: name + ".json", contents: Data(NodeJSON.render(after).utf8))
    }
    return 0
}
