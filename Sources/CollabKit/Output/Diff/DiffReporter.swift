/// `collab diff` as text, as Markdown for a pull-request comment, or as the JSON of docs/reference.md §7.
public enum DiffReporter {
    public static func text(_ diffs: [CollaborationDiff], language: Language, color: Bool = false) -> String {
        var out = ""
        for diff in diffs {
            out += paint(header(diff, language), "1", color) + "\n"
            for diagnostic in diff.unreadable {
                let message = TerminalText.escape(diagnostic.message.text(language))
                out += "  \(fileName(diagnostic.file)): " + (language == .zh ? "无法解析，\(message)" : "does not parse \(message)")
                    + " (\(diagnostic.line):\(diagnostic.column)) [\(diagnostic.rule.rawValue)]\n"
            }
            var currentFile: String?
            for change in diff.changes where change.file != nil {
                if change.file != currentFile {
                    currentFile = change.file
                    out += "  \(change.file ?? "")\n"
                }
                let line = "    " + self.line(change, language)
                out += paint(line, change.kind == .added ? "32" : (change.kind == .removed ? "31" : "33"), color) + "\n"
            }
        }
        return out
    }

    static func header(_ diff: CollaborationDiff, _ language: Language) -> String {
        let zh = language == .zh
        if diff.changes.contains(where: { $0.file == nil && $0.kind == .added }) {
            return "\(diff.id)  " + (zh ? "新增" + (diff.newStage.map { "（阶段 \($0)）" } ?? "") : "added" + (diff.newStage.map { " (stage \($0))" } ?? ""))
        }
        if diff.changes.contains(where: { $0.file == nil && $0.kind == .removed }) {
            return "\(diff.id)  " + (zh ? "删除" + (diff.oldStage.map { "（删除前阶段 \($0)）" } ?? "") : "removed" + (diff.oldStage.map { " (was at stage \($0))" } ?? ""))
        }
        let stage = zh ? "阶段" : "stage"
        if diff.oldStage != diff.newStage {
            let none = zh ? "（无）" : "(none)"
            return "\(diff.id)  \(stage) \(diff.oldStage ?? none) → \(diff.newStage ?? none)"
        }
        return diff.newStage.map { "\(diff.id)  \(stage) \($0)" } ?? diff.id
    }

    /// `~ tasks.T2.due: 2024-10-12 → 2024-10-13`, `+ tasks.T4 财务部数据预审 (owner 李主管, due 2024-10-25)`:
    /// each change named by its edit path, which `collab set` takes.
    public static func line(_ change: RecordChange, _ language: Language) -> String {
        let sign = change.kind == .added ? "+" : (change.kind == .removed ? "-" : "~")
        guard let path = change.path else {
            switch language {
            case .en: return "\(sign) \(change.kind == .added ? "file added" : "file removed")"
            case .zh: return "\(sign) \(change.kind == .added ? "新增文件" : "删除文件")"
            }
        }
        let subject = titled(path.description, change)
        guard change.field != nil else {
            return "\(sign) \(shown(subject))" + (change.summary.map { " " + shown($0) } ?? "")
        }
        switch change.kind {
        case .changed: return "\(sign) \(shown(subject)): \(shown(change.old ?? "")) → \(shown(change.new ?? ""))"
        case .added: return "\(sign) \(shown(subject)): \(shown(change.new ?? ""))"
        case .removed: return "\(sign) \(shown(subject)): \(shown(change.old ?? ""))"
        }
    }

    /// A change an edit made (docs/reference.md §9), after `ID: `: `tasks.T2.due 2024-10-12 →
    /// 2024-10-13`, `tasks.T7 + 财务部数据预审 (owner 李主管, due 2024-10-25)`, `tasks.T2.note - 等待`.
    public static func editLine(_ change: RecordChange) -> String {
        let subject = shown(change.path?.description ?? change.file ?? "")
        guard change.field != nil else {
            return "\(subject) \(change.kind == .removed ? "-" : "+")" + (change.summary.map { " " + shown($0) } ?? "")
        }
        switch change.kind {
        case .changed: return "\(subject) \(shown(change.old ?? "")) → \(shown(change.new ?? ""))"
        case .added: return "\(subject) + \(shown(change.new ?? ""))"
        case .removed: return "\(subject) - \(shown(change.old ?? ""))"
        }
    }

    /// `tasks.T4.due (核对退款明细)`: a path inside an item with the item's title, so a reviewer
    /// sees which task it is; the path alone where the item has no title or the title itself
    /// changed.
    static func titled(_ path: String, _ change: RecordChange) -> String {
        guard let title = change.title else { return path }
        return "\(path) (\(title.replacingLineBreaks(with: " ")))"
    }

    /// One line, control characters escaped: line breaks of multi-line text become ⏎.
    static func shown(_ text: String) -> String {
        TerminalText.escape(text.replacingLineBreaks(with: " ⏎ "))
    }

    public static func markdown(_ diffs: [CollaborationDiff], from: String?, to: String?, language: Language) -> String {
        let zh = language == .zh
        var out = "## collab diff: \(Markdown.escapeCell(from ?? (zh ? "（无）" : "(none)"))) → \(Markdown.escapeCell(to ?? (zh ? "工作区" : "working tree")))\n"
        if diffs.isEmpty { return out + (zh ? "\n协作记录没有改动。\n" : "\nNo changes to collaboration records.\n") }
        out += reviewSection(diffs, language)
        for diff in diffs {
            out += "\n### " + Markdown.escapeCell(header(diff, language)) + "\n\n"
            for diagnostic in diff.unreadable {
                let message = Markdown.escapeCell(diagnostic.message.text(language))
                out += zh
                    ? "- ⚠️ `\(fileName(diagnostic.file))` 无法解析：\(message)（第 \(diagnostic.line) 行第 \(diagnostic.column) 列，`\(diagnostic.rule.rawValue)`）\n"
                    : "- ⚠️ `\(fileName(diagnostic.file))` does not parse: \(message) "
                        + "(line \(diagnostic.line), column \(diagnostic.column), `\(diagnostic.rule.rawValue)`)\n"
            }
            let rows = diff.changes.filter { $0.file != nil }
            if rows.isEmpty { continue }
            if !diff.unreadable.isEmpty { out += "\n" }
            out += zh ? "| 改动 | 路径 | 原值 | 新值 |\n|---|---|---|---|\n" : "| Change | Path | Old | New |\n|---|---|---|---|\n"
            for change in rows {
                let old = change.field == nil ? (change.kind == .removed ? change.summary : nil) : change.old
                let new = change.field == nil ? (change.kind == .added ? change.summary : nil) : change.new
                let path = change.path.map { titled($0.description, change) } ?? (change.file ?? "") + (zh ? "（文件）" : " (file)")
                let kind = (needsReview(change, in: diff) ? "⚠️ " : "") + kindName(change.kind).text(language)
                let cells = [kind, path, old ?? "", new ?? ""]
                out += "| " + cells.map { Markdown.escapeCell($0.replacingLineBreaks(with: " ")) }.joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    /// A change of the goal or of a task's due after plan (docs/reference.md §8), which the
    /// Markdown marks with ⚠️ and lists first, so a reviewer sees it.
    static func needsReview(_ change: RecordChange, in diff: CollaborationDiff) -> Bool {
        PlanChange.isPastPlan(diff.oldStage) && PlanChange.rule(for: change) != nil
    }

    /// "Needs a reviewer's eye": each goal-changed and due-moved change, old → new; nothing
    /// when there is none.
    static func reviewSection(_ diffs: [CollaborationDiff], _ language: Language) -> String {
        let rows = diffs.flatMap { diff in diff.changes.filter { needsReview($0, in: diff) } }
        guard !rows.isEmpty else { return "" }
        var out = language == .zh
            ? "\n### ⚠️ 需要评审人留意\n\n计划之后改动了目标或截止日期（改动前的阶段为 execute 或之后）：\n\n"
            : "\n### ⚠️ Needs a reviewer's eye\n\nThe goal or a due date changed after plan (the stage before was execute or later):\n\n"
        for change in rows {
            let rule = PlanChange.rule(for: change)?.rawValue ?? ""
            let message = PlanChange.message(for: change).text(language).replacingLineBreaks(with: " ")
            out += "- `\(change.collaboration)` · `\(rule)`\(language == .zh ? "：" : ": ")\(Markdown.escapeCell(message))\n"
        }
        return out
    }

    /// The kind of a change as the Markdown table names it; JSON keeps the value itself.
    static func kindName(_ kind: RecordChange.Kind) -> Message {
        switch kind {
        case .changed: return Message(en: "changed", zh: "修改")
        case .added: return Message(en: "added", zh: "新增")
        case .removed: return Message(en: "removed", zh: "删除")
        }
    }

    public static func json(_ diffs: [CollaborationDiff], from: String?, to: String?, language: Language) -> String {
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
                        json.member("title") { json.optionalString(change.title) }
                        json.member("old") { json.optionalString(change.old) }
                        json.member("new") { json.optionalString(change.new) }
                    }
                }
            }
            json.member("diagnostics") {
                json.array(diffs.flatMap(\.unreadable)) { json.diagnostic($0, language) }
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
