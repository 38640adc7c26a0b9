/// Lateness in `collab report` (docs/reference.md §6): a task done after its due date by its
/// record (the update that set done) says so beside its status, in red in HTML and with ⚠️ in
/// Markdown; a follow-up (an improvement, a norm update) shows whether it is done, open or overdue. Kept apart from the
/// page's layout so the two change independently.
extension CollaborationReport {
    /// Days after its due date the record says a done task was done; nil when on time or unknown.
    public func daysLate(_ task: TaskTable.Task) -> Int? {
        guard let done = task.recordedDoneDate, let due = task.due?.value, done > due else { return nil }
        return done.days(since: due)
    }

    /// `done 3 days late (2025-03-08)` for a task done late; nil otherwise.
    func lateness(_ task: TaskTable.Task) -> String? {
        guard let late = daysLate(task), let done = task.recordedDoneDate else { return nil }
        return text(LatenessText.doneLate(late, on: done))
    }

    /// A follow-up's state: done on its date, overdue (open past due), open, or "—" when it is
    /// not tracked (no due date) and not done.
    func followUpState(_ followUp: FollowUp) -> (text: String, overdue: Bool) {
        if let done = followUp.done?.value { return (text(LatenessText.doneOn(done)), false) }
        guard let due = followUp.due?.value else { return ("—", false) }
        let overdue = due < today
        return (text(overdue ? ReportText.overdue : LatenessText.open), overdue)
    }
}

extension HTMLReport {
    /// The lateness of a task after its status cell: ` <span class="overdue-text">…</span>`.
    static func lateness(_ task: TaskTable.Task, _ report: CollaborationReport) -> String {
        report.lateness(task).map { " <span class=\"overdue-text late\">\(e($0))</span>" } ?? ""
    }

    /// A follow-up's state cell, red when overdue.
    static func followUpState(_ followUp: FollowUp, _ report: CollaborationReport) -> String {
        let state = report.followUpState(followUp)
        return state.overdue ? "<span class=\"overdue-text\">\(e(state.text))</span>" : e(state.text)
    }
}

extension MarkdownReport {
    /// The lateness of a task after its status: ` ⚠️ done 3 days late (2025-03-08)`.
    static func lateness(_ task: TaskTable.Task, _ report: CollaborationReport) -> String {
        report.lateness(task).map { " ⚠️ " + $0 } ?? ""
    }

    /// A follow-up's state, with ⚠️ when overdue.
    static func followUpState(_ followUp: FollowUp, _ report: CollaborationReport) -> String {
        let state = report.followUpState(followUp)
        return (state.overdue ? "⚠️ " : "") + state.text
    }
}

/// The words of lateness in the report.
enum LatenessText {
    static func doneLate(_ days: Int, on date: CalendarDate) -> Message {
        Message(en: "done \(days) day\(days == 1 ? "" : "s") late (\(date))", zh: "逾期 \(days) 天完成（\(date)）")
    }
    static func doneOn(_ date: CalendarDate) -> Message { Message(en: "done \(date)", zh: "\(date) 完成") }
    static let open = Message(en: "open", zh: "未完成")
    static let state = Message(en: "State", zh: "状态")
}
