// Shared by every fuzz target (see scripts/fuzz): the input split into parts, and the check
// that stops the run with a message when an invariant does not hold (libFuzzer keeps the input).
#if canImport(Glibc)
import Glibc
#endif

enum FuzzInput {
    /// The bytes libFuzzer gives.
    static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// `bytes` cut at NUL bytes into exactly `count` parts (a NUL is never in a record
    /// file): missing parts are empty, further NULs stay in the last part.
    static func parts(_ bytes: [UInt8], count: Int) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0 && parts.count < count - 1 {
            parts.append(Array(bytes[start..<index]))
            start = index + 1
        }
        parts.append(Array(bytes[start...]))
        while parts.count < count { parts.append([]) }
        return parts
    }

    /// Stops the run (abort, so libFuzzer records the input) when `condition` fails.
    static func expect(_ condition: Bool, _ what: @autoclosure () -> String) {
        guard !condition else { return }
        fputs("fuzz: invariant broken: \(what())\n", stderr)
        abort()
    }
}
