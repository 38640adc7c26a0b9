import CGit2

extension Repository {
    /// Sets `key` in this clone's own configuration (.git/config), as `git config key value` does.
    public func setLocalConfig(_ key: String, _ value: String) throws(GitError) {
        try withLocalConfig { (config: OpaquePointer) throws(GitError) in
            try check(git_config_set_string(config, key, value), Message(en: "cannot set \(key) in .git/config", zh: "无法在 .git/config 中设置 \(key)"))
        }
    }

    /// The value of `key` as git reads it for this clone (every level), nil when unset.
    public func config(_ key: String) throws(GitError) -> String? {
        let config = try OwnedHandle<ConfigHandle>(Message(en: "cannot read the git configuration", zh: "无法读取 git 配置")) {
            git_repository_config(&$0, pointer)
        }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        let code = git_config_get_string_buf(&buffer, config.pointer, key)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, Message(en: "cannot read \(key) from the git configuration", zh: "无法从 git 配置读取 \(key)"))
        return buffer.ptr.map { String(cString: $0) }
    }

    private func withLocalConfig(_ body: (OpaquePointer) throws(GitError) -> Void) throws(GitError) {
        let config = try OwnedHandle<ConfigHandle>(Message(en: "cannot read the git configuration", zh: "无法读取 git 配置")) {
            git_repository_config(&$0, pointer)
        }
        let local = try OwnedHandle<ConfigHandle>(Message(en: "cannot open .git/config", zh: "无法打开 .git/config")) {
            git_config_open_level(&$0, config.pointer, GIT_CONFIG_LEVEL_LOCAL)
        }
        try body(local.pointer)
    }
}

extension Repository {
    /// Where git looks for the hook `name` of this clone (core.hooksPath or .git/hooks).
    public func hookPath(_ name: String) throws(GitError) -> String {
        if let hooks = try config("core.hooksPath"), !hooks.isEmpty {
            return Path.join(hooks.hasPrefix("/") ? "" : workdir, hooks, name)
        }
        guard let gitDir = git_repository_path(pointer) else {
            throw GitError(.failed, Message(en: "cannot find the repository's folder", zh: "找不到仓库所在的文件夹"))
        }
        return Path.join(String(cString: gitDir), "hooks", name)
    }
}

extension Repository {
    /// The value of attribute `name` for `path` (relative to the working tree), as
    /// .gitattributes give it: nil when unspecified, "true"/"false" for set and unset.
    public func attribute(_ name: String, for path: String) throws(GitError) -> String? {
        var value: UnsafePointer<CChar>?
        try check(git_attr_get(&value, pointer, UInt32(GIT_ATTR_CHECK_FILE_THEN_INDEX), path, name),
                  Message(en: "cannot read the attributes of \(path)", zh: "无法读取 \(path) 的属性"))
        switch git_attr_value(value) {
        case GIT_ATTR_VALUE_STRING: return value.map { String(cString: $0) }
        case GIT_ATTR_VALUE_TRUE: return "true"
        case GIT_ATTR_VALUE_FALSE: return "false"
        default: return nil
        }
    }
}

extension Repository {
    /// The best common ancestor of two commits, nil when they have none (or it is beyond a
    /// shallow clone's boundary).
    public func mergeBase(_ a: ObjectID, _ b: ObjectID) -> ObjectID? {
        var out = git_oid()
        var (x, y) = (a.raw, b.raw)
        guard git_merge_base(&out, pointer, &x, &y) == 0 else { return nil }
        return ObjectID(out)
    }
}
