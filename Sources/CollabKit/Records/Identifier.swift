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

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
    private static func isLowerOrDigit(_ byte: UInt8) -> Bool { (byte >= 97 && byte <= 122) || isDigit(byte) }
}
