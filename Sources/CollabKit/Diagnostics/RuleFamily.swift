/// Groups of rules, as CI reports show them: one test case per collaboration and family.
public enum RuleFamily: String, CaseIterable, Sendable {
    case syntax, schema, define, initiate, plan, execute, verify, meetings, deadlines, history

    /// What the family checks, as a test case's name.
    public var title: Message {
        switch self {
        case .syntax: return Message(en: "syntax: the YAML subset and UTF-8", zh: "语法：YAML 子集与 UTF-8")
        case .schema: return Message(en: "schema: keys, types, enums, dates", zh: "格式：键、类型、取值、日期")
        case .define: return Message(en: "define gate: problem and SMART goal", zh: "定义关口：问题与 SMART 目标")
        case .initiate: return Message(en: "initiate gate: departments, lead, liaisons, channel", zh: "发起关口：部门、牵头部门、对接人、沟通群")
        case .plan: return Message(en: "plan gate: tasks, owners, dates, dependencies", zh: "计划关口：任务、负责人、日期、依赖")
        case .execute: return Message(en: "execute gate: every task and action item done or dropped", zh: "执行关口：每项任务和待办事项都已完成或取消")
        case .verify: return Message(en: "verify gate: verification, responses, lessons", zh: "验证关口：效果验证、各方反馈、经验")
        case .meetings: return Message(en: "meetings: minutes, attendees and action items", zh: "沟通记录：纪要、参会部门与待办事项")
        case .deadlines: return Message(en: "deadlines: overdue, stale and due-soon tasks and action items", zh: "时限：逾期、久未更新和即将到期的任务与待办事项")
        case .history: return Message(en: "history: changes since --base", zh: "历史：自 --base 以来的改动")
        }
    }
}

extension RuleFamily {
    /// The rules of this family.
    public var rules: Set<RuleID> { Set(RuleID.allCases.filter { $0.family == self }) }
}
