import Foundation
import Testing

/// What a group reads (docs/reference.md §10, messages people read): names, not ids; one
/// channel line; contacts only as mentions, never @all; record text escaped in Markdown.
struct RemindChatTests {
    static let chats = ["wecom", "dingtalk", "feishu"]
    static let stakeholders = "collaborations/new-product-page/stakeholders.yaml"
    static let tasks = "collaborations/new-product-page/tasks.yaml"

    /// The texts a group sees in each message of `format` (WeCom's content, DingTalk's
    /// Markdown, Feishu's title and text elements) and the whole bodies.
    static func texts(_ workspace: Scratch, _ format: String, today: String = "2024-07-09",
                      status: Int32 = 0) throws -> (texts: [String], bodies: [String]) {
        let result = try CLI.run(["remind", "--today", today, "--lang", "zh", "--format", format], in: workspace.path)
        #expect(result.status == status, "\(result.stderr)")
        let bodies = result.stdout.split(separator: "\n").map(String.init)
        let texts = try bodies.map { body -> String in
            let message = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            switch format {
            case "wecom": return try #require((message["text"] as? [String: Any])?["content"] as? String)
            case "dingtalk": return try #require((message["markdown"] as? [String: Any])?["text"] as? String)
            default:
                let post = try #require(((message["content"] as? [String: Any])?["post"] as? [String: Any])?["zh_cn"] as? [String: Any])
                let paragraphs = try #require(post["content"] as? [[[String: String]]])
                return ([post["title"] as? String ?? ""] + paragraphs.map { $0.compactMap { $0["text"] }.joined() }).joined(separator: "\n")
            }
        }
        return (texts, bodies)
    }

    @Test(arguments: chats)
    func aChatMessageNamesDepartmentsAndCollaborationsByName(_ format: String) throws {
        let workspace = try Scratch.workspace()
        let (texts, _) = try Self.texts(workspace, format)
        let text = try #require(texts.first)
        #expect(texts.count == 1)
        for name in ["市场部", "技术部", "2024年Q3新品上线活动页面 · T3 活动页面前端开发"] { #expect(text.contains(name), "\(format): \(text)") }
        for id in ["marketing", "（tech）", "new-product-page"] { #expect(!text.contains(id), "\(format): \(id) in \(text)") }
        // Three departments, one collaboration: one channel line.
        #expect(text.components(separatedBy: "沟通群：").count == 2, "\(format): \(text)")
    }

    /// `collab update --status blocked` writes the reason as the note and as the latest
    /// progress: the message says it once.
    @Test(arguments: chats + ["text", "markdown"])
    func aBlockedReasonIsSaidOnce(_ format: String) throws {
        let workspace = try Scratch.workspace()
        let update = try CLI.run(["update", "new-product-page", "T3", "等待接口联调环境", "--status", "blocked", "--by", "钱工程师",
                                  "--today", "2024-07-08"], in: workspace.path)
        #expect(update.status == 0, "\(update.stderr)")
        let output = try CLI.run(["remind", "--today", "2024-07-09", "--lang", "zh", "--format", format], in: workspace.path).stdout
        #expect(output.components(separatedBy: "等待接口联调环境").count == 2, "\(format): \(output)")
        #expect(output.contains("受阻（原因见最新进展）"), "\(format): \(output)")
    }

    /// A phone number posted to a group is a leak: contacts are mentions only, in every
    /// format made to be posted; Feishu, which cannot mention by phone, shows the name.
    @Test(arguments: chats + ["markdown"])
    func aContactIsNeverPrinted(_ format: String) throws {
        let workspace = try Scratch.workspace()
        let output = try CLI.run(["remind", "--today", "2024-07-09", "--lang", "zh", "--format", format], in: workspace.path).stdout
        #expect(!output.isEmpty)
        let texts = format == "markdown" ? [output] : try Self.texts(workspace, format).texts
        for text in texts {
            #expect(!text.contains("mobile:") && !text.contains("dingtalk:"), "\(format): \(text)")
            if format != "dingtalk" { #expect(!text.contains("13800000002"), "\(format): \(text)") }
        }
        if format == "feishu" { #expect(texts[0].contains("\n钱工程师\n"), "\(texts[0])") }
    }

    /// Feishu mentions by its user id: written on another entry of the same person, it is
    /// still found.
    @Test func feishuMentionsAnOwnerWhoseFeishuIDIsOnAnotherEntry() throws {
        let workspace = try Scratch.workspace()
        try workspace.write(Self.stakeholders, try workspace.read(Self.stakeholders)
            + "  - name: 钱工程师\n    department: data\n    contact: feishu:ou_5ad573a6411d\n")
        let body = try #require(try Self.texts(workspace, "feishu").bodies.first)
        #expect(body.contains(#"[{"tag":"text","text":"钱工程师 "},{"tag":"at","user_id":"ou_5ad573a6411d"}]"#), "\(body)")
    }

    /// A contact that would call the whole group is refused where it is written, and never
    /// becomes a mention of everyone.
    @Test(arguments: ["feishu:all", "wecom:@all", "dingtalk:all", "@all", "所有人", "mobile:13800000003, feishu:ALL", "＠所有人"])
    func aContactThatMentionsEveryoneIsRefused(_ contact: String) throws {
        let workspace = try Scratch.workspace()
        try workspace.write(Self.stakeholders, try workspace.read(Self.stakeholders).replacingOccurrences(
            of: "contact: mobile:13800000003", with: "contact: \"\(contact)\""))
        let check = try CLI.run(["check", "new-product-page", "--today", "2024-07-09"], in: workspace.path)
        #expect(check.status == 1, "\(check.stdout)")
        #expect(check.stdout.contains("collaborations/new-product-page/stakeholders.yaml:17:14: error: contact '\(contact)' would mention everyone in the group")
                && check.stdout.contains("[invalid-value]"), "\(check.stdout)")
        for format in Self.chats {
            // The error is reported (exit 1); the digest is still posted, without the mention.
            for body in try Self.texts(workspace, format, status: 1).bodies {
                #expect(!body.contains(#""all""#) && !body.contains("@all") && !body.contains(#""isAtAll":true"#), "\(format): \(body)")
            }
        }
    }

    /// Record text inside Markdown shows as text: no link, emphasis or heading of its own.
    @Test(arguments: ["dingtalk", "markdown"])
    func recordTextCannotInjectMarkdown(_ format: String) throws {
        let workspace = try Scratch.workspace()
        try workspace.write(Self.tasks, try workspace.read(Self.tasks).replacingOccurrences(
            of: "title: 活动页面前端开发", with: "title: \"[点此确认](http://evil.example) **紧急** <font color=red>\""))
        try workspace.write(Self.stakeholders, try workspace.read(Self.stakeholders).replacingOccurrences(
            of: "name: 钱工程师", with: "name: \"# 钱工程师\"").replacingOccurrences(of: "owner: 钱工程师", with: "owner: \"# 钱工程师\""))
        try workspace.write(Self.tasks, try workspace.read(Self.tasks).replacingOccurrences(of: "owner: 钱工程师", with: "owner: \"# 钱工程师\""))
        let text = format == "markdown"
            ? try CLI.run(["remind", "--today", "2024-07-09", "--lang", "zh", "--format", "markdown"], in: workspace.path).stdout
            : try #require(try Self.texts(workspace, format).texts.first)
        #expect(text.contains(#"\[点此确认\](http\://evil.example) \*\*紧急\*\* &lt;font color=red&gt;"#), "\(format): \(text)")
        #expect(text.contains(##"**\# 钱工程师**"##), "\(format): \(text)")
        #expect(!text.contains("[点此确认](") && !text.contains("**紧急**") && !text.contains("<font"), "\(format): \(text)")
    }
}
