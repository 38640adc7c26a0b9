import Testing
@testable import CollabKit

/// The data a merge means to write, against which its bytes are read back.
struct MergeIntentTests {
    static func root(_ text: String) throws -> Node {
        try #require(try YAMLParser.parse(Array(text.utf8)).root)
    }

    @Test func decisionsAppliedToOursAreHeldByTheRightFileAndNotByAWrongOne() throws {
        let ours = try Self.root("title: t\nimpact: [a, b, z]\ntasks:\n  - id: T1\n    note: x\n")
        let intent = MergeIntent(ours: ours)
        intent.set([.key("impact"), .item(1)], to: try Self.root("x: 'b, c'").mapping?["x"])
        intent.insert([try Self.root("id: T2")], into: [.key("tasks")], before: nil)
        intent.set([.key("tasks"), .item(0), .key("note")], to: nil)
        intent.set([.key("title"), ], to: try Self.root("x: 新").mapping?["x"])

        #expect(intent.isHeld(by: try Self.root("title: 新\nimpact: [a, 'b, c', z]\ntasks:\n  - id: T1\n  - id: T2\n")))
        // The comma read as a separator: four items, not three.
        #expect(!intent.isHeld(by: try Self.root("title: 新\nimpact: [a, b, c, z]\ntasks:\n  - id: T1\n  - id: T2\n")))
        // The removal not made, or the new item in the wrong place.
        #expect(!intent.isHeld(by: try Self.root("title: 新\nimpact: [a, 'b, c', z]\ntasks:\n  - id: T1\n    note: x\n  - id: T2\n")))
        #expect(!intent.isHeld(by: try Self.root("title: 新\nimpact: [a, 'b, c', z]\ntasks:\n  - id: T2\n  - id: T1\n")))
    }

    @Test func anItemInsertedBeforeOneOfOursStandsBeforeIt() throws {
        let ours = try Self.root("updates:\n  - a\n  - c\n")
        let intent = MergeIntent(ours: ours)
        intent.insert([try Self.root("x: b").mapping!["x"]!], into: [.key("updates")], before: 1)
        #expect(intent.isHeld(by: try Self.root("updates: [a, b, c]\n")))
        #expect(!intent.isHeld(by: try Self.root("updates: [a, c, b]\n")))
    }
}
