import Testing
@testable import CollabKit

/// The eight-bytes-at-a-time scans agree with the plain byte loops they replace, at every
/// start and end — across word boundaries, in ASCII, CJK and mixed text.
struct ByteScanTests {
    let samples = [
        "note: 已完成41%，进展顺利；已在协作群同步 #2版",
        "title: a plain ASCII value that is longer than a few words: with a colon",
        "é😀中a:b#c d: e",
        "",
        "#",
    ]

    @Test func charactersCountWhatAByteLoopCounts() {
        for sample in samples {
            let bytes = Array(sample.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    for end in start...bytes.count {
                        let expected = bytes[start..<end].filter { $0 & 0xC0 != 0x80 }.count
                        #expect(ByteScan.characters(buffer, start, end) == expected, "\(sample) \(start)..<\(end)")
                    }
                }
            }
        }
    }

    @Test func firstFindsWhatAByteLoopFinds() {
        for sample in samples {
            let bytes = Array(sample.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    for end in start...bytes.count {
                        let expected = (start..<end).first { bytes[$0] == 0x23 || bytes[$0] == 0x3A } ?? end
                        #expect(ByteScan.first(0x23, 0x3A, in: buffer, start, end) == expected, "\(sample) \(start)..<\(end)")
                    }
                }
            }
        }
    }
}
