/// What a collaboration closed at the base may still receive without `closed-modified`
/// (docs/reference.md §8): the loop after closing (持续改进) — a retrospective meeting (复盘会,
/// a meeting file whose `scenario` is `retrospective`) and progress on the follow-ups of
/// feedback.yaml, its improvements and norm updates (their `done` dates and notes). Any other
/// change stays history rewritten.
enum ClosedFollowUp {
    /// The keys of a follow-up (an improvement or a norm update) that record its progress after closing.
    static let progressKeys: Set<String> = ["done", "note"]

    /// Whether a changed file of a closed collaboration is follow-up: `new` and `old` are the
    /// roots now and at the base (nil: absent or empty).
    static func allows(_ file: RecordFile, new: Node?, old: Node?) -> Bool {
        switch file {
        case .meeting: return isRetrospective(new) && (old == nil || isRetrospective(old))
        case .feedback: return isFollowUpProgress(new, old)
        case .problem, .stakeholders, .tasks: return false
        }
    }

    /// A meeting whose scenario is `retrospective`.
    static func isRetrospective(_ root: Node?) -> Bool {
        root?.mapping?.first("scenario")?.value.scalar?.text == Scenario.retrospective.rawValue
    }

    /// The lists of feedback.yaml whose items are follow-ups.
    static let followUpLists = Set(FollowUp.Kind.allCases.map(\.listKey))

    /// Whether feedback.yaml's data differs only in the follow-ups' progress keys: the same
    /// keys, the same improvements and norm updates in the same order, every other value the same.
    static func isFollowUpProgress(_ new: Node?, _ old: Node?) -> Bool {
        guard let new = new?.mapping, let old = old?.mapping else { return false }
        return sameData(new, old, ignoring: []) { key, value, before in
            guard followUpLists.contains(key) else { return value.firstDataDifference(from: before) == nil }
            guard let items = value.sequence?.items, let was = before.sequence?.items, items.count == was.count else { return false }
            return zip(items, was).allSatisfy { item, previous in
                guard let item = item.mapping, let previous = previous.mapping else { return false }
                return sameData(item, previous, ignoring: progressKeys) { _, value, before in
                    value.firstDataDifference(from: before) == nil
                }
            }
        }
    }

    /// Whether two mappings have the same keys (besides `ignored` ones) and `same` holds for
    /// each key's values.
    private static func sameData(_ new: Mapping, _ old: Mapping, ignoring ignored: Set<String>,
                                 _ same: (String, Node, Node) -> Bool) -> Bool {
        let keys = Set(new.entries.map(\.key.text)).subtracting(ignored)
        guard keys == Set(old.entries.map(\.key.text)).subtracting(ignored) else { return false }
        return new.entries.allSatisfy { entry in
            guard !ignored.contains(entry.key.text) else { return true }
            guard let before = old.first(entry.key.text) else { return false }
            return same(entry.key.text, entry.value, before.value)
        }
    }
}
