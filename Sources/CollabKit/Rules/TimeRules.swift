/// From execute on, relative to today: overdue and stale tasks (warnings), tasks due soon
/// (notices). Only open tasks count. "Soon" and "stale" count working days of the workspace's
/// calendar (a task updated on Friday is not stale on Monday); "overdue" and "days ago" count
/// calendar days. What needs attention is `TaskAttention`'s definition.
enum TimeRules {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        guard let table = context.tasks else { return [] }
        var findings: [Diagnostic] = []
        for task in table.items {
            guard let attention = TaskAttention(task, context, within: context.config.settings.dueSoonDays) else { continue }
            if let due = task.due {
                switch attention.deadline {
                case .overdue(let days)?:
                    findings.append(context.finding(.taskOverdue, .tasks, due.range, Message.overdue(task.name, due.value, days)))
                case .dueSoon(let working, let days)?:
                    findings.append(context.finding(.taskDueSoon, .tasks, due.range, DueIn.message(task.name, due: due.value, workingDays: working, days: days)))
                case nil: break
                }
            }
            if let stale = attention.stale, let status = task.status {
                let range = task.latestUpdate?.date?.range ?? status.range
                findings.append(context.finding(.taskStale, .tasks, range, Message.stale(task.name, status.value, stale)))
            }
        }
        return findings
    }
}

extension Message {
    fileprivate static func stale(_ task: TaskName, _ status: TaskStatus, _ stale: TaskAttention.Staleness) -> Message {
        let (since, days) = (stale.since, stale.days)
        return Message(en: "\(task.text(.en)) is \(status.rawValue) with \(stale.fromUpdate ? "no progress update since \(since)" : "no progress update since it began (\(since))"), \(days) days ago; add an entry to its updates",
                       zh: "\(task.text(.zh))状态为 \(status.rawValue)，\(stale.fromUpdate ? "自 \(since) 起" : "自开始（\(since)）起一直")没有进度更新，已有 \(days) 天；请在 updates 中补上进度")
    }
}

/// "due in 2 working days (2024-07-08)" / "还有 2 个工作日到期（2024-07-08）": what check,
/// tasks and remind say of a due date not yet passed, counted in working days; `task`
/// (check's findings) names the task first: "task T4 is due in…" / "任务 T4 还有…".
public enum DueIn {
    public static func message(_ task: (any WorkItemName)? = nil, due: CalendarDate, workingDays: Int, days: Int) -> Message {
        let en = task.map { $0.text(.en) + " is " } ?? "", zh = task?.text(.zh) ?? ""
        switch (days, workingDays) {
        case (0, _): return Message(en: "\(en)due today (\(due))", zh: "\(zh)今天到期（\(due)）")
        case (_, 0): return Message(en: "\(en)due \(due), before the next working day", zh: "\(zh)\(due) 到期，在下一个工作日之前")
        case (_, 1): return Message(en: "\(en)due in 1 working day (\(due))", zh: "\(zh)还有 1 个工作日到期（\(due)）")
        default: return Message(en: "\(en)due in \(workingDays) working days (\(due))", zh: "\(zh)还有 \(workingDays) 个工作日到期（\(due)）")
        }
    }
}
