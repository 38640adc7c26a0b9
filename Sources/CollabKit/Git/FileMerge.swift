import CGit2

/// libgit2's three-way line merge of one file (what `git merge-file` does): the merge driver's
/// answer when a side does not parse, so a record it cannot read by key still merges as git would.
public enum FileMerge {
    /// The merged bytes, and whether they hold conflict markers (of `markerSize`, labelled
    /// ours and theirs).
    public static func lines(base: [UInt8], ours: [UInt8], theirs: [UInt8], markerSize: Int) throws(GitError) -> (bytes: [UInt8], conflicted: Bool) {
        LibGit2.initialize()
        var result = git_merge_file_result()
        var options = git_merge_file_options()
        git_merge_file_options_init(&options, UInt32(GIT_MERGE_FILE_OPTIONS_VERSION))
        options.marker_size = UInt16(clamping: markerSize)
        let status: Int32 = base.withUnsafeBufferPointer { b in
            ours.withUnsafeBufferPointer { o in
                theirs.withUnsafeBufferPointer { t in
                    "ours".withCString { ourLabel in
                        "theirs".withCString { theirLabel in
                            options.our_label = ourLabel
                            options.their_label = theirLabel
                            var inputs = [git_merge_file_input](repeating: git_merge_file_input(), count: 3)
                            for (index, buffer) in [b, o, t].enumerated() {
                                git_merge_file_input_init(&inputs[index], UInt32(GIT_MERGE_FILE_INPUT_VERSION))
                                inputs[index].ptr = buffer.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
                                inputs[index].size = buffer.count
                            }
                            return git_merge_file(&result, &inputs[0], &inputs[1], &inputs[2], &options)
                        }
                    }
                }
            }
        }
        try check(status, Message(en: "cannot merge the lines of the file", zh: "无法按行合并该文件"))
        defer { git_merge_file_result_free(&result) }
        let bytes = result.ptr.map { Array(UnsafeRawBufferPointer(start: $0, count: result.len)) } ?? []
        return (bytes, result.automergeable == 0)
    }
}
