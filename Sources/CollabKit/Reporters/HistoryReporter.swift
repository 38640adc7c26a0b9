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
                    }
                }
            }
        }
        return json.output + "\n"
    }

    public static func logText(_ id: String, stage: String?, _ transitions: [StageTransition], today: CalendarDate) -> String {
        let out = "\(id)  stage \(stage ?? "?")\n"
        guard !transitions.isEmpty else { return out + "  no stage changes in the history of HEAD\n" }
        let rows = transitions.enumerated().map { index, transition -> [String] in
            let start = transition.author.date
            let end = index + 1 < transitions.count ? transitions[index + 1].author.date : today
            let days = end.days(since: start)
            let move = "\(transition.from ?? "(new)") → \(transition.to ?? "(removed)")"
            let amount = "\(days) day\(days == 1 ? "" : "s")"
            let last = index + 1 == transitions.count
            // A closed collaboration spends no time in a stage: its last row says when it closed.
            let spent = !last ? amount : (transition.to == Stage.closed.rawValue ? "closed on \(start)" : amount + " so far")
            return [start.description, String(transition.commit.hex.prefix(7)), transition.author.name, move, spent]
        }
        let table = TextTable(columns: [.init("DATE"), .init("COMMIT"), .init("AUTHOR"), .init("FROM → TO"), .init("IN STAGE")], rows: rows)
        return out + table.render().split(separator: "\n").map { "  " + $0 + "\n" }.joined()
    }
}
