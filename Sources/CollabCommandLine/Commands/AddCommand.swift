import CollabKit

/// `collab add ID LIST FIELD=VALUE…` or `collab add ID LIST TEXT`: appends to a list.
struct AddCommand: Command {
    static let name = "add"
    static let abstract = Message(en: "append an item to a list of a collaboration's records: a task, a department, a response…",
                                  zh: "向协作记录中的列表追加一条：任务、部门、反馈……")
    static let usage = "collab add ID LIST FIELD=VALUE [FIELD=VALUE…] | collab add ID LIST TEXT  [--dry-run] [--commit] [--format text|json]"
    static let operands = Operands.collaborations
    typealias Format = RecordEditRun.Format
    static let options = RecordEditRun.options
    static let discussion: Message? = Message(en: """
    LIST is a path (as collab set takes it) to a list. A list of items takes FIELD=VALUE for
    each field; a list of texts takes one TEXT:
        collab add q3-data-sync tasks title=财务部数据预审 owner=李主管 department=finance due=2024-10-25
        collab add q3-data-sync tasks.T2.updates note=已完成初稿
        collab add q3-data-sync feedback.responses department=finance by=李主管 comment=流程清晰
        collab add q3-data-sync problem.impact "月度报告延迟3天"
    A task gets the next free id T<n> and status todo unless given; an update gets today's
    date and the task's owner as 'by'; any other keyed item needs its key, and a key that
    exists already is refused. The item is written after the list's last item at its
    indentation, keys in the schema's order; 'tasks: []' becomes a block list. Checked,
    locked and printed as collab set is.
    """, zh: """
    LIST 是指向列表的路径（写法同 collab set）。条目列表的每个字段写成「字段=值」；文本列表
    给出一段文本：
        collab add q3-data-sync tasks title=财务部数据预审 owner=李主管 department=finance due=2024-10-25
        collab add q3-data-sync tasks.T2.updates note=已完成初稿
        collab add q3-data-sync feedback.responses department=finance by=李主管 comment=流程清晰
        collab add q3-data-sync problem.impact "月度报告延迟3天"
    未给出时，任务取下一个空闲编号 T<n>、状态为 todo；进展记录取今天的日期，更新人为任务
    负责人；其他带键的条目必须给出键值，已存在的键值会被拒绝。新条目写在列表最后一条之后、
    与之同样缩进，键按 schema 的顺序排列；「tasks: []」会改成块列表。检查、加锁和输出方式
    与 collab set 相同。
    """)

    let run: RecordEditRun
    let list: String
    let operands: [String]

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        run = RecordEditRun(id: try Self.editedCollaboration(arguments, usage: Self.usage), arguments, format: try Self.format(arguments))
        let rest = Array(arguments.positionals.dropFirst())
        guard let list = rest.first, rest.count >= 2 else {
            throw UsageError(Message(en: "add needs a LIST and what to append: \(Self.usage)",
                                     zh: "add 需要列表路径 LIST 和要追加的内容：\(Self.usage)"), command: Self.name)
        }
        self.list = list
        operands = Array(rest.dropFirst())
    }

    func run(_ context: Context) throws -> ExitStatus {
        try run.run(context) { edit in
            let kind = try edit.resolve(list).kind
            if case .list = kind {
                var fields: [(key: String, value: String)] = []
                for operand in operands { fields.append(try Self.assignment(operand, what: "FIELD")) }
                try edit.add(to: list, fields: fields, today: context.today)
                return
            }
            if case .textList = kind, operands.count != 1 {
                throw UsageError(Message(en: "'\(list)' is a list of texts: give one TEXT, quoted if it has spaces",
                                         zh: "「\(list)」是文本列表：请给出一段文本，含空格时加引号"), command: Self.name)
            }
            try edit.add(to: list, text: operands.joined(separator: " "))
        }
    }
}
