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
            let name = entry.department?.value ?? "this department"
            findings.append(context.finding(.liaisonMissing, .stakeholders, entry.positions.anchor, Message.liaisonMissing(name)))
        }
        for cause in context.problem?.causes?.items ?? [] {
            guard let department = cause.department, listed[department.value] == nil else { continue }
            findings.append(context.finding(.causeNotInvolved, .problem, department.range, Message.causeNotInvolved(department.value)))
        }
        return findings
    }
}

private enum Message {
    static let leadMissing = "no lead department: set 'lead' to the department that drives this collaboration (牵头部门)"
    static func leadNotListed(_ lead: String) -> String {
        "lead '\(lead)' is not listed under departments with role lead"
    }
    static let channelMissing = "no shared channel: set 'channel' to the group where departments talk (沟通群)"
    static func liaisonMissing(_ department: String) -> String {
        "\(department) has no liaison: name the one person who speaks for it (对接人)"
    }
    static func causeNotInvolved(_ department: String) -> String {
        "cause department '\(department)' is not a stakeholder; add it to stakeholders.yaml"
    }
}
