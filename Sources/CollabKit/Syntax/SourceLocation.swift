/// A point in a source file: the byte offset for edits, and the 1-based line and
/// column (counted in Unicode scalars, not bytes) for people.
/// Stored in 32 bits each (files are at most 1 MiB): every scalar of a parsed file carries
/// two of them, so their size is felt on the hot path of every command.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    private var storedOffset: UInt32
    private var storedLine: UInt32
    private var storedColumn: UInt32

    public var offset: Int { Int(storedOffset) }
    public var line: Int { Int(storedLine) }
    public var column: Int { Int(storedColumn) }

    public init(offset: Int, line: Int, column: Int) {
        storedOffset = UInt32(truncatingIfNeeded: offset)
        storedLine = UInt32(truncatingIfNeeded: line)
        storedColumn = UInt32(truncatingIfNeeded: column)
    }

    public static let start = SourceLocation(offset: 0, line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.storedOffset < rhs.storedOffset
    }

    public var description: String { "\(line):\(column)" }
}

/// The half-open byte range a key or value occupies, with its start and end locations.
public struct SourceRange: Hashable, Sendable {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    public init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }

    public static let fileStart = SourceRange(at: .start)
}
