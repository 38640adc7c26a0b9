// The YAML parser (docs/reference.md §5): any bytes are read or rejected with a position,
// never a crash, a hang or a leak; what is read renders as JSON.
@testable import CollabKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParse(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    do {
        let document = try YAMLParser.parse(bytes)
        _ = NodeJSON.render(document)
    } catch {
        FuzzInput.expect(error.location.line >= 1 && error.location.column >= 1, "an error without a position: \(error)")
        _ = error.message.text(.zh)
    }
    return 0
}
