/// Where a scalar is written: in block context or inside `[ ]`.
enum ScalarContext {
    case block, flow
}

extension LayoutEmitter {
    /// A value that fits on the line of its key or dash.
    func inline(_ node: Node, context: ScalarContext) -> String {
        switch node {
        case .scalar(let scalar):
            return render(scalar, context: context)
        case .sequence(let sequence):
            return "[" + sequence.items.map { inline($0, context: .flow) }.joined(separator: ", ") + "]"
        case .mapping:
            return "{}"
        }
    }

    /// The simplest quoting that keeps the value for every YAML reader: plain where plain text
    /// reads back the same (YAML 1.1 readers such as PyYAML included: `no` and `14:00` are
    /// quoted), otherwise the shorter of '…' and "…".
    func render(_ scalar: Scalar, context: ScalarContext) -> String {
        if scalar.isNull { return "" }
        let plainReadsBack = context == .block ? ScalarRenderer.isPlainSafe(scalar.text) : ScalarRenderer.isFlowSafe(scalar.text)
        if scalar.style == .literal, let header = literalHeader(scalar.text) { return header }
        if plainReadsBack { return scalar.text }
        let double = ScalarRenderer.doubleQuoted(scalar.text)
        guard ScalarRenderer.canSingleQuote(scalar.text) else { return double }
        let single = ScalarRenderer.singleQuoted(scalar.text)
        return double.utf8.count < single.utf8.count ? double : single
    }

    /// `|`, `|-` or `|+` (with an indentation digit when the text starts with a space), or
    /// nil when a literal block cannot hold the text without trailing spaces.
    func literalHeader(_ text: String) -> String? {
        guard literalBody(text) != nil else { return nil }
        var header = "|"
        let firstContent = text.split(separator: "\n", omittingEmptySubsequences: true).first
        // By scalar: a combining mark after the space would make one character of both.
        if firstContent?.unicodeScalars.first == " " { header += "2" }
        if text.hasSuffix("\n\n") { header += "+" } else if !text.hasSuffix("\n") { header += "-" }
        return header
    }

    /// The lines of a literal block's content, or nil when the text needs quotes instead:
    /// empty, only line breaks, trailing spaces, or characters YAML cannot hold raw.
    func literalBody(_ text: String) -> [String]? {
        guard text.contains(where: { $0 != "\n" }) else { return nil }
        var body = text
        while body.hasSuffix("\n") { body.removeLast() }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in lines {
            if line.hasSuffix(" ") || line.hasSuffix("\t") { return nil }
            if line.unicodeScalars.contains(where: { $0 != "\t" && ScalarRenderer.mustEscape($0) }) {
                return nil
            }
        }
        let trailingBreaks = text.count - body.count
        return lines + Array(repeating: "", count: max(0, trailingBreaks - 1))
    }
}
