/// Leaving initiate: a lead department listed with role lead, a shared channel, a liaison
/// for every department, and every suspected cause department involved.
enum InitiateGate {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        guard let record = context.stakeholders else { return [] }
        var findings: [Diagnostic] = []
        let listed = context.departments
        if let lead = record.lead {
            if listed[lead.value]?.role?.value != .lead {
                findings.append(context.finding(.leadMissing, .stakeholders, lead.range, Message.leadNotListed(lead.value)))
            }
        } else {
            findings.append(context.finding(.leadMissing, .stakeholders, record.positions.at("lead"), Message.leadMissing))
        }
        if record.channel?.value.isBlank ?? true {
            findings.append(context.finding(.channelMissing, .stakeholders, record.positions.at("channel"), Message.channelMissing))
        }
        for entry in record.departments?.items ?? [] where entry.liaison == nil {
            findings.append(context.finding(.liaisonMissing, .stakeholders, entry.positions.anchor,
                                            Message.liaisonMissing(entry.department?.value)))
        }
        for cause in context.problem?.causes?.items ?? [] {
            guard let department = cause.department, listed[department.value] == nil else { continue }
            findings.append(context.finding(.causeNotInvolved, .problem, department.range, Message.causeNotInvolved(department.value)))
        }
        return findings
    }
}

extension Message {
    fileprivate static let leadMissing = Message(
        en: "no lead department: set 'lead' to the department that drives this collaboration (牵头部门)",
        zh: "没有牵头部门：把 lead 设为推动本次协作的部门")
    fileprivate static func leadNotListed(_ lead: String) -> Message {
        Message(en: "lead '\(lead)' is not listed under departments with role lead",
                zh: "牵头部门「\(lead)」没有以 role: lead 列在 departments 中")
    }
    fileprivate static let channelMissing = Message(
        en: "no shared channel: set 'channel' to the group where departments talk (沟通群)",
        zh: "没有沟通群：把 channel 设为各部门共同沟通的群")
    fileprivate static func liaisonMissing(_ department: String?) -> Message {
        Message(en: (department ?? "this department") + " has no liaison: name the one person who speaks for it (对接人)",
                zh: (department.map { "部门 \($0) " } ?? "这个部门") + "没有对接人：指定一位代表该部门沟通的人（liaison）")
    }
    fileprivate static func causeNotInvolved(_ department: String) -> Message {
        Message(en: "cause department '\(department)' is not a stakeholder; add it to stakeholders.yaml",
                zh: "归因部门「\(department)」不是干系人；请把它加入 stakeholders.yaml")
    }
}
