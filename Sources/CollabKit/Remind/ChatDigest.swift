/// The group robots `collab remind` writes message bodies for (docs/reference.md §10), each
/// as its platform documents its custom robot's webhook message:
/// - WeCom (企业微信 群机器人): `{"msgtype":"text","text":{"content",…,"mentioned_list",
///   "mentioned_mobile_list"}}`; content at most 2048 bytes of UTF-8. The text type is the
///   one that can mention by mobile number (markdown mentions only by user id).
/// - DingTalk (钉钉 自定义机器人): `{"msgtype":"markdown","markdown":{"title","text"},
///   "at":{"atMobiles","atUserIds","isAtAll"}}`; a mention shows where the text holds
///   `@<mobile>` or `@<userId>`; the body at most 20000 bytes.
/// - Feishu (飞书 自定义机器人): `{"msg_type":"post","content":{"post":{"zh_cn":{"title",
///   "content":[[elements]]}}}}` with `{"tag":"at","user_id":…}` elements; the body at most
///   20 KB (held to 20000 bytes). Feishu's custom robots cannot mention by mobile number.
public enum ChatPlatform: String, CaseIterable, Sendable {
    case wecom, dingtalk, feishu

    /// The most bytes one message may have, in what `size` counts.
    public var limit: Int {
        switch self {
        case .wecom: return 2048
        case .dingtalk, .feishu: return 20000
        }
    }

    /// What the limit applies to: WeCom's text content, the whole body for the others.
    func size(_ message: ChatMessage) -> Int {
        self == .wecom ? message.content.utf8.count : message.body.utf8.count
    }
}

/// One message: its JSON body and (for WeCom's limit) its text content.
struct ChatMessage {
    var body: String
    var content: String
}

/// Splits a digest into messages that each fit their platform's limit, at department
/// boundaries where one department fits in a message, else at owner boundaries, else
/// between items; every item is in exactly one message. Each message repeats the title
/// (with its part, "2/3") and the department and owner it continues.
public enum ChatDigest {
    /// One JSON document per message, in order.
    public static func messages(_ digest: ReminderDigest, for platform: ChatPlatform, language: Language) -> [String] {
        guard !digest.isEmpty else { return [] }
        let entries = DigestText.entries(digest)
        let widest = "\(entries.count)/\(entries.count)"
        func render(_ range: Range<Int>, part: String?, cut: DigestCut) -> ChatMessage {
            let lines = DigestText.lines(digest, entries[range], part: part, cut: cut, language)
            return message(lines, digest, platform, language)
        }
        func fits(_ range: Range<Int>, _ cut: DigestCut) -> Bool {
            platform.size(render(range, part: widest, cut: cut)) <= platform.limit
        }
        var parts: [(Range<Int>, DigestCut)] = []
        var start = 0
        while start < entries.count {
            let cut = fits(start..<start + 1, .chat) ? DigestCut.chat : .tight
            // The longest run from `start` that fits (a longer run is never smaller): runs
            // of 2, 4, 8… entries until one is too long, then halving between the two.
            var end = start + 1, over = entries.count + 1
            while over > end + 1, end < entries.count {
                let next = min(start + (end - start) * 2, entries.count)
                if fits(start..<next, cut) { end = next } else { over = next; break }
            }
            while over - end > 1 {
                let middle = (end + over) / 2
                if fits(start..<middle, cut) { end = middle } else { over = middle }
            }
            if end < entries.count {
                end = boundary(entries, start, end) { $0.group } ?? boundary(entries, start, end) { $0.owner } ?? end
            }
            parts.append((start..<end, cut))
            start = end
        }
        return parts.enumerated().map { index, part in
            let label = parts.count == 1 ? nil : "\(index + 1)/\(parts.count)"
            return render(part.0, part: label, cut: part.1).body
        }
    }

    /// The last place in `start + 1 ... end` where a new department (or owner) begins.
    private static func boundary(_ entries: [DigestEntry], _ start: Int, _ end: Int,
                                 _ key: (DigestEntry) -> Int) -> Int? {
        stride(from: end, to: start, by: -1).first { index in
            key(entries[index]) != key(entries[index - 1]) || entries[index].group != entries[index - 1].group
        }
    }

    private static func message(_ lines: [DigestLine], _ digest: ReminderDigest, _ platform: ChatPlatform,
                                _ language: Language) -> ChatMessage {
        switch platform {
        case .wecom: return wecom(lines)
        case .dingtalk: return dingtalk(lines)
        case .feishu: return feishu(lines, language)
        }
    }

    private static func mentions(_ lines: [DigestLine], _ kind: Contact.Kind) -> [String] {
        var ids: [String] = []
        for case .owner(_, let contact?) in lines {
            for id in contact.ids(kind) where !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    private static func wecom(_ lines: [DigestLine]) -> ChatMessage {
        var content = ""
        for line in lines {
            switch line {
            case .title(let text): content += text + "\n"
            case .department(let text): content += "\n【" + text + "】\n"
            case .channel(let text): content += text + "\n"
            case .owner(let name, let contact): content += name + (contact.map { " · " + $0.text } ?? "") + "\n"
            case .item(let text): content += "· " + text + "\n"
            case .detail(let text): content += "  " + text + "\n"
            }
        }
        content = String(content.dropLast())
        let json = JSONWriter()
        json.object {
            json.member("msgtype") { json.string("text") }
            json.member("text") {
                json.object {
                    json.member("content") { json.string(content) }
                    json.member("mentioned_list") { json.array(mentions(lines, .wecom)) { json.string($0) } }
                    json.member("mentioned_mobile_list") { json.array(mentions(lines, .mobile)) { json.string($0) } }
                }
            }
        }
        return ChatMessage(body: json.output, content: content)
    }

    private static func dingtalk(_ lines: [DigestLine]) -> ChatMessage {
        var text = "", title = ""
        for line in lines {
            switch line {
            case .title(let words): title = words; text += "### " + words + "\n\n"
            case .department(let words): text += "#### " + words + "\n\n"
            case .channel(let words): text += words + "\n\n"
            case .owner(let name, let contact):
                let ids = (contact?.ids(.mobile) ?? []) + (contact?.ids(.dingtalk) ?? [])
                let shown = ids.isEmpty ? (contact.map { " · " + $0.text } ?? "") : " " + ids.map { "@" + $0 }.joined(separator: " ")
                text += "**" + name + "**" + shown + "\n\n"
            case .item(let words): text += "- " + words + "\n"
            case .detail(let words): text += "  - " + words + "\n\n"
            }
        }
        let json = JSONWriter()
        json.object {
            json.member("msgtype") { json.string("markdown") }
            json.member("markdown") {
                json.object {
                    json.member("title") { json.string(title) }
                    json.member("text") { json.string(text) }
                }
            }
            json.member("at") {
                json.object {
                    json.member("atMobiles") { json.array(mentions(lines, .mobile)) { json.string($0) } }
                    json.member("atUserIds") { json.array(mentions(lines, .dingtalk)) { json.string($0) } }
                    json.member("isAtAll") { json.boolean(false) }
                }
            }
        }
        return ChatMessage(body: json.output, content: text)
    }

    private static func feishu(_ lines: [DigestLine], _ language: Language) -> ChatMessage {
        var title = ""
        var paragraphs: [[(tag: String, value: String)]] = []
        for line in lines {
            switch line {
            case .title(let words): title = words
            case .department(let words): paragraphs.append([("text", "【" + words + "】")])
            case .channel(let words): paragraphs.append([("text", words)])
            case .owner(let name, let contact):
                let ids = contact?.ids(.feishu) ?? []
                if ids.isEmpty {
                    paragraphs.append([("text", name + (contact.map { " · " + $0.text } ?? ""))])
                } else {
                    paragraphs.append([("text", name + " ")] + ids.map { ("at", $0) })
                }
            case .item(let words): paragraphs.append([("text", "· " + words)])
            case .detail(let words): paragraphs.append([("text", "    " + words)])
            }
        }
        let json = JSONWriter()
        json.object {
            json.member("msg_type") { json.string("post") }
            json.member("content") {
                json.object {
                    json.member("post") {
                        json.object {
                            json.member(language == .zh ? "zh_cn" : "en_us") {
                                json.object {
                                    json.member("title") { json.string(title) }
                                    json.member("content") {
                                        json.array(paragraphs) { paragraph in
                                            json.array(paragraph) { element in
                                                json.object {
                                                    json.member("tag") { json.string(element.tag) }
                                                    json.member(element.tag == "at" ? "user_id" : "text") { json.string(element.value) }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return ChatMessage(body: json.output, content: title)
    }
}
