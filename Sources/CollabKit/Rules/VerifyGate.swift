/// Leaving verify for closed: the effect is verified (resolved, with date and evidence),
/// every participating department responded, and lessons were written down.
enum VerifyGate {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        guard let feedback = context.feedback else { return [] }
        var findings = verificationFindings(feedback, context)
        findings += responseFindings(feedback, context)
        let practices = feedback.practices?.items.count ?? 0
        let improvements = feedback.improvements?.items ?? []
        if practices == 0 && improvements.isEmpty {
            findings.append(context.finding(.lessonsMissing, .feedback, feedback.positions.at("practices"), Message.lessonsMissing))
        }
        for followUp in feedback.followUps {
            let missing = incomplete(followUp)
            guard !missing.isEmpty else { continue }
            findings.append(context.finding(.improvementIncomplete, .feedback, followUp.positions.anchor,
                                            Message.followUpLacks(followUp, missing)))
        }
        return findings
    }

    /// The keys a follow-up lacks to be tracked: an improvement needs owner and due; a norm
    /// update may be a plain record of a norm revised, but one with a due needs an owner.
    private static func incomplete(_ followUp: FollowUp) -> [String] {
        let needsDue = followUp.kind == .improvement
        let needsOwner = needsDue || followUp.due != nil
        return [needsOwner && followUp.owner == nil ? "owner" : nil, needsDue && followUp.due == nil ? "due" : nil].compactMap { $0 }
    }

    /// At stage closed the verification must have concluded `resolved`.
    static func conclusionMatchesStage(_ context: RuleContext) -> [Diagnostic] {
        guard let conclusion = context.feedback?.verification?.conclusion, conclusion.value != .resolved else { return [] }
        return [context.finding(.conclusionMismatch, .feedback, conclusion.range, Message.conclusionMismatch(conclusion.value))]
    }

    private static func verificationFindings(_ feedback: FeedbackRecord, _ context: RuleContext) -> [Diagnostic] {
        guard let verification = feedback.verification else {
            return [context.finding(.verificationIncomplete, .feedback, feedback.positions.at("verification"), Message.verificationMissing)]
        }
        var missing: [String] = []
        if verification.conclusion == nil { missing.append("conclusion") }
        if verification.date == nil { missing.append("date") }
        if verification.evidence?.value.isBlank ?? true { missing.append("evidence") }
        guard !missing.isEmpty else { return [] }
        return [context.finding(.verificationIncomplete, .feedback, verification.positions.anchor, Message.verificationLacks(missing))]
    }

    private static func responseFindings(_ feedback: FeedbackRecord, _ context: RuleContext) -> [Diagnostic] {
        let responded = Set((feedback.responses?.items ?? []).compactMap { $0.department?.value })
        let position = feedback.positions.at("responses")
        var findings: [Diagnostic] = []
        for entry in context.stakeholders?.departments?.items ?? [] {
            guard let department = entry.department?.value, entry.role?.value != .informed,
                  !responded.contains(department) else { continue }
            findings.append(context.finding(.responseMissing, .feedback, position, Message.responseMissing(department)))
        }
        return findings
    }
}

extension Message {
    fileprivate static let verificationMissing = Message(
        en: "no verification: record conclusion, date and evidence of the effect (效果验证)",
        zh: "没有效果验证：记录结论（conclusion）、日期（date）和证据（evidence）")
    fileprivate static func verificationLacks(_ keys: [String]) -> Message {
        Message(en: "the verification lacks \(Language.en.list(keys))", zh: "效果验证缺少 \(Language.zh.list(keys))")
    }
    fileprivate static func responseMissing(_ department: String) -> Message {
        Message(en: "no response from department '\(department)': every participating department gives feedback (多方反馈)",
                zh: "部门「\(department)」没有反馈：每个参与部门都要给出反馈（多方反馈）")
    }
    fileprivate static let lessonsMissing = Message(
        en: "no practices and no improvements: write down at least one lesson (有效做法/待改进点)",
        zh: "没有有效做法，也没有待改进点：至少写下一条经验")
    fileprivate static func followUpLacks(_ followUp: FollowUp, _ keys: [String]) -> Message {
        let (name, subject) = (followUp.kind.name, followUp.subject?.value)
        return Message(en: (subject.map { "\(name.text(.en)) '\($0)'" } ?? "this \(name.text(.en))") + " lacks \(keys.joined(separator: " and "))",
                       zh: (subject.map { "\(name.text(.zh))「\($0)」" } ?? "这一\(name.text(.zh))") + "缺少 \(keys.joined(separator: " 和 "))")
    }
    fileprivate static func conclusionMismatch(_ conclusion: Conclusion) -> Message {
        Message(en: "the collaboration is closed but the verification concluded '\(conclusion.rawValue)'; go back to execute (partial) or define (unresolved)",
                zh: "协作已关闭（closed），但效果验证的结论是 \(conclusion.rawValue)；应回到 execute（partial）或 define（unresolved）")
    }
}
