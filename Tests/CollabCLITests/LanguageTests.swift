import Foundation
import Testing

/// docs/reference.md §14: the language of messages follows --lang, COLLAB_LANG, LANGUAGE
/// (not under the C locale), LC_ALL, LC_MESSAGES, LANG — the first that is set; `zh…` is
/// Chinese, anything else English. The harness sets LANG=C.UTF-8 unless a case overrides it;
/// an empty variable counts as unset.
struct LanguageTests {
    struct Choice: Sendable, CustomTestStringConvertible {
        var arguments: [String] = []
        var environment: [String: String] = [:]
        var chinese: Bool

        var testDescription: String {
            (environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + arguments).joined(separator: " ")
        }
    }

    static let choices: [Choice] = [
        .init(chinese: false),
        .init(environment: ["LANG": "zh_CN.UTF-8"], chinese: true),
        .init(arguments: ["--lang", "en"], environment: ["LANG": "zh_CN.UTF-8"], chinese: false),
        .init(arguments: ["--lang", "zh"], chinese: true),
        .init(arguments: ["--lang=zh_CN"], chinese: true),
        .init(arguments: ["--lang", "fr"], environment: ["LANG": "zh_CN.UTF-8"], chinese: false),
        .init(environment: ["COLLAB_LANG": "zh", "LANG": "en_US.UTF-8"], chinese: true),
        .init(environment: ["COLLAB_LANG": "en", "LANG": "zh_CN.UTF-8"], chinese: false),
        .init(environment: ["COLLAB_LANG": "", "LANG": "zh_CN.UTF-8"], chinese: true),
        .init(environment: ["LANGUAGE": "zh_CN:en", "LANG": "en_US.UTF-8"], chinese: true),
        .init(environment: ["LANGUAGE": "en:zh_CN", "LANG": "zh_CN.UTF-8"], chinese: false),
        .init(environment: ["LANGUAGE": "zh_CN", "LANG": "C"], chinese: false),
        .init(environment: ["LANGUAGE": "zh_CN", "LANG": "C.UTF-8"], chinese: false),
        .init(environment: ["LANGUAGE": "zh_CN", "LANG": "POSIX"], chinese: false),
        .init(environment: ["LANGUAGE": "zh_CN", "LANG": ""], chinese: false),
        .init(environment: ["LANGUAGE": "zh_CN", "LC_ALL": "en_US.UTF-8", "LANG": "C"], chinese: true),
        .init(environment: ["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"], chinese: false),
        .init(environment: ["LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"], chinese: true),
        .init(environment: ["LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"], chinese: true),
        .init(environment: ["LANG": "fr_FR.UTF-8"], chinese: false),
    ]

    @Test(arguments: choices) func theLanguageFollowsTheOrderOfTheSpecification(_ choice: Choice) throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["check", "--today", "2024-07-04"] + choice.arguments, in: workspace.path, environment: choice.environment)
        let summary = try #require(result.stdout.split(separator: "\n").last)
        #expect(summary.hasPrefix(choice.chinese ? "已检查 2 个协作" : "checked 2 collaborations"), "\(summary)")
    }

    @Test func usageErrorsAreInTheChosenLanguageEvenBeforeTheCommandLineParses() throws {
        let workspace = try Scratch.workspace()
        let chinese = try CLI.run(["check", "--bad-flag"], in: workspace.path, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.status == 2)
        #expect(chinese.stderr == "collab: 未知的选项 --bad-flag\n参见「collab check --help」。\n", "\(chinese.stderr)")
        let english = try CLI.run(["--lang", "en", "check", "--bad-flag"], in: workspace.path, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(english.stderr == "collab: unknown option '--bad-flag'\nSee 'collab check --help'.\n", "\(english.stderr)")
        let command = try CLI.run(["chek"], in: workspace.path, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(command.stderr.hasPrefix("collab: 「chek」不是 collab 的命令；是否想写「check」？"), "\(command.stderr)")
    }

    @Test func errorsOfTheWorkspaceAreInTheChosenLanguage() throws {
        let folder = try Scratch()
        let chinese = try CLI.run(["status"], in: folder.path, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.status == 2)
        #expect(chinese.stderr.contains("中都没有 collab 工作区（collab.yaml）；运行 collab init 创建一个"), "\(chinese.stderr)")
        let workspace = try Scratch.workspace()
        let unknown = try CLI.run(["check", "nope"], in: workspace.path, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(unknown.stderr == "collab: error: 本工作区中没有协作「nope」（查找的是 collaborations/nope/）\n", "\(unknown.stderr)")
    }

    /// The same findings in both languages: rule ids, files, lines and columns do not change.
    @Test func chineseFindingsKeepRulesAndPositions() throws {
        let workspace = try ReportFormatTests.workspaceWithAnError()
        let tasks = try workspace.read("collaborations/new-product-page/tasks.yaml")
        try workspace.write("collaborations/new-product-page/tasks.yaml",
                            tasks.replacingOccurrences(of: "status: todo", with: "status: 待办")
                                .replacingOccurrences(of: "depends_on: [T1, T2]", with: "depends_on: [T1, T9]"))
        let english = try CLI.run(["check", "--today", "2024-07-04"], in: workspace.path)
        let chinese = try CLI.run(["check", "--today", "2024-07-04", "--lang", "zh"], in: workspace.path)
        #expect(english.status == 1 && chinese.status == 1)
        func skeleton(_ text: String) -> [String] {
            text.split(separator: "\n").dropLast().map { line in
                let head = line.split(separator: " ", maxSplits: 2).prefix(2).joined(separator: " ")
                return head + " " + (line.split(separator: "[").last.map(String.init) ?? "")
            }
        }
        #expect(skeleton(english.stdout) == skeleton(chinese.stdout))
        try CLI.expectGolden(chinese.stdout, "check-errors.zh.txt")
    }

    /// Both READMEs describe every command collab has.
    @Test func bothReadmesDescribeEveryCommand() throws {
        let folder = try Scratch()
        let help = try CLI.run(["--help"], in: folder.path).stdout
        let commands = help.components(separatedBy: "COMMANDS:\n")[1].components(separatedBy: "\n\n")[0]
            .split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        #expect(commands.count == 24)
        for readme in ["README.md", "README.zh-CN.md"] {
            let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent(readme), encoding: .utf8)
            for command in commands {
                #expect(text.contains("### `collab \(command)"), "\(readme) has no section for collab \(command)")
            }
        }
    }

    /// Every command's help, and the overview, read in Chinese: each line of prose has
    /// Chinese in it (only the usage line and command examples are left as they are typed),
    /// and the options are the same as in English.
    @Test(arguments: ["--help", "init", "new", "check", "advance", "set", "add", "update", "meeting", "status", "tasks", "remind", "diff", "log", "report", "metrics", "merge-driver", "setup", "doctor",
                      "fmt", "schema", "completions", "parse"])
    func helpIsInChinese(_ command: String) throws {
        let folder = try Scratch()
        let arguments = command == "--help" ? ["--help"] : [command, "--help"]
        let chinese = try CLI.run(arguments, in: folder.path, environment: ["LANG": "zh_CN.UTF-8"])
        let english = try CLI.run(arguments, in: folder.path)
        #expect(chinese.status == 0 && english.status == 0)
        let lines = chinese.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix(command == "--help" ? "collab ——" : "用法：collab \(command)") == true, "\(chinese.stdout)")
        // Examples of what is typed stand indented by four spaces.
        func typed(_ line: Substring) -> Bool { line.hasPrefix("    ") || line.hasPrefix("fish:") }
        for line in lines.dropFirst() {
            #expect(typed(Substring(line)) || line.unicodeScalars.contains { $0.isHan }, "not in Chinese: \(line)")
        }
        func flags(_ text: String) -> [String] {
            text.split(separator: "\n").filter { $0.hasPrefix("  -") }.map { $0.dropFirst(2).components(separatedBy: "  ")[0] }
        }
        #expect(flags(chinese.stdout) == flags(english.stdout))
        let prose = english.stdout.split(separator: "\n").filter { !typed($0) }.joined(separator: "\n")
        #expect(!prose.unicodeScalars.contains { $0.isHan } || command == "tasks", "English help has Chinese: \(prose)")
    }
}

extension Unicode.Scalar {
    /// A CJK ideograph: what Chinese text has and English text has not.
    var isHan: Bool { (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) }
}

/// What reads git history, in Chinese: the semantic diff (text and Markdown) and the stage log.
struct ChineseHistoryTests {
    static func chinese(_ repo: GitWorkspace, _ arguments: String...) throws -> CLIResult {
        try CLI.run(arguments, in: repo.path, environment: ["LANG": "zh_CN.UTF-8", "COLLAB_TODAY": "2024-10-20", "HOME": repo.path,
                                                             "GIT_CONFIG_NOSYSTEM": "1"])
    }

    @Test func diffAndLogAreInChinese() throws {
        let repo = try GitWorkspace()
        let problem = "collaborations/new-product-page/problem.yaml", tasks = "collaborations/new-product-page/tasks.yaml"
        try repo.replace(problem, "stage: execute", "stage: plan")
        try repo.commit("start at plan", days: 0)
        try repo.replace(problem, "stage: plan", "stage: execute")
        try repo.commit("plan → execute", days: 3)
        try repo.replace(problem, "stage: execute", "stage: verify")
        try repo.replace(tasks, "due: 2024-07-08", "due: 2024-07-10")
        try repo.replace(tasks, "status: blocked", "status: doing")
        try repo.replace(tasks, "  - id: T5\n", "  - id: T6\n")
        let text = try Self.chinese(repo, "diff")
        #expect(text.status == 0, "\(text.stderr)")
        try CLI.expectGolden(text.stdout, "diff.zh.txt")
        let markdown = try Self.chinese(repo, "diff", "--format", "markdown")
        try CLI.expectGolden(markdown.stdout, "diff.zh.md")
        try repo.commit("execute → verify", days: 4)
        let log = try Self.chinese(repo, "log", "new-product-page")
        #expect(log.status == 0, "\(log.stderr)")
        try CLI.expectGolden(log.stdout, "log.zh.txt")
    }
}
