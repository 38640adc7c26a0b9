import Foundation
import Testing

/// Input people type (issue 31, point 5), on the real binary: errors that give the fix (the
/// member list to add an owner to, the date probably meant), Chinese enum values stored as
/// the canonical value, item ids matched without regard to case when unambiguous.
struct InputForgivenessTests {
    static let today = ["COLLAB_TODAY": "2024-06-20"]

    @Test func anOwnerOutsideTheDirectoryIsToldWhichMemberListAndCommand() throws {
        let scratch = try Scratch.workspace()
        let tasks = try scratch.read("collaborations/new-product-page/tasks.yaml")
        try scratch.write("collaborations/new-product-page/tasks.yaml", tasks.replacingOccurrences(of: "owner: 冯主管", with: "owner: 钱小二"))
        let result = try CLI.run(["check", "new-product-page"], in: scratch.path, environment: Self.today)
        #expect(result.status == 1)
        #expect(result.stdout.contains("owner '钱小二' is not a person of department 'tech'; add them to the members of 'tech' in collab.yaml: collab member add 钱小二 --department tech [task-owner-unknown]"),
                "\(result.stdout)")
        #expect(try CLI.run(["member", "add", "钱小二", "--department", "tech"], in: scratch.path).status == 0)
        #expect(!(try CLI.run(["check", "new-product-page"], in: scratch.path, environment: Self.today)).stdout.contains("钱小二"))
    }

    @Test(arguments: [("2025/3/5", "2025-03-05"), ("2025.3.5", "2025-03-05"), ("2025年3月5日", "2025-03-05"), ("3/5", "2024-03-05")])
    func aWrongDateShowsTheDateItProbablyMeant(written: String, meant: String) throws {
        let scratch = try Scratch.workspace()
        let update = try CLI.run(["update", "new-product-page", "T3", "进展", "--date", written], in: scratch.path, environment: Self.today)
        #expect(update.status == 2)
        #expect(update.stderr.contains("did you mean '\(meant)'?"), "\(update.stderr)")
        guard written != "3/5" else { return }  // check has no today of its own: a year-less date is not guessed there
        let set = try CLI.run(["set", "new-product-page", "tasks.T3.due=\(written)"], in: scratch.path, environment: Self.today)
        #expect(set.status == 1)
        #expect(set.stderr.contains("did you mean '\(meant)'? [invalid-date]"), "\(set.stderr)")
    }

    @Test func chineseValuesTypedAreStoredCanonical() throws {
        let scratch = try Scratch.workspace()
        let update = try CLI.run(["update", "new-product-page", "T3", "已上线", "--status", "完成"], in: scratch.path, environment: Self.today)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.contains("tasks.T3.status doing → done"))
        let set = try CLI.run(["set", "new-product-page", "stakeholders.cadence=每周", "stakeholders.departments.tech.role=支持"],
                              in: scratch.path, environment: Self.today)
        #expect(set.status == 0, "\(set.stderr)")
        let stakeholders = try scratch.read("collaborations/new-product-page/stakeholders.yaml")
        #expect(stakeholders.contains("cadence: weekly"))
        #expect(!stakeholders.contains("每周") && !stakeholders.contains("role: 支持"))
        let tasks = try CLI.run(["tasks", "--status", "进行中,受阻", "--all"], in: scratch.path, environment: Self.today)
        #expect(tasks.status == 0, "\(tasks.stderr)")
        let status = try CLI.run(["status", "--stage", "执行"], in: scratch.path, environment: Self.today)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("new-product-page"))
        // Written by hand in a file, a Chinese value stays a finding that names the canonical one.
        try scratch.write("collaborations/new-product-page/stakeholders.yaml", stakeholders.replacingOccurrences(of: "cadence: weekly", with: "cadence: 每日"))
        let check = try CLI.run(["check", "new-product-page"], in: scratch.path, environment: Self.today)
        #expect(check.status == 1)
        #expect(check.stdout.contains("daily") && check.stdout.contains("[invalid-value]"), "\(check.stdout)")
    }

    @Test func itemIdsMatchWithoutRegardToCaseWhenUnambiguous() throws {
        let scratch = try Scratch.workspace()
        let update = try CLI.run(["update", "new-product-page", "t3", "联调中"], in: scratch.path, environment: Self.today)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.contains("tasks.T3.updates."))
        let set = try CLI.run(["set", "new-product-page", "tasks.t4.due=2024-07-08"], in: scratch.path, environment: Self.today)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("tasks.T4.due 2024-07-05 → 2024-07-08"), "\(set.stdout)")
        // Two items that differ only in case: `Ta` names neither, and stays the error it was.
        for id in ["ta", "TA"] {
            let add = try CLI.run(["add", "new-product-page", "tasks", "id=\(id)", "title=复核\(id)", "owner=周经理", "department=product",
                                   "due=2024-07-09", "deliverable=复核记录"], in: scratch.path, environment: Self.today)
            try #require(add.status == 0, "\(add.stderr)")
        }
        let ambiguous = try CLI.run(["set", "new-product-page", "tasks.Ta.due=2024-07-10"], in: scratch.path, environment: Self.today)
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("has no item 'Ta'"), "\(ambiguous.stderr)")
        let exact = try CLI.run(["set", "new-product-page", "tasks.ta.due=2024-07-10"], in: scratch.path, environment: Self.today)
        #expect(exact.status == 0, "\(exact.stderr)")
        #expect(exact.stdout.contains("tasks.ta.due"), "exact match wins: \(exact.stdout)")
    }
}
