import Foundation
import Testing

/// docs/reference.md §4: a command that reads collaborations never leaves one out silently and
/// never replaces a value it does not understand with a default.
struct NothingSilentTests {
    static let today = ["COLLAB_TODAY": "2024-07-04"]

    static let conflicted = """
    tasks:
    <<<<<<< HEAD
      - id: T1
        title: 数据核对
    =======
      - id: T1
        title: 数据对账
    >>>>>>> feature
    """

    @Test func aConflictedFileIsShownWithItsDiagnosticAndExitsOne() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("collaborations/q3-data-sync/tasks.yaml", Self.conflicted + "\n")
        let tasks = try CLI.run(["tasks", "--due-within", "3"], in: workspace.path, environment: Self.today)
        #expect(tasks.status == 1)
        #expect(tasks.stderr.contains("collaborations/q3-data-sync/tasks.yaml:2:1: error: unresolved merge conflict"), "\(tasks.stderr)")
        #expect(tasks.stdout.contains("new-product-page"), "the other collaborations are still listed")

        let status = try CLI.run(["status"], in: workspace.path, environment: Self.today)
        #expect(status.status == 1)
        let row = try #require(status.stdout.split(separator: "\n").first { $0.hasPrefix("q3-data-sync") })
        #expect(!row.contains("0/0"), "an unreadable task table is not an empty one: \(row)")
        #expect(row.contains("?"))
        #expect(status.stderr.contains("[syntax]"))

        let check = try CLI.run(["check", "q3-data-sync"], in: workspace.path, environment: Self.today)
        #expect(check.status == 1)
        #expect(check.stdout.contains("tasks.yaml:2:1: error: unresolved merge conflict"), "\(check.stdout)")
    }

    @Test func valuesOutsideTheSchemaAreShownAsWrittenAndFlagged() throws {
        let workspace = try Scratch.workspace()
        let file = "collaborations/new-product-page/tasks.yaml"
        var text = try workspace.read(file)
        text = text.replacingOccurrences(of: "    status: doing\n", with: "    status: 进行中\n")
        text = text.replacingOccurrences(of: "    due: 2024-07-05\n", with: "    due: 2024/07/05\n")
        try workspace.write(file, text)

        let all = try CLI.run(["tasks"], in: workspace.path, environment: Self.today)
        #expect(all.status == 1)
        let t3 = try #require(all.stdout.split(separator: "\n").first { $0.contains(" T3 ") })
        #expect(t3.contains("进行中 (invalid)") && !t3.contains("todo"), "\(t3)")
        #expect(all.stderr.contains("tasks.yaml:33:13: error: status '进行中' is not one of"), "\(all.stderr)")

        let soon = try CLI.run(["tasks", "--due-within", "3"], in: workspace.path, environment: Self.today)
        #expect(soon.status == 1)
        #expect(soon.stdout.contains("2024/07/05 (invalid)"), "a due date collab cannot read stays in the list: \(soon.stdout)")

        let json = try CLI.run(["tasks", "--format", "json"], in: workspace.path, environment: Self.today)
        let tasks = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["tasks"] as? [[String: Any]])
        let t4 = try #require(tasks.first { $0["id"] as? String == "T4" })
        #expect(t4["due"] as? String == "2024/07/05")
        #expect(t4["invalid"] as? [String] == ["due"])
        let t3JSON = try #require(tasks.first { $0["id"] as? String == "T3" })
        #expect(t3JSON["status"] as? String == "进行中")

        let status = try CLI.run(["status", "new-product-page"], in: workspace.path, environment: Self.today)
        #expect(status.status == 1)
        #expect(status.stdout.contains("task T3 is still 进行中"), "\(status.stdout)")
    }

    @Test func aCollaborationLinkedOutsideIsShownNotDropped() throws {
        let workspace = try Scratch.workspace()
        let outside = try Scratch()
        try FileManager.default.copyItem(at: workspace.file("collaborations/q3-data-sync"), to: outside.file("q3"))
        try FileManager.default.createSymbolicLink(atPath: workspace.file("collaborations/linked").path,
                                                   withDestinationPath: outside.file("q3").path)
        let status = try CLI.run(["status"], in: workspace.path, environment: Self.today)
        #expect(status.status == 1)
        #expect(status.stderr.contains("collaborations/linked:1:1: error:"), "\(status.stderr)")
        #expect(status.stderr.contains("[unsafe-path]"))
    }
}

/// `collab tasks`: which tasks, of which collaborations, by whom.
struct TaskSelectionTests {
    static let today = NothingSilentTests.today

    func ids(_ arguments: [String], in workspace: Scratch) throws -> [String] {
        let result = try CLI.run(arguments + ["--format", "json"], in: workspace.path, environment: Self.today)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let tasks = try #require(object?["tasks"] as? [[String: Any]])
        return tasks.map { "\($0["collaboration"] as? String ?? "?")/\($0["id"] as? String ?? "?")" }
    }

    @Test func tasksTakesCollaborationIDs() throws {
        let workspace = try Scratch.workspace()
        let listed = try ids(["tasks", "q3-data-sync", "--all"], in: workspace)
        #expect(!listed.isEmpty)
        #expect(listed.allSatisfy { $0.hasPrefix("q3-data-sync/") }, "\(listed)")
    }

    @Test func statusRepeatsAndTakesCommaLists() throws {
        let workspace = try Scratch.workspace()
        let repeated = try ids(["tasks", "--status", "todo", "--status", "doing"], in: workspace)
        let comma = try ids(["tasks", "--status", "todo,doing"], in: workspace)
        let fullWidth = try ids(["tasks", "--status", "todo，doing"], in: workspace)
        // The closed collaboration's open improvements are todo too: tracked until done.
        #expect(repeated == ["new-product-page/T3", "new-product-page/T5", "q3-data-sync/#1", "q3-data-sync/#2"])
        #expect(comma == repeated)
        #expect(fullWidth == repeated)
        let bad = try CLI.run(["tasks", "--status", "doign"], in: workspace.path)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("did you mean 'doing'?"))
    }

    @Test func aDepartmentIsNamedByIdOrByName() throws {
        let workspace = try Scratch.workspace()
        let byName = try ids(["tasks", "--department", "市场部"], in: workspace)
        let byID = try ids(["tasks", "--department", "marketing"], in: workspace)
        #expect(!byID.isEmpty)
        #expect(byName == byID)
    }

    @Test(arguments: [
        (["--department", "市场"], "no department '市场'", "did you mean '市场部'?"),
        (["--department", "marketting"], "no department 'marketting'", "did you mean 'marketing'?"),
        (["--owner", "周经"], "no owner '周经'", "did you mean '周经理'?"),
        (["--owner", "nobody"], "no owner 'nobody'", "in this workspace's records"),
    ])
    func anUnknownDepartmentOrOwnerIsAUsageError(_ arguments: [String], _ message: String, _ hint: String) throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["tasks"] + arguments, in: workspace.path, environment: Self.today)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains(hint), "\(result.stderr)")
    }

    @Test func finishedTasksOfClosedCollaborationsOnlyWithAll() throws {
        let workspace = try Scratch.workspace()
        let plain = try ids(["tasks"], in: workspace)
        #expect(!plain.contains { $0.hasPrefix("q3-data-sync/T") }, "q3-data-sync is closed and all its tasks are done")
        #expect(plain.contains("q3-data-sync/#1"), "its open improvements are tracked after closing")
        #expect(plain.contains("new-product-page/T1"), "done tasks of open collaborations stay in the table")
        let all = try ids(["tasks", "--all"], in: workspace)
        #expect(all.contains { $0.hasPrefix("q3-data-sync/") })
    }
}
