import Foundation
import Testing

/// The scheduled job of docs/ci/github-remind.yml, run as GitHub would run its step, posting
/// with curl to a local server standing in for each platform's webhook: what arrives is what
/// collab printed, valid JSON of the documented shape, within the platform's limit, every
/// task in exactly one message, the owners' mobiles mentioned where they are named.
struct RemindDeliveryTests {
    static let limits = ["wecom": 2048, "dingtalk": 20000, "feishu": 20000]
    static let departments = ["finance", "marketing", "data", "operations", "product", "tech", "sales", "legal"]

    @Test(arguments: ["wecom", "dingtalk", "feishu"])
    func theScheduledJobPostsEveryTaskWithinTheLimit(_ platform: String) throws {
        let workspace = try Self.bigWorkspace()
        let webhook = try Webhook()
        defer { webhook.stop() }
        let step = try Self.postStep()
        let run = try Self.run(step, workspace, platform: platform, url: webhook.url(platform))
        #expect(run.status == 0, "\(run.output)")

        let printed = try CLI.run(["remind", "--if-workday", "--lang", "zh", "--format", platform], in: workspace.path,
                                  environment: ["COLLAB_TODAY": "2024-07-09"]).stdout.split(separator: "\n").map(String.init)
        let received = try webhook.requests()
        #expect(received.map(\.body) == printed, "the server received what collab printed, in order")
        #expect(received.allSatisfy { $0.contentType == "application/json" })
        #expect(received.count > 3, "a 300-collaboration digest takes several messages, not \(received.count)")

        var tasks: [String] = []
        for request in received {
            let message = try #require(try JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: Any])
            let (size, items) = try Self.check(message, platform)
            let limit = try #require(Self.limits[platform])
            #expect(size <= limit, "\(platform) message of \(size) bytes over \(limit)")
            #expect(!items.isEmpty)
            tasks += items
        }
        #expect(tasks.sorted() == (try Self.expectedTasks(workspace)).sorted(), "every task in exactly one message")
    }

    /// A robot that answers with an error fails the job: a reminder is never lost silently.
    @Test func aRefusedMessageFailsTheJob() throws {
        let workspace = try Scratch.workspace()
        let webhook = try Webhook()
        defer { webhook.stop() }
        let run = try Self.run(try Self.postStep(), workspace, platform: "wecom", url: webhook.url("refuse"))
        #expect(run.status != 0 && run.output.contains("93000"), "\(run.output)")
    }

    /// On a day off the job posts nothing and succeeds.
    @Test func aDayOffPostsNothing() throws {
        let workspace = try Scratch.workspace()
        let webhook = try Webhook()
        defer { webhook.stop() }
        let run = try Self.run(try Self.postStep(), workspace, platform: "dingtalk", url: webhook.url("dingtalk"), today: "2024-07-06")
        #expect(run.status == 0, "\(run.output)")
        #expect(try webhook.requests().isEmpty)
    }

    /// The documented shape of each platform's message; its size as the limit counts it and
    /// the tasks it names ("collaboration id").
    static func check(_ message: [String: Any], _ platform: String) throws -> (Int, [String]) {
        // "· 新品上线 np-001 · T3 …": each copy's problem title ends with its id.
        func tasks(_ lines: [String], prefix: String) -> [String] {
            lines.filter { $0.hasPrefix(prefix) }.map { line in
                let parts = line.dropFirst(prefix.count).components(separatedBy: " · ")
                let id = parts.dropFirst().first?.split(separator: " ").first.map(String.init) ?? ""
                return (parts[0].split(separator: " ").last.map(String.init) ?? "") + " " + id
            }
        }
        switch platform {
        case "wecom":
            #expect(Set(message.keys) == ["msgtype", "text"] && message["msgtype"] as? String == "text")
            let text = try #require(message["text"] as? [String: Any])
            #expect(Set(text.keys) == ["content", "mentioned_list", "mentioned_mobile_list"])
            let content = try #require(text["content"] as? String)
            let lines = content.split(separator: "\n").map(String.init)
            let mentioned = try #require(text["mentioned_mobile_list"] as? [String])
            #expect(!mentioned.isEmpty && mentioned.allSatisfy { !content.contains($0) }, "mentions the owners, never prints their numbers")
            return (content.utf8.count, tasks(lines, prefix: "· "))
        case "dingtalk":
            #expect(Set(message.keys) == ["msgtype", "markdown", "at"] && message["msgtype"] as? String == "markdown")
            let markdown = try #require(message["markdown"] as? [String: String])
            #expect(Set(markdown.keys) == ["title", "text"])
            let text = try #require(markdown["text"])
            let at = try #require(message["at"] as? [String: Any])
            #expect(at["isAtAll"] as? Bool == false && at["atUserIds"] is [String])
            for mobile in try #require(at["atMobiles"] as? [String]) { #expect(text.contains("@" + mobile)) }
            let body = try JSONSerialization.data(withJSONObject: message)
            return (body.count, tasks(text.split(separator: "\n").map(String.init), prefix: "- "))
        default:
            #expect(Set(message.keys) == ["msg_type", "content"] && message["msg_type"] as? String == "post")
            let post = try #require((message["content"] as? [String: Any])?["post"] as? [String: Any])
            let zh = try #require(post["zh_cn"] as? [String: Any])
            #expect(zh["title"] is String)
            let paragraphs = try #require(zh["content"] as? [[[String: String]]])
            for element in paragraphs.joined() {
                #expect(element["tag"] == "text" && element["text"] != nil || element["tag"] == "at" && element["user_id"] != nil)
            }
            let body = try JSONSerialization.data(withJSONObject: message)
            return (body.count, tasks(paragraphs.compactMap { $0.first?["text"] }, prefix: "· "))
        }
    }

    /// "collaboration id" of every task `collab remind --format json` lists.
    static func expectedTasks(_ workspace: Scratch) throws -> [String] {
        let json = try CLI.run(["remind", "--format", "json"], in: workspace.path, environment: ["COLLAB_TODAY": "2024-07-09"])
        let digest = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let departments = try #require(digest["departments"] as? [[String: Any]])
        return departments.flatMap { ($0["owners"] as? [[String: Any]]) ?? [] }
            .flatMap { ($0["items"] as? [[String: Any]]) ?? [] }
            .map { "\($0["collaboration"] ?? "") \($0["id"] ?? "")" }
    }

    /// The step of the scheduled workflow that posts the reminders.
    static func postStep() throws -> String {
        try #require(try CIRecipesTests.commands(of: "github-remind.yml").first { $0.contains("remind --if-workday") })
    }

    /// Runs the step with bash as the workflow does (`set -e`), `sleep` made instant.
    static func run(_ step: String, _ workspace: Scratch, platform: String, url: String,
                    today: String = "2024-07-09") throws -> (status: Int32, output: String) {
        let shims = try Scratch()
        try shims.write("sleep", "#!/bin/sh\nexit 0\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: shims.file("sleep").path)
        let environment = ["COLLAB_DIR": workspace.path, "COLLAB_ROBOT": platform, "WEBHOOK": url, "COLLAB_TODAY": today,
                           "TZ": "CST-8", "LANG": "C.UTF-8"]
        return try Program.run("/bin/bash", ["-e", "-c", "cd \"$0\" && " + step, shims.path],
                               path: shims.path + ":" + CLI.binary.deletingLastPathComponent().path, environment: environment)
    }

    /// 300 copies of new-product-page, each titled "新品上线 <id>": T3 (tech, 钱工程师) overdue in each, T4 blocked in one of
    /// the directory's eight departments under one of three owners each, every 50th with a
    /// long note; each owner with a mobile contact.
    static func bigWorkspace() throws -> Scratch {
        let workspace = try Scratch.workspace()
        let source = workspace.file("collaborations/new-product-page")
        let tasks = try workspace.read("collaborations/new-product-page/tasks.yaml")
        let stakeholders = try workspace.read("collaborations/new-product-page/stakeholders.yaml")
        let problem = try workspace.read("collaborations/new-product-page/problem.yaml")
        for index in 1...300 {
            let id = String(format: "np-%03d", index)
            try FileManager.default.copyItem(at: source, to: workspace.file("collaborations/\(id)"))
            let department = departments[index % departments.count]
            let owner = "\(department)-专员\(index % 3)"
            let note = index % 50 == 0 ? String(repeating: "等待法务确认合同条款，", count: 40) : "等待产品部确认新品主图"
            try workspace.write("collaborations/\(id)/problem.yaml", problem.replacingOccurrences(of: "title: 2024年Q3新品上线活动页面", with: "title: 新品上线 \(id)"))
            try workspace.write("collaborations/\(id)/tasks.yaml", tasks
                .replacingOccurrences(of: "owner: 郑经理\n    department: marketing", with: "owner: \(owner)\n    department: \(department)")
                .replacingOccurrences(of: "note: 等待产品部确认新品主图，已在群内提醒", with: "note: \(note)"))
            try workspace.write("collaborations/\(id)/stakeholders.yaml", stakeholders + """

              - name: \(owner)
                department: \(department)
                contact: mobile:139\(String(format: "%08d", (index % 3) * 100 + index % departments.count))

            """)
        }
        try FileManager.default.removeItem(at: source)
        return workspace
    }
}

/// webhook-server.py in the background, and what it received.
final class Webhook {
    let process = Process()
    let folder: Scratch
    let port: String

    init() throws {
        folder = try Scratch()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", CLI.packageRoot.appendingPathComponent("Tests/CollabCLITests/Support/webhook-server.py").path,
                             folder.path]
        try process.run()
        var port: String?
        for _ in 0..<500 where port == nil {
            port = try? folder.read("port")
            if port == nil { usleep(10_000) }
        }
        self.port = try #require(port, "the webhook server did not start")
    }

    func url(_ robot: String) -> String { "http://127.0.0.1:\(port)/\(robot)" }

    func requests() throws -> [(body: String, contentType: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            (try folder.read(name), try folder.read(String(name.dropLast(5)) + ".type"))
        }
    }

    /// SIGKILL: the server inherits the test runner's blocked signals, SIGTERM among them.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
