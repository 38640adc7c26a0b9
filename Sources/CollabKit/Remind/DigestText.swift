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

    /// "沟通群：钉钉群「X」（a、b）；企业微信群「Y」（c）": neighbouring collaborations that share
    /// a channel together. A collaboration joins the end of the line, so a line cut to a
    /// chat message's width stays the same as collaborations are added past the cut.
    static func channels(_ channels: [ReminderGroup.Channel]) -> Message {
        var shared: [(channel: String, collaborations: [String])] = []
        for channel in channels {
            if shared.last?.channel == channel.channel {
                shared[shared.count - 1].collaborations.append(channel.collaboration)
            } else {
                shared.append((channel.channel, [channel.collaboration]))
            }
        }
        let groups = shared
        return Message(en: "channel: " + groups.map { "\($0.channel) (\($0.collaborations.joined(separator: ", ")))" }.joined(separator: "; "),
                       zh: "沟通群：" + groups.map { "\($0.channel)（\($0.collaborations.joined(separator: "、"))）" }.joined(separator: "；"))
    }

    static func noOwner() -> Message { Message(en: "no owner", zh: "未指定负责人") }

    static func item(_ item: ReminderItem, cut: DigestCut?) -> Message {
        var title = item.title.map(oneLine) ?? ""
        if let cut { title = TextTable.truncate(title, to: cut.titleWidth) }
        let marked = item.meeting == nil ? (en: item.id, zh: item.id) : (en: "action " + item.id, zh: "待办 " + item.id)
        let heads = [marked.en, marked.zh].map { [item.collaboration, $0, title].filter { !$0.isEmpty }.joined(separator: " ") }
        let reasons = self.reasons(item, noteWidth: cut?.noteWidth)
        return Message(en: heads[0] + ": " + reasons.map { $0.text(.en) }.joined(separator: "; "),
                       zh: heads[1] + "：" + reasons.map { $0.text(.zh) }.joined(separator: "；"))
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

    /// The item's second line: a task's latest progress; an action item's meeting.
    static func latest(_ item: ReminderItem, noteWidth: Int?) -> Message {
        if let meeting = item.meeting {
            let topic = noteWidth.map { TextTable.truncate(oneLine(meeting.topic ?? ""), to: $0) } ?? oneLine(meeting.topic ?? "")
            return Message(en: "from the meeting \(meeting.name)" + (topic.isEmpty ? "" : ": " + topic),
                           zh: "来自沟通记录 \(meeting.name)" + (topic.isEmpty ? "" : "：" + topic))
        }
        guard let latest = item.latest else { return Message(en: "no progress update yet", zh: "尚无进度更新") }
        let source = [latest.date?.description, latest.by].compactMap { $0 }
        let written = latest.note.map(oneLine) ?? ""
        let note = noteWidth.map { TextTable.truncate(written, to: $0) } ?? written
        return Message(en: "latest progress" + (source.isEmpty ? "" : " (\(source.joined(separator: ", ")))") + ": " + note,
                       zh: "最新进展" + (source.isEmpty ? "" : "（\(source.joined(separator: "，"))）") + "：" + note)
    }

    /// A multi-line note (`|`) on one line.
    static func oneLine(_ text: String) -> String {
        // Most text is one line already: no byte that begins a line break (\n \v \f \r, NEL
        // from 0xC2, LS and PS from 0xE2) and no space at either end.
        let edges = { (character: Character?) in character?.isWhitespace ?? false }
        if !text.utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) && !edges(text.first) && !edges(text.last) {
            return text
        }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The entries (department group, owner, item) in digest order.
    static func entries(_ digest: ReminderDigest) -> [DigestEntry] {
        digest.groups.enumerated().flatMap { g, group in
            group.owners.enumerated().flatMap { o, owner in owner.items.indices.map { DigestEntry(group: g, owner: o, item: $0) } }
        }
    }

    /// An entry's lines: its department's heading, its owner, and the item with its latest
    /// progress; `cut` shortens long values for chat.
    static func piece(_ digest: ReminderDigest, _ entry: DigestEntry, cut: DigestCut?, _ language: Language) -> DigestPiece {
        let line = { (text: String) in cut?.line(text) ?? text }
        let group = digest.groups[entry.group]
        let owner = group.owners[entry.owner]
        var contact = owner.contact
        if let cut, let written = contact?.text { contact?.text = cut.line(written) }
        let item = owner.items[entry.item]
        return DigestPiece(entry: entry, cut: cut, language: language,
                           department: .department(line(department(group, continued: entry.owner > 0 || entry.item > 0).text(language))),
                           channel: item.namedChannel,
                           owner: .owner(line(owner.owner ?? noOwner().text(language)), contact),
                           body: [.item(line(self.item(item, cut: cut).text(language))),
                                  .detail(line(latest(item, noteWidth: cut?.noteWidth).text(language)))])
    }

    /// The whole digest as lines: the title, then each department, owner and item.
    static func lines(_ digest: ReminderDigest, _ language: Language) -> [DigestLine] {
        let pieces = entries(digest).map { piece(digest, $0, cut: nil, language) }
        return [.title(title(digest, part: nil).text(language))] + DigestPiece.lines(pieces[...])
    }
}

/// Where an item is in the digest: its department group, owner and place.
struct DigestEntry {
    var group: Int
    var owner: Int
    var item: Int
}

/// One item's lines (see `DigestText.piece`). A message shows the department's heading where
/// its run of items starts, with the channels of the collaborations in that run, and each
/// owner where the owner's items start.
struct DigestPiece {
    var entry: DigestEntry
    var cut: DigestCut?
    var language: Language
    var department: DigestLine
    var channel: ReminderGroup.Channel?
    var owner: DigestLine
    var body: [DigestLine]

    func channelLine(_ channels: [ReminderGroup.Channel]) -> DigestLine {
        let text = DigestText.channels(channels).text(language)
        return .channel(cut?.line(text) ?? text)
    }

    /// Whether a channel line of `channels` is cut so far before its end that adding more
    /// collaborations leaves the cut line as it is.
    func channelLineIsFull(_ channels: [ReminderGroup.Channel]) -> Bool {
        guard let cut else { return false }
        return DigestText.channels(channels).text(language).unicodeScalars.count > cut.lineScalars + 2
    }

    /// The lines of consecutive pieces in one message.
    static func lines(_ pieces: ArraySlice<DigestPiece>) -> [DigestLine] {
        var lines: [DigestLine] = []
        var start = pieces.startIndex
        while start < pieces.endIndex {
            let end = pieces[start...].firstIndex { $0.entry.group != pieces[start].entry.group } ?? pieces.endIndex
            let run = pieces[start..<end]
            lines.append(pieces[start].department)
            let channels = ReminderGroup.Channel.distinct(run.map(\.channel))
            if !channels.isEmpty { lines.append(pieces[start].channelLine(channels)) }
            var owner: Int?
            for piece in run {
                if piece.entry.owner != owner { lines.append(piece.owner) }
                lines += piece.body
                owner = piece.entry.owner
            }
            start = end
        }
        return lines
    }
}
