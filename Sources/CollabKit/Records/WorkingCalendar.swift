/// The working calendar of collab.yaml (docs/reference.md §1, §10): which weekdays are
/// working days, the holidays, and the weekend days that are working days (调休).
/// `due_soon_days`, `stale_update_days` and `remind --within` count its working days;
/// messages still count calendar days.
public struct WorkingCalendar: Sendable, Equatable {
    /// The weekday names collab.yaml takes, Monday first.
    public static let weekdayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Working weekdays, 0 = Monday … 6 = Sunday.
    public var workdays: Set<Int> = [0, 1, 2, 3, 4]
    public var holidays: Set<CalendarDate> = []
    public var extraWorkdays: Set<CalendarDate> = []

    public init() {}

    public func isWorkday(_ date: CalendarDate) -> Bool {
        if extraWorkdays.contains(date) { return true }
        if holidays.contains(date) { return false }
        return workdays.contains(date.weekday)
    }

    /// Working days after `start` up to and including `end` (negative when `end` is before
    /// `start`): from a Friday to the next Monday is 1 in a Monday-to-Friday week.
    public func workingDays(from start: CalendarDate, to end: CalendarDate) -> Int {
        if end < start { return -workingDays(from: end, to: start) }
        // Whole weeks at once, then the days left over, then the exceptions in the range: a
        // far-off date (a typo of year 9999) costs no more than a near one.
        let span = end.days(since: start)
        var count = span / 7 * workdays.count
        var day = start.adding(days: span / 7 * 7 + 1)
        while !(end < day) {
            if workdays.contains(day.weekday) { count += 1 }
            day = day.adding(days: 1)
        }
        let inRange = { (date: CalendarDate) in start < date && !(end < date) }
        count -= holidays.filter { inRange($0) && !extraWorkdays.contains($0) && workdays.contains($0.weekday) }.count
        count += extraWorkdays.filter { inRange($0) && !workdays.contains($0.weekday) }.count
        return count
    }
}
