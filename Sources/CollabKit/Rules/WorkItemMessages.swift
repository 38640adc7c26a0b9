/// What check says of a task or an action item alike (docs/reference.md §4, §11): the item
/// named as `WorkItemName` gives it ("task T1 " / "待办 A1 ").
extension Message {
    static func lacks(_ item: any WorkItemName, _ keys: [String]) -> Message {
        Message(en: "\(item.text(.en)) lacks \(Language.en.list(keys))", zh: "\(item.text(.zh))缺少 \(Language.zh.list(keys))")
    }

    static func departmentNotStakeholder(_ item: any WorkItemName, _ department: String) -> Message {
        Message(en: "\(item.text(.en)) belongs to department '\(department)', which is not a stakeholder",
                zh: "\(item.text(.zh))所属的部门「\(department)」不是干系人")
    }

    static func overdue(_ item: any WorkItemName, _ due: CalendarDate, _ days: Int) -> Message {
        Message(en: "\(item.text(.en)) is overdue: it was due \(due), \(days) day\(days == 1 ? "" : "s") ago",
                zh: "\(item.text(.zh))已逾期：截止日期是 \(due)，已过去 \(days) 天")
    }
}
