import Testing
@testable import CollabKit

/// A contact's mentions: the forms of docs/reference.md §10, anything else shown only.
struct ContactTests {
    @Test func everyFormAndSeparator() {
        let contact = Contact("mobile:13800000000, wecom:zhang.san，dingtalk:zs-01；feishu：ou_7d8a 电话 010-1234 mobile:+8613900000000")
        #expect(contact.ids(.mobile) == ["13800000000", "+8613900000000"])
        #expect(contact.ids(.wecom) == ["zhang.san"])
        #expect(contact.ids(.dingtalk) == ["zs-01"])
        #expect(contact.ids(.feishu) == ["ou_7d8a"])
    }

    /// Nothing that could break out of a message's markup becomes a mention.
    @Test(arguments: ["mobile:138-0000-0000", "mobile:", "wecom:<@all>", "dingtalk:@all", "feishu:ou\"x", "Mobile 13800000000",
                      "zhang@example.com", "企业微信：张三", "mobile:+86 13800000000", "mobile:12345"])
    func notAMention(_ text: String) {
        let contact = Contact(text)
        #expect(Contact.Kind.allCases.allSatisfy { contact.ids($0).isEmpty }, "\(text)")
        #expect(contact.text == text)
    }
}

/// A contact that would call a whole group is never a mention, and `collab check` can tell.
struct ContactEveryoneTests {
    @Test(arguments: ["feishu:all", "wecom:@all", "dingtalk:ALL", "@all", "all", "所有人", "＠所有人", "mobile:138, feishu:<all>",
                      "feishu:全体成员"])
    func mentionsEveryone(_ text: String) {
        #expect(Contact.mentionsEveryone(text), "\(text)")
        #expect(Contact.Kind.allCases.allSatisfy { !Contact(text).ids($0).contains { $0.lowercased().hasSuffix("all") } }, "\(text)")
    }

    @Test(arguments: ["mobile:13800000000", "wecom:allen", "feishu:ou_all", "张所有", "dingtalk:small"])
    func aPersonIsNotEveryone(_ text: String) {
        #expect(!Contact.mentionsEveryone(text), "\(text)")
    }
}

/// Record text in DingTalk's Markdown shows as written.
struct ChatMarkdownTests {
    @Test func markupIsEscapedAndPlainTextKept() {
        #expect(ChatMarkdown.escape("[点此确认](http://evil.example) **紧急**") == #"\[点此确认\](http\://evil.example) \*\*紧急\*\*"#)
        #expect(ChatMarkdown.escape("# 标题") == ##"\# 标题"##)
        #expect(ChatMarkdown.escape("- 列表") == #"\- 列表"#)
        #expect(ChatMarkdown.escape("1. 列表") == #"1\. 列表"#)
        #expect(ChatMarkdown.escape("<font color=red>") == "&lt;font color=red&gt;")
        #expect(ChatMarkdown.escape("截止 2024-07-05，完成 80%") == "截止 2024-07-05，完成 80%")
        #expect(ChatMarkdown.escape("见 www.example.com") == #"见 www\.example.com"#)
        // Found in review: no mention and no mail link of its own.
        #expect(ChatMarkdown.escape("请 @13800000001 确认") == "请 @\u{2060}13800000001 确认")
        #expect(ChatMarkdown.escape("发到 evil@phish.example") == "发到 evil@\u{2060}phish.example")
    }
}
