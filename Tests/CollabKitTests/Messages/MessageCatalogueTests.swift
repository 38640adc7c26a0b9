import Foundation
import Testing

/// Every message in the sources — the whole catalogue, not only what the fixtures produce —
/// has an English text and a Chinese one. The compiler already requires both arguments of
/// `Message(en:zh:)`; this reads each call's string literals and fails when the Chinese is
/// missing (empty, or English copied over) or the English has Chinese of its own.
struct MessageCatalogueTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    @Test func everyMessageInTheSourcesHasBothTexts() throws {
        let files = try #require(FileManager.default.enumerator(atPath: Self.sources.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        var count = 0
        for file in files {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            for call in MessageCall.all(in: text) {
                count += 1
                #expect(call.problem == nil, "\(file):\(call.line): \(call.problem ?? "")")
            }
        }
        // The catalogue as it stands (rules, syntax, usage, help, reports, errors): the scan
        // must find it, or it checks nothing.
        #expect(count > 400, "found only \(count) Message(en:zh:) calls")
    }

    @Test(arguments: [
        (#"Message(en: "no such file", zh: "没有这个文件")"#, nil),
        (#"Message(en: "stage \(stage)", zh: "阶段 \(stage)")"#, nil),
        (#"Message(en: count == 1 ? "1 error" : "\(count) errors", zh: "\(count) 个错误")"#, nil),
        (#"Message(en: "see \(first ?? "fix it")", zh: "见\(first ?? "修正")")"#, nil),
        (#"Message(en: english, zh: chinese)"#, nil),
        ("Message(en: \"\"\"\n    a long text\n    \"\"\", zh: \"\"\"\n    长文本\n    \"\"\")", nil),
        ("Message(\n    en: \"a text on its own line\",\n    zh: \"a text on its own line\")", "the Chinese text has no Chinese"),
        (#"Message(en: "no such file", zh: "no such file")"#, "the Chinese text has no Chinese"),
        (#"Message(en: "no such file", zh: "")"#, "a text is empty"),
        (#"Message(en: "", zh: "")"#, "a text is empty"),
        (#"Message(en: "没有 file", zh: "没有这个文件")"#, nil),
        (#"Message(en: "缺少 file", zh: "没有这个文件")"#, "the English text has Chinese of its own: 缺少"),
    ] as [(String, String?)])
    func theScanFindsMissingTranslations(_ source: String, _ problem: String?) throws {
        let call = try #require(MessageCall.all(in: source).first)
        #expect(call.problem == problem)
    }
}

/// One `Message(en: …, zh: …)` call as written: the text of the string literals of each
/// argument (interpolated code left out, string literals inside it kept).
struct MessageCall {
    var line: Int
    var english: String
    var chinese: String
    var emptyLiteral: Bool

    var problem: String? {
        if emptyLiteral { return "a text is empty" }
        let ownChinese = chinese.unicodeScalars.filter(\.isHan)
        let englishOnly = english.unicodeScalars.filter { $0.isHan && !ownChinese.contains($0) }
        if !englishOnly.isEmpty { return "the English text has Chinese of its own: " + String(String.UnicodeScalarView(englishOnly)) }
        let words = english.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        if words && ownChinese.isEmpty { return "the Chinese text has no Chinese" }
        return nil
    }

    static func all(in source: String) -> [MessageCall] {
        let characters = Array(source.unicodeScalars)
        let opening = Array("Message(".unicodeScalars), label = Array("en:".unicodeScalars)
        var calls: [MessageCall] = []
        var index = 0
        while index + opening.count <= characters.count {
            guard characters[index..<index + opening.count].elementsEqual(opening) else { index += 1; continue }
            var start = index + opening.count
            while start < characters.count, characters[start] == " " || characters[start] == "\n" { start += 1 }
            guard start + label.count <= characters.count, characters[start..<start + label.count].elementsEqual(label) else {
                index += 1
                continue
            }
            let line = characters[..<index].filter { $0 == "\n" }.count + 1
            var reader = LiteralReader(characters: characters, index: start + label.count)
            let (english, chinese, empty) = reader.arguments()
            calls.append(MessageCall(line: line, english: english, chinese: chinese, emptyLiteral: empty))
            index = reader.index
        }
        return calls
    }
}

/// Reads Swift source far enough to find string literals and the brackets around them.
private struct LiteralReader {
    let characters: [Unicode.Scalar]
    var index: Int

    /// The `en:` and `zh:` arguments of a call whose `(` and `en:` were read, up to its `)`.
    mutating func arguments() -> (english: String, chinese: String, empty: Bool) {
        var english = "", chinese = "", inChinese = false, empty = false
        var depth = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\"" {
                let start = index
                let literal = readString()
                if String(String.UnicodeScalarView(characters[start..<index])) == "\"\"" && depth == 0 && isWholeArgument(start) { empty = true }
                if inChinese { chinese += literal } else { english += literal }
                continue
            }
            if depth == 0 && character == "," && startsLabel(after: index + 1, "zh:") { inChinese = true }
            if "([{".unicodeScalars.contains(character) { depth += 1 }
            if ")]}".unicodeScalars.contains(character) {
                if depth == 0 { index += 1; break }
                depth -= 1
            }
            index += 1
        }
        return (english, chinese, empty)
    }

    /// A literal `""` that is a whole argument: only a label before it and `,` or `)` after.
    private func isWholeArgument(_ start: Int) -> Bool {
        var before = start - 1
        while before >= 0, characters[before] == " " { before -= 1 }
        var after = start + 2
        while after < characters.count, characters[after] == " " { after += 1 }
        return before >= 0 && characters[before] == ":" && after < characters.count && ",)".unicodeScalars.contains(characters[after])
    }

    private func startsLabel(after position: Int, _ label: String) -> Bool {
        var at = position
        while at < characters.count, characters[at] == " " || characters[at] == "\n" { at += 1 }
        let expected = Array(label.unicodeScalars)
        return at + expected.count <= characters.count && characters[at..<at + expected.count].elementsEqual(expected)
    }

    /// A string literal at `index` (`"…"` or `"""…"""`): its text, interpolations' code left
    /// out but the literals inside them kept.
    private mutating func readString() -> String {
        let triple = index + 2 < characters.count && characters[index + 1] == "\"" && characters[index + 2] == "\""
        index += triple ? 3 : 1
        var text = ""
        while index < characters.count {
            let character = characters[index]
            if character == "\\" && index + 1 < characters.count {
                if characters[index + 1] == "(" {
                    index += 2
                    text += readCode()
                } else {
                    text.unicodeScalars.append(characters[index + 1])
                    index += 2
                }
                continue
            }
            if character == "\"" {
                if !triple { index += 1; return text }
                if index + 2 < characters.count && characters[index + 1] == "\"" && characters[index + 2] == "\"" {
                    index += 3
                    return text
                }
            }
            text.unicodeScalars.append(character)
            index += 1
        }
        return text
    }

    /// Code inside `\( … )` up to its closing bracket: the text of the literals in it.
    private mutating func readCode() -> String {
        var text = "", depth = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\"" { text += readString(); continue }
            index += 1
            if "([{".unicodeScalars.contains(character) { depth += 1 }
            if ")]}".unicodeScalars.contains(character) {
                if depth == 0 { return text }
                depth -= 1
            }
        }
        return text
    }
}
