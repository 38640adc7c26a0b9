/// From execute on, relative to today: overdue and stale tasks (warnings), tasks due soon
/// (notices). Only open tasks count.
enum TimeRules {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        guard let table = context.tasks else { return [] }
        let settings = context.config.settings
        var findings: [Diagnostic] = []
        for task in table.items where task.isOpen {
            if let due = task.due {
                let daysLeft = due.value.days(since: context.today)
                if daysLeft < 0 {
                    findings.append(context.finding(.taskOverdue, .tasks, due.range, Message.overdue(task.name, due.value, -daysLeft)))
                } else if daysLeft <= settings.dueSoonDays {
                    findings.append(context.finding(.taskDueSoon, .tasks, due.range, Message.dueSoon(task.name, due.value, daysLeft)))
                }
            }
            if let stale = staleness(task, context) { findings.append(stale) }
        }
        return findings
    }

    /// A doing or blocked task whose latest update (or, without one, its start or the
    /// problem's opening) is older than stale_update_days.
    private static func staleness(_ task: TaskTable.Task, _ context: RuleContext) -> Diagnostic? {
        guard let status = task.status, status.value == .doing || status.value == .blocked else { return nil }
        let latestUpdate = task.updates?.items.compactMap(\.date).max { $0.value < $1.value }
        guard let since = latestUpdate?.value ?? task.start?.value ?? context.problem?.opened?.value else { return nil }
        let days = context.today.days(since: since)
        guard days > context.config.settings.staleUpdateDays else { return nil }
        let range = latestUpdate?.range ?? status.range
        return context.finding(.taskStale, .tasks, range, Message.stale(task.name, status.value, since, days, latestUpdate != nil))
    }
}

private enum Message {
    static func overdue(_ task: String, _ due: CalendarDate, _ days: Int) -> String {
        "task \(task) is overdue: it was due \(due), \(days) day\(days == 1 ? "" : "s") ago"
    }
    static func dueSoon(_ task: String, _ due: CalendarDate, _ days: Int) -> String {
        days == 0 ? "task \(task) is due today (\(due))" : "task \(task) is due in \(days) day\(days == 1 ? "" : "s") (\(due))"
    }
    static func stale(_ task: String, _ status: TaskStatus, _ since: CalendarDate, _ days: Int, _ hasUpdate: Bool) -> String {
        let what = hasUpdate ? "no progress update since \(since)" : "no progress update since it began (\(since))"
        return "task \(task) is \(status.rawValue) with \(what), \(days) days ago; add an entry to its updates"
    }
}
