import CollabKit
#if canImport(Glibc)
import Glibc
#endif

/// Turns a command line into a command run and an exit status. The one place where errors
/// become exit codes and messages.
public struct Runner {
    static let version = "0.1.0"
    /// The day of this version: the manual page's date, and the Debian changelog's (scripts/deb).
    static let releaseDate = "2026-11-22"

    var environment: [String: String]
    var currentDirectory: String
    var stdoutIsTerminal: Bool
    var stderrIsTerminal: Bool
    var terminalWidth: Int?
    /// Where commands write: stdout and stderr as lines are made, or, in tests, strings.
    public let standardOutput: StandardStream
    public let standardError: StandardStream
    /// Today from the clock; `--today` and COLLAB_TODAY override it.
    var clockToday: () -> CalendarDate

    public init(environment: [String: String], currentDirectory: String, stdoutIsTerminal: Bool, stderrIsTerminal: Bool,
                terminalWidth: Int? = nil, standardOutput: StandardStream = StandardStream(descriptor: 1),
                standardError: StandardStream = StandardStream(descriptor: 2), clockToday: (() -> CalendarDate)? = nil) {
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
        self.terminalWidth = terminalWidth
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.clockToday = clockToday ?? Runner.localToday
    }

    /// Runs the command line; `raw` holds the arguments' bytes as received, an argument
    /// that is not UTF-8 is refused before anything else (see `ArgumentEncoding`).
    public func run(_ arguments: [String], raw: [[UInt8]] = []) -> (ExitStatus, Context) {
        let language = LanguageChoice.language(flag: LanguageChoice.flag(in: arguments), environment: environment)
        let fallback = makeContext(language: language, color: false, today: CalendarDate(dayNumber: 0),
                                   directory: currentDirectory)
        let commandName = Runner.commandIndex(arguments).map { arguments[$0] }.flatMap { CommandRegistry.named($0)?.name }
        if let refusal = ArgumentEncoding.refusal(raw, command: commandName) {
            return (usageFailure(refusal, fallback), fallback)
        }
        guard let commandIndex = Runner.commandIndex(arguments) else {
            return (topLevel(arguments, fallback), fallback)
        }
        let before = Array(arguments[..<commandIndex])
        if before.contains(OptionName.version.spelling) || before.contains(OptionName.help.spelling) || before.contains("-h") {
            return (topLevel(before, fallback), fallback)
        }
        let name = arguments[commandIndex]
        guard let command = CommandRegistry.named(name) else {
            if name == "help" {
                var rest = arguments
                rest.remove(at: commandIndex)
                return (helpCommand(rest, fallback), fallback)
            }
            var message = Message(en: "'\(name)' is not a collab command", zh: "「\(name)」不是 collab 的命令")
            if let close = Suggestion.closest(to: name, in: CommandRegistry.commands.map({ $0.name }), by: .command) {
                message = message.then(.didYouMean(close))
            }
            return (usageFailure(UsageError(message), fallback), fallback)
        }
        var rest = arguments
        rest.remove(at: commandIndex)
        do {
            let parsed = try ParsedArguments.parse(rest, specs: GlobalOptions.specs + command.options, command: command.name)
            if parsed.has(.help) {
                fallback.out(Help.command(command, fallback.language))
                return (.success, fallback)
            }
            if parsed.has(.version) {
                fallback.out(Runner.versionText)
                return (.success, fallback)
            }
            let context = try makeContext(parsed, command)
            do {
                let instance = try command.init(parsed, context)
                return (try instance.run(context), context)
            } catch let error as UsageError {
                return (usageFailure(error, context), context)
            } catch {
                let english = Runner.describe(error)
                context.fail((error as? Failure)?.message ?? Message(en: english, zh: english))
                return (.failure, context)
            }
        } catch {
            return (usageFailure(error, fallback), fallback)
        }
    }

    static var versionText: String { "collab \(version) (libgit2 \(LibGit2.version))\n" }

    /// The index of the command name: the first argument that is neither an option nor the
    /// value of a global option.
    static func commandIndex(_ arguments: [String]) -> Int? {
        var index = 0
        let takesValue = Set(GlobalOptions.specs.filter { $0.value != nil }.map(\.name))
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return index + 1 < arguments.count ? index + 1 : nil }
            if !argument.hasPrefix("-") { return index }
            index += takesValue.contains(argument) ? 2 : 1
        }
        return nil
    }

    private func topLevel(_ arguments: [String], _ context: Context) -> ExitStatus {
        if arguments.contains(OptionName.version.spelling) {
            context.out(Runner.versionText)
            return .success
        }
        if arguments.contains(OptionName.help.spelling) || arguments.contains("-h") {
            context.out(Help.overview(context.language))
            return .success
        }
        context.err(Help.overview(context.language))
        return .failure
    }

    /// `collab help [COMMAND]`, and `collab help --man`: the manual page collab(1), in roff.
    private func helpCommand(_ arguments: [String], _ context: Context) -> ExitStatus {
        let man = OptionSpec.flag(.man, Message(en: "print the manual page collab(1), in roff", zh: "输出手册页 collab(1)（roff 格式）"))
        let parsed: ParsedArguments
        do {
            parsed = try ParsedArguments.parse(arguments, specs: GlobalOptions.specs + [man], command: nil)
        } catch {
            return usageFailure(error, context)
        }
        if parsed.has(.man) {
            context.out(ManPage.render(context.language))
            return .success
        }
        guard let name = parsed.positionals.first else {
            context.out(Help.overview(context.language))
            return .success
        }
        guard let command = CommandRegistry.named(name) else {
            return usageFailure(UsageError(Message(en: "'\(name)' is not a collab command", zh: "「\(name)」不是 collab 的命令")), context)
        }
        context.out(Help.command(command, context.language))
        return .success
    }

    private func usageFailure(_ error: UsageError, _ context: Context) -> ExitStatus {
        let help = error.command.map { "collab \($0) --help" } ?? "collab --help"
        let see = context.language == .zh ? "参见「\(help)」。" : "See '\(help)'."
        context.err("collab: \(TerminalText.escape(error.message.text(context.language)))\n\(see)\n")
        return .failure
    }

    private func makeContext(_ parsed: ParsedArguments, _ command: any Command.Type) throws(UsageError) -> Context {
        _ = try command.requestedFormat(parsed)
        let directory = Path.absolute(parsed.value(.directory) ?? ".", base: currentDirectory)
        if parsed.value(.directory) != nil && !FileSystem.isDirectory(directory) {
            throw UsageError(Message(en: "-C \(parsed.value(.directory) ?? ""): no such folder", zh: "-C \(parsed.value(.directory) ?? "")：没有这个文件夹"), command: command.name)
        }
        let language = LanguageChoice.language(flag: parsed.value(.lang), environment: environment)
        return makeContext(language: language, color: try colorChoice(parsed, command), today: try today(parsed, command),
                           directory: directory)
    }

    private func makeContext(language: Language, color: Bool, today: CalendarDate, directory: String) -> Context {
        Context(directory: directory, language: language, color: color, today: today, environment: environment,
                stdoutIsTerminal: stdoutIsTerminal, terminalWidth: terminalWidth ?? environment[.columns].flatMap { Int($0) },
                standardOutput: standardOutput, standardError: standardError)
    }

    private func colorChoice(_ parsed: ParsedArguments, _ command: any Command.Type) throws(UsageError) -> Bool {
        switch parsed.value(.color) ?? "auto" {
        case "always": return true
        case "never": return false
        case "auto": return stdoutIsTerminal && (environment[.noColor] ?? "").isEmpty && environment[.term] != "dumb"
        case let other: throw UsageError(Message(en: "--color takes auto, always or never, not '\(other)'", zh: "--color 只接受 auto、always 或 never，而不是「\(other)」"), command: command.name)
        }
    }

    private func today(_ parsed: ParsedArguments, _ command: any Command.Type) throws(UsageError) -> CalendarDate {
        if let text = parsed.value(.today) {
            guard let date = CalendarDate(text) else {
                throw UsageError(Message(en: "--today '\(text)' is not a date; write YYYY-MM-DD", zh: "--today「\(text)」不是日期；请写成 YYYY-MM-DD"), command: command.name)
            }
            return date
        }
        if let text = environment[.collabToday], !text.isEmpty {
            guard let date = CalendarDate(text) else {
                throw UsageError(Message(en: "COLLAB_TODAY '\(text)' is not a date; write YYYY-MM-DD", zh: "COLLAB_TODAY「\(text)」不是日期；请写成 YYYY-MM-DD"), command: command.name)
            }
            return date
        }
        return clockToday()
    }

    static func localToday() -> CalendarDate {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? CalendarDate(dayNumber: Int(now) / 86_400)
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? CustomStringConvertible { return error.description }
        return String(describing: error)
    }
}
