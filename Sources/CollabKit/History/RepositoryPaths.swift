/// Where a workspace sits inside its repository's working tree.
public enum RepositoryPaths {
    /// The workspace folder relative to the working tree: "" at its root, else "a/b/".
    public static func prefix(of folder: String, in repository: Repository) throws(GitError) -> String {
        let workdir = FileSystem.realPath(repository.workdir) ?? repository.workdir
        let resolved = FileSystem.realPath(folder) ?? folder
        guard resolved == workdir || resolved.hasPrefix(workdir + "/") else {
            throw GitError(.notARepository, Message(en: "\(folder) is outside the working tree of \(repository.workdir)", zh: "\(folder) 在 \(repository.workdir) 的工作区之外"))
        }
        let relative = Path.relative(resolved, to: workdir)
        return relative == "." ? "" : relative + "/"
    }

    /// The repository holding `folder` and the folder's prefix in it, for output that can do
    /// without history; nil outside git (or in a bare repository).
    public static func locate(_ folder: String, environment: GitEnvironment = GitEnvironment()) -> (repository: Repository, prefix: String)? {
        guard let repository = try? Repository.discover(from: folder, environment: environment),
              let prefix = try? prefix(of: folder, in: repository) else { return nil }
        return (repository, prefix)
    }
}
