/// Pieces of JSON Schema (draft 2020-12) that the output formats' schemas are built from, so
/// each schema reads like the shape it describes: `object(["id": string, …])`.
public enum JSONSchema {
    public static let draft = "https://json-schema.org/draft/2020-12/schema"

    /// The root of an output's schema: an object (as MCP's `outputSchema` requires) with a title.
    public static func root(_ title: String, _ body: JSON) -> JSON {
        guard case .object(let members) = body else { return body }
        return JSON.object([("$schema", .string(draft)), ("title", .string(title))] + members)
    }

    /// An object with exactly these keys; every key is required but those in `optional`.
    public static func object(_ properties: [(String, JSON)], optional: Set<String> = []) -> JSON {
        var members: [(String, JSON)] = [("type", .string("object")), ("properties", .object(properties))]
        let required = properties.map(\.0).filter { !optional.contains($0) }
        if !required.isEmpty { members.append(("required", .array(required.map(JSON.string)))) }
        members.append(("additionalProperties", .bool(false)))
        return .object(members)
    }

    /// An object whose keys are not known in advance (ids, dates), each value `value`.
    public static func map(_ value: JSON) -> JSON {
        .object([("type", .string("object")), ("additionalProperties", value)])
    }

    public static func array(_ items: JSON) -> JSON {
        .object([("type", .string("array")), ("items", items)])
    }

    public static let string: JSON = type("string")
    public static let integer: JSON = type("integer")
    public static let boolean: JSON = type("boolean")
    /// A calendar date, YYYY-MM-DD.
    public static let date: JSON = .object([("type", .string("string")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))])
    /// A git commit id, 40 hexadecimal digits.
    public static let commit: JSON = .object([("type", .string("string")), ("pattern", .string("^[0-9a-f]{40}$"))])

    /// The format version of an output: 1.
    public static let version: JSON = .object([("const", .number(1))])

    /// One of `values`.
    public static func oneOf(_ values: [String]) -> JSON {
        .object([("enum", .array(values.map(JSON.string)))])
    }

    /// `schema` or null.
    public static func nullable(_ schema: JSON) -> JSON {
        if case .object(let members) = schema, members.count <= 2, case .string(let type)? = schema["type"],
           members.allSatisfy({ $0.0 == "type" || $0.0 == "pattern" }) {
            return .object(members.map { $0.0 == "type" ? ("type", .array([.string(type), .string("null")])) : $0 })
        }
        if case .array(let values)? = schema["enum"] { return .object([("enum", .array(values + [.null]))]) }
        return .object([("anyOf", .array([schema, type("null")]))])
    }

    private static func type(_ name: String) -> JSON { .object([("type", .string(name))]) }
}
