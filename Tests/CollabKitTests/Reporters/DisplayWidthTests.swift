import Foundation
import Testing
@testable import CollabKit

/// Tables align by terminal columns: CJK and fullwidth characters take two.
struct DisplayWidthTests {
    @Test(arguments: [("ab", 2), ("中文", 4), ("王经理", 6), ("Ａ１", 4), ("한글", 4), ("e\u{301}", 1), ("😀", 2), ("「群」", 6), ("", 0)])
    func widthCountsTerminalColumns(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func theWideTableMatchesUnicodesEastAsianWidthProperty() throws {
        let script = """
        import unicodedata
        ranges = []
        for code in range(0x110000):
            if unicodedata.east_asian_width(chr(code)) in ("W", "F"):
                if ranges and ranges[-1][1] == code - 1: ranges[-1][1] = code
                else: ranges.append([code, code])
        print(unicodedata.unidata_version)
        print(";".join(f"{a}-{b}" for a, b in ranges))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = output.split(separator: "\n")
        try #require(lines.count == 2)
        guard String(lines[0]) == EastAsianWidth.unicodeVersion else {
            // Another Python carries another Unicode version; the table names the one it came from.
            return
        }
        let expected = lines[1].split(separator: ";").map { pair -> ClosedRange<UInt32> in
            let bounds = pair.split(separator: "-").compactMap { UInt32($0) }
            return bounds[0]...bounds[1]
        }
        #expect(expected == EastAsianWidth.wideRanges)
    }

    @Test func truncationCutsByColumnsAndEndsWithAnEllipsis() {
        #expect(TextTable.truncate("2025年度全公司预算", to: 9) == "2025年度…")
        #expect(DisplayWidth.of(TextTable.truncate("全公司跨部门预算编制", to: 7)) <= 7)
        #expect(TextTable.truncate("短", to: 9) == "短")
    }

    @Test func tableColumnsLineUpWithChineseCells() {
        let table = TextTable(columns: [.init("ID"), .init("TITLE"), .init("N", alignRight: true)],
                              rows: [["a", "数据同步", "1"], ["bb", "ok", "10"]])
        #expect(table.render() == "ID  TITLE      N\na   数据同步   1\nbb  ok        10\n")
    }
}
