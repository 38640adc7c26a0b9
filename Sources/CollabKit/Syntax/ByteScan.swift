/// Scans over UTF-8 bytes eight at a time (SWAR: SIMD within a register) for the loops every
/// line of every file goes through: counting characters for columns and finding the bytes
/// that end a plain value.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The number of characters (Unicode scalars) in the well-formed UTF-8 of `bytes[start..<end]`:
    /// the bytes that are not continuation bytes (10xxxxxx).
    @inline(__always)
    static func characters(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        var i = start
        while i + 8 <= end {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let continuation = word & ~(word << 1) & highs
            count += 8 - continuation.nonzeroBitCount
            i += 8
        }
        while i < end {
            if base[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// The first index in [start, end) whose byte is `a` or `b`; `end` when there is none.
    @inline(__always)
    static func first(_ a: UInt8, _ b: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        guard let base = bytes.baseAddress else { return end }
        let maskA = UInt64(a) &* ones, maskB = UInt64(b) &* ones
        var i = start
        while i + 8 <= end {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if hasZeroByte(word ^ maskA) || hasZeroByte(word ^ maskB) { break }
            i += 8
        }
        while i < end {
            let byte = base[i]
            if byte == a || byte == b { return i }
            i += 1
        }
        return end
    }

    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highs != 0
    }
}
