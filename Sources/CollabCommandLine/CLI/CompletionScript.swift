import CollabKit

/// Writes the bash, zsh and fish completion scripts from the command registry, so the
/// scripts offer exactly the commands, flags and formats collab accepts.
struct CompletionScript {
    /// The shells collab writes completion scripts for.
    enum Shell: String, CaseIterable {
        case bash, zsh, fish
    }

    let commands: [any Command.Type]
    /// The language of the descriptions shells show next to commands and options.
    var language: Language = .en

    func render(_ shell: Shell) -> String {
        switch shell {
        case .bash: return bash()
        case .zsh: return zsh()
        case .fish: return fish()
        }
    }

    /// What the value of an option is, by its placeholder; nil when it is free text.
    enum Value {
        case directory, formats, words([String]), departments, revisions
    }

    static func value(of option: OptionSpec) -> Value? {
        switch option.value {
        case "DIR": return .directory
        case "FORMAT": return .formats
        case "WHEN": return .words(["auto", "always", "never"])
        case "S": return .words(TaskStatus.allCases.map(\.rawValue))
        case "STAGE": return .words(Stage.allCases.map(\.rawValue))
        case "DEPT", "D": return .departments
        case "REV": return .revisions
        default: return nil
        }
    }

    /// The options a command takes: its own, then the global ones (--format only when it has formats).
    static func options(of command: any Command.Type) -> [OptionSpec] {
        command.options + GlobalOptions.specs.filter { $0.option != .format || !command.formats.isEmpty }
    }

    /// Options that take a value, with their spellings (for skipping values when finding the command).
    var valueOptions: [String] {
        var names = Set<String>()
        for command in commands {
            for option in Self.options(of: command) where option.value != nil {
                names.insert(option.name)
                if let short = option.short { names.insert(short) }
            }
        }
        return names.sorted()
    }

    static func quoted(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    /// The shell words for a value: a fixed list, or `call` (with `%` standing for
    /// `--departments`), a shell expression that lists them.
    static func words(_ value: Value, command: any Command.Type, call: String) -> String {
        func calling(_ flag: String) -> String { call.split(separator: "%", omittingEmptySubsequences: false).joined(separator: flag) }
        switch value {
        case .words(let words): return words.joined(separator: " ")
        case .formats: return command.formats.joined(separator: " ")
        case .departments: return calling("--departments")
        case .revisions, .directory: return ""
        }
    }
}
