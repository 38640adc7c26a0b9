/// Prints a document as the YAML test suite's event lines (`+STR`, `=VAL :text`, …).
public enum EventPrinter {
    public static func events(_ document: YAMLDocument) -> String {
        var out = "+STR\n"
        if let root = document.root {
            out += document.explicitStart ? "+DOC ---\n" : "+DOC\n"
            write(root, to: &out)
            out += document.explicitEnd ? "-DOC ...\n" : "-DOC\n"
        }
        out += "-STR\n"
        return out
    }

    private static func write(_ node: Node, to out: inout String) {
        switch node {
        case .scalar(let scalar):
            write(scalar, to: &out)
        case .mapping(let mapping):
            out += mapping.isFlow ? "+MAP {}\n" : "+MAP\n"
            for entry in mapping.entries {
                write(entry.key, to: &out)
                write(entry.value, to: &out)
            }
            out += "-MAP\n"
        case .sequence(let sequence):
            out += sequence.isFlow ? "+SEQ []\n" : "+SEQ\n"
            for item in sequence.items { write(item, to: &out) }
            out += "-SEQ\n"
        }
    }

    private static func write(_ scalar: Scalar, to out: inout String) {
        let indicator: String
        switch scalar.style {
        case .plain: indicator = ":"
        case .singleQuoted: indicator = "'"
        case .doubleQuoted: indicator = "\""
        case .literal: indicator = "|"
        }
        out += "=VAL " + indicator + escape(scalar.text) + "\n"
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\0": out += "\\0"
            case "\u{08}": out += "\\b"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
