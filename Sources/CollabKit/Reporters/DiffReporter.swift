/// `collab diff` as text, as Markdown for a pull-request comment, or as the JSON of docs/reference.md §7.
public enum DiffReporter {
    public static func text(_ diffs: [CollaborationDiff], color: Bool = false) -> String {
        var out = ""
        for diff in diffs {
            out += paint(header(diff), "1", color) + "\n"
            for diagnostic in diff.unreadable {
                out += "  \(fileName(diagnostic.file)): does not parse \(TerminalText.escape(diagnostic.message)) "
                    + "(\(diagnostic.line):\(diagnostic.column)) [\(diagnostic.rule.rawValue)]\n"
            }
            var currentFile: String?
            for change in diff.changes where change.file != nil {
                if change.file != currentFile {
                    currentFile = change.file
                    out += "  \(change.file ?? "")\n"
                }
                let line = "    " + self.line(change)
                out += paint(line, change.kind == .added ? "32" : (change.kind == .removed ? "31" : "33"), color) + "\n"
            }
        }
        return out
    }

    static func header(_ diff: CollaborationDiff) -> String {
        if diff.changes.contains(where: { $0.file == nil && $0.kind == .added }) {
            return "\(diff.id)  added" + (diff.newStage.map { " (stage \($0))" } ?? "")
        }
        if diff.changes.contains(where: { $0.file == nil && $0.kind == .removed }) {
            return "\(diff.id)  removed" + (diff.oldStage.map { " (was at stage \($0))" } ?? "")
        }
        if diff.oldStage != diff.newStage {
            return "\(diff.id)  stage \(diff.oldStage ?? "(none)") → \(diff.newStage ?? "(none)")"
        }
        return diff.newStage.map { "\(diff.id)  stage \($0)" } ?? diff.id
    }

    /// `~ tasks.T2.due: 2024-10-12 → 2024-10-13`, `+ tasks.T4 财务部数据预审 (owner 李主管, due 2024-10-25)`:
    /// each change named by its edit path, which `collab set` takes.
    public static func line(_ change: RecordChange) -> String {
        let sign = change.kind == .added ? "+" : (change.kind == .removed ? "-" : "~")
        guard let path = change.path else {
            return "\(sign) \(change.kind == .added ? "file added" : "file removed")"
        }
        let subject = path.description
        guard change.field != nil else {
            return "\(sign) \(shown(subject))" + (change.summary.map { " " + shown($0) } ?? "")
        }
        switch change.kind {
        case .changed: return "\(sign) \(shown(subject)): \(shown(change.old ?? "")) → \(shown(change.new ?? ""))"
        case .added: return "\(sign) \(shown(subject)): \(shown(change.new ?? ""))"
        case .removed: return "\(sign) \(shown(subject)): \(shown(change.old ?? ""))"
        }
    }

    /// One line, control characters escaped: line breaks of multi-line text become ⏎.
    static func shown(_ text: String) -> String {
        TerminalText.escape(text.replacingLineBreaks(with: " ⏎ "))
    }

    public static func markdown(_ diffs: [CollaborationDiff], from: String?, to: String?) -> String {
        var out = "## collab diff: \(Markdown.escapeCell(from ?? "(none)")) → \(Markdown.escapeCell(to ?? "working tree"))\n"
        if diffs.isEmpty { return out + "\nNo changes to collaboration records.\n" }
        for diff in diffs {
            out += "\n### " + Markdown.escapeCell(header(diff)) + "\n\n"
            for diagnostic in diff.unreadable {
                out += "- ⚠️ `\(fileName(diagnostic.file))` does not parse: \(Markdown.escapeCell(diagnostic.message)) "
                    + "(line \(diagnostic.line), column \(diagnostic.column), `\(diagnostic.rule.rawValue)`)\n"
            }
            let rows = diff.changes.filter { $0.file != nil }
            if rows.isEmpty { continue }
            if !diff.unreadable.isEmpty { out += "\n" }
            out += "| Change | Path | Old | New |\n|---|---|---|---|\n"
            for change in rows {
                let old = change.field == nil ? (change.kind == .removed ? change.summary : nil) : change.old
                let new = change.field == nil ? (change.kind == .added ? change.summary : nil) : change.new
                let path = change.path?.description ?? (change.file ?? "") + " (file)"
                let cells = [change.kind.rawValue, path, old ?? "", new ?? ""]
                out += "| " + cells.map { Markdown.escapeCell($0.replacingLineBreaks(with: " ")) }.joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    public static func json(_ diffs: [CollaborationDiff], from: String?, to: String?) -> String {
        let json = JSONWriter()
        json.object {
            json.member("version") { json.number(1) }
            json.member("from") { json.optionalString(from) }
            json.member("to") { json.string(to ?? "worktree") }
            json.member("changes") {
                json.array(diffs.flatMap(\.changes)) { change in
                    json.object {
                        json.member("collaboration") { json.string(change.collaboration) }
                        json.member("file") { json.optionalString(change.file) }
                        json.member("change") { json.string(change.kind.rawValue) }
                        json.member("item") { json.optionalString(change.item) }
                        json.member("field") { json.optionalString(change.field) }
                        json.member("path") { json.optionalString(change.path?.description) }
                        json.member("old") { json.optionalString(change.old) }
                        json.member("new") { json.optionalString(change.new) }
                    }
                }
            }
            json.member("diagnostics") {
                json.array(diffs.flatMap(\.unreadable)) { json.diagnostic($0) }
            }
        }
        return json.output + "\n"
    }

    private static func fileName(_ path: String) -> String { Path.lastComponent(path) }

    private static func paint(_ text: String, _ code: String, _ color: Bool) -> String {
        color ? "\u{1b}[\(code)m\(text)\u{1b}[0m" : text
    }
}

extension String {
    func replacingLineBreaks(with separator: String) -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: separator)
    }
}
