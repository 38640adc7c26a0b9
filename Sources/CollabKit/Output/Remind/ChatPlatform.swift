/// The group robots `collab remind` writes message bodies for (docs/reference.md §10), each
/// as its platform documents its custom robot's webhook message:
/// - WeCom (企业微信 群机器人): `{"msgtype":"text","text":{"content",…,"mentioned_list",
///   "mentioned_mobile_list"}}`; content at most 2048 bytes of UTF-8. The text type is the
///   one that can mention by mobile number (markdown mentions only by user id); it renders
///   no Markdown, so record text is shown as written.
/// - DingTalk (钉钉 自定义机器人): `{"msgtype":"markdown","markdown":{"title","text"},
///   "at":{"atMobiles","atUserIds","isAtAll"}}`; a mention shows where the text holds
///   `@<mobile>` or `@<userId>`; the body at most 20000 bytes; record text escaped so that
///   it renders as written (no link, emphasis or heading of its own).
/// - Feishu (飞书 自定义机器人): `{"msg_type":"post","content":{"post":{"zh_cn":{"title",
///   "content":[[elements]]}}}}` with `{"tag":"at","user_id":…}` elements; the body at most
///   20 KB (held to 20000 bytes). Feishu's custom robots cannot mention by mobile number.
///   A post's `text` elements are plain text (`un_escape` off): record text needs no escaping,
///   and `<at user_id="all">` written in a title stays text.
public enum ChatPlatform: String, CaseIterable, Sendable {
    case wecom, dingtalk, feishu

    /// The most bytes one message may have, as `ChatMessage.size` counts them.
    public var limit: Int {
        switch self {
        case .wecom: return 2048
        case .dingtalk, .feishu: return 20000
        }
    }
}

/// One message: its JSON body, and its size as its platform's limit counts it (WeCom's
/// text content, the whole body for the others).
struct ChatMessage {
    var body: String
    var size: Int
}

extension ChatPlatform {
    func message(_ lines: [DigestLine], _ language: Language) -> ChatMessage {
        switch self {
        case .wecom: return wecom(lines)
        case .dingtalk: return dingtalk(lines)
        case .feishu: return feishu(lines, language)
        }
    }

    /// The bytes `line` adds to a message, as `ChatMessage.size` counts them: exact, or one more (the
    /// comma a first element does without; a mention repeated in one message).
    func increment(_ line: DigestLine) -> Int {
        switch self {
        case .wecom:
            return Self.wecomFragment(line).utf8.count
        case .dingtalk:
            let ids = Self.dingtalkMentions(line)
            return Self.quotedSize(Self.dingtalkFragment(line)) - 2 + (ids.mobiles + ids.users).reduce(0) { $0 + Self.quotedSize($1) + 1 }
        case .feishu:
            guard let paragraph = Self.feishuParagraph(line) else { return 0 }
            let json = JSONWriter()
            Self.feishuWrite(json, paragraph)
            return json.output.utf8.count + 1
        }
    }

    private static func quotedSize(_ text: String) -> Int {
        let json = JSONWriter()
        json.string(text)
        return json.output.utf8.count
    }

    private static func mentions(_ lines: [DigestLine], _ kind: Contact.Kind) -> [String] {
        var ids: [String] = []
        for case .owner(_, let contact?) in lines {
            for id in contact.ids(kind) where !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    static func wecomFragment(_ line: DigestLine) -> String {
        switch line {
        case .title(let text): return text + "\n"
        case .department(let text): return "\n【" + text + "】\n"
        case .channel(let text): return text + "\n"
        case .owner(let name, _): return name + "\n"
        case .item(let text): return "· " + text + "\n"
        case .detail(let text): return "  " + text + "\n"
        }
    }

    private func wecom(_ lines: [DigestLine]) -> ChatMessage {
        let content = String(lines.map(Self.wecomFragment).joined().dropLast())
        let json = JSONWriter()
        json.object {
            json.member("msgtype") { json.string("text") }
            json.member("text") {
                json.object {
                    json.member("content") { json.string(content) }
                    json.member("mentioned_list") { json.array(Self.mentions(lines, .wecom)) { json.string($0) } }
                    json.member("mentioned_mobile_list") { json.array(Self.mentions(lines, .mobile)) { json.string($0) } }
                }
            }
        }
        return ChatMessage(body: json.output, size: content.utf8.count)
    }

    private static func dingtalkMentions(_ line: DigestLine) -> (mobiles: [String], users: [String]) {
        guard case .owner(_, let contact?) = line else { return ([], []) }
        return (contact.ids(.mobile), contact.ids(.dingtalk))
    }

    /// DingTalk's Markdown, record text escaped (`ChatMarkdown`); a mention is `@<mobile>` or
    /// `@<userId>` in the text, as DingTalk documents it, and nothing else of the contact.
    static func dingtalkFragment(_ line: DigestLine) -> String {
        let safe = ChatMarkdown.escape
        switch line {
        case .title(let words): return "### " + safe(words) + "\n\n"
        case .department(let words): return "#### " + safe(words) + "\n\n"
        case .channel(let words): return safe(words) + "\n\n"
        case .owner(let name, _):
            let ids = dingtalkMentions(line)
            return "**" + safe(name) + "**" + (ids.mobiles + ids.users).map { " @" + $0 }.joined() + "\n\n"
        case .item(let words): return "- " + safe(words) + "\n"
        case .detail(let words): return "  - " + safe(words) + "\n\n"
        }
    }

    private func dingtalk(_ lines: [DigestLine]) -> ChatMessage {
        let text = lines.map(Self.dingtalkFragment).joined()
        var title = ""
        if case .title(let words)? = lines.first { title = words }
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
                    json.member("atMobiles") { json.array(Self.mentions(lines, .mobile)) { json.string($0) } }
                    json.member("atUserIds") { json.array(Self.mentions(lines, .dingtalk)) { json.string($0) } }
                    json.member("isAtAll") { json.boolean(false) }
                }
            }
        }
        return ChatMessage(body: json.output, size: json.output.utf8.count)
    }

    /// A line as a paragraph of a Feishu post: text and `at` elements; nil for the title,
    /// which is the post's own.
    static func feishuParagraph(_ line: DigestLine) -> [(tag: String, value: String)]? {
        switch line {
        case .title: return nil
        case .department(let words): return [("text", "【" + words + "】")]
        case .channel(let words): return [("text", words)]
        case .owner(let name, let contact):
            // Feishu's custom robots mention by user id only: with none, the name alone.
            let ids = contact?.ids(.feishu) ?? []
            if ids.isEmpty { return [("text", name)] }
            return [("text", name + " ")] + ids.map { ("at", $0) }
        case .item(let words): return [("text", "· " + words)]
        case .detail(let words): return [("text", "    " + words)]
        }
    }

    static func feishuWrite(_ json: JSONWriter, _ paragraph: [(tag: String, value: String)]) {
        json.array(paragraph) { element in
            json.object {
                json.member("tag") { json.string(element.tag) }
                json.member(element.tag == "at" ? "user_id" : "text") { json.string(element.value) }
            }
        }
    }

    private func feishu(_ lines: [DigestLine], _ language: Language) -> ChatMessage {
        var title = ""
        if case .title(let words)? = lines.first { title = words }
        let paragraphs = lines.compactMap(Self.feishuParagraph)
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
                                    json.member("content") { json.array(paragraphs) { Self.feishuWrite(json, $0) } }
                                }
                            }
                        }
                    }
                }
            }
        }
        return ChatMessage(body: json.output, size: json.output.utf8.count)
    }
}
