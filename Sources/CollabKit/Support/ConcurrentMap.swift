import Dispatch

/// Maps over an array on all cores, keeping the order of the input.
public enum ConcurrentMap {
    public static func map<Element: Sendable, Result: Sendable>(_ input: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard input.count > 1 else { return input.map(transform) }
        let box = ResultBox<Result>(count: input.count)
        let chunks = min(input.count, 64)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var index = chunk
            while index < input.count {
                box.store(transform(input[index]), at: index)
                index += chunks
            }
        }
        return box.results()
    }
}

/// Slots written from several threads, each slot by exactly one of them; a raw buffer, so
/// no thread touches the storage another one writes.
private final class ResultBox<Result>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Result?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ value: Result, at index: Int) { slots[index] = value }

    func results() -> [Result] { (0..<count).compactMap { slots[$0] } }
}

/// Two pieces of work at once: `other` on another thread while `here` runs on this one.
public enum Concurrently {
    public static func run<A: Sendable, B>(_ other: @escaping @Sendable () throws -> A, alongside here: () throws -> B) throws -> (A, B) {
        let box = OtherResult<A>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { box.result = Result { try other() } }
        let mine = Result { try here() }
        group.wait()
        return (try box.result.get(), try mine.get())
    }
}

/// The result of the other thread, read only after it finished.
private final class OtherResult<A>: @unchecked Sendable {
    var result: Result<A, Error> = .failure(Unfinished())

    private struct Unfinished: Error {}
}
