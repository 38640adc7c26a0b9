/// One collaboration's records as JSON (`collaboration_get`): `{id, stage, title, records:
/// {problem, stakeholders, tasks, feedback, meetings: {DATE-SLUG: …}}, findings}`. Each record
/// is its file's mapping, read by the file's `RecordSchema` — the one definition its JSON
/// Schema is generated from too:
/// - text, dates, enums and ids are strings; a whole number of days and the format version
///   are numbers when they are digits (strings otherwise: the finding says why); lists of
///   texts are arrays of strings; an empty value is null;
/// - a key the schema does not know, or a value of the wrong shape (a list where a text
///   belongs), is left out or null: `findings` names it, as collab check does;
/// - a record that is missing or does not parse is null, with its finding.
public enum CollaborationRecordsFormat: String, Reporter {
    case json

    public func render(_ records: CollaborationRecords, _ settings: RenderSettings) -> String {
        let collaboration = records.collaboration
        let json = JSONWriter()
        json.object {
            json.member("id") { json.string(collaboration.id) }
            json.member("stage") { json.optionalString(collaboration.problem?.stage?.value.rawValue) }
            json.member("title") { json.optionalString(collaboration.problem?.title?.value) }
            json.member("records") {
                json.object {
                    for file in RecordFile.required {
                        json.member(file.name) { Self.record(collaboration, file, json) }
                    }
                    json.member(WorkspaceLayout.meetingsFolder) {
                        json.object {
                            for file in collaboration.files {
                                guard case .meeting(let name) = file else { continue }
                                json.member(name) { Self.record(collaboration, file, json) }
                            }
                        }
                    }
                }
            }
            json.member("findings") { json.array(records.findings) { json.diagnostic($0, settings.language) } }
        }
        return json.output + "\n"
    }

    private static func record(_ collaboration: Collaboration, _ file: RecordFile, _ json: JSONWriter) {
        guard let bytes = collaboration.sources[file], let document = try? YAMLParser.parse(bytes),
              let mapping = document.root?.mapping else { return json.null() }
        object(mapping, RecordSchema.of(file), json)
    }

    private static func object(_ mapping: Mapping, _ schema: RecordSchema, _ json: JSONWriter) {
        json.object {
            for field in schema.fields {
                guard let entry = mapping.first(field.key) else { continue }
                json.member(field.key) { value(entry.value, field.kind, json) }
            }
        }
    }

    private static func value(_ node: Node, _ kind: RecordSchema.Kind, _ json: JSONWriter) {
        if node.isNull { return json.null() }
        switch kind {
        case .text, .date, .enumeration, .pattern:
            guard let scalar = node.scalar else { return json.null() }
            json.string(scalar.text)
        case .days, .version:
            guard let scalar = node.scalar else { return json.null() }
            if let number = Int(scalar.text), scalar.style == .plain { json.number(number) } else { json.string(scalar.text) }
        case .textList:
            guard let sequence = node.sequence else { return json.null() }
            json.array(sequence.items) { item in value(item, .text, json) }
        case .list(let schema):
            guard let sequence = node.sequence else { return json.null() }
            json.array(sequence.items) { item in
                if let mapping = item.mapping {
                    object(mapping, schema, json)
                } else if schema.bareItems, let key = schema.itemKey, let scalar = item.scalar, !scalar.isNull {
                    json.object { json.member(key) { json.string(scalar.text) } }
                } else {
                    json.null()
                }
            }
        case .object(let schema):
            guard let mapping = node.mapping else { return json.null() }
            object(mapping, schema, json)
        }
    }

    public static var outputSchema: JSON? {
        let record: (RecordSchema) -> JSON = { JSONSchema.nullable(object($0)) }
        return JSONSchema.root("collaboration_get", JSONSchema.object([
            ("id", JSONSchema.string),
            ("stage", JSONSchema.nullable(JSONSchema.string)),
            ("title", JSONSchema.nullable(JSONSchema.string)),
            ("records", JSONSchema.object(RecordFile.required.map { ($0.name, record(RecordSchema.of($0))) }
                + [(WorkspaceLayout.meetingsFolder, JSONSchema.map(record(.meeting)))])),
            ("findings", JSONSchema.array(CheckFormat.diagnosticSchema)),
        ]))
    }

    /// The schema of a record's object: every key optional, none other allowed.
    private static func object(_ schema: RecordSchema) -> JSON {
        JSONSchema.object(schema.fields.map { ($0.key, property($0.kind)) }, optional: Set(schema.keys))
    }

    private static func property(_ kind: RecordSchema.Kind) -> JSON {
        switch kind {
        case .text, .date, .enumeration, .pattern: return JSONSchema.nullable(JSONSchema.string)
        case .days, .version: return .object([("type", .array(["integer", "string", "null"].map(JSON.string)))])
        case .textList: return JSONSchema.nullable(JSONSchema.array(JSONSchema.nullable(JSONSchema.string)))
        case .list(let schema): return JSONSchema.nullable(JSONSchema.array(JSONSchema.nullable(object(schema))))
        case .object(let schema): return JSONSchema.nullable(object(schema))
        }
    }
}
