/// The output formats of `collab advance`: the move (or what blocks it) as lines, or JSON.
public enum AdvanceFormat: String, Reporter {
    case text, json

    public func render(_ report: AdvanceReport, _ settings: RenderSettings) -> String {
        let language = settings.language
        switch self {
        case .json:
            let json = JSONWriter()
            json.object {
                json.member("id") { json.string(report.id) }
                json.member("from") { json.optionalString(report.from) }
                json.member("to") { json.optionalString(report.to) }
                json.member("result") { json.string(report.result.rawValue) }
                json.member("commit") { json.optionalString(report.commit) }
                json.member("findings") { json.array(report.findings) { json.diagnostic($0, language) } }
            }
            return json.output + "\n"
        case .text:
            let move = "\(report.id): " + [report.from, report.to].map { $0 ?? "?" }.joined(separator: " → ")
            switch report.result {
            case .dryRun:
                return Message(en: "\(move) (dry run: the gate holds; nothing was changed)", zh: "\(move)（试运行：关口已满足；未做任何改动）").text(language) + "\n"
            case .advanced:
                return move + (report.commit.map { " [\($0.prefix(7))]" } ?? "") + "\n"
            case .refused:
                let reporter = TextReporter(language: language, color: settings.color)
                let lines = report.findings.map { reporter.line($0) + "\n" }.joined()
                let movement = [report.from, report.to].map { $0 ?? "?" }.joined(separator: " → ")
                let first = report.findings.first.map { TerminalText.escape($0.message.text(language)) }
                let count = report.findings.count, id = report.id
                return lines + Message(
                    en: "cannot advance \(id) (\(movement)): \(count == 1 ? "1 error" : "\(count) errors") to fix first; needed: \(first ?? "fix the errors above")",
                    zh: "无法推进 \(id)（\(movement)）：需先修正 \(count) 个错误；首先要做的是：\(first ?? "修正上面的错误")").text(language) + "\n"
            }
        }
    }

    public static var outputSchema: JSON? {
        JSONSchema.root("collab advance --format json", JSONSchema.object([
            ("id", JSONSchema.string),
            ("from", JSONSchema.nullable(JSONSchema.string)),
            ("to", JSONSchema.nullable(JSONSchema.string)),
            ("result", JSONSchema.oneOf(AdvanceReport.Result.allCases.map(\.rawValue))),
            ("commit", JSONSchema.nullable(JSONSchema.commit)),
            ("findings", JSONSchema.array(CheckFormat.diagnosticSchema)),
        ]))
    }
}

/// The output formats of `collab new`: a sentence, or JSON.
public enum CreationFormat: String, Reporter {
    case text, json

    public func render(_ report: CreationReport, _ settings: RenderSettings) -> String {
        switch self {
        case .json:
            let json = JSONWriter()
            json.object {
                json.member("id") { json.string(report.id) }
                json.member("stage") { json.string(report.stage) }
                json.member("files") { json.array(report.files) { json.string($0) } }
                json.member("commit") { json.optionalString(report.commit) }
            }
            return json.output + "\n"
        case .text:
            let shown = report.folder + "/", stage = report.stage
            let note = report.commit.map { " [\($0.prefix(7))]" } ?? ""
            return Message(en: "Created \(shown) at stage \(stage)\(note).", zh: "已创建 \(shown)，处于 \(stage) 阶段\(note)。").text(settings.language) + "\n"
        }
    }

    public static var outputSchema: JSON? {
        JSONSchema.root("collab new --format json", JSONSchema.object([
            ("id", JSONSchema.string),
            ("stage", JSONSchema.string),
            ("files", JSONSchema.array(JSONSchema.string)),
            ("commit", JSONSchema.nullable(JSONSchema.commit)),
        ]))
    }
}

/// The output formats of `collab meeting`: a sentence (what the minutes lack goes to stderr,
/// as check's lines), or JSON with what they lack in `missing`.
public enum MeetingFormat: String, Reporter {
    case text, json

    public func render(_ report: MeetingReport, _ settings: RenderSettings) -> String {
        switch self {
        case .json:
            let json = JSONWriter()
            json.object {
                json.member("id") { json.string(report.id) }
                json.member("file") { json.string(report.file) }
                json.member("date") { json.string(report.date) }
                json.member("slug") { json.string(report.slug) }
                json.member("missing") { json.array(report.missing) { json.diagnostic($0, settings.language) } }
                json.member("commit") { json.optionalString(report.commit) }
            }
            return json.output + "\n"
        case .text:
            let shown = report.file, note = report.commit.map { " [\($0.prefix(7))]" } ?? ""
            return Message(en: "Created \(shown)\(note).", zh: "已创建 \(shown)\(note)。").text(settings.language) + "\n"
        }
    }

    public static var outputSchema: JSON? {
        JSONSchema.root("collab meeting --format json", JSONSchema.object([
            ("id", JSONSchema.string),
            ("file", JSONSchema.string),
            ("date", JSONSchema.date),
            ("slug", JSONSchema.string),
            ("missing", JSONSchema.array(CheckFormat.diagnosticSchema)),
            ("commit", JSONSchema.nullable(JSONSchema.commit)),
        ]))
    }
}
