import Testing
@testable import CollabKit

/// The arithmetic under `collab metrics`: ISO weeks, nearest-rank percentiles and the axis
/// scale of the charts.
@Suite struct FlowMetricsTests {
    /// ISO 8601 weeks belong to the year of their Thursday: the first days of January can be
    /// in the last week of the year before, the last days of December in week 1 of the next.
    @Test(arguments: [("2024-10-07", "2024-W41"), ("2024-10-13", "2024-W41"), ("2024-12-30", "2025-W01"),
                      ("2021-01-03", "2020-W53"), ("2026-01-01", "2026-W01"), ("2027-01-01", "2026-W53"), ("2024-01-01", "2024-W01")])
    func isoWeekLabels(_ day: String, _ label: String) throws {
        let date = try #require(CalendarDate(day))
        let week = IsoWeek(containing: date)
        #expect(week.label == label)
        #expect(week.monday.weekday == 0 && week.contains(date) && week.sunday.days(since: week.monday) == 6)
    }

    @Test func weeksAndMonthsCoverTheWindowInclusively() throws {
        let from = try #require(CalendarDate("2024-09-29")), to = try #require(CalendarDate("2024-11-01"))
        #expect(IsoWeek.weeks(from: from, through: to).map(\.label) == ["2024-W39", "2024-W40", "2024-W41", "2024-W42", "2024-W43", "2024-W44"])
        #expect(IsoWeek.months(from: from, through: to) == ["2024-09", "2024-10", "2024-11"])
        #expect(IsoWeek.weeks(from: to, through: from).isEmpty)
    }

    /// Nearest rank: the value at rank ⌈p·n⌉ — always one that occurred.
    @Test func percentilesAreNearestRank() throws {
        let ten = try #require(FlowMetrics.Spread([10, 1, 9, 2, 8, 3, 7, 4, 6, 5]))
        #expect(ten.median == 5 && ten.p85 == 9 && ten.count == 10)
        let two = try #require(FlowMetrics.Spread([4, 1]))
        #expect(two.median == 1 && two.p85 == 4)
        let one = try #require(FlowMetrics.Spread([7]))
        #expect(one.median == 7 && one.p85 == 7)
        #expect(FlowMetrics.Spread([]) == nil)
    }

    @Test func chartScalesDivideIntoFourWholeSteps() {
        for value in 1...5000 {
            let top = MetricsCharts.niceMaximum(value)
            #expect(top >= value && top % 4 == 0 && top <= max(8, value * 2), "\(value) → \(top)")
        }
        #expect([3, 7, 45, 60, 61, 90, 130].map(MetricsCharts.niceMaximum) == [4, 8, 60, 60, 80, 100, 160])
    }
}
