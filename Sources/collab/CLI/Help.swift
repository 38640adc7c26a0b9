/// Help texts generated from the commands' declarations.
enum Help {
    static func overview() -> String {
        var text = """
        collab — cross-department collaboration records in git, checked like code

        USAGE: collab [-C DIR] <command> [options]

        COMMANDS:

        """
        let width = CommandRegistry.commands.map { $0.name.count }.max() ?? 0
        for command in CommandRegistry.commands {
            text += "  " + command.name.padding(width) + "  " + command.abstract + "\n"
        }
        text += "\nGLOBAL OPTIONS:\n" + optionLines(GlobalOptions.specs)
        text += "\nSee 'collab <command> --help' for a command's options.\n"
        return text
    }

    static func command(_ command: any Command.Type) -> String {
        var text = "USAGE: \(command.usage)\n\n\(command.abstract)\n"
        if !command.discussion.isEmpty { text += "\n" + command.discussion + "\n" }
        var options = command.options
        if !command.formats.isEmpty {
            options.append(.option("--format", value: "FORMAT", "output format: \(command.formats.joined(separator: ", ")) (default \(command.formats[0]))"))
        }
        if !options.isEmpty { text += "\nOPTIONS:\n" + optionLines(options) }
        let global = GlobalOptions.specs.filter { $0.name != "--format" }
        text += "\nGLOBAL OPTIONS:\n" + optionLines(global)
        return text
    }

    private static func optionLines(_ specs: [OptionSpec]) -> String {
        let labels = specs.map { spec -> String in
            var label = spec.short.map { "\($0), " } ?? ""
            label += spec.name
            if let value = spec.value { label += " " + value }
            return label
        }
        let width = labels.map(\.count).max() ?? 0
        return zip(labels, specs).map { "  " + $0.padding(width) + "  " + $1.help + "\n" }.joined()
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
