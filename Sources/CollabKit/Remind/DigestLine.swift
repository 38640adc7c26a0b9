/// The digest as lines of known kinds, in the chosen language: what every format of
/// `collab remind` renders (text, Markdown, and the chat robots' bodies), so the wording is
/// defined once.
public enum DigestLine: Sendable, Equatable {
    /// "collab 提醒 · 2024-07-09（周二）：2 个部门共 3 项待跟进".
    case title(String)
    /// "技术部（tech）", with "（续）" when the group began in an earlier message.
    case department(String)
    /// "沟通群：…（new-product-page）".
    case channel(String)
    /// The owner's name and contact.
    case owner(String, Contact?)
    /// "new-product-page T3 活动页面前端开发：已逾期 1 天（截止 2024-07-08）".
    case item(String)
    /// "最新进展（2024-07-01，钱工程师）：…".
    case detail(String)
}

/// A department group or a part of one: the unit a chat digest is split at.
struct DigestEntry {
    var group: Int
    var owner: Int
    var item: Int
}

/// How much of long values a chat message keeps, so that any one item fits in the smallest
/// message (WeCom's 2048 bytes): titles and notes cut to display columns, every line to a
/// number of Unicode scalars (at most 4 bytes each). `tight` is for the rare item that
/// does not fit even so.
struct DigestCut {
    var titleWidth: Int
    var noteWidth: Int
    var lineScalars: Int

    static let chat = DigestCut(titleWidth: 60, noteWidth: 100, lineScalars: 300)
    static let tight = DigestCut(titleWidth: 16, noteWidth: 24, lineScalars: 80)

    func line(_ text: String) -> String {
        guard text.unicodeScalars.count > lineScalars else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.prefix(lineScalars - 1))
        return String(scalars) + "…"
    }
}

/// Words of the digest (English and Chinese side by side).
enum DigestText {
    static func title(_ digest: ReminderDigest, part: String?) -> Message {
        let (items, groups, day) = (digest.itemCount, digest.groups.count, digest.today)
        let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.weekday]
        let zh = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][day.weekday]
        return Message(en: "collab remind · \(day) (\(en))\(part.map { " [\($0)]" } ?? ""): \(items) item\(items == 1 ? "" : "s") to follow up in \(groups) department\(groups == 1 ? "" : "s")",
                       zh: "collab 提醒 · \(day)（\(zh)）\(part.map { "［\($0)］" } ?? "")：\(groups) 个部门共 \(items) 项待跟进")
    }

    static func department(_ group: ReminderGroup, continued: Bool) -> Message {
        let name: Message
        switch (group.department, group.name) {
        case let (id?, written?): name = Message(en: "\(id) (\(written))", zh: "\(written)（\(id)）")
        case let (id?, nil): name = Message(en: id, zh: id)
        case (nil, _): name = Message(en: "no department", zh: "未指定部门")
        }
        guard continued else { return name }
        return Message(en: "\(name.text(.en)) (continued)", zh: "\(name.text(.zh))（续）")
    }

    static func channels(_ channels: [ReminderGroup.Channel]) -> Message {
        Message(en: "channel: " + channels.map { "\($0.channel) (\($0.collaboration))" }.joined(separator: "; "),
                zh: "沟通群：" + channels.map { "\($0.channel)（\($0.collaboration)）" }.joined(separator: "；"))
    }

    static func noOwner() -> Message { Message(en: "no owner", zh: "未指定负责人") }

    static func item(_ item: ReminderItem, cut: DigestCut?) -> Message {
        var title = item.title.map(oneLine) ?? ""
        if let cut { title = TextTable.truncate(title, to: cut.titleWidth) }
        let head = [item.collaboration, item.id, title].filter { !$0.isEmpty }.joined(separator: " ")
        let reasons = self.reasons(item, noteWidth: cut?.noteWidth)
        return Message(en: head + ": " + reasons.map { $0.text(.en) }.joined(separator: "; "),
                       zh: head + "：" + reasons.map { $0.text(.zh) }.joined(separator: "；"))
    }

    static func reasons(_ item: ReminderItem, noteWidth: Int?) -> [Message] {
        var reasons: [Message] = []
        switch item.attention.deadline {
        case .overdue(let days)?:
            let due = item.due?.description ?? ""
            reasons.append(Message(en: "overdue by \(days) day\(days == 1 ? "" : "s") (due \(due))", zh: "已逾期 \(days) 天（截止 \(due)）"))
        case .dueSoon(let working, let days)?:
            if let due = item.due { reasons.append(DueIn.message(due: due, workingDays: working, days: days)) }
        case nil: break
        }
        if item.attention.blocked {
            if let note = item.blockedNote.map(oneLine), !note.isEmpty {
                let note = noteWidth.map { TextTable.truncate(note, to: $0) } ?? note
                reasons.append(Message(en: "blocked: \(note)", zh: "受阻：\(note)"))
            } else {
                reasons.append(Message(en: "blocked, with no note of what it waits for", zh: "受阻，未写明原因"))
            }
        }
        if let stale = item.attention.stale {
            let (days, since) = (stale.days, stale.since)
            reasons.append(stale.fromUpdate
                ? Message(en: "no progress update for \(days) days (since \(since))", zh: "已 \(days) 天没有进度更新（自 \(since) 起）")
                : Message(en: "no progress update since it began (\(since)), \(days) days ago", zh: "自开始（\(since)）起 \(days) 天没有进度更新"))
        }
        return reasons
    }

    static func latest(_ item: ReminderItem, noteWidth: Int?) -> Message {
        guard let latest = item.latest else { return Message(en: "no progress update yet", zh: "尚无进度更新") }
        let source = [latest.date?.description, latest.by].compactMap { $0 }
        let written = latest.note.map(oneLine) ?? ""
        let note = noteWidth.map { TextTable.truncate(written, to: $0) } ?? written
        return Message(en: "latest progress" + (source.isEmpty ? "" : " (\(source.joined(separator: ", ")))") + ": " + note,
                       zh: "最新进展" + (source.isEmpty ? "" : "（\(source.joined(separator: "，"))）") + "：" + note)
    }

    /// A multi-line note (`|`) on one line.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The entries (department group, owner, item) in digest order.
    static func entries(_ digest: ReminderDigest) -> [DigestEntry] {
        digest.groups.enumerated().flatMap { g, group in
            group.owners.enumerated().flatMap { o, owner in owner.items.indices.map { DigestEntry(group: g, owner: o, item: $0) } }
        }
    }

    /// An entry's lines: its department's heading (with its channels), its owner, and the
    /// item with its latest progress. A message shows the heading where the department
    /// starts in it and the owner where the owner does; `cut` shortens long values for chat.
    static func piece(_ digest: ReminderDigest, _ entry: DigestEntry, cut: DigestCut?, _ language: Language) -> DigestPiece {
        let line = { (text: String) in cut?.line(text) ?? text }
        let group = digest.groups[entry.group]
        let owner = group.owners[entry.owner]
        var heading: [DigestLine] = [.department(line(department(group, continued: entry.owner > 0 || entry.item > 0).text(language)))]
        if !group.channels.isEmpty { heading.append(.channel(line(channels(group.channels).text(language)))) }
        var contact = owner.contact
        if let cut, let written = contact?.text { contact?.text = cut.line(written) }
        let item = owner.items[entry.item]
        return DigestPiece(entry: entry, heading: heading, owner: .owner(line(owner.owner ?? noOwner().text(language)), contact),
                           body: [.item(line(self.item(item, cut: cut).text(language))),
                                  .detail(line(latest(item, noteWidth: cut?.noteWidth).text(language)))])
    }

    /// The whole digest as lines: the title, then each department, owner and item.
    static func lines(_ digest: ReminderDigest, _ language: Language) -> [DigestLine] {
        let pieces = entries(digest).map { piece(digest, $0, cut: nil, language) }
        return [.title(title(digest, part: nil).text(language))] + DigestPiece.lines(pieces[...])
    }
}

/// One entry's lines (see `DigestText.piece`).
struct DigestPiece {
    var entry: DigestEntry
    var heading: [DigestLine]
    var owner: DigestLine
    var body: [DigestLine]

    /// The lines this piece adds after `previous` in one message.
    func lines(after previous: DigestEntry?) -> [DigestLine] {
        if previous?.group != entry.group { return heading + [owner] + body }
        if previous?.owner != entry.owner { return [owner] + body }
        return body
    }

    static func lines(_ pieces: ArraySlice<DigestPiece>) -> [DigestLine] {
        var lines: [DigestLine] = []
        var previous: DigestEntry?
        for piece in pieces {
            lines += piece.lines(after: previous)
            previous = piece.entry
        }
        return lines
    }
}
