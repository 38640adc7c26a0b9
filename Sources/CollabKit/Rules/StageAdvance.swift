/// What `collab advance` would do with a collaboration: the stage it moves to, or why not.
public enum StageAdvance: Sendable {
    /// The gate holds: the collaboration may move from `from` to `to`.
    case ready(from: Stage, to: Stage)
    /// The gate does not hold; `blocking` are the errors to fix first.
    case blocked(from: Stage?, to: Stage?, blocking: [Diagnostic])
    /// A closed collaboration has no next stage.
    case closed

    /// The stage after `stage`; from verify it depends on the verification's conclusion.
    public static func next(after stage: Stage, conclusion: Conclusion?) -> Stage? {
        switch stage {
        case .define: return .initiate
        case .initiate: return .plan
        case .plan: return .execute
        case .execute: return .verify
        case .verify:
            switch conclusion {
            case .resolved: return .closed
            case .partial: return .execute
            case .unresolved: return .define
            case nil: return nil
            }
        case .closed: return nil
        }
    }

    /// Evaluates the move: the collaboration, placed at the next stage, must have no error.
    public static func evaluate(_ context: RuleContext) -> StageAdvance {
        let collaboration = context.collaboration
        guard let stage = collaboration.problem?.stage?.value else {
            return .blocked(from: nil, to: nil, blocking: CollaborationCheck.run(context).filter { $0.severity == .error })
        }
        if stage == .closed { return .closed }
        let conclusion = collaboration.feedback?.verification?.conclusion?.value
        guard let target = next(after: stage, conclusion: conclusion) else {
            let feedback = collaboration.feedback
            let position = feedback?.verification?.positions.anchor ?? feedback?.positions.at("verification") ?? .fileStart
            let missing = context.finding(.verificationIncomplete, .feedback, position, Message.conclusionNeeded)
            return .blocked(from: stage, to: nil, blocking: [missing])
        }
        var moved = collaboration
        moved.problem?.stage?.value = target
        let movedContext = RuleContext(collaboration: moved, config: context.config, today: context.today)
        let errors = CollaborationCheck.run(movedContext).filter { $0.severity == .error }
        return errors.isEmpty ? .ready(from: stage, to: target) : .blocked(from: stage, to: target, blocking: errors)
    }
}

extension Message {
    fileprivate static let conclusionNeeded = Message(
        en: "the verification has no conclusion: write resolved (→ closed), partial (→ execute) or unresolved (→ define)",
        zh: "效果验证还没有结论：写 resolved（→ closed）、partial（→ execute）或 unresolved（→ define）")
}
