import Foundation
import Testing

/// `collab check` counts due-soon and stale in working days of collab.yaml's calendar.
struct WorkingCalendarCheckTests {
    /// new-product-page with T3 (doing) last updated on Friday 2024-06-28 and T5 due on
    /// Monday 2024-07-01.
    static func workspace(calendar: String = "") throws -> Scratch {
        let workspace = try Scratch.workspace()
        let tasks = "collaborations/new-product-page/tasks.yaml"
        try workspace.write(tasks, try workspace.read(tasks)
            .replacingOccurrences(of: "      - date: 2024-07-01\n        by: 钱工程师", with: "      - date: 2024-06-28\n        by: 钱工程师")
            .replacingOccurrences(of: "    due: 2024-07-12\n", with: "    due: 2024-07-01\n"))
        try workspace.write("collab.yaml", try workspace.read("collab.yaml") + calendar)
        return workspace
    }

    static func rules(_ workspace: Scratch, today: String, _ task: String) throws -> [String] {
        let result = try CLI.run(["check", "new-product-page", "--today", today], in: workspace.path)
        return result.stdout.split(separator: "\n").filter { $0.contains("task \(task)") || $0.contains("Task \(task)") }
            .compactMap { $0.split(separator: "[").last.map { String($0.dropLast()) } }
    }

    @Test func aTaskUpdatedOnFridayIsNotStaleOnMondayAndOneDueMondayIsDueSoonOnFriday() throws {
        let workspace = try Self.workspace()
        #expect(try Self.rules(workspace, today: "2024-07-01", "T3") == [])
        #expect(try Self.rules(workspace, today: "2024-07-02", "T3") == ["task-stale"])
        let friday = try CLI.run(["check", "new-product-page", "--today", "2024-06-28"], in: workspace.path)
        #expect(friday.stdout.contains("notice: task T5 is due in 1 working day (2024-07-01) [task-due-soon]"), "\(friday.stdout)")
    }

    @Test func aHolidayIsNoWorkingDayAndAMakeUpDayIsOne() throws {
        let workspace = try Self.workspace(calendar: "calendar:\n  holidays: [2024-07-01]\n  extra_workdays: [2024-06-30]\n")
        // Sunday 06-30 is worked, Monday 07-01 is off: by Tuesday one working day has passed
        // since Sunday… and two since Friday.
        #expect(try Self.rules(workspace, today: "2024-07-02", "T3") == ["task-stale"])
        let off = try Self.workspace(calendar: "calendar:\n  holidays: [2024-07-01]\n")
        #expect(try Self.rules(off, today: "2024-07-02", "T3") == [])
    }

    @Test func aBadCalendarIsAnErrorAtItsLine() throws {
        let workspace = try Self.workspace(calendar: "calendar:\n  workdays: [mon, tues]\n  holidays: [2024-02-30]\n")
        let result = try CLI.run(["check", "--today", "2024-07-01"], in: workspace.path)
        #expect(result.status == 1)
        let lines = try workspace.read("collab.yaml").split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(result.stdout.contains("collab.yaml:\(lines - 2):19: error: workdays 'tues' is not one of mon, tue, wed, thu, fri, sat, sun; did you mean 'tue'? [invalid-value]"), "\(result.stdout)")
        #expect(result.stdout.contains("collab.yaml:\(lines - 1):14: error: 'holidays' '2024-02-30' is not a real calendar date [invalid-date]"), "\(result.stdout)")
    }
}
