import Testing
@testable import CollabKit

/// Working days as collab.yaml's calendar defines them (docs/reference.md §1, §10).
struct WorkingCalendarTests {
    func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(text)) }

    /// The 2024 National Day week: 10-01…10-04 and 10-07 off, Sunday 09-29 and Saturday 10-12
    /// worked (调休).
    func nationalDay() throws -> WorkingCalendar {
        var calendar = WorkingCalendar()
        calendar.holidays = Set(try ["2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-07"].map(date))
        calendar.extraWorkdays = Set(try ["2024-09-29", "2024-10-12"].map(date))
        return calendar
    }

    @Test func fridayToMondayIsOneWorkingDay() throws {
        let calendar = WorkingCalendar()
        #expect(try date("2024-06-14").weekday == 4)  // a Friday
        #expect(calendar.workingDays(from: try date("2024-06-14"), to: try date("2024-06-17")) == 1)
        #expect(calendar.workingDays(from: try date("2024-06-17"), to: try date("2024-06-14")) == -1)
        #expect(calendar.workingDays(from: try date("2024-06-14"), to: try date("2024-06-14")) == 0)
    }

    @Test func holidaysAreOffAndMakeUpDaysAreWorked() throws {
        let calendar = try nationalDay()
        #expect(calendar.workingDays(from: try date("2024-09-30"), to: try date("2024-10-08")) == 1)
        let sunday = try date("2024-09-29"), saturday = try date("2024-10-12")
        #expect(calendar.isWorkday(sunday) && calendar.isWorkday(saturday))
        #expect(!calendar.isWorkday(try date("2024-10-07")))
        #expect(calendar.workingDays(from: try date("2024-09-27"), to: try date("2024-09-30")) == 2)
    }

    /// The whole-week shortcut agrees with counting day by day, over ranges of every length
    /// and start within two years, with and without exceptions.
    @Test func countingByWeeksAgreesWithCountingDays() throws {
        var weekendWorker = try nationalDay()
        weekendWorker.workdays = [0, 1, 2, 3, 4, 5]
        for calendar in [WorkingCalendar(), try nationalDay(), weekendWorker] {
            let first = try date("2024-09-01")
            for offset in stride(from: 0, to: 60, by: 7) {
                for length in 0..<120 {
                    let start = first.adding(days: offset), end = start.adding(days: length)
                    let counted = (1...max(length, 1)).filter { length > 0 && calendar.isWorkday(start.adding(days: $0)) }.count
                    #expect(calendar.workingDays(from: start, to: end) == counted, "\(start)…\(end)")
                }
            }
        }
        #expect(WorkingCalendar().workingDays(from: try date("2024-01-01"), to: try date("9999-12-31")) > 2_000_000)
    }
}
