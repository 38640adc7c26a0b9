/// `collab remind` as text, Markdown or JSON (docs/reference.md §10). An empty digest is no
/// output at all, so a scheduled job posts nothing. Text, read in a terminal, shows the
/// owners' contacts; Markdown, made to be posted, does not.
public enum ReminderReporter {
    public static func text(_ digest: ReminderDigest, language: Language) -> String {
        guard !digest.isEmpty else { return "" }
        var out = ""
        let safe = TerminalText.escape
        for line in DigestText.lines(digest, language) {
            switch line {
            case .title(let text): out += text + "\n"
            case .department(let text): out += "\n" + safe(text) + "\n"
            case .channel(let text): out += safe(text) + "\n"
            case .owner(let name, let contact): out += "  " + safe(name + (contact.map { " · " + $0.text } ?? "")) + "\n"
            case .item(let text): out += "    " + safe(text) + "\n"
            case .detail(let text): out += "      " + safe(text) + "\n"
            }
        }
        return out
    }

    public static func markdown(_ digest: ReminderDigest, language: Language) -> String {
        guard !digest.isEmpty else { return "" }
        var out = ""
        for line in DigestText.lines(digest, language) {
            switch line {
            case .title(let text): out += "### " + Markdown.escapeCell(text) + "\n"
            case .department(let text): out += "\n#### " + Markdown.escapeCell(text) + "\n\n"
            case .channel(let text): out += "\n" + Markdown.escapeCell(text) + "\n"
            // No contact: Markdown is made to be posted, and a phone number posted is a leak.
            case .owner(let name, _): out += "**" + Markdown.escapeCell(name) + "**\n\n"
            case .item(let text): out += "- " + Markdown.escapeCell(text) + "\n"
            case .detail(let text): out += "  - " + Markdown.escapeCell(text) + "\n"
            }
        }
        return out
    }

    public static func json(_ digest: ReminderDigest) -> String {
        guard !digest.isEmpty else { return "" }
        let json = JSONWriter()
        json.object {
            json.member("version") { json.number(1) }
            json.member("today") { json.string(digest.today.description) }
            json.member("within") { json.number(digest.within) }
            json.member("departments") {
                json.array(digest.groups) { group in
                    json.object {
                        json.member("department") { json.optionalString(group.department) }
                        json.member("name") { json.optionalString(group.name) }
                        json.member("channels") {
                            json.array(group.channels) { channel in
                                json.object {
                                    json.member("collaboration") { json.string(channel.collaboration) }
                                    json.member("channel") { json.string(channel.channel) }
                                }
                            }
                        }
                        json.member("owners") { json.array(group.owners) { owner(json, $0) } }
                    }
                }
            }
        }
        return json.output + "\n"
    }

    private static func owner(_ json: JSONWriter, _ owner: ReminderOwner) {
        json.object {
            json.member("owner") { json.optionalString(owner.owner) }
            json.member("contact") { json.optionalString(owner.contact?.text) }
            json.member("items") { json.array(owner.items) { item(json, $0) } }
        }
    }

    private static func item(_ json: JSONWriter, _ item: ReminderItem) {
        json.object {
            json.member("kind") { json.string(item.followUp?.rawValue ?? (item.meeting == nil ? "task" : "action")) }
            json.member("meeting") {
                guard let meeting = item.meeting else { return json.null() }
                json.object {
                    json.member("name") { json.string(meeting.name) }
                    json.member("topic") { json.optionalString(meeting.topic) }
                }
            }
            json.member("collaboration") { json.string(item.collaboration) }
            json.member("collaboration_title") { json.optionalString(item.collaborationTitle) }
            json.member("id") { json.string(item.id) }
            json.member("title") { json.optionalString(item.title) }
            json.member("status") { json.string(item.status) }
            json.member("due") { json.optionalString(item.due?.description) }
            json.member("reasons") { reasons(json, item) }
            json.member("escalated_from") {
                guard let from = item.escalatedFrom else { return json.null() }
                json.object {
                    json.member("department") { json.optionalString(from.department) }
                    json.member("owner") { json.optionalString(from.owner) }
                    json.member("working_days_overdue") { json.number(from.workingDays) }
                }
            }
            json.member("latest_update") {
                guard let latest = item.latest else { return json.null() }
                json.object {
                    json.member("date") { json.optionalString(latest.date?.description) }
                    json.member("by") { json.optionalString(latest.by) }
                    json.member("note") { json.optionalString(latest.note) }
                }
            }
        }
    }

    /// `overdue` (days late), `due_soon` (working days and days left), `blocked` (the
    /// note), `at_risk` (the tasks it depends on that are blocked or overdue), `stale`
    /// (since when, days).
    private static func reasons(_ json: JSONWriter, _ item: ReminderItem) {
        json.array {
            switch item.attention.deadline {
            case .overdue(let days)?:
                json.object {
                    json.member("reason") { json.string("overdue") }
                    json.member("days") { json.number(days) }
                }
            case .dueSoon(let working, let days)?:
                json.object {
                    json.member("reason") { json.string("due_soon") }
                    json.member("working_days") { json.number(working) }
                    json.member("days") { json.number(days) }
                }
            case nil: break
            }
            if item.attention.blocked {
                json.object {
                    json.member("reason") { json.string("blocked") }
                    json.member("note") { json.optionalString(item.blockedNote) }
                }
            }
            if !item.atRisk.isEmpty {
                json.object {
                    json.member("reason") { json.string("at_risk") }
                    json.member("depends_on") {
                        json.array(item.atRisk) { upstream in
                            json.object {
                                json.member("id") { json.string(upstream.id) }
                                json.member("blocked") { json.boolean(upstream.blocked) }
                                json.member("overdue_days") { upstream.overdueDays.map { json.number($0) } ?? json.null() }
                            }
                        }
                    }
                }
            }
            if let stale = item.attention.stale {
                json.object {
                    json.member("reason") { json.string("stale") }
                    json.member("since") { json.string(stale.since.description) }
                    json.member("days") { json.number(stale.days) }
                }
            }
        }
    }
}
