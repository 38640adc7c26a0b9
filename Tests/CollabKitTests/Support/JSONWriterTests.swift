import Foundation
import Testing
@testable import CollabKit

/// JSON strings: escapes where JSON (and JavaScript) need them, everything else as it is.
struct JSONWriterTests {
    @Test(arguments: [
        ("plain 中文 😀", #""plain 中文 😀""#),
        ("a\"b\\c", #""a\"b\\c""#),
        ("line\nnext\r\ttab", #""line\nnext\r\ttab""#),
        ("\u{1}\u{1f}", #""\u0001\u001f""#),
        ("ls\u{2028}ps\u{2029}dagger\u{2020}…", #""ls\u2028ps\u2029dagger†…""#),
        ("ends with \u{E2}", #""ends with â""#),
        ("", #""""#),
    ])
    func stringsAreEscapedWhereNeeded(_ text: String, _ expected: String) throws {
        let json = JSONWriter()
        json.string(text)
        #expect(json.output == expected)
        let read = try JSONSerialization.jsonObject(with: Data(json.output.utf8), options: .fragmentsAllowed) as? String
        #expect(read == text)
    }
}
