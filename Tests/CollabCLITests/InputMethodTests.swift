import Foundation
import Testing

/// docs/reference.md §14: the mistakes a Chinese input method makes are named, in both
/// languages, at the exact line and column of the mistake, with the same rule either way.
struct InputMethodTests {
    struct Mistake: Sendable, CustomTestStringConvertible {
        var name: String
        /// The text in new-product-page/tasks.yaml and what the input method made of it.
        var original: String
        var mistaken: String
        /// Where in `mistaken` the finding points.
        var at: String
        var rule: String
        var english: String
        var chinese: String
        var file = InputMethodTests.file

        var testDescription: String { name }
    }

    static let file = "collaborations/new-product-page/tasks.yaml"

    static let mistakes: [Mistake] = [
        .init(name: "full-width comma in [ ]", original: "depends_on: [T1, T2]", mistaken: "depends_on: [T1，T2]", at: "，",
              rule: "syntax", english: "full-width comma '，' in a [ ] list", chinese: "[ ] 列表中有全角逗号「，」"),
        .init(name: "【】 for a list", original: "    depends_on: [T1]\n", mistaken: "    depends_on: 【T1】\n", at: "【",
              rule: "type", english: "full-width brackets '【】'", chinese: "全角方括号「【】」"),
        .init(name: "U+3000 in the indentation", original: "    title: 准备活动素材", mistaken: "  \u{3000}title: 准备活动素材", at: "\u{3000}",
              rule: "syntax", english: "full-width space (U+3000) in the indentation", chinese: "缩进中有全角空格（U+3000）"),
        .init(name: "an enum value in Chinese", original: "status: doing", mistaken: "status: 进行中", at: "进行中",
              rule: "invalid-value", english: "'进行中' is doing", chinese: "「进行中」应写作 doing"),
        .init(name: "a department's name for its id", original: "    department: marketing\n    due: 2024-07-05",
              mistaken: "    department: 市场部\n    due: 2024-07-05", at: "市场部", rule: "task-department-unknown",
              english: "'市场部' is the name of department 'marketing'; write its id, marketing",
              chinese: "「市场部」是部门 marketing 的名称，这里要写部门编号 marketing"),
        .init(name: "a department's name in stakeholders.yaml", original: "  - department: sales", mistaken: "  - department: 销售部",
              at: "销售部", rule: "department-unknown", english: "'销售部' is the name of department 'sales'; write its id, sales",
              chinese: "「销售部」是部门 sales 的名称，这里要写部门编号 sales",
              file: "collaborations/new-product-page/stakeholders.yaml"),
        .init(name: "an owner of another department", original: "    owner: 周经理\n    department: product\n    due: 2024-07-12",
              mistaken: "    owner: 钱工程师\n    department: product\n    due: 2024-07-12", at: "钱工程师", rule: "task-owner-unknown",
              english: "owner '钱工程师' is a person of department 'tech', not of 'product'",
              chinese: "负责人「钱工程师」是部门 tech 的人员，不属于 product"),
        .init(name: "' #' inside a value", original: "note: 首页与详情页完成，剩余抽奖模块", mistaken: "note: 首页与详情页完成 #2版", at: "#",
              rule: "comment-in-value", english: "YAML reads '#2版' as a comment, so this value is '首页与详情页完成'",
              chinese: "YAML 把「#2版」当作注释，这个值只剩「首页与详情页完成」"),
    ]

    /// `line:column` of `needle` in the first occurrence of `region` in `text`, columns in characters.
    static func position(of needle: String, within region: String, in text: String) throws -> String {
        let regionRange = try #require(text.range(of: region))
        let range = try #require(text.range(of: needle, range: regionRange))
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return "\(line):\(text[lineStart..<range.lowerBound].unicodeScalars.count + 1)"
    }

    @Test(arguments: mistakes) func isNamedInBothLanguagesAtTheMistake(_ mistake: Mistake) throws {
        let workspace = try Scratch.workspace()
        let original = try workspace.read(mistake.file)
        #expect(original.contains(mistake.original))
        let text = original.replacingOccurrences(of: mistake.original, with: mistake.mistaken)
        try workspace.write(mistake.file, text)
        let position = try Self.position(of: mistake.at, within: mistake.mistaken, in: text)
        let prefix = "\(mistake.file):\(position): "

        let english = try CLI.run(["check", "--today", "2024-07-01", "new-product-page"], in: workspace.path)
        let chinese = try CLI.run(["check", "--today", "2024-07-01", "new-product-page"], in: workspace.path,
                                  environment: ["LANG": "zh_CN.UTF-8"])
        let englishLine = try #require(english.stdout.split(separator: "\n").first { $0.hasPrefix(prefix) }, "\(english.stdout)")
        let chineseLine = try #require(chinese.stdout.split(separator: "\n").first { $0.hasPrefix(prefix) }, "\(chinese.stdout)")
        #expect(englishLine.contains(mistake.english) && englishLine.hasSuffix("[\(mistake.rule)]"), "\(englishLine)")
        #expect(chineseLine.contains(mistake.chinese) && chineseLine.hasSuffix("[\(mistake.rule)]"), "\(chineseLine)")
        #expect(english.status == chinese.status)
    }

    /// A status typed in Chinese filters as the value it means (issue 31); one that names no
    /// value is still refused with the closest.
    @Test func aStatusFilterInChineseMeansTheValueItNames() throws {
        let workspace = try Scratch.workspace()
        let environment = ["COLLAB_TODAY": "2024-07-02"]
        let chinese = try CLI.run(["tasks", "--status", "进行中", "--all", "--format", "json"], in: workspace.path, environment: environment)
        let english = try CLI.run(["tasks", "--status", "doing", "--all", "--format", "json"], in: workspace.path, environment: environment)
        #expect(chinese.status == 0, "\(chinese.stderr)")
        #expect(chinese.stdout == english.stdout)
        #expect(english.stdout.contains("\"doing\""))
        let wrong = try CLI.run(["tasks", "--status", "dnoe"], in: workspace.path)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.hasPrefix("collab: --status 'dnoe' is not one of todo, doing, blocked, done, dropped; did you mean 'done'?"), "\(wrong.stderr)")
    }
}
