#if canImport(Glibc)
import Glibc
#endif

/// One of a run's two output streams (stdout, stderr). Text goes out as it is made, a whole
/// line at a time: what a call writes up to its last line end is written at once (one
/// write(2) per call, however many lines it holds), the rest waits for its line's end, a
/// full buffer or `flush` at exit. So a long command shows each line when it is done, and a
/// killed one has printed everything it finished. A capturing stream keeps the text instead,
/// for tests that run commands in this process.
public final class StandardStream {
    private let descriptor: Int32?
    /// A line begun and not ended yet.
    private var pending: [UInt8] = []
    /// Everything written, when capturing.
    private(set) var captured = ""
    /// A partial line longer than this is written without waiting for its end.
    private static let bufferSize = 64 * 1024

    /// A stream writing to the file descriptor `descriptor` (1 or 2).
    public init(descriptor: Int32) { self.descriptor = descriptor }

    /// A stream that keeps what is written in `captured`.
    init(capturing: Void = ()) { descriptor = nil }

    func write(_ text: String) {
        guard let descriptor else { return captured += text }
        var text = text
        text.withUTF8 { bytes in
            guard let end = bytes.lastIndex(of: UInt8(ascii: "\n")) else {
                pending.append(contentsOf: bytes)
                if pending.count >= Self.bufferSize { flush() }
                return
            }
            if pending.isEmpty {
                Self.writeAll(descriptor, UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[...end])))
            } else {
                pending.append(contentsOf: bytes[...end])
                flush()
            }
            pending.append(contentsOf: bytes[(end + 1)...])
        }
    }

    /// Writes what is left of a line not ended (at exit).
    public func flush() {
        guard let descriptor, !pending.isEmpty else { return }
        pending.withUnsafeBytes { Self.writeAll(descriptor, $0) }
        pending.removeAll(keepingCapacity: true)
    }

    /// Writes all of `bytes`, again after an interrupted or partial write; a closed or failing
    /// stream drops the rest (there is nowhere left to say so).
    private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) {
        guard var address = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let count = Glibc.write(descriptor, address, left)
            if count <= 0 { if count < 0 && errno == EINTR { continue }; return }
            address += count
            left -= count
        }
    }
}
