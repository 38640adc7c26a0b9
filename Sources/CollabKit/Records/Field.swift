/// A decoded value with the source range of the text it came from.
public struct Field<Value: Sendable>: Sendable {
    public var value: Value
    public var range: SourceRange

    public init(_ value: Value, _ range: SourceRange) {
        self.value = value
        self.range = range
    }
}

public typealias TextField = Field<String>

extension Field: Equatable where Value: Equatable {}

/// A list value: its items and where its key stands.
public struct ListField<Element: Sendable>: Sendable {
    public var items: [Element]
    public var range: SourceRange

    public var isEmpty: Bool { items.isEmpty }
}

/// Where the keys of one mapping stand, so a rule can point at a key or, for something
/// missing, at the mapping's first key (SPEC.md §4).
public struct KeyPositions: Sendable {
    public var anchor: SourceRange
    public var keys: [String: SourceRange]

    public init(anchor: SourceRange = .fileStart, keys: [String: SourceRange] = [:]) {
        self.anchor = anchor
        self.keys = keys
    }

    /// The key's range when it is written, else the mapping's first key.
    public func at(_ key: String) -> SourceRange { keys[key] ?? anchor }
}
