import CollabKit

/// `collab remind`: what needs attention today, grouped by department and owner, as text or
/// as the bodies of group-robot messages for WeCom, DingTalk and Feishu.
struct RemindCommand: Command {
    static let name = "remind"
    static let abstract = Message(en: "what needs attention today, by department and owner: overdue, due soon, stale, blocked",
                                  zh: "今天需要跟进的事项，按部门和负责人分组：逾期、即将到期、久未更新、受阻")
    static let usage = "collab remind [ID…] [--within N] [--if-workday] [--format text|markdown|json|wecom|dingtalk|feishu]"
    typealias Format = RemindFormat
    static let operands = Operands.collaborations
    static let options: [OptionSpec] = [
        .option(.within, value: "N", Message(en: "due soon means within N working days (default: due_soon_days of collab.yaml)",
                                             zh: "「即将到期」指 N 个工作日内到期（默认取 collab.yaml 的 due_soon_days）")),
        .flag(.ifWorkday, Message(en: "print nothing when today is not a working day of collab.yaml's calendar",
                                  zh: "今天不是 collab.yaml 工作日历中的工作日时，什么也不输出")),
    ]
    static let discussion: Message? = Message(en: """
    Lists the open tasks of collaborations at execute or later that are overdue, due within
    N working days, without a progress update for more than stale_update_days working days,
    or blocked; tasks at risk from a blocked or overdue task they depend on; tasks overdue by
    more than escalate_after_days working days again under the lead department (escalated);
    and, from verify on and after closing, improvements not yet done. Grouped by department,
    then owner, with the latest progress note and the collaborations' channels; text shows
    the owner's contact. Nothing to remind prints nothing (exit 0).
    wecom, dingtalk and feishu print the JSON body of a group robot's webhook message, one per
    line, split at department boundaries so each stays within the platform's size limit
    (WeCom 2048 bytes of text, DingTalk and Feishu 20000 bytes), naming departments and
    collaborations by name. A contact written as mobile:13800000000, wecom:ID, dingtalk:ID or
    feishu:ID becomes a mention of the owner and is never printed; @all is never mentioned.
    Post them each working morning (cron or a scheduled CI job):
        collab remind --if-workday --lang zh --format dingtalk |
          while IFS= read -r body; do curl -fsS -H 'Content-Type: application/json' -d "$body" "$WEBHOOK"; sleep 3; done
    """, zh: """
    列出处于 execute 及之后阶段的协作中需要跟进的未完成任务：已逾期、N 个工作日内到期、超过
    stale_update_days 个工作日没有进度更新、或受阻的任务；因前置任务受阻或逾期而有延误风险的
    任务；逾期超过 escalate_after_days 个工作日、在牵头部门下再列一次的任务（逾期上报）；以及
    从 verify 阶段起（协作关闭后也一样）尚未完成的待改进点。先按部门、再按负责人分组，附最新
    进展和协作的沟通群；文本格式附负责人的联系方式。没有需要提醒的事项时什么也不输出（退出码 0）。
    wecom、dingtalk、feishu 格式输出群机器人 webhook 消息的 JSON 请求体，每行一条；内容过长时
    按部门拆成多条，每条都不超过平台的长度上限（企业微信文本 2048 字节，钉钉、飞书 20000
    字节）；部门和协作都用名称。联系方式写成 mobile:13800000000、wecom:ID、dingtalk:ID 或
    feishu:ID 时，消息会 @ 该负责人，但从不写出联系方式；绝不会 @ 所有人。每个工作日早上推送（cron 或 CI 定时任务）：
        collab remind --if-workday --lang zh --format dingtalk |
          while IFS= read -r body; do curl -fsS -H 'Content-Type: application/json' -d "$body" "$WEBHOOK"; sleep 3; done
    """)

    let ids: [String]
    let within: Int?
    let ifWorkday: Bool
    let format: Format

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        format = try Self.format(arguments)
        ids = try Self.collaborationIDs(arguments)
        ifWorkday = arguments.has(.ifWorkday)
        if let days = arguments.value(.within) {
            guard let value = Int(days), value >= 0 else {
                throw UsageError(Message(en: "--within takes a whole number of working days, not '\(days)'",
                                         zh: "--within 需要整数个工作日，而不是「\(days)」"), command: Self.name)
            }
            within = value
        } else {
            within = nil
        }
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        if ifWorkday && !workspace.config.calendar.isWorkday(context.today) {
            return context.reportUnread(workspace.diagnostics.filter { $0.severity == .error }, workspace: workspace)
        }
        let (digest, problems) = try Reminders.run(workspace, ids: ids, within: within, today: context.today)
        context.out(format.render(digest, context.renderSettings))
        return context.reportUnread(problems, workspace: workspace)
    }
}
