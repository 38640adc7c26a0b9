/// The id formats of docs/reference.md §1–§2.
public enum Identifier {
    /// A collaboration id: `[a-z0-9][a-z0-9-]{0,63}`; safe as a folder name.
    public static func isCollaborationID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard (1...64).contains(bytes.count), isLowerOrDigit(bytes[0]) else { return false }
        return bytes.allSatisfy { isLowerOrDigit($0) || $0 == UInt8(ascii: "-") }
    }

    /// A directory department id: `[a-z0-9][a-z0-9-]*`.
    public static func isDepartmentID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, isLowerOrDigit(first) else { return false }
        return bytes.allSatisfy { isLowerOrDigit($0) || $0 == UInt8(ascii: "-") }
    }

    /// A task id: `[A-Za-z][A-Za-z0-9_-]*`.
    public static func isTaskID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, isLetter(first) else { return false }
        return bytes.allSatisfy { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    /// A meeting file's name without `.yaml`: `YYYY-MM-DD-<slug>`, the slug
    /// `[a-z0-9][a-z0-9-]{0,39}`; its date, nil for another name or a date that does not exist.
    public static func meetingDate(_ name: String) -> CalendarDate? {
        let bytes = Array(name.utf8)
        guard bytes.count >= 12, bytes[10] == UInt8(ascii: "-"), isMeetingSlug(bytes[11...]) else { return nil }
        return CalendarDate(String(decoding: bytes[..<10], as: UTF8.self))
    }

    /// The slug of a meeting file's name: `[a-z0-9][a-z0-9-]{0,39}`.
    public static func isMeetingSlug<S: Collection<UInt8>>(_ bytes: S) -> Bool {
        guard let first = bytes.first, isLowerOrDigit(first), bytes.count <= 40 else { return false }
        return bytes.allSatisfy { isLowerOrDigit($0) || $0 == UInt8(ascii: "-") }
    }

    /// A numbered id of a meeting's list — a decision `D1`…, an action `A1`…: the list's
    /// prefix, then at least one digit.
    public static func isNumberedID(_ text: String, prefix: String) -> Bool {
        let bytes = text.utf8, head = prefix.utf8
        guard !head.isEmpty, bytes.count > head.count, bytes.starts(with: head) else { return false }
        return bytes.dropFirst(head.count).allSatisfy(isDigit)
    }

    /// An email address as git identities carry it: text, one `@`, text, no spaces
    /// (RecordSchema's pattern for a member's `email`).
    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty } && !text.contains(where: \.isWhitespace)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
    private static func isLowerOrDigit(_ byte: UInt8) -> Bool { (byte >= 97 && byte <= 122) || isDigit(byte) }
}
