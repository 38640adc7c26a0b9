import CollabKit

/// How a command ends: 0 success, 1 findings, 2 usage, environment or I/O error.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    case findings = 1
    case failure = 2
}

/// A subcommand: its name, help, flags and what it does. Commands parse their own
/// arguments in `init` and do their work in `run`, reading and writing only via `Context`.
protocol Command: SendableMetatype {
    static var name: String { get }
    static var abstract: Message { get }
    static var usage: String { get }
    static var options: [OptionSpec] { get }
    /// The command's output formats (`--format`), the first being the default; `NoFormat`
    /// for a command that takes no --format.
    associatedtype Format: OutputFormat = NoFormat
    static var discussion: Message? { get }
    /// What the command's positional arguments are, for shell completion.
    static var operands: Operands { get }

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError)
    func run(_ context: Context) throws -> ExitStatus
}

extension Command {
    /// The `--format` values the command accepts, from its `Format`; the first is the default.
    static var formats: [String] { Format.allCases.map(\.rawValue) }

    /// The format the command line chose (`--format`), or the default; exit 2 naming the
    /// command's formats for any other.
    static func format(_ arguments: ParsedArguments) throws(UsageError) -> Format {
        if let format = try requestedFormat(arguments) ?? Format.allCases.first { return format }
        throw unknownFormat("")
    }

    /// The format `--format` names, nil when not given; exit 2 naming the command's formats
    /// for one it does not take (any, for a command without formats).
    static func requestedFormat(_ arguments: ParsedArguments) throws(UsageError) -> Format? {
        guard let requested = arguments.value(.format) else { return nil }
        guard let format = Format(rawValue: requested) else { throw unknownFormat(requested) }
        return format
    }

    private static func unknownFormat(_ requested: String) -> UsageError {
        let accepted = formats.isEmpty ? "no --format" : "--format " + formats.joined(separator: "|")
        return UsageError(Message(en: "unknown format '\(requested)'; \(name) takes \(accepted)", zh: "未知的格式「\(requested)」；\(name) 接受 \(accepted)"), command: name)
    }

    static var discussion: Message? { nil }
    static var operands: Operands { .none }

    /// Positional arguments that name collaborations, each checked to be a valid id.
    static func collaborationIDs(_ arguments: ParsedArguments) throws(UsageError) -> [String] {
        for id in arguments.positionals { _ = try collaborationID(id) }
        return arguments.positionals
    }

    /// `id`, checked to be a valid collaboration id.
    static func collaborationID(_ id: String) throws(UsageError) -> String {
        guard Identifier.isCollaborationID(id) else {
            throw UsageError(Message(en: "'\(id)' is not a collaboration id ([a-z0-9][a-z0-9-]{0,63})", zh: "「\(id)」不是合法的协作编号（[a-z0-9][a-z0-9-]{0,63}）"), command: name)
        }
        return id
    }

    /// A `--status` value: one of the task statuses, with a "did you mean" for a Chinese
    /// name (完成 → done) or a typo.
    static func taskStatus(_ word: String) throws(UsageError) -> TaskStatus {
        if let status = TaskStatus(typed: word) { return status }
        var message = Message(en: "--status '\(word)' is not one of todo, doing, blocked, done, dropped",
                              zh: "--status「\(word)」不是 todo、doing、blocked、done、dropped 之一")
        if let close = Suggestion.closest(to: word, in: TaskStatus.allCases.map(\.rawValue)) {
            message = message.then(.didYouMean(close))
        }
        throw UsageError(message, command: Self.name)
    }

    /// The command's positional arguments, refusing more than `maximum`.
    static func positionals(_ arguments: ParsedArguments, maximum: Int) throws(UsageError) -> [String] {
        if arguments.positionals.count > maximum {
            let extra = arguments.positionals[maximum]
            throw UsageError(Message(en: "unexpected argument '\(extra)'", zh: "多余的参数「\(extra)」"), command: name)
        }
        return arguments.positionals
    }
}

/// The format of a command that takes no `--format`: there is none.
enum NoFormat: OutputFormat {
    static var allCases: [NoFormat] { [] }
    init?(rawValue: String) { nil }
    var rawValue: String { switch self {} }
}

/// What a command's positional arguments name, so completion scripts can offer them.
enum Operands: Equatable {
    case none
    case collaborations
    /// Revisions, then collaboration ids after `--` (diff).
    case collaborationsAfterDashDash
    case directory
    case file
    case words([String])
}

/// The options every command accepts.
enum GlobalOptions {
    static let specs: [OptionSpec] = [
        .option(.directory, value: "DIR", Message(en: "run as if collab was started in DIR", zh: "如同在 DIR 中启动 collab 一样运行")),
        .option(.format, value: "FORMAT", Message(en: "output format", zh: "输出格式")),
        .option(.color, value: "WHEN", Message(en: "colour output: auto, always or never (NO_COLOR is honoured)",
                                               zh: "彩色输出：auto、always 或 never（遵从 NO_COLOR）")),
        .option(.today, value: "DATE", Message(en: "take DATE (YYYY-MM-DD) as today; COLLAB_TODAY does the same",
                                               zh: "把 DATE（YYYY-MM-DD）当作今天；COLLAB_TODAY 作用相同")),
        .option(.lang, value: "LANG", Message(en: "the language of messages: en or zh (else COLLAB_LANG, LANGUAGE, LC_ALL, LC_MESSAGES, LANG)",
                                              zh: "提示信息的语言：en 或 zh（未指定时依次看 COLLAB_LANG、LANGUAGE、LC_ALL、LC_MESSAGES、LANG）")),
        .flag(.help, short: "-h", Message(en: "show help for the command", zh: "显示该命令的帮助")),
        .flag(.version, Message(en: "show collab's and libgit2's versions", zh: "显示 collab 和 libgit2 的版本")),
    ]
}

/// All commands, in the order help lists them.
enum CommandRegistry {
    static let commands: [any Command.Type] = [
        InitCommand.self, NewCommand.self, CheckCommand.self, AdvanceCommand.self, SetCommand.self, AddCommand.self,
        UpdateCommand.self, MeetingCommand.self, DeptCommand.self, MemberCommand.self, StatusCommand.self,
        TasksCommand.self, RemindCommand.self, DiffCommand.self, LogCommand.self, ReportCommand.self, MetricsCommand.self, FmtCommand.self, SchemaCommand.self,
        MergeDriverCommand.self, SetupCommand.self, DoctorCommand.self,
        CompletionsCommand.self,
        ParseCommand.self,
    ]

    static func named(_ name: String) -> (any Command.Type)? {
        commands.first { $0.name == name }
    }
}
