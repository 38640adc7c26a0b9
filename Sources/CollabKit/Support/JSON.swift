/// A JSON value built in memory: JSON Schemas (`collab schema`, the `outputSchema` of each
/// output format) and anything else small enough to hold whole. Printed with two-space
/// indentation, since schemas are read by people too; members keep the order given.
public indirect enum JSON: Sendable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])

    /// The value of `key` when this is an object that has it.
    public subscript(key: String) -> JSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    public func pretty(_ indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .string(let text): return JSON.quote(text)
        case .number(let value): return String(value)
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.allSatisfy(\.isFlat) {
                return "[" + items.map { $0.pretty() }.joined(separator: ", ") + "]"
            }
            return "[\n" + items.map { inner + $0.pretty(inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            return "{\n" + members.map { inner + JSON.quote($0.0) + ": " + $0.1.pretty(inner) }.joined(separator: ",\n") + "\n\(indent)}"
        }
    }

    /// The value on one line, without spaces: what a protocol message embeds.
    public var compact: String {
        switch self {
        case .string, .number, .bool, .null: return pretty()
        case .array(let items): return "[" + items.map(\.compact).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { JSON.quote($0.0) + ":" + $0.1.compact }.joined(separator: ",") + "}"
        }
    }

    private var isFlat: Bool {
        switch self {
        case .string, .number, .null: return true
        case .bool, .array, .object: return false
        }
    }

    static func quote(_ text: String) -> String {
        let json = JSONWriter()
        json.string(text)
        return json.output
    }
}
