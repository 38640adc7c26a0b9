/// Words of the digest (English and Chinese side by side).
enum DigestText {
    /// `items`: the digest's item count, when the caller has it (a split digest asks once
    /// for all its messages).
    static func title(_ digest: ReminderDigest, part: String?, items: Int? = nil) -> Message {
        let (items, groups, day) = (items ?? digest.itemCount, digest.groups.count, digest.today)
        let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.weekday]
        let zh = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][day.weekday]
        return Message(en: "collab remind · \(day) (\(en))\(part.map { " [\($0)]" } ?? ""): \(items) item\(items == 1 ? "" : "s") to follow up in \(groups) department\(groups == 1 ? "" : "s")",
                       zh: "collab 提醒 · \(day)（\(zh)）\(part.map { "［\($0)］" } ?? "")：\(groups) 个部门共 \(items) 项待跟进")
    }

    /// A department's heading: "技术部（tech）" for text and Markdown; in a chat message its
    /// name alone ("技术部"), the id only when the directory has no name for it.
    static func department(_ group: ReminderGroup, continued: Bool, chat: Bool) -> Message {
        let name: Message
        switch (group.department, group.name) {
        case let (_?, written?) where chat: name = Message(en: written, zh: written)
        case let (id?, written?): name = Message(en: "\(id) (\(written))", zh: "\(written)（\(id)）")
        case let (id?, nil): name = Message(en: id, zh: id)
        case (nil, _): name = Message(en: "no department", zh: "未指定部门")
        }
        guard continued else { return name }
        return Message(en: "\(name.text(.en)) (continued)", zh: "\(name.text(.zh))（续）")
    }

    /// "沟通群：钉钉群「X」（a、b）；企业微信群「Y」（c）": neighbouring collaborations that share
    /// a channel together, named by id in text and Markdown and by the problem's title in a
    /// chat message. A collaboration joins the end of the line, so a line cut to a chat
    /// message's width stays the same as collaborations are added past the cut.
    static func channels(_ channels: [ReminderGroup.Channel], chat: Bool) -> Message {
        var shared: [(channel: String, collaborations: [String])] = []
        for channel in channels {
            let name = chat ? oneLine(channel.title ?? channel.collaboration) : channel.collaboration
            if shared.last?.channel == channel.channel {
                shared[shared.count - 1].collaborations.append(name)
            } else {
                shared.append((channel.channel, [name]))
            }
        }
        let groups = shared
        return Message(en: "channel: " + groups.map { "\($0.channel) (\($0.collaborations.joined(separator: ", ")))" }.joined(separator: "; "),
                       zh: "沟通群：" + groups.map { "\($0.channel)（\($0.collaborations.joined(separator: "、"))）" }.joined(separator: "；"))
    }

    static func noOwner() -> Message { Message(en: "no owner", zh: "未指定负责人") }

    /// "new-product-page T3 活动页面前端开发：…" in text and Markdown; in a chat message (`cut`
    /// set) the collaboration by its problem's title: "2024年Q3新品上线活动页面 · T3 …". An
    /// action item, follow-up (improvement, norm update) or escalated task says so first.
    static func item(_ item: ReminderItem, cut: DigestCut?) -> Message {
        var title = item.title.map(oneLine) ?? ""
        var collaboration = cut == nil ? item.collaboration : oneLine(item.collaborationTitle ?? item.collaboration)
        if let cut {
            title = TextTable.truncate(title, to: cut.titleWidth)
            collaboration = TextTable.truncate(collaboration, to: cut.titleWidth) + " ·"
        }
        let marked: (en: String, zh: String)
        if let followUp = item.followUp {
            marked = (followUp.name.text(.en), followUp.name.text(.zh))
        } else if item.meeting != nil {
            marked = ("action " + item.id, "待办 " + item.id)
        } else {
            marked = (item.id, item.id)
        }
        var heads = [marked.en, marked.zh].map { [collaboration, $0, title].filter { !$0.isEmpty }.joined(separator: " ") }
        if let from = item.escalatedFrom {
            let whose = [from.departmentName ?? from.department, from.owner].compactMap { $0 }.joined(separator: " ")
            heads = ["escalated, \(from.workingDays) working days overdue" + (whose.isEmpty ? "" : " (\(whose))") + " · " + heads[0],
                     "逾期上报：逾期 \(from.workingDays) 个工作日" + (whose.isEmpty ? "" : "（\(whose)）") + " · " + heads[1]]
        }
        let reasons = self.reasons(item, noteWidth: cut?.noteWidth), written = heads
        return Message(en: written[0] + ": " + reasons.map { $0.text(.en) }.joined(separator: "; "),
                       zh: written[1] + "：" + reasons.map { $0.text(.zh) }.joined(separator: "；"))
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
            if let note = item.blockedNote.map(oneLine), !note.isEmpty, note == item.latest?.note.map(oneLine) {
                // The reason is the latest progress note too: said once, on the next line.
                reasons.append(Message(en: "blocked (see the latest progress)", zh: "受阻（原因见最新进展）"))
            } else if let note = item.blockedNote.map(oneLine), !note.isEmpty {
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
        if !item.atRisk.isEmpty {
            let en = item.atRisk.map { upstream in
                "\(upstream.id) (" + [upstream.overdueDays.map { "overdue by \($0) day\($0 == 1 ? "" : "s")" }, upstream.blocked ? "blocked" : nil]
                    .compactMap { $0 }.joined(separator: ", ") + ")"
            }
            let zh = item.atRisk.map { upstream in
                upstream.id + " " + [upstream.overdueDays.map { "已逾期 \($0) 天" }, upstream.blocked ? "受阻" : nil].compactMap { $0 }.joined(separator: "且")
            }
            reasons.append(Message(en: "at risk: depends on " + en.joined(separator: ", "), zh: "有延误风险：前置任务 " + zh.joined(separator: "、")))
        }
        return reasons
    }

    /// The item's second line: a task's latest progress; an action item's meeting; what an
    /// follow-up is.
    static func latest(_ item: ReminderItem, noteWidth: Int?) -> Message {
        if let followUp = item.followUp {
            return Message(en: "\(followUp.article.text(.en)) of the feedback record, open until it has a done date",
                           zh: "反馈与改进记录中的\(followUp.article.text(.zh))，填写完成日期（done）前持续提醒")
        }
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
}
