/// The changes made after planning that a reviewer must see (docs/reference.md §8): once a
/// collaboration is past its plan gate — its stage at the earlier revision is execute, verify
/// or closed — a change of any field of `problem.goal` is `goal-changed` and a change of a
/// task's `due` is `due-moved`. `check --base`, the pull-request Markdown of `collab diff` and
/// `collab report` name them from this one definition.
public enum PlanChange {
    /// Whether a collaboration at `stage` is past planning: execute or later.
    public static func isPastPlan(_ stage: Stage?) -> Bool {
        guard let stage else { return false }
        return stage >= .execute
    }

    /// The same, for a stage as written (a diff's or a history's); unknown text is not past plan.
    public static func isPastPlan(_ stage: String?) -> Bool {
        isPastPlan(stage.flatMap(Stage.init(rawValue:)))
    }

    /// `goal-changed` for a change of a field of problem.yaml's goal, `due-moved` for a change
    /// of an existing task's `due`; nil for any other change.
    public static func rule(for change: RecordChange) -> RuleID? {
        guard let path = change.path else { return nil }
        switch path.file {
        case .problem:
            guard change.item == nil, let field = change.field, field == "goal" || field.hasPrefix("goal.") else { return nil }
            return .goalChanged
        case .tasks:
            guard change.item != nil, change.field == "due" else { return nil }
            return .dueMoved
        case .stakeholders, .feedback, .meeting:
            return nil
        }
    }

    /// The finding's message: what moved, old → new, and what a reviewer is asked.
    public static func message(for change: RecordChange) -> Message {
        if rule(for: change) == .dueMoved {
            let task = change.item ?? "?", old = change.old ?? "(none)", new = change.new ?? "(none)"
            return Message(en: "task \(task)'s due moved after plan: \(old) → \(new); a reviewer should confirm the new date",
                           zh: "任务 \(task) 的截止日期在计划之后被改动：\(change.old ?? "（无）") → \(change.new ?? "（无）")；请评审人确认新的截止日期")
        }
        let field = change.field ?? "goal", old = shown(change.old), new = shown(change.new)
        return Message(en: "\(field) changed after plan: \(old.en) → \(new.en); the SMART goal was agreed before planning, a reviewer should confirm the change",
                       zh: "计划之后修改了目标 \(field)：\(old.zh) → \(new.zh)；SMART 目标在计划前已商定，请评审人确认此改动")
    }

    /// A value in a message: quoted, or "(none)" where it is absent.
    private static func shown(_ value: String?) -> (en: String, zh: String) {
        guard let value else { return ("(none)", "（无）") }
        return ("'\(value)'", "「\(value)」")
    }
}
