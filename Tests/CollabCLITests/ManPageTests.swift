@testable import CollabCommandLine
import CollabKit
import Foundation
import Testing

/// collab(1) from `collab help --man`: every command of the registry, with every option it
/// declares and its formats, every rule, exit status and environment variable — checked
/// against the registry itself, so a command added without reaching the manual fails here —
/// and roff that groff and man render without a warning, in both languages.
struct ManPageTests {
    static let sources = CLI.packageRoot.appendingPathComponent("Sources")

    static func manual(_ language: String) throws -> String {
        let result = try CLI.run(["help", "--man", "--lang", language], in: FileManager.default.temporaryDirectory.path)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        return result.stdout
    }

    /// The section of the manual from `start` to the next line beginning with `end`.
    static func section(_ manual: String, from start: String, to end: String) throws -> Substring {
        let from = try #require(manual.range(of: start)).lowerBound
        let rest = manual[manual.index(after: from)...]
        let to = rest.range(of: "\n" + end).map(\.lowerBound) ?? rest.endIndex
        return manual[from..<to]
    }

    @Test(arguments: ["en", "zh"]) func everyCommandOfTheRegistryIsInTheManualWithItsOptionsAndFormats(_ language: String) throws {
        let manual = try Self.manual(language)
        let commands = CommandRegistry.commands
        #expect(commands.count >= 22 && commands.contains { $0.name == "merge-driver" }, "\(commands.map { $0.name })")
        for command in commands {
            let heading = ".SS \"collab " + command.name.replacingOccurrences(of: "-", with: "\\-")
            let start = manual.contains(heading + " ") ? heading + " " : heading + "\""
            let section = try Self.section(manual, from: start, to: ".S")
            let options = command.options.map(\.name) + (command.formats.isEmpty ? [] : ["--format"])
            for option in options {
                #expect(section.contains("\\fB" + option.replacingOccurrences(of: "-", with: "\\-") + "\\fR"),
                        "collab \(command.name) \(option) is not in its section of collab(1)")
            }
            let lang: Language = language == "zh" ? .zh : .en
            #expect(command.formats.isEmpty || section.contains(Roff.text(lang.list(command.formats), lang)), "collab \(command.name)'s formats are not in collab(1)")
        }
        let sections = manual.split(separator: "\n").filter { $0.hasPrefix(".SS \"collab ") }
        #expect(sections.count == commands.count, "the manual has commands the sources do not: \(sections)")
    }

    @Test(arguments: ["en", "zh"]) func everyRuleExitStatusAndEnvironmentVariableIsInTheManual(_ language: String) throws {
        let manual = try Self.manual(language)
        let rules = try Self.section(manual, from: language == "zh" ? ".SH 规则" : ".SH RULES", to: ".SH")
        for rule in RuleID.allCases {
            #expect(rules.contains(".TP\n.B \(rule.rawValue.replacingOccurrences(of: "-", with: "\\-"))\n\(language == "zh" ? "（" : "(")\(rule.severity.rawValue)"),
                    "rule \(rule.rawValue) is not in collab(1)")
        }
        let statuses = try Self.section(manual, from: language == "zh" ? ".SH 退出状态" : ".SH EXIT STATUS", to: ".SH")
        for status in 0...2 { #expect(statuses.contains(".TP\n.B \(status)\n")) }

        // Every variable collab reads (docs/reference.md §14 and the commands): the sources read
        // them only through EnvironmentVariable, whose cases the manual lists.
        let environment = try Self.section(manual, from: language == "zh" ? ".SH 环境变量" : ".SH ENVIRONMENT", to: ".SH")
        let listed = environment.matches(of: /\.TP\n\.B ([A-Z_]+)\n/).map { String($0.1) }
        #expect(listed == ["COLLAB_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "COLLAB_TODAY", "NO_COLOR", "TERM", "COLUMNS",
                           "GIT_DIR", "GIT_WORK_TREE", "GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE", "PATH"], "\(listed)")
    }

    @Test(arguments: ["en", "zh"]) func groffAndManRenderTheManualWithoutAWarning(_ language: String) throws {
        let scratch = try Scratch()
        try scratch.write("collab.1", try Self.manual(language))
        let groff = try Program.run("/usr/bin/groff", ["-k", "-man", "-ww", "-Tutf8", "-z", scratch.file("collab.1").path])
        #expect(groff.status == 0 && groff.output.isEmpty, "\(groff.output)")
        // As lintian reads a manual page.
        let man = try Program.run("/bin/sh", ["-c", "man --warnings -E UTF-8 -l -Tutf8 -Z \"$0\" >/dev/null", scratch.file("collab.1").path],
                                  environment: ["MANWIDTH": "80", "LC_ALL": "C.UTF-8"])
        #expect(man.status == 0 && man.output.isEmpty, "\(man.output)")
        let rendered = try Program.run("/usr/bin/man", ["-l", scratch.file("collab.1").path], environment: ["MANWIDTH": "80", "LC_ALL": "C.UTF-8", "MANPAGER": "cat"])
        #expect(rendered.output.contains(language == "zh" ? "跨部门协作记录放在 git 中" : "cross-department collaboration records in git"))
        // Commands and flags come out as one can type them: ASCII hyphen-minus, not hyphenated.
        #expect(rendered.output.contains("collab check [ID…] [--base REV") && rendered.output.contains("--strict"), "\(rendered.output.prefix(3000))")
    }

    @Test func helpTakesOnlyACommandOrMan() throws {
        let directory = FileManager.default.temporaryDirectory.path
        #expect(try CLI.run(["help", "--man"], in: directory, environment: ["LANG": "zh_CN.UTF-8"]).stdout.contains(".SH 名称"))
        let bad = try CLI.run(["help", "--mna"], in: directory)
        #expect(bad.status == 2 && bad.stderr.hasPrefix("collab: unknown option '--mna'; did you mean"), "\(bad.stderr)")
        #expect(try CLI.run(["help", "check", "--lang", "zh"], in: directory).stdout.hasPrefix("用法：collab check"))
    }
}
