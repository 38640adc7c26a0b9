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
                      "zhang@example.com", "企业微信：张三"])
    func notAMention(_ text: String) {
        let contact = Contact(text)
        #expect(Contact.Kind.allCases.allSatisfy { contact.ids($0).isEmpty }, "\(text)")
        #expect(contact.text == text)
    }
}
