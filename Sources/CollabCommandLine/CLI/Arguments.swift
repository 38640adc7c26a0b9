import CollabKit

/// One flag or option a command accepts: its name, and its help in that command.
struct OptionSpec {
    var option: OptionName
    var short: String?
    /// The placeholder of the option's value; nil for a flag.
    var value: String?
    var help: Message

    /// As typed: `--commit`.
    var name: String { option.spelling }

    static func flag(_ option: OptionName, short: String? = nil, _ help: Message) -> OptionSpec {
        OptionSpec(option: option, short: short, value: nil, help: help)
    }

    static func option(_ option: OptionName, short: String? = nil, value: String, _ help: Message) -> OptionSpec {
        OptionSpec(option: option, short: short, value: value, help: help)
    }
}

/// A command line that does not fit the command: exit status 2 with a usage hint.
struct UsageError: Error, Equatable {
    var message: Message
    var command: String?

    init(_ message: Message, command: String? = nil) {
        self.message = message
        self.command = command
    }
}

/// The command line split into flags, option values and positional arguments.
struct ParsedArguments {
    var flags: Set<OptionName> = []
    var values: [OptionName: [String]] = [:]
    var positionals: [String] = []
    /// How many positionals came before `--` (all of them when there was none).
    var positionalsBeforeDashDash: Int?

    func has(_ flag: OptionName) -> Bool { flags.contains(flag) }
    func value(_ option: OptionName) -> String? { values[option]?.last }
    /// Every value of a repeatable option, in order.
    func values(_ option: OptionName) -> [String] { values[option] ?? [] }

    /// Parses `arguments` against `specs`: `--name`, `--name value`, `--name=value`, `-x`,
    /// and `--` before positional arguments that start with `-`.
    static func parse(_ arguments: [String], specs: [OptionSpec], command: String?) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                result.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                result.positionalsBeforeDashDash = result.positionals.count
                continue
            }
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = specs.first(where: { $0.name == name || $0.short == name }) else {
                let unknown = name
                var message = Message(en: "unknown option '\(unknown)'", zh: "未知的选项 \(unknown)")
                if let close = Suggestion.closest(to: name, in: specs.map(\.name), by: .option) { message = message.then(.didYouMean(close)) }
                throw UsageError(message, command: command)
            }
            guard spec.value != nil else {
                if inlineValue != nil { throw UsageError(Message(en: "option '\(spec.name)' takes no value", zh: "选项 \(spec.name) 不接受值"), command: command) }
                result.flags.insert(spec.option)
                continue
            }
            if let inlineValue {
                result.values[spec.option, default: []].append(inlineValue)
            } else if index < arguments.count {
                result.values[spec.option, default: []].append(arguments[index])
                index += 1
            } else {
                throw UsageError(Message(en: "option '\(spec.name)' needs a value (\(spec.value ?? "VALUE"))", zh: "选项 \(spec.name) 需要一个值（\(spec.value ?? "VALUE")）"), command: command)
            }
        }
        return result
    }
}
