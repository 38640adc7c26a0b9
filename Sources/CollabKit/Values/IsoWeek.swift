/// An ISO 8601 week (Monday to Sunday, numbered in the year that holds its Thursday):
/// `2024-W41`.
struct IsoWeek: Equatable {
    let monday: CalendarDate

    init(containing date: CalendarDate) { monday = date.adding(days: -date.weekday) }

    var sunday: CalendarDate { monday.adding(days: 6) }

    var label: String {
        let thursday = monday.adding(days: 3)
        let january1 = CalendarDate(year: thursday.year, month: 1, day: 1) ?? thursday
        let number = thursday.days(since: january1) / 7 + 1
        return "\(thursday.year)-W\(number < 10 ? "0" : "")\(number)"
    }

    func contains(_ date: CalendarDate) -> Bool { monday <= date && date <= sunday }

    /// Every week from the one holding `start` to the one holding `end`.
    static func weeks(from start: CalendarDate, through end: CalendarDate) -> [IsoWeek] {
        guard start <= end else { return [] }
        return stride(from: IsoWeek(containing: start).monday.dayNumber, through: end.dayNumber, by: 7).map {
            IsoWeek(containing: CalendarDate(dayNumber: $0))
        }
    }

    /// Every month (`2024-10`) from the one holding `start` to the one holding `end`.
    static func months(from start: CalendarDate, through end: CalendarDate) -> [String] {
        guard start <= end else { return [] }
        var months: [String] = []
        var (year, month) = (start.year, start.month)
        while (year, month) <= (end.year, end.month) {
            months.append("\(year)-\(month < 10 ? "0" : "")\(month)")
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return months
    }
}
