import CGit2

/// libgit2 as a whole: initialised once per process, and its version.
public enum LibGit2 {
    private static let initialized: Bool = {
        git_libgit2_init()
        return true
    }()

    /// Initialises libgit2; safe to call more than once.
    public static func initialize() {
        _ = initialized
    }

    /// The version of the libgit2 library collab runs with, e.g. "1.5.1".
    public static var version: String {
        var major: Int32 = 0
        var minor: Int32 = 0
        var revision: Int32 = 0
        git_libgit2_version(&major, &minor, &revision)
        return "\(major).\(minor).\(revision)"
    }
}
