/// A point in time as git writes it in a commit: seconds since the epoch and the UTC offset
/// of the zone it was written in. `parse` reads the date formats git takes in
/// GIT_AUTHOR_DATE and GIT_COMMITTER_DATE, so that a commit collab makes carries the dates
/// the user asked for, as `git commit` would (docs/reference.md §13).
public struct GitTime: Sendable, Equatable {
    public var seconds: Int64
    public var offsetMinutes: Int

    public init(seconds: Int64, offsetMinutes: Int) {
        self.seconds = seconds
        self.offsetMinutes = offsetMinutes
    }

    /// The formats git documents for its date variables: its internal format `@UNIX +ZZZZ`
    /// (also without `@`), ISO 8601 `2025-03-05T10:00:00+08:00` (`Z` for UTC; a space for
    /// `T`; `+0800` for `+08:00`) and RFC 2822 is not taken. A time without a zone is UTC.
    /// Nil for anything else.
    public static func parse(_ text: String) -> GitTime? {
        let text = text.gitTrimmed
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        // @1741140000 +0800, 1741140000 +0800
        if let first = parts.first, parts.count <= 2 {
            let digits = first.hasPrefix("@") ? String(first.dropFirst()) : first
            if !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let seconds = Int64(digits) {
                guard parts.count == 2 else { return GitTime(seconds: seconds, offsetMinutes: 0) }
                return zone(parts[1]).map { GitTime(seconds: seconds, offsetMinutes: $0) }
            }
        }
        // 2025-03-05T10:00:00+08:00, 2025-03-05 10:00:00 +0800, 2025-03-05T10:00:00Z
        var rest: Substring
        let day: String
        if parts.count >= 2, parts[0].count == 10 {
            day = parts[0]
            rest = Substring(parts.dropFirst().joined())
        } else if parts.count == 1, let t = text.firstIndex(of: "T") {
            day = String(text[..<t])
            rest = text[text.index(after: t)...]
        } else {
            return nil
        }
        guard let date = CalendarDate(day), rest.count >= 8 else { return nil }
        let clock = rest.prefix(8).split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3, clock.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let hour = Int(clock[0]), let minute = Int(clock[1]), let second = Int(clock[2]),
              hour < 24, minute < 60, second < 61 else { return nil }
        rest = rest.dropFirst(8)
        guard let offset = rest.isEmpty ? 0 : zone(String(rest)) else { return nil }
        let local = Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return GitTime(seconds: local - Int64(offset) * 60, offsetMinutes: offset)
    }

    /// `+0800`, `-05:30`, `Z`: minutes east of UTC.
    private static func zone(_ text: String) -> Int? {
        if text == "Z" || text == "z" { return 0 }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.count == 4, digits.allSatisfy(\.isASCIIDigit), text.dropFirst().count == (text.contains(":") ? 5 : 4),
              let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)), hours < 15, minutes < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

private extension String {
    var gitTrimmed: String {
        var text = Substring(self)
        while text.first == " " || text.first == "\t" { text = text.dropFirst() }
        while text.last == " " || text.last == "\t" || text.last == "\n" { text = text.dropLast() }
        return String(text)
    }
}
