/// A document as JSON, every scalar a string (collab reads no numbers, booleans or nulls);
/// a stream with no document is `null`.
public enum NodeJSON {
    public static func render(_ document: YAMLDocument) -> String {
        let json = JSONWriter()
        if let root = document.root { write(root, json) } else { json.null() }
        return json.output
    }

    private static func write(_ node: Node, _ json: JSONWriter) {
        switch node {
        case .scalar(let scalar):
            json.string(scalar.text)
        case .mapping(let mapping):
            json.object {
                for entry in mapping.entries {
                    json.member(entry.key.text) { write(entry.value, json) }
                }
            }
        case .sequence(let sequence):
            json.array(sequence.items) { write($0, json) }
        }
    }
}
