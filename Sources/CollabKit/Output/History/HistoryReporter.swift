/// `collab log` as text (with days in each stage) or as the JSON of docs/reference.md §8.
public enum HistoryReporter {
    public static func logJSON(_ id: String, stage: String?, _ transitions: [StageTransition]) -> String {
        let json = JSONWriter()
        json.object {
            json.member("version") { json.number(1) }
            json.member("collaboration") { json.string(id) }
            json.member("stage") { json.optionalString(stage) }
            json.member("transitions") {
                json.array(transitions) { transition in
                    json.object {
                        json.member("commit") { json.string(transition.commit.hex) }
                        json.member("date") { json.string(transition.author.iso8601) }
                        json.member("author") { json.string(transition.author.name) }
                        json.member("from") { json.optionalString(transition.from) }
                        json.member("to") { json.optionalString(transition.to) }
                        if let merge = transition.merge { json.member("merge") { json.string(merge.hex) } }
                    }
                }
            }
        }
        return json.output + "\n"
    }

    public static func logText(_ id: String, stage: String?, _ transitions: [StageTransition], today: CalendarDate,
                               language: Language) -> String {
        let out = "\(id)  " + Message(en: "stage \(stage ?? "?")", zh: "阶段 \(stage ?? "?")").text(language) + "\n"
        guard !transitions.isEmpty else {
            return out + "  " + Message(en: "no stage changes in the history of HEAD", zh: "HEAD 的历史中没有阶段变化").text(language) + "\n"
        }
        let visits = StageVisit.timeline(transitions)
        let rows = transitions.enumerated().map { index, transition -> [String] in
            let start = visits[index].start
            let days = StageVisit.days(visits, at: index, today: today)
            let move = Message(en: "\(transition.from ?? "(new)") → \(transition.to ?? "(removed)")",
                               zh: "\(transition.from ?? "（新建）") → \(transition.to ?? "（已删除）")")
            let last = index + 1 == transitions.count
            // A closed collaboration spends no time in a stage: its last row says when it closed.
            let spent: Message
            if !last {
                spent = Message(en: days == 1 ? "1 day" : "\(days) days", zh: "\(days) 天")
            } else if transition.to == Stage.closed.rawValue {
                spent = Message(en: "closed on \(start)", zh: "\(start) 关闭")
            } else {
                spent = Message(en: days == 1 ? "1 day so far" : "\(days) days so far", zh: "至今 \(days) 天")
            }
            return [transition.author.date.description, String(transition.commit.hex.prefix(7)), transition.author.name, move.text(language), spent.text(language)]
        }
        let headers = language == .zh ? ["日期", "提交", "提交人", "阶段变化", "停留时间"] : ["DATE", "COMMIT", "AUTHOR", "FROM → TO", "IN STAGE"]
        let table = TextTable(columns: headers.map { .init($0) }, rows: rows)
        return out + table.render().split(separator: "\n").map { "  " + $0 + "\n" }.joined()
    }
}
