extension CalendarDate {
    /// The date a text that is not `YYYY-MM-DD` probably means, for a "did you mean":
    /// `2025/3/5`, `2025.3.5`, `2025-3-5`, `2025年3月5日` (year, month, day in that order), and
    /// with `year` (today's), `3/5`, `3.5`, `3月5日` (month, day). nil when it holds no real date
    /// in one of those shapes. Only runs on a value already found wrong, never on a valid one.
    public static func probable(_ text: String, year: Int? = nil) -> CalendarDate? {
        var numbers: [Int] = [], digits = 0, current = 0
        var separators = 0
        for scalar in text.unicodeScalars {
            if let digit = scalar.properties.numericType == .decimal ? Int(String(scalar)) : nil {
                current = current * 10 + digit
                digits += 1
                guard digits <= 4 else { return nil }
            } else if "/.-年月日 ".unicodeScalars.contains(scalar) || scalar == "\u{FF0F}" || scalar == "\u{FF0E}" {
                if digits > 0 { numbers.append(current) }
                current = 0
                digits = 0
                separators += 1
            } else {
                return nil
            }
        }
        if digits > 0 { numbers.append(current) }
        guard separators > 0 else { return nil }
        switch numbers.count {
        case 3 where numbers[0] >= 1000: return CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2])
        case 2: return year.flatMap { CalendarDate(year: $0, month: numbers[0], day: numbers[1]) }
        default: return nil
        }
    }
}
