/// How a scalar was written; the event printer and `fmt` need it, the records do not.
public enum ScalarStyle: Sendable, Equatable {
    case plain, singleQuoted, doubleQuoted, literal
}

public struct Scalar: Sendable, Equatable {
    public var text: String
    public var style: ScalarStyle
    public var range: SourceRange

    public init(text: String, style: ScalarStyle, range: SourceRange) {
        self.text = text
        self.style = style
        self.range = range
    }

    /// An empty plain scalar is YAML's null: a key written with no value.
    public var isNull: Bool { style == .plain && text.isEmpty }
}

public struct MappingEntry: Sendable, Equatable {
    public var key: Scalar
    public var value: Node
}

public struct Mapping: Sendable, Equatable {
    public var entries: [MappingEntry]
    public var range: SourceRange
    public var isFlow: Bool

    /// The position of the first entry with `key`; entries are looked at in place, not copied.
    public func index(of key: String) -> Int? {
        for index in entries.indices where entries[index].key.text.isSameKey(as: key) { return index }
        return nil
    }

    public func first(_ key: String) -> MappingEntry? {
        index(of: key).map { entries[$0] }
    }

    public subscript(key: String) -> Node? { index(of: key).map { entries[$0].value } }
}

public struct SequenceNode: Sendable, Equatable {
    public var items: [Node]
    public var range: SourceRange
    public var isFlow: Bool
}

/// A parsed YAML value with its source range: the tree every later layer reads.
public enum Node: Sendable, Equatable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(SequenceNode)

    public var range: SourceRange {
        switch self {
        case .scalar(let scalar): return scalar.range
        case .mapping(let mapping): return mapping.range
        case .sequence(let sequence): return sequence.range
        }
    }

    public var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    public var mapping: Mapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }

    public var sequence: SequenceNode? {
        if case .sequence(let sequence) = self { return sequence }
        return nil
    }

    public var isNull: Bool { scalar?.isNull ?? false }

    /// Whether a mapping here or anywhere inside holds a key twice (`duplicate-key`).
    public var holdsAKeyTwice: Bool {
        switch self {
        case .scalar: return false
        case .sequence(let sequence): return sequence.items.contains { $0.holdsAKeyTwice }
        case .mapping(let mapping):
            var keys = Set<String>()
            return mapping.entries.contains { !keys.insert($0.key.text).inserted || $0.value.holdsAKeyTwice }
        }
    }
}

/// One YAML document: its root (nil for a stream with no document) and its markers.
public struct YAMLDocument: Sendable, Equatable {
    public var root: Node?
    public var explicitStart: Bool
    public var explicitEnd: Bool
    /// Plain values YAML cut at ` #` followed by more text (`note: 已完成初稿 #2版` is
    /// `已完成初稿`): where the `#` stands, and the comment as written. Valid YAML, but likely
    /// not what was meant (the `comment-in-value` warning).
    public var cutValues: [CutValue] = []

    public init(root: Node?, explicitStart: Bool = false, explicitEnd: Bool = false) {
        self.root = root
        self.explicitStart = explicitStart
        self.explicitEnd = explicitEnd
    }
}

extension String {
    /// Equality for keys, which are short: texts of different lengths are told apart without
    /// the full string comparison (which is slow for two small strings that differ).
    @inline(__always)
    func isSameKey(as other: String) -> Bool {
        utf8.count == other.utf8.count && self == other
    }
}

/// A plain value that ends where a comment starts without a space after its `#`.
public struct CutValue: Sendable, Equatable {
    public var value: String
    public var comment: String
    public var location: SourceLocation
}
