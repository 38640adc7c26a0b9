import Foundation
import Testing

/// A command-line value that is not UTF-8 is refused (exit 2) naming the byte, never stored
/// as U+FFFD. The values are passed through bash's `$'…'` quoting: Foundation's Process takes
/// only Strings, which cannot hold such bytes.
struct ArgumentEncodingTests {
    static func collab(_ script: String, in scratch: Scratch) throws -> (status: Int32, output: String) {
        try Program.run("/bin/bash", ["-c", "cd '\(scratch.path)' && '\(CLI.binary.path)' " + script],
                        environment: ["COLLAB_TODAY": "2024-07-02", "LANG": "C.UTF-8", "COLLAB_LANG": "en"])
    }

    /// Every file under collaborations/ with its content (absent folders such as a new
    /// collaboration's would show up as added paths).
    static func records(_ scratch: Scratch) throws -> [String] {
        let folder = scratch.file("collaborations")
        let names = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.sorted() ?? []
        return names.map { name in
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
            return name + ":" + (data.map { String(decoding: $0, as: UTF8.self) } ?? "(folder)")
        }
    }

    @Test func setRefusesAValueThatIsNotUTF8NamingTheByte() throws {
        let scratch = try Scratch.workspace()
        let before = try Self.records(scratch)
        let result = try Self.collab("set q3-data-sync problem.title=$'x\\xff'", in: scratch)
        #expect(result.status == 2)
        #expect(result.output == """
            collab: problem.title=x\\xFF: byte 0xFF at position 2 of the value is not UTF-8; write the value in UTF-8 (check the encoding of the terminal or the script)
            See 'collab set --help'.

            """)
        #expect(try Self.records(scratch) == before)
    }

    /// add, update, new --title and meeting --topic alike: nothing written, the byte named.
    @Test(arguments: [
        ("add q3-data-sync problem.impact $'\\xc3('", "'\\xC3(': byte 0xC3 at position 1 is not UTF-8"),
        ("add q3-data-sync tasks title=$'好\\xe5' owner=李主管", "title=好\\xE5: byte 0xE5 at position 4 of the value is not UTF-8"),
        ("update q3-data-sync T1 $'done\\x80'", "'done\\x80': byte 0x80 at position 5 is not UTF-8"),
        ("new fresh --title $'\\xfe'", "'\\xFE': byte 0xFE at position 1 is not UTF-8"),
        ("meeting q3-data-sync --topic=$'a\\xff'", "--topic=a\\xFF: byte 0xFF at position 2 of the value is not UTF-8"),
    ])
    func everyWritingCommandRefusesIt(_ script: String, _ said: String) throws {
        let scratch = try Scratch.workspace()
        let before = try Self.records(scratch)
        let result = try Self.collab(script, in: scratch)
        #expect(result.status == 2)
        #expect(result.output.hasPrefix("collab: " + said), "\(result.output)")
        #expect(try Self.records(scratch) == before)
    }

    @Test func theRefusalIsInChineseToo() throws {
        let scratch = try Scratch.workspace()
        let result = try Self.collab("set q3-data-sync problem.title=$'x\\xff' --lang zh", in: scratch)
        #expect(result.status == 2)
        #expect(result.output.hasPrefix("collab: problem.title=x\\xFF：值的第 2 个字节 0xFF 不是 UTF-8；请用 UTF-8 书写该值"), "\(result.output)")
    }
}
