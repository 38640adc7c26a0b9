/// One change between two versions of a record (docs/reference.md §7).
public struct RecordChange: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case added, removed, changed
    }

    public var collaboration: String
    /// The record file's name (`tasks.yaml`); nil when a whole collaboration came or went.
    public var file: String?
    public var kind: Kind
    /// The key of the matched list item (a task id, a department…); nil for top-level fields.
    public var item: String?
    /// The dotted path inside the item (or from the root); nil when a whole item changed.
    public var field: String?
    public var old: String?
    public var new: String?
    /// For a whole item added or removed: a few of its fields, for people to read.
    public var summary: String?
    /// The edit path of the changed value or item (`tasks.T2.due`); nil when a whole
    /// collaboration or file came or went.
    public var path: RecordPath? = nil
    /// The title (or text, cause, topic…) of the list item the change is in, so a reviewer
    /// sees which task `tasks.T4.due` is; nil outside an item or when it has none.
    public var title: String? = nil
}

/// The changes of one collaboration, with its stage before and after.
public struct CollaborationDiff: Sendable, Equatable {
    public var id: String
    public var oldStage: String?
    public var newStage: String?
    public var changes: [RecordChange]
    /// Files that do not parse on one side, with the diagnostic, instead of being skipped.
    public var unreadable: [Diagnostic]

    public init(id: String, oldStage: String? = nil, newStage: String? = nil, changes: [RecordChange] = [],
                unreadable: [Diagnostic] = []) {
        self.id = id
        self.oldStage = oldStage
        self.newStage = newStage
        self.changes = changes
        self.unreadable = unreadable
    }
}
