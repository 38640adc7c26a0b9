/// What `collab merge-driver` does with three versions of one file (docs/reference.md §12):
/// a record file is merged by its keys (`RecordMerge`); a file that is not one, or a side
/// that does not parse, is merged by lines, as git would (`FileMerge`).
public enum MergeDriver {
    public struct Result: Sendable {
        public var bytes: [UInt8]
        public var conflicted: Bool
        /// What the merge did that people should know of (an id given anew).
        public var notes: [Message]
    }

    /// git's merge-driver contract: merges the files `base`, `ours` and `theirs` and writes
    /// the result over `ours` (atomically); `path` is git's %P. The files are named as git
    /// gave them, relative to `directory`.
    public static func mergeFiles(base: String, ours: String, theirs: String, in directory: String, path: String?, markerSize: Int) throws -> Result {
        func read(_ file: String) throws -> [UInt8] {
            guard let bytes = try FileSystem.read(Path.absolute(file, base: directory), limit: YAMLParser.maxFileSize) else {
                throw FileSystemError(file, .noSuchFile)
            }
            return bytes
        }
        let result = try merge(base: try read(base), ours: try read(ours), theirs: try read(theirs), path: path, markerSize: markerSize)
        try FileSystem.writeAtomically(result.bytes, to: Path.absolute(ours, base: directory))
        return result
    }

    /// The merge of `base`, `ours` and `theirs`; `path` (git's %P) names the file, else its
    /// kind is told from ours' keys.
    public static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8], path: String?, markerSize: Int) throws(GitError) -> Result {
        var notes: [Message] = []
        if let file = recordFile(path: path, ours: ours),
           let outcome = RecordMerge.merge(base: base, ours: ours, theirs: theirs, file: file, markerSize: markerSize) {
            guard outcome.readBackDiffers else {
                return Result(bytes: outcome.bytes, conflicted: outcome.conflicts > 0, notes: outcome.notes)
            }
            // The merge by keys would have written other data than it meant to: the lines are
            // merged instead, and left for a person to look at even where they merge cleanly.
            notes = outcome.notes + [.mergedByLines]
        }
        let (bytes, conflicted) = try FileMerge.lines(base: base, ours: ours, theirs: theirs, markerSize: markerSize)
        return Result(bytes: bytes, conflicted: conflicted || !notes.isEmpty, notes: notes)
    }

    /// The record file `path` names (`…/tasks.yaml`, `…/meetings/2024-06-15-kickoff.yaml`);
    /// without a path, the kind whose keys ours' root keys fit.
    public static func recordFile(path: String?, ours: [UInt8]) -> RecordFile? {
        if let path {
            let parts = path.split(separator: "/").map(String.init)
            if let last = parts.last, let file = RecordFile(fileName: last) { return file }
            if parts.count >= 2, let file = RecordFile(fileName: parts.suffix(2).joined(separator: "/")) { return file }
            return nil
        }
        guard let keys = (try? YAMLParser.parse(ours))?.root?.mapping?.entries.map(\.key.text), !keys.isEmpty else { return nil }
        return (RecordFile.required + [.meeting("")]).first { file in keys.allSatisfy(RecordSchema.of(file).keys.contains) }
    }
}

extension Message {
    static let mergedByLines = Message(
        en: "the merge by keys did not read back as the data it meant to write; merged by lines instead: check the result, then git add it",
        zh: "按键合并的结果回读后与预期数据不一致，已改为按行合并：请检查结果后再 git add")
}
