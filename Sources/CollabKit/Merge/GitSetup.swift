/// What a clone needs for git to merge and diff records through collab (docs/reference.md §7,
/// §12): the drivers in .git/config, the attributes that choose them, and the pre-commit hook
/// of docs/ci. `collab setup` writes them, `collab init` the attributes, `collab doctor`
/// checks them.
public enum GitSetup {
    /// The workspace's .gitattributes line: every record file, meetings included, merged and
    /// diffed by collab (patterns are relative to the folder of .gitattributes).
    public static let attributes = WorkspaceLayout.collaborationsFolder + "/**/*.yaml merge=collab diff=collab"

    /// The configuration that names the drivers, for `binary` as a shell word.
    public static func config(binary: String) -> [(key: String, value: String)] {
        [("merge.collab.name", "collab records, merged by key"),
         ("merge.collab.driver", "\(binary) merge-driver %O %A %B %L %P"),
         ("diff.collab.command", "\(binary) diff")]
    }

    /// `path` as one word for the shell git runs drivers with.
    public static func shellWord(_ path: String) -> String {
        let plain = path.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || "/._-+".utf8.contains(byte)
        }
        return plain ? path : "'" + path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    /// Adds the attributes line to `root`/.gitattributes unless the file has it already; true
    /// when it wrote. Other lines stay as they are.
    @discardableResult
    public static func writeAttributes(root: String) throws(FileSystemError) -> Bool {
        let path = Path.join(root, ".gitattributes")
        let existing = try Containment.read(path, root: root, limit: YAMLParser.maxFileSize) ?? []
        let text = String(decoding: existing, as: UTF8.self)
        if text.split(whereSeparator: \.isNewline).contains(where: { $0.trimmingSpaces == attributes }) { return false }
        let separator = text.isEmpty || text.hasSuffix("\n") ? "" : "\n"
        let comment = "# collab: merge and diff the records by key (collab setup configures the drivers)\n"
        try FileSystem.writeAtomically(existing + Array((separator + comment + attributes + "\n").utf8), to: path, within: root)
        return true
    }

    /// What installing the pre-commit hook found.
    public enum HookInstall: Equatable, Sendable {
        case installed(String)
        /// collab's hook is there already.
        case present(String)
        /// Another hook is there: left as it is.
        case otherHook(String)
    }

    /// Installs the pre-commit hook where git looks for it in `repository`'s clone, never over
    /// another hook.
    public static func installHook(in repository: Repository) throws -> HookInstall {
        let path = try repository.hookPath("pre-commit")
        let hook = Array(preCommitHook.utf8)
        switch try FileSystem.read(path, limit: YAMLParser.maxFileSize) {
        case hook?: return .present(path)
        case _?: return .otherHook(path)
        case nil:
            try FileSystem.writeAtomically(hook, to: path, mode: 0o755)
            return .installed(path)
        }
    }

    /// The pre-commit hook of docs/ci (also the pre-commit framework's collab-check and
    /// collab-fmt): refuses a commit while the records it touches have errors or are not in
    /// canonical layout.
    public static let preCommitHook = """
    #!/bin/sh
    # collab's pre-commit hook: refuse a commit while the records it touches have errors or are not
    # in canonical layout. As .git/hooks/pre-commit (collab setup --hook) it reads the staged file
    # names; the pre-commit framework (.pre-commit-hooks.yaml) gives it the names, as `check FILE…`
    # (collab-check) or `fmt FILE…` (collab-fmt, which lays the records out, so the commit stops
    # until you add them again). Each workspace of those files is checked wherever it is in the
    # repository, against the upstream branch (--base UPSTREAM --changed) when there is one.
    # collab says what is wrong in the user's language (COLLAB_LANG, LANG): the errors, and the files
    # `collab fmt` would lay out and why; a BOM and CRLF line ends (Windows Notepad) are accepted.
    # collab reads the working tree: with `git add -p`, stash the rest first.
    mode=all
    case $1 in check | fmt) mode=$1 && shift ;; esac
    upstream=$(git rev-parse --abbrev-ref --symbolic-full-name '@{upstream}' 2>/dev/null) || upstream=
    { if [ "$mode" = all ]; then git diff --cached --name-only; else printf '%s\\n' "$@"; fi; } |
      sed -nE 's#^(.*/)?collab\\.yaml$#\\1.|#p; s#^(.*/)?\(WorkspaceLayout.collaborationsFolder)/([^/]+)/.+\\.yaml$#\\1.|\\2#p' | sort -u |
      while IFS='|' read -r dir id; do
        if [ "$mode" = fmt ]; then
          collab -C "$dir" fmt $id || exit 1
          continue
        fi
        [ "$dir" = "$checked" ] && continue
        if [ -n "$upstream" ]; then
          collab -C "$dir" check --base "$upstream" --changed
        else
          collab -C "$dir" check
        fi || exit 1
        [ "$mode" = all ] && { collab -C "$dir" fmt --check >/dev/null || exit 1; }
        checked=$dir
      done

    """
}
