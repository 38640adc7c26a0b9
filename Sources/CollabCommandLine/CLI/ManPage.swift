import CollabKit

/// collab(1), generated from the command registry (`collab help --man`): every command with
/// its usage, help, options and formats, the global options, every rule, the exit statuses,
/// the environment and the files of a workspace — roff that `groff -man -ww` renders without a
/// warning, in either language.
enum ManPage {
    static func render(_ language: Language) -> String {
        let zh = language == .zh
        func heading(_ en: String, _ chinese: String) -> String { ".SH " + (zh ? chinese : en) + "\n" }
        var page = """
        .\\" collab(1), written by `collab help --man\(zh ? " --lang zh" : "")`; do not edit.
        .TH COLLAB 1 \(Runner.releaseDate) "collab \(Runner.version)" "\(zh ? "collab 手册" : "collab manual")"

        """
        // No hyphens inside file names and flags; ragged right, so that usage lines keep single
        // spaces (and groff 1.22 cannot justify a line of ideographs).
        page += ".nh\n.ad l\n"
        page += heading("NAME", "名称") + "collab \\- " + Roff.text(Help.tagline.text(language), language) + "\n"
        page += heading("SYNOPSIS", "概要") + """
        .B collab
        [\\fB\\-C\\fR \\fIDIR\\fR] \\fI\(zh ? "命令" : "command")\\fR [\\fI\(zh ? "选项" : "options")\\fR] [\\fI\(zh ? "参数" : "arguments")\\fR]
        .br
        .B collab help
        [\\fI\(zh ? "命令" : "command")\\fR]
        .br
        .B collab help \\-\\-man

        """
        page += heading("DESCRIPTION", "描述") + paragraphs(description.text(language), language)
        page += heading("COMMANDS", "命令")
        for command in CommandRegistry.commands {
            page += ".SS \"" + Roff.escape(command.usage) + "\"\n"
            page += paragraphs(command.abstract.text(language), language)
            if let discussion = command.discussion { page += paragraphs(discussion.text(language), language) }
            page += options(Help.options(of: command), language)
        }
        page += heading("GLOBAL OPTIONS", "全局选项") + options(GlobalOptions.specs, language)
        page += heading("RULES", "规则") + paragraphs(rulesIntroduction.text(language), language)
        for rule in RuleID.allCases {
            let severity = zh ? "（\(rule.severity.rawValue)）" : "(\(rule.severity.rawValue)) "
            page += ".TP\n.B " + Roff.escape(rule.rawValue) + "\n" + Roff.text(severity + rule.summary.text(language), language) + "\n"
        }
        page += heading("EXIT STATUS", "退出状态")
        for (status, meaning) in exitStatuses { page += ".TP\n.B \(status.rawValue)\n" + Roff.text(meaning.text(language), language) + "\n" }
        page += heading("ENVIRONMENT", "环境变量")
        for variable in EnvironmentVariable.allCases { page += ".TP\n.B \(variable.name)\n" + Roff.text(variable.help.text(language), language) + "\n" }
        page += heading("FILES", "文件")
        for (path, meaning) in files { page += ".TP\n.I " + Roff.escape(path) + "\n" + Roff.text(meaning.text(language), language) + "\n" }
        page += heading("SEE ALSO", "参见") + ".BR git (1),\n.BR gitattributes (5),\n.BR githooks (5)\n"
        return page
    }

    /// Text as roff paragraphs: a blank line starts a new one; an indented line, or one with
    /// columns (two spaces in a row), is an example and keeps its layout.
    static func paragraphs(_ text: String, _ language: Language) -> String {
        var out = "", filled: [String] = [], example: [String] = []
        func flush() {
            if !filled.isEmpty { out += ".PP\n" + Roff.text(Roff.joined(filled), language) + "\n" }
            if !example.isEmpty { out += ".PP\n.RS 4\n.nf\n" + example.map { Roff.line(Roff.escape($0)) + "\n" }.joined() + ".fi\n.RE\n" }
            filled = []
            example = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty { flush(); continue }
            let isExample = line.hasPrefix(" ") || trimmed.contains("  ")
            if isExample ? !filled.isEmpty : !example.isEmpty { flush() }
            if isExample { example.append(trimmed) } else { filled.append(line) }
        }
        flush()
        return out
    }

    private static func options(_ specs: [OptionSpec], _ language: Language) -> String {
        specs.map { spec in
            var label = spec.short.map { "\\fB" + Roff.escape($0) + "\\fR, " } ?? ""
            label += "\\fB" + Roff.escape(spec.name) + "\\fR"
            if let value = spec.value { label += " \\fI" + Roff.escape(value) + "\\fR" }
            return ".TP\n" + label + "\n" + Roff.text(spec.help.text(language), language) + "\n"
        }.joined()
    }

    private static let description = Message(en: """
    collab keeps each cross-department collaboration as a folder of YAML records in git:
    problem.yaml (the problem and its SMART goal), stakeholders.yaml (the lead department, the
    shared channel, one liaison per department), tasks.yaml (who does what by when, with daily
    progress), feedback.yaml (the verification, every department's feedback, practices and
    improvements) and meetings/. It checks them as a compiler checks code, with
    file:line:column diagnostics and a rule id for each finding, and moves a collaboration
    through six stages (define, initiate, plan, execute, verify, closed) only when the gate of
    each holds.

    A workspace is a folder holding collab.yaml; collab looks for it from the current folder
    upwards, as git looks for .git. The commands that read history (check --base, diff, log,
    report, metrics, advance --commit) read the git repository through libgit2; collab never
    runs git and never uses the network.
    """, zh: """
    collab 把每个跨部门协作保存为 git 中一个文件夹里的几份 YAML 记录：problem.yaml（问题定义与
    SMART 目标）、stakeholders.yaml（牵头部门、沟通群、各部门的对接人）、tasks.yaml（谁在何时之前
    做什么，以及每日进展）、feedback.yaml（效果验证、各部门反馈、有效做法和待改进点）和
    meetings/（沟通记录）。它像编译器检查代码一样检查这些记录：每条问题都给出「文件:行:列」和规则
    编号；协作只有在每个阶段的关口都满足时，才能沿 define、initiate、plan、execute、verify、
    closed 六个阶段推进。

    工作区是含有 collab.yaml 的文件夹；collab 从当前文件夹逐级向上查找它，就像 git 查找 .git
    一样。读取历史的命令（check --base、diff、log、report、metrics、advance --commit）通过
    libgit2 读取 git 仓库；collab 从不调用 git，也从不访问网络。
    """)

    private static let rulesIntroduction = Message(en: """
    Every finding names one of these rules, with its severity: an error fails check (exit 1), a
    warning fails it only with --strict, a notice never does. Rule ids and severities are the
    same in both languages.
    """, zh: """
    每条检查结果都注明下列规则之一及其级别：error 使 check 失败（退出码 1），warning 只在加了
    --strict 时使其失败，notice 从不使其失败。规则编号和级别在两种语言中相同。
    """)

    private static let exitStatuses: [(ExitStatus, Message)] = [
        (.success, Message(en: "success; warnings and notices are allowed unless --strict",
                           zh: "成功；除非加了 --strict，警告和提示不影响退出码")),
        (.findings, Message(en: "findings at error level (or warnings with --strict); a gate that does not hold (advance); differences found by fmt --check; a file outside the YAML subset (parse)",
                            zh: "有 error 级别的检查结果（或加了 --strict 时有警告）；关口不满足（advance）；fmt --check 发现格式不同；文件超出 YAML 子集（parse）")),
        (.failure, Message(en: "a usage, environment or I/O error: a bad flag or value, no workspace, an unknown collaboration or revision, an unreadable file, a full disk, a workspace outside git for the history commands",
                           zh: "用法、环境或读写错误：选项或取值有误、找不到工作区、未知的协作或版本、文件无法读取、磁盘已满、读取历史的命令所在的工作区不在 git 中")),
    ]

    private static let files: [(String, Message)] = [
        (WorkspaceLayout.configFile, Message(en: "the workspace: its settings, the working calendar and the directory of departments and people",
                                zh: "工作区：设置、工作日历，以及部门和人员名录")),
        (WorkspaceLayout.collaborationFile("ID", RecordFile.problem.fileName), Message(en: "the problem, its stage and its SMART goal", zh: "问题定义、所处阶段和 SMART 目标")),
        (WorkspaceLayout.collaborationFile("ID", RecordFile.stakeholders.fileName), Message(en: "the lead department, the channel and each department's role and liaison",
                                                         zh: "牵头部门、沟通群，以及各部门的角色和对接人")),
        (WorkspaceLayout.collaborationFile("ID", RecordFile.tasks.fileName), Message(en: "the tasks: owner, department, due date, deliverable, status, progress",
                                                  zh: "任务表：负责人、部门、截止日期、交付物、状态、进展")),
        (WorkspaceLayout.collaborationFile("ID", RecordFile.feedback.fileName), Message(en: "the verification, each department's feedback, practices and improvements",
                                                     zh: "效果验证、各部门反馈、有效做法和待改进点")),
        (WorkspaceLayout.collaborationFile("ID", RecordFile.meeting("YYYY-MM-DD-SLUG").fileName), Message(en: "a meeting's record: attendees, decisions, action items",
                                                                    zh: "一次会议的沟通记录：参会人、决定、待办事项")),
        (WorkspaceLayout.collaborationTemplateFolder + "/", Message(en: "the records collab new copies (the built-in template when absent)",
                                             zh: "collab new 复制的记录模板（没有时使用内置模板）")),
        (WorkspaceLayout.schemasFolder + "/", Message(en: "JSON Schemas of the records for editors (collab schema --write)", zh: "供编辑器使用的记录 JSON Schema（collab schema --write）")),
        (".gitattributes", Message(en: "the line that has git merge and diff the records through collab (collab setup)",
                                   zh: "让 git 通过 collab 合并和比较记录的那一行（collab setup）")),
    ]
}

/// Text for roff source.
enum Roff {
    /// Backslashes and hyphens escaped (`\-` is the hyphen-minus one can copy into a shell).
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            default: out.append(character)
            }
        }
        return out
    }

    /// A line of filled text: escaped, a break point after each ideograph (groff 1.22 breaks
    /// lines only at spaces) except before closing and after opening punctuation.
    static func text(_ text: String, _ language: Language) -> String {
        let characters = Array(text)
        var out = ""
        for (index, character) in characters.enumerated() {
            out += escape(String(character))
            guard index + 1 < characters.count, isWide(character), !opening.contains(character) else { continue }
            let next = characters[index + 1]
            if next != " " && !closing.contains(next) { out += "\\:" }
        }
        return line(out)
    }

    /// A line that cannot be read as a request: a leading dot or quote made literal.
    static func line(_ text: String) -> String {
        text.hasPrefix(".") || text.hasPrefix("'") ? "\\&" + text : text
    }

    /// Hard-wrapped lines as one: a space where a line ends, but none between ideographs or
    /// beside full-width punctuation.
    static func joined(_ lines: [String]) -> String {
        var out = ""
        for line in lines.map({ $0.trimmingSpaces }) {
            if let last = out.last, let first = line.first,
               !(isWide(last) && isWide(first)), !isPunctuation(last), !isPunctuation(first) { out += " " }
            out += line
        }
        return out
    }

    private static func isPunctuation(_ character: Character) -> Bool {
        opening.contains(character) || closing.contains(character)
    }

    private static func isWide(_ character: Character) -> Bool { DisplayWidth.of(String(character)) == 2 }
    private static let opening: Set<Character> = ["（", "「", "『", "《", "“", "‘", "【"]
    private static let closing: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "》", "”", "’", "】", "…"]
}
