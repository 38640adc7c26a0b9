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
/// missing, at the mapping's first key (docs/reference.md §4). Mappings are small, so the keys are a
/// list searched in order rather than a hash table.
public struct KeyPositions: Sendable {
    public var anchor: SourceRange
    public private(set) var keys: [(name: String, range: SourceRange)] = []

    public init(anchor: SourceRange = .fileStart, capacity: Int = 0) {
        self.anchor = anchor
        keys.reserveCapacity(capacity)
    }

    public subscript(key: String) -> SourceRange? {
        keys.first { $0.name.isSameKey(as: key) }?.range
    }

    mutating func add(_ key: String, _ range: SourceRange) {
        keys.append((key, range))
    }

    /// The key's range when it is written, else the mapping's first key.
    public func at(_ key: String) -> SourceRange { self[key] ?? anchor }
}
