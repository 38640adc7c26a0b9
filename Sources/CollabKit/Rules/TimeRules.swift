/// From execute on, relative to today: overdue and stale tasks (warnings), tasks due soon
/// (notices). Only open tasks count. "Soon" and "stale" count working days of the workspace's
/// calendar (a task updated on Friday is not stale on Monday); messages count calendar days.
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
                } else if context.config.calendar.workingDays(from: context.today, to: due.value) <= settings.dueSoonDays {
                    findings.append(context.finding(.taskDueSoon, .tasks, due.range, Message.dueSoon(task.name, due.value, daysLeft)))
                }
            }
            if let stale = staleness(task, context) { findings.append(stale) }
        }
        return findings
    }

    /// A doing or blocked task whose latest update (or, without one, its start or the
    /// problem's opening) is more than stale_update_days working days ago.
    private static func staleness(_ task: TaskTable.Task, _ context: RuleContext) -> Diagnostic? {
        guard let status = task.status, status.value == .doing || status.value == .blocked else { return nil }
        let latestUpdate = task.updates?.items.compactMap(\.date).max { $0.value < $1.value }
        guard let since = latestUpdate?.value ?? task.start?.value ?? context.problem?.opened?.value else { return nil }
        guard context.config.calendar.workingDays(from: since, to: context.today) > context.config.settings.staleUpdateDays else { return nil }
        let days = context.today.days(since: since)
        let range = latestUpdate?.range ?? status.range
        return context.finding(.taskStale, .tasks, range, Message.stale(task.name, status.value, since, days, latestUpdate != nil))
    }
}

extension Message {
    fileprivate static func overdue(_ task: TaskName, _ due: CalendarDate, _ days: Int) -> Message {
        Message(en: "\(task.text(.en)) is overdue: it was due \(due), \(days) day\(days == 1 ? "" : "s") ago",
                zh: "\(task.text(.zh))已逾期：截止日期是 \(due)，已过去 \(days) 天")
    }
    fileprivate static func dueSoon(_ task: TaskName, _ due: CalendarDate, _ days: Int) -> Message {
        Message(en: days == 0 ? "\(task.text(.en)) is due today (\(due))" : "\(task.text(.en)) is due in \(days) day\(days == 1 ? "" : "s") (\(due))",
                zh: days == 0 ? "\(task.text(.zh))今天到期（\(due)）" : "\(task.text(.zh))还有 \(days) 天到期（\(due)）")
    }
    fileprivate static func stale(_ task: TaskName, _ status: TaskStatus, _ since: CalendarDate, _ days: Int, _ hasUpdate: Bool) -> Message {
        Message(en: "\(task.text(.en)) is \(status.rawValue) with \(hasUpdate ? "no progress update since \(since)" : "no progress update since it began (\(since))"), \(days) days ago; add an entry to its updates",
                zh: "\(task.text(.zh))状态为 \(status.rawValue)，\(hasUpdate ? "自 \(since) 起" : "自开始（\(since)）起一直")没有进度更新，已有 \(days) 天；请在 updates 中补上进度")
    }
}
