/// How much a finding matters: an error fails `collab check` and blocks a gate, a warning
/// fails it under --strict, a notice only informs.
public enum Severity: String, Comparable, Sendable, Codable {
    case error, warning, notice

    private var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .notice: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
