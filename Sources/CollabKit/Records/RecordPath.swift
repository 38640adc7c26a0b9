/// Where a value sits in a collaboration's records, as people write it (docs/reference.md §9):
/// the file, then keys from its root mapping; an item of a keyed list by its key, other list
/// items by 1-based position. A file whose top level is one list (`RecordSchema.listAtTop`:
/// tasks.yaml's `tasks`) is named as that list: `tasks.T2.due`, `problem.goal.due`, `problem.impact.2`,
/// `stakeholders.departments.finance.liaison`. Diffs name every change by its path, and the
/// editing commands take the same paths.
public struct RecordPath: Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Segment: Sendable, Equatable, Hashable {
        case key(String)
        /// An item of a keyed list, by its key; `occurrence` counts items sharing that key
        /// (1 for the first), so that a duplicated key never hides an item.
        case item(String, occurrence: Int)
        /// An item of an unkeyed list, 1-based.
        case position(Int)
    }

    public var file: RecordFile
    public var segments: [Segment]

    public init(_ file: RecordFile, _ segments: [Segment] = []) {
        self.file = file
        self.segments = segments
    }

    /// Where the paths people write into `file` start: its root, or the list at its top
    /// (tasks.yaml's `tasks`), which they do not name.
    public static func top(of file: RecordFile) -> RecordPath {
        RecordSchema.of(file).listAtTop.map { RecordPath(file, [.key($0)]) } ?? RecordPath(file)
    }

    public func appending(_ segment: Segment) -> RecordPath {
        RecordPath(file, segments + [segment])
    }

    public var description: String {
        var shown = segments
        if let top = RecordSchema.of(file).listAtTop, shown.first == .key(top) { shown.removeFirst() }
        return ([file.name] + shown.map(\.description)).joined(separator: ".")
    }
}

extension RecordPath.Segment: CustomStringConvertible {
    public var description: String {
        switch self {
        case .key(let key): return key
        case .item(let key, let occurrence): return occurrence == 1 ? key : "\(key)#\(occurrence)"
        case .position(let position): return String(position)
        }
    }
}
