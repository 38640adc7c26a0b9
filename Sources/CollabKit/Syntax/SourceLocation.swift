/// A point in a source file: the byte offset for edits, and the 1-based line and
/// column (counted in Unicode scalars, not bytes) for people.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var offset: Int
    public var line: Int
    public var column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    public static let start = SourceLocation(offset: 0, line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.offset < rhs.offset
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
