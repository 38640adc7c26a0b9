import CollabKit

/// `collab set ID PATH=VALUE…`: sets values in a collaboration's records.
struct SetCommand: Command {
    static let name = "set"
    static let abstract = Message(en: "set values in a collaboration's records: collab set q3-data-sync tasks.T2.due=2024-10-13",
                                  zh: "修改协作记录中的值：collab set q3-data-sync tasks.T2.due=2024-10-13")
    static let usage = "collab set ID PATH=VALUE [PATH=VALUE…] [--dry-run] [--commit] [--format text|json]"
    static let operands = Operands.collaborations
    typealias Format = RecordEditRun.Format
    static let options = RecordEditRun.options
    static let discussion: Message? = Message(en: """
    A PATH names the file, then keys from its root; a task by its id, a department, response
    or person by its key, other list items by position (1 is the first):
        problem.goal.due   problem.impact.2   stakeholders.departments.finance.liaison
        tasks.T2.due   tasks.T2.status   feedback.verification.conclusion
    collab diff names every change by the same path. A list of texts takes a comma list
    (depends_on=T1,T3 or T1，T3); an empty VALUE clears the value. Missing keys are added in
    the schema's order; only the lines of the change differ, and comments, quoting and line
    ends stay. The collaboration is checked after the change: one that adds an error is
    refused (exit 1, the errors printed, nothing written); warnings are printed. An unknown
    file, key or item exits 2 with a suggestion. The collaboration's .collab.lock is held
    while it is read and written, so concurrent edits never lose one another's change.
    """, zh: """
    PATH 先写文件名，再从文件的根依次写键；任务用编号，部门、反馈或人员用其键值，其他列表
    条目用位置（1 为第一条）：
        problem.goal.due   problem.impact.2   stakeholders.departments.finance.liaison
        tasks.T2.due   tasks.T2.status   feedback.verification.conclusion
    collab diff 用同样的路径标出每处改动。文本列表的值用逗号分隔（depends_on=T1,T3 或
    T1，T3）；VALUE 为空则清空该值。缺少的键按 schema 的顺序补上；文件中只有改动所在的行
    不同，注释、引号和换行符都保持原样。改动后会检查该协作：会增加错误的改动被拒绝（退出码
    1，列出错误，不写入任何内容）；警告照常显示。未知的文件、键或条目以 2 退出并给出建议。
    读写期间持有该协作的 .collab.lock，并发的编辑不会互相丢失改动。
    """)

    let run: RecordEditRun
    let assignments: [(key: String, value: String)]

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        run = RecordEditRun(id: try Self.editedCollaboration(arguments, usage: Self.usage), arguments, format: try Self.format(arguments))
        var assignments: [(key: String, value: String)] = []
        for argument in arguments.positionals.dropFirst() { assignments.append(try Self.assignment(argument, what: "PATH")) }
        guard !assignments.isEmpty else {
            throw UsageError(Message(en: "set needs at least one PATH=VALUE, e.g. tasks.T2.due=2024-10-13",
                                     zh: "set 至少需要一个「PATH=值」，例如 tasks.T2.due=2024-10-13"), command: Self.name)
        }
        self.assignments = assignments
    }

    func run(_ context: Context) throws -> ExitStatus {
        try run.run(context) { edit in
            for (path, value) in assignments { try edit.set(path, to: value) }
        }
    }
}
