import CGit2

/// libgit2 as a whole: initialised once per process, on first use, so commands that never
/// read history do not pay for its start-up (it loads the system's TLS certificates).
public enum LibGit2 {
    private static let initialized: Bool = {
        git_libgit2_init()
        _ = collab_git_disable_read_verification()
        return true
    }()

    /// Initialises libgit2; every entry point into it calls this first. Safe to call again.
    public static func initialize() {
        _ = initialized
    }

    /// The version of the libgit2 library collab runs with, e.g. "1.5.1".
    public static var version: String {
        initialize()
        var major: Int32 = 0
        var minor: Int32 = 0
        var revision: Int32 = 0
        git_libgit2_version(&major, &minor, &revision)
        return "\(major).\(minor).\(revision)"
    }
}
