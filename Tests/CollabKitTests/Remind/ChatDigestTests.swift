import Foundation
import Testing
@testable import CollabKit

/// Splitting a digest into chat messages: at department boundaries while a department fits
/// in one message, then at owners, then between items; every item once; never over the limit.
struct ChatDigestTests {
    static let today = CalendarDate("2024-07-09")!

    static func item(_ collaboration: String, _ id: String, title: String = "准备活动素材", note: String? = "已完成初稿，待财务确认",
                     owner: String, department: String) -> ReminderItem {
        ReminderItem(collaboration: collaboration, id: id, title: title, owner: owner, department: department, status: "doing",
                     due: CalendarDate("2024-07-05"), attention: TaskAttention(deadline: .overdue(days: 4), stale: nil, blocked: false),
                     blockedNote: nil, latest: .init(date: CalendarDate("2024-07-01"), by: owner, note: note),
                     contact: Contact("mobile:13800000000"), channel: "钉钉群「项目群」", position: 0)
    }

    /// Departments of `sizes[i]` items each, one owner per department.
    static func digest(_ sizes: [Int], title: String = "准备活动素材", note: String? = "已完成初稿，待财务确认") -> ReminderDigest {
        let groups = sizes.enumerated().map { index, size in
            let department = "dept\(index)"
            let items = (0..<size).map { item("c\(index)", "T\($0 + 1)", title: title, note: note, owner: "负责人\(index)", department: department) }
            return ReminderGroup(department: department, name: "部门\(index)", channels: [.init(collaboration: "c\(index)", channel: "群\(index)")],
                                 owners: [ReminderOwner(owner: "负责人\(index)", contact: items.first?.contact, items: items)])
        }
        return ReminderDigest(today: today, within: 1, groups: groups)
    }

    /// The WeCom messages' contents, each checked against the limit.
    static func contents(_ digest: ReminderDigest) throws -> [String] {
        try ChatDigest.messages(digest, for: .wecom, language: .zh).map { body in
            let message = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            let content = try #require((message["text"] as? [String: Any])?["content"] as? String)
            #expect(content.utf8.count <= ChatPlatform.wecom.limit, "\(content.utf8.count) bytes")
            return content
        }
    }

    /// "collaboration id" of each item: a chat message names the collaboration ("c0 · T1 …";
    /// these have no problem title, so by id).
    static func items(_ content: String) -> [String] {
        content.split(separator: "\n").filter { $0.hasPrefix("· ") }.map { line in
            let parts = line.dropFirst(2).components(separatedBy: " · ")
            return parts[0] + " " + (parts.dropFirst().first?.split(separator: " ").first.map(String.init) ?? "")
        }
    }

    /// The most items of one department one WeCom message holds.
    static func capacity() throws -> Int {
        var count = 1
        while try contents(digest([count + 1])).count == 1 { count += 1 }
        return count
    }

    @Test func aDepartmentThatFitsInAMessageIsNeverSplit() throws {
        // Each department fits alone, two do not fit together: one message each, though the
        // second would have room for part of the next.
        let size = try Self.capacity() / 2 + 1
        let contents = try Self.contents(Self.digest([size, size, size]))
        #expect(contents.count == 3)
        for (index, content) in contents.enumerated() {
            #expect(content.hasPrefix("collab 提醒 · 2024-07-09（周二）［\(index + 1)/3］：3 个部门共 \(3 * size) 项待跟进\n"), "\(content)")
            #expect(content.contains("\n沟通群：钉钉群「项目群」（c\(index)）\n\n【部门\(index)】\n") && !content.contains("（续）"), "\(content)")
            #expect(Self.items(content) == (1...size).map { "c\(index) T\($0)" })
        }
    }

    @Test func smallDepartmentsShareAMessage() throws {
        let contents = try Self.contents(Self.digest([1, 1, 1]))
        #expect(contents.count == 1)
        #expect(!contents[0].contains("［"), "one message has no part number")
        #expect(Self.items(contents[0]) == ["c0 T1", "c1 T1", "c2 T1"])
    }

    /// A department too large for one message continues in the next, named again with （续）.
    @Test func aLargeDepartmentContinuesWithItsNameRepeated() throws {
        let contents = try Self.contents(Self.digest([1, 40]))
        #expect(contents.count > 3)
        #expect(Self.items(contents[0]) == ["c0 T1"], "the large department starts a message of its own")
        for content in contents.dropFirst(2) {
            #expect(content.contains("］：2 个部门共 41 项待跟进\n沟通群：钉钉群「项目群」（c1）\n\n【部门1（续）】\n负责人1\n"), "\(content)")
            #expect(!content.contains("13800000000"), "the contact is a mention, never text")
        }
        #expect(contents.flatMap(Self.items) == ["c0 T1"] + (1...40).map { "c1 T\($0)" })
    }

    /// Titles and notes of any length, any script: cut in the message, the item kept.
    @Test(arguments: [String(repeating: "很长的标题", count: 2000), String(repeating: "e\u{301}", count: 5000),
                      String(repeating: "😀", count: 3000)])
    func anItemOfAnyLengthFitsAlone(_ text: String) throws {
        let contents = try Self.contents(Self.digest([3], title: text, note: text))
        #expect(contents.flatMap(Self.items) == ["c0 T1", "c0 T2", "c0 T3"])
        #expect(contents.allSatisfy { $0.contains("…") })
    }

    @Test func everyPlatformStaysWithinItsLimit() throws {
        let digest = Self.digest([30, 200, 5, 80], note: String(repeating: "进展说明，", count: 30))
        for platform in ChatPlatform.allCases {
            let bodies = ChatDigest.messages(digest, for: platform, language: .en)
            #expect(bodies.count > 1)
            for body in bodies {
                let message = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
                let size = platform == .wecom ? ((message["text"] as? [String: Any])?["content"] as? String)?.utf8.count ?? .max : body.utf8.count
                #expect(size <= platform.limit, "\(platform): \(size)")
            }
        }
    }

    /// A department whose items come from many collaborations, each with its own channel,
    /// some items too long even for the usual cut: the channel line grows with the run.
    @Test func manyChannelsInOneDepartmentStayWithinTheLimit() throws {
        let items = (0..<120).map { index in
            var item = Self.item("collaboration-\(index)", "T1", title: index % 7 == 0 ? String(repeating: "😀", count: 900) : "准备活动素材",
                                 owner: "负责人\(index % 4)", department: "marketing")
            item.channel = "企业微信群「第\(index)个项目的跨部门沟通群」"
            return item
        }
        let owners = (0..<4).map { owner in
            ReminderOwner(owner: "负责人\(owner)", contact: Contact("mobile:1380000000\(owner)"),
                          items: items.filter { $0.owner == "负责人\(owner)" })
        }
        let digest = ReminderDigest(today: Self.today, within: 1, groups: [
            ReminderGroup(department: "marketing", name: "市场部", channels: [], owners: owners)])
        for platform in ChatPlatform.allCases {
            let bodies = ChatDigest.messages(digest, for: platform, language: .zh)
            for body in bodies {
                let message = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
                let size = platform == .wecom ? try #require((message["text"] as? [String: Any])?["content"] as? String).utf8.count : body.utf8.count
                #expect(size <= platform.limit, "\(platform): \(size)")
            }
            for index in 0..<120 {
                let count = bodies.reduce(0) { $0 + $1.components(separatedBy: "collaboration-\(index) · T1").count - 1 }
                #expect(count == 1, "\(platform): collaboration-\(index) T1 appears \(count) times")
            }
        }
    }

    @Test func anEmptyDigestIsNoMessage() {
        for platform in ChatPlatform.allCases {
            #expect(ChatDigest.messages(Self.digest([]), for: platform, language: .zh).isEmpty)
        }
    }
}
