/// Folder renames within one change (docs/reference.md §8): a collaboration folder that is new
/// at head, whose records came from a folder gone since base, is that collaboration renamed.
/// Like git's rename detection, but on records: the folders are paired by what their records
/// hold, never by their names.
public enum CollaborationRenames {
    /// What pairing looks at in one collaboration folder.
    public struct Folder: Sendable {
        public var id: String
        /// The blob ids of its record files (meetings included).
        public var blobs: [RecordFile: ObjectID]
        public var title: String?
        public var opened: CalendarDate?

        public init(id: String, blobs: [RecordFile: ObjectID], title: String?, opened: CalendarDate?) {
            self.id = id
            self.blobs = blobs
            self.title = title
            self.opened = opened
        }

        public init(_ collaboration: Collaboration, blobs: [RecordFile: ObjectID]) {
            self.init(id: collaboration.id, blobs: blobs, title: collaboration.problem?.title?.value,
                      opened: collaboration.problem?.opened?.value)
        }
    }

    /// New id → old id, for each new folder that is a gone one renamed. A pair qualifies when
    /// problem.yaml is the same blob, or the title and the opened date are the same, or at
    /// least half of the gone folder's files are the same blobs; each folder is paired once,
    /// the closest pairs first.
    public static func match(added: [Folder], removed: [Folder]) -> [String: String] {
        var candidates: [(score: Int, new: String, old: String)] = []
        for new in added {
            for old in removed {
                if let score = score(new, old) { candidates.append((score, new.id, old.id)) }
            }
        }
        candidates.sort { ($0.score, $1.new, $1.old) > ($1.score, $0.new, $0.old) }
        var renames: [String: String] = [:]
        var taken = Set<String>()
        for candidate in candidates where renames[candidate.new] == nil && !taken.contains(candidate.old) {
            renames[candidate.new] = candidate.old
            taken.insert(candidate.old)
        }
        return renames
    }

    /// How close two folders are, nil when they are not a rename of each other.
    static func score(_ new: Folder, _ old: Folder) -> Int? {
        let same = old.blobs.filter { new.blobs[$0.key] == $0.value }.count
        let sameProblem = old.blobs[.problem] != nil && old.blobs[.problem] == new.blobs[.problem]
        let sameIdentity = new.title != nil && new.title == old.title && new.opened != nil && new.opened == old.opened
        let mostFiles = same > 0 && same * 2 >= old.blobs.count
        guard sameProblem || sameIdentity || mostFiles else { return nil }
        return (sameProblem ? 1000 : 0) + (sameIdentity ? 500 : 0) + same
    }
}
