/// An item of feedback.yaml that is tracked to done after the collaboration is closed (持续改进):
/// an improvement (待改进点) or a norm update (规范更新). The two lists share `owner`, `due`,
/// `done` and `note`; one type so that `remind`, `tasks`, `status`, the report and the
/// `--base` rules follow both with one definition.
public struct FollowUp: Sendable {
    /// Which list of feedback.yaml the item is in.
    public enum Kind: String, Sendable, CaseIterable {
        case improvement
        case normUpdate = "norm_update"

        /// The list of feedback.yaml that holds it.
        public var listKey: String {
            switch self {
            case .improvement: return "improvements"
            case .normUpdate: return "norm_updates"
            }
        }

        /// The key of what is to be done: an improvement's `point`, a norm update's `norm`.
        public var subjectKey: String {
            switch self {
            case .improvement: return "point"
            case .normUpdate: return "norm"
            }
        }

        /// What people call one: "improvement" (待改进点), "norm update" (规范更新).
        public var name: Message {
            switch self {
            case .improvement: return Message(en: "improvement", zh: "待改进点")
            case .normUpdate: return Message(en: "norm update", zh: "规范更新")
            }
        }

        /// The short name in a table's cell: "improvement" (改进), "norm update" (规范更新).
        public var shortName: Message {
            switch self {
            case .improvement: return Message(en: "improvement", zh: "改进")
            case .normUpdate: return name
            }
        }

        /// "an improvement" (待改进点), "a norm update" (规范更新): in a sentence, and in the
        /// decoder's words for an item that is not a mapping.
        public var article: Message {
            switch self {
            case .improvement: return .anImprovement
            case .normUpdate: return .aNormUpdate
            }
        }
    }

    public var kind: Kind
    /// Its place in its list, from 0: shown as `#1`, `#2`….
    public var index: Int
    public var positions: KeyPositions
    /// What is to be done: the improvement's point or the norm.
    public var subject: TextField?
    public var owner: TextField?
    public var due: Field<CalendarDate>?
    /// The day it was done: `collab remind` stops reminding it.
    public var done: Field<CalendarDate>?
    /// Progress, also written after closing.
    public var note: TextField?

    /// `#1`, `#2`…: its place in its list.
    public var id: String { "#\(index + 1)" }
    /// Whether it is tracked: it has an owner and a due date.
    public var isTracked: Bool { owner != nil && due != nil }
    /// Tracked and not done.
    public var isOpen: Bool { isTracked && done == nil }
}

extension FollowUp {
    private static let improvementKeys = RecordSchema.feedback.nested(Kind.improvement.listKey).keys
    private static let normUpdateKeys = RecordSchema.feedback.nested(Kind.normUpdate.listKey).keys

    /// The items of `kind`'s list of the feedback record, in order.
    static func decode(_ kind: Kind, _ root: MappingReader, _ decoder: inout RecordDecoder) -> ListField<FollowUp>? {
        let keys = kind == .improvement ? improvementKeys : normUpdateKeys
        var index = 0
        return decoder.list(root, kind.listKey) { decoder, node in
            guard let item = decoder.mapping(node, keys: keys, what: kind.article) else { return nil }
            defer { index += 1 }
            return FollowUp(kind: kind, index: index, positions: item.positions, subject: decoder.text(item, kind.subjectKey),
                            owner: decoder.text(item, "owner"), due: decoder.date(item, "due"),
                            done: decoder.date(item, "done"), note: decoder.text(item, "note"))
        }
    }
}
