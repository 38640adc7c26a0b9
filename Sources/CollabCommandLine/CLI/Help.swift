import CollabKit

/// Help texts generated from the commands' declarations, in the chosen language.
enum Help {
    static func overview(_ language: Language) -> String {
        let zh = language == .zh
        var text = "collab " + (zh ? "——" : "—") + " " + tagline.text(language) + "\n\n" + (zh ? """
        用法：collab [-C DIR] <命令> [选项]

        命令：

        """ : """
        USAGE: collab [-C DIR] <command> [options]

        COMMANDS:

        """)
        let width = CommandRegistry.commands.map { $0.name.count }.max() ?? 0
        for command in CommandRegistry.commands {
            text += "  " + command.name.padding(width) + "  " + command.abstract.text(language) + "\n"
        }
        text += (zh ? "\n全局选项：\n" : "\nGLOBAL OPTIONS:\n") + optionLines(GlobalOptions.specs, language)
        text += zh ? "\n各命令的选项见「collab <命令> --help」。\n" : "\nSee 'collab <command> --help' for a command's options.\n"
        return text
    }

    static func command(_ command: any Command.Type, _ language: Language) -> String {
        let zh = language == .zh
        var text = (zh ? "用法：" : "USAGE: ") + command.usage + "\n\n" + command.abstract.text(language) + "\n"
        if let discussion = command.discussion { text += "\n" + discussion.text(language) + "\n" }
        let options = options(of: command)
        if !options.isEmpty { text += (zh ? "\n选项：\n" : "\nOPTIONS:\n") + optionLines(options, language) }
        let global = GlobalOptions.specs.filter { $0.option != .format }
        text += (zh ? "\n全局选项：\n" : "\nGLOBAL OPTIONS:\n") + optionLines(global, language)
        return text
    }

    static let tagline = Message(en: "cross-department collaboration records in git, checked like code",
                                 zh: "跨部门协作记录放在 git 中，像代码一样检查")

    /// A command's own options, with --format and its formats when it has several.
    static func options(of command: any Command.Type) -> [OptionSpec] {
        var options = command.options
        if !command.formats.isEmpty {
            let formats = command.formats, first = formats[0]
            options.append(.option(.format, value: "FORMAT", Message(en: "output format: \(Language.en.list(formats)) (default \(first))",
                                                                     zh: "输出格式：\(Language.zh.list(formats))（默认 \(first)）")))
        }
        return options
    }

    private static func optionLines(_ specs: [OptionSpec], _ language: Language) -> String {
        let labels = specs.map { spec -> String in
            var label = spec.short.map { "\($0), " } ?? ""
            label += spec.name
            if let value = spec.value { label += " " + value }
            return label
        }
        let width = labels.map(\.count).max() ?? 0
        return zip(labels, specs).map { "  " + $0.padding(width) + "  " + $1.help.text(language) + "\n" }.joined()
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
