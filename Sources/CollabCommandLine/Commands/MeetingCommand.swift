import CollabKit

/// `collab meeting ID --topic T [--date D] [--slug S] [--commit]`: a new meeting file from the
/// template (docs/reference.md §11), never over an existing one.
struct MeetingCommand: Command {
    static let name = "meeting"
    static let abstract = Message(en: "record a meeting: a new minutes file in the collaboration's meetings/ folder",
                                  zh: "记录一次沟通：在协作的 meetings/ 中新建一份沟通记录")
    static let usage = "collab meeting ID --topic TOPIC [--date YYYY-MM-DD] [--slug SLUG] [--commit] [--format text|json]"
    typealias Format = MeetingFormat
    static let operands = Operands.collaborations
    static let options: [OptionSpec] = [
        .option(.topic, value: "TOPIC", Message(en: "what the meeting is about (required)", zh: "沟通主题（必填）")),
        .option(.date, value: "DATE", Message(en: "the meeting's date, YYYY-MM-DD; today by default", zh: "沟通日期，YYYY-MM-DD；默认今天")),
        .option(.slug, value: "SLUG", Message(en: "the file name after the date: a-z, 0-9 and '-', at most 40; the collaboration's scenario or 'meeting' by default",
                                              zh: "文件名中日期后的部分：a-z、0-9 和 -，至多 40 个字符；默认取协作的场景（scenario），没有则为 meeting")),
        .flag(.commit, Message(en: "commit the new file (and nothing else) as 'collab(ID): meeting DATE-SLUG'",
                               zh: "把新文件（且只有它）提交为「collab(ID): meeting 日期-简称」")),
    ]
    static let discussion: Message? = Message(en: """
    Writes collaborations/ID/meetings/DATE-SLUG.yaml from templates/collaboration/meetings/
    meeting.yaml (the built-in template where the workspace has none) with topic and date
    filled in; every other key is there, commented, to fill in during and after the meeting:
        collab meeting q3-data-sync --topic "Q3数据提报问题专题会议" --date 2024-10-08 --slug plan
        collab set q3-data-sync meetings.2024-10-08-plan.host=李主管 meetings.2024-10-08-plan.recorder=赵会计
        collab add q3-data-sync meetings.2024-10-08-plan.actions text=提交延迟原因说明 owner=王经理 department=marketing due=2024-10-10
    An existing file is never replaced: the command refuses and names it (exit 2). What the
    new minutes still lack (host, recorder, goal and attendees once the date has passed) is
    listed, as collab check reports it.
    """, zh: """
    按 templates/collaboration/meetings/meeting.yaml（工作区没有时用内置模板）新建
    collaborations/ID/meetings/日期-简称.yaml，填好主题和日期；其余各键以注释形式列出，供会中、
    会后填写：
        collab meeting q3-data-sync --topic "Q3数据提报问题专题会议" --date 2024-10-08 --slug plan
        collab set q3-data-sync meetings.2024-10-08-plan.host=李主管 meetings.2024-10-08-plan.recorder=赵会计
        collab add q3-data-sync meetings.2024-10-08-plan.actions text=提交延迟原因说明 owner=王经理 department=marketing due=2024-10-10
    已有同名文件时绝不覆盖：命令拒绝执行并给出文件名（退出码 2）。新纪要尚缺的内容（日期已过时
    的主持人、记录人、沟通目标和参与部门）会按 collab check 的格式列出。
    """)

    let id: String
    let topic: String
    let date: CalendarDate?
    let slug: String?
    let commit: Bool
    let format: Format

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        id = try Self.editedCollaboration(arguments, usage: Self.usage)
        guard arguments.positionals.count == 1 else {
            throw UsageError(Message(en: "meeting takes one collaboration ID; give the topic with --topic", zh: "meeting 只接受一个协作编号；主题请用 --topic 给出"), command: Self.name)
        }
        guard let topic = arguments.value(.topic), !topic.isBlank else {
            throw UsageError(Message(en: "meeting needs --topic TOPIC", zh: "meeting 需要 --topic 主题"), command: Self.name)
        }
        self.topic = topic
        date = try Self.dateOption(arguments, today: context.today)
        slug = arguments.value(.slug)
        if let slug, !Identifier.isMeetingSlug(Array(slug.utf8)) {
            throw UsageError(Message(en: "--slug '\(slug)' must be a-z, 0-9 and '-', starting with a letter or digit, at most 40 characters",
                                     zh: "--slug「\(slug)」只能用 a-z、0-9 和 -，以字母或数字开头，至多 40 个字符"), command: Self.name)
        }
        commit = arguments.has(.commit)
        format = try Self.format(arguments)
    }

    func run(_ context: Context) throws -> ExitStatus {
        let workspace = try context.workspace()
        let transaction = CollaborationTransaction(workspace: workspace, collaboration: id, today: context.today,
                                                   commit: commit ? try context.commitEnvironment(Self.name) : nil)
        let outcome = try transaction.recordMeeting(topic: topic, date: date, slug: slug)
        if let report = outcome.report(id, shown: { context.displayPath($0, workspace: workspace) }) {
            context.out(format.render(report, context.renderSettings))
            // In text, what the minutes still lack goes to stderr as collab check prints it.
            if format == .text { reportWhatIsMissing(report.missing, context) }
            return .success
        }
        switch outcome {
        case .exists(let file):
            let shown = context.displayPath(file, workspace: workspace)
            context.fail(Message(en: "\(shown) already exists; give another --slug or --date, or edit it with collab set",
                                 zh: "\(shown) 已存在；请换一个 --slug 或 --date，或用 collab set 修改它"))
            return .failure
        case .created:
            return .success
        }
    }

    /// The new file's findings, as collab check prints them: what the minutes still need.
    private func reportWhatIsMissing(_ findings: [Diagnostic], _ context: Context) {
        let reporter = TextReporter(language: context.language, color: context.color)
        for finding in findings { context.err(reporter.line(finding) + "\n") }
    }
}
