/// Mermaid source for the report's charts, as GitHub and GitLab render it: a `gantt` of the
/// tasks and a `timeline` of the stages. Record text is shown as written: the characters that
/// mean something to Mermaid's line syntax or to the markup it makes are written as Mermaid's
/// entity codes (`#58;` for `:`), which it turns back into the characters when it draws.
public enum Mermaid {
    public static func gantt(_ report: CollaborationReport) -> String? {
        let bars = report.bars
        guard !bars.isEmpty else { return nil }
        var out = "gantt\n    title \(label(report.title))\n    dateFormat YYYY-MM-DD\n    axisFormat %m-%d\n"
        var sections: [String?] = []
        for bar in bars where !bar.isMeeting && !sections.contains(bar.department) { sections.append(bar.department) }
        for section in sections {
            out += "    section \(label(section.map { report.department($0) } ?? "—"))\n"
            for bar in bars where !bar.isMeeting && bar.department == section {
                out += "    \(taskLabel(bar)) :\(tags(bar))\(identifier(bar.id)), "
                out += bar.after.isEmpty ? "\(bar.start), " : "after \(bar.after.map { identifier($0) }.joined(separator: " ")), "
                out += "\(bar.end.adding(days: 1))\n"
            }
        }
        let meetings = bars.filter(\.isMeeting)
        if !meetings.isEmpty {
            out += "    section \(label(report.text(ReportText.meetings)))\n"
            for bar in meetings {
                out += "    \(taskLabel(bar)) :milestone, \(identifier(bar.id, prefix: "m_")), \(bar.start), 0d\n"
            }
        }
        return out
    }

    /// The stage history as a `timeline`: one period per change, its date and the move.
    public static func timeline(_ stages: [CollaborationReport.StageEntry], _ report: CollaborationReport) -> String? {
        guard !stages.isEmpty else { return nil }
        var out = "timeline\n    title \(report.text(ReportText.stages))\n"
        for entry in stages {
            out += "    \(entry.date) : \(label(report.move(entry))) : \(label(entry.author))\n"
        }
        return out
    }

    private static func tags(_ bar: CollaborationReport.Bar) -> String {
        var tags: [String] = []
        if bar.status == .done { tags.append("done") }
        if bar.status == .doing { tags.append("active") }
        if bar.overdue || bar.status == .blocked { tags.append("crit") }
        return tags.map { $0 + ", " }.joined()
    }

    /// A task id as a Mermaid id, one to one: letters and digits kept, `_` doubled, `-` as
    /// `_d`, anything else as `_xHEX_`; the `t_` prefix keeps it off Mermaid's words (after,
    /// done, crit, active, milestone).
    static func identifier(_ id: String, prefix: String = "t_") -> String {
        var out = prefix
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9": out.unicodeScalars.append(scalar)
            case "_": out += "__"
            case "-": out += "_d"
            default: out += "_x" + String(scalar.value, radix: 16) + "_"
            }
        }
        return out
    }

    /// A task's label, `「T1」title`: the bracket keeps a line from starting with one of
    /// Mermaid's statements (title, section, dateFormat, click…, in any case), which would
    /// turn a task with such an id or title into a directive.
    /// A meeting's is `◆ topic`.
    static func taskLabel(_ bar: CollaborationReport.Bar) -> String {
        label(bar.label)
    }

    /// Text for a label: one line (line breaks and tabs become spaces), every character that
    /// ends, comments or quotes a statement, or that Mermaid's markup would take as markup,
    /// written as its entity code; control characters shown as `\u{1b}`.
    static func label(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case ":", ";", "#", "%", "<", ">", "&", "\"", "'", "`", "\\":
                out += "#\(scalar.value);"
            case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": out += " "
            default:
                if TerminalText.isControl(scalar) {
                    out += "#92;u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        let trimmed = out.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return trimmed.isEmpty ? "—" : trimmed
    }
}
