/// `collab metrics --format json` (docs/reference.md §13) and `--format csv` (one row per
/// collaboration and stage).
public enum MetricsData {
    public static func json(_ metrics: FlowMetrics) -> String {
        let json = JSONWriter()
        func spread(_ spread: FlowMetrics.Spread?) {
            guard let spread else { return json.null() }
            json.object {
                json.member("median") { json.number(spread.median) }
                json.member("p85") { json.number(spread.p85) }
            }
        }
        func throughput(_ rows: [FlowMetrics.Throughput], _ key: String) {
            json.array(rows) { row in
                json.object {
                    json.member(key) { json.string(row.period) }
                    json.member("closed") { json.number(row.closed) }
                }
            }
        }
        json.object {
            json.member("version") { json.number(1) }
            json.member("today") { json.string(metrics.today.description) }
            json.member("since") { json.optionalString(metrics.since?.description) }
            json.member("until") { json.string(metrics.until.description) }
            json.member("collaborations") {
                json.array(metrics.collaborations) { row in
                    json.object {
                        json.member("id") { json.string(row.id) }
                        json.member("stage") { json.optionalString(row.stage?.rawValue) }
                        json.member("days_in_stage") { json.number(row.daysInStage) }
                        json.member("stage_days") {
                            json.object {
                                for stage in Stage.allCases { if let days = row.stageDays[stage] { json.member(stage.rawValue) { json.number(days) } } }
                            }
                        }
                        json.member("verify_rounds") { json.number(row.verifyRounds) }
                        json.member("cycle_days") { row.cycleDays.map { json.number($0) } ?? json.null() }
                        json.member("tasks") {
                            json.object {
                                json.member("on_time") { json.number(row.tasks.onTime) }
                                json.member("late") { json.number(row.tasks.late) }
                                json.member("open") { json.number(row.tasks.open) }
                            }
                        }
                        json.member("done_tasks") {
                            json.array(row.done) { task in
                                json.object {
                                    json.member("id") { json.string(task.id) }
                                    json.member("department") { json.optionalString(task.department) }
                                    json.member("due") { json.optionalString(task.due?.description) }
                                    json.member("done") { json.string(task.done.description) }
                                    json.member("days_late") { json.number(task.daysLate) }
                                    json.member("done_date_from") { json.string(task.from.rawValue) }
                                }
                            }
                        }
                    }
                }
            }
            json.member("stages") {
                json.object {
                    for stage in Stage.allCases where stage != .closed { json.member(stage.rawValue) { spread(metrics.stages[stage]) } }
                }
            }
            json.member("cycle_days") { spread(metrics.cycle) }
            json.member("throughput") { throughput(metrics.weekly, "week") }
            json.member("throughput_monthly") { throughput(metrics.monthly, "month") }
            json.member("flow") {
                json.array(metrics.flow) { week in
                    json.object {
                        json.member("week") { json.string(week.week) }
                        for stage in Stage.allCases { json.member(stage.rawValue) { json.number(week.counts[stage] ?? 0) } }
                    }
                }
            }
            json.member("aging") {
                json.array(metrics.aging) { item in
                    json.object {
                        json.member("id") { json.string(item.id) }
                        json.member("stage") { json.string(item.stage.rawValue) }
                        json.member("days_in_stage") { json.number(item.daysInStage) }
                    }
                }
            }
            json.member("departments") {
                json.array(metrics.departments) { row in
                    json.object {
                        json.member("department") { json.string(row.department) }
                        json.member("name") { json.optionalString(row.name) }
                        json.member("on_time") { json.number(row.onTime) }
                        json.member("late") { json.number(row.late) }
                        json.member("median_days_late") { row.medianDaysLate.map { json.number($0) } ?? json.null() }
                        json.member("open_overdue") { json.number(row.openOverdue) }
                        json.member("done_date_from") {
                            json.object {
                                json.member("record") { json.number(row.doneDatesFromRecord) }
                                json.member("commit") { json.number(row.doneDatesFromCommit) }
                            }
                        }
                        json.member("due_moves") { json.number(row.dueMoves) }
                        json.member("due_moved_days") { json.number(row.dueMovedDays) }
                    }
                }
            }
        }
        return json.output + "\n"
    }

    /// One row per collaboration and stage it visited: the days in it (visits summed), how
    /// many visits, and whether it is there now; closed rows carry the cycle time.
    public static func csv(_ metrics: FlowMetrics) -> String {
        var out = "collaboration,stage,days,visits,current,verify_rounds,cycle_days\n"
        for row in metrics.collaborations {
            for stage in Stage.allCases {
                let current = row.stage == stage
                guard row.stageDays[stage] != nil || current else { continue }
                let days = stage == .closed ? row.daysInStage : row.stageDays[stage] ?? 0
                let visits = row.visits[stage] ?? 0
                out += [csvField(row.id), stage.rawValue, String(days), String(visits), current ? "true" : "false",
                        String(row.verifyRounds), row.cycleDays.map(String.init) ?? ""].joined(separator: ",") + "\n"
            }
        }
        return out
    }

    /// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.map { $0 == "\"" ? "\"\"" : String($0) }.joined() + "\""
    }
}
