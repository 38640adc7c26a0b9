/// What the parser says when a file is not in collab's YAML subset (docs/reference.md §5), in
/// both languages. The Chinese names the characters as a Chinese keyboard shows them.
extension Message {
    // MARK: Characters and encoding

    static let utf16 = Message(en: "the file is UTF-16; save it as UTF-8", zh: "文件是 UTF-16 编码；请另存为 UTF-8")
    static let bareCarriageReturn = Message(
        en: "a carriage return without a line feed; use LF or CRLF line ends",
        zh: "有单独的回车符（CR）；行尾请用 LF 或 CRLF")
    static func controlCharacter(_ code: String) -> Message {
        Message(en: "control character \(code) is not allowed in YAML; write it as an escape in a double-quoted value",
                zh: "YAML 中不能出现控制字符 \(code)；请在双引号值中用转义写出")
    }
    static func invalidUTF8(_ byte: String) -> Message {
        Message(en: "invalid UTF-8 byte 0x\(byte); save the file as UTF-8", zh: "无效的 UTF-8 字节 0x\(byte)；请把文件另存为 UTF-8")
    }
    static func characterNotAllowed(_ code: String) -> Message {
        Message(en: "character \(code) is not allowed in YAML", zh: "YAML 中不能出现字符 \(code)")
    }
    static func ambiguousLineBreak(_ code: String) -> Message {
        Message(en: "character \(code) is a line break to some YAML readers and text to others; remove it, or write it as an escape (\\N, \\L, \\P) in a double-quoted value",
                zh: "字符 \(code) 在有的 YAML 解析器里是换行，在有的里是普通文字；请删除它，或在双引号值中写成转义（\\N、\\L、\\P）")
    }

    // MARK: Block structure

    static let mergeConflict = Message(
        en: "unresolved merge conflict: keep the lines you want between '<<<<<<<', '=======' and '>>>>>>>' and delete the marker lines",
        zh: "合并冲突尚未解决：在 <<<<<<<、======= 和 >>>>>>> 之间保留需要的行，并删除这些标记行")
    static let tabIndentation = Message(en: "a tab in the indentation; indent with spaces", zh: "缩进中有制表符（Tab）；请用空格缩进")
    static let fullWidthSpaceIndentation = Message(
        en: "a full-width space (U+3000) in the indentation; indent with ordinary spaces (switch the input method to half-width)",
        zh: "缩进中有全角空格（U+3000）；请用半角空格缩进（把输入法切换到半角）")
    static let unexpectedText = Message(en: "unexpected text here; check its indentation", zh: "这里出现了意外的内容；请检查缩进")
    static let unexpectedIndentation = Message(
        en: "unexpected indentation: this line is indented more than the line above",
        zh: "缩进有误：这一行比上一行缩进得多")
    static let listItemWhereKeyExpected = Message(
        en: "a list item where 'key: value' was expected; indent the list under its key",
        zh: "这里应是「键: 值」，却是一个列表项；请把列表缩进到它的键下面")
    static func tooDeep(_ levels: Int) -> Message {
        Message(en: "nested deeper than \(levels) levels", zh: "嵌套超过 \(levels) 层")
    }
    static let directive = Message(
        en: "directives (%YAML, %TAG) are not supported; remove the line",
        zh: "不支持指令（%YAML、%TAG）；请删除这一行")
    static let listOnDocumentStart = Message(
        en: "a list cannot start on the '---' line; start it on the next line",
        zh: "列表不能写在 --- 这一行；请从下一行开始")
    static let severalDocuments = Message(
        en: "several documents in one file are not supported", zh: "不支持一个文件中有多个文档")
    static let severalDocumentsMarker = Message(
        en: "several documents in one file are not supported; remove this '---'",
        zh: "不支持一个文件中有多个文档；请删除这个 ---")
    static let textAfterDocumentEnd = Message(en: "text after '...'", zh: "... 之后还有内容")

    // MARK: Keys

    static let quotedKey = Message(
        en: "quoted keys are not supported; write the key without quotes", zh: "键不能加引号；请去掉引号")
    static func keyReadsDifferently(_ key: String) -> Message {
        let shown = TerminalText.escape(key)
        return Message(en: "key '\(shown)' reads as something else in YAML 1.1 readers such as PyYAML (a tab, or a word like yes, no, ~ or a number like 010); rename it",
                       zh: "键「\(shown)」在 PyYAML 等 YAML 1.1 读取器中会被读成别的值（含制表符，或是 yes、no、~ 之类的词、010 之类的数）；请改名")
    }
    static func keyLikeDocumentMarker(_ key: String) -> Message {
        let shown = TerminalText.escape(key)
        return Message(en: "key '\(shown)' starts like a document marker ('---' or '...'), which it is at the start of a line; rename it",
                       zh: "键「\(shown)」以文档标记（--- 或 ...）开头，位于行首时就会被当作文档标记；请改名")
    }
    static let complexKey = Message(
        en: "complex keys ('? ') are not supported; write 'key: value'", zh: "不支持复杂键（?）；请写成「键: 值」")
    static let keyMissing = Message(en: "a key is missing before ':'", zh: "冒号前缺少键")
    static let fullWidthColon = Message(
        en: "full-width colon '：' after a key; use ':' followed by a space",
        zh: "键后面是全角冒号「：」；请用半角冒号「:」并在后面加一个空格")
    static let spaceAfterColon = Message(
        en: "expected 'key: value'; put a space after ':'", zh: "应为「键: 值」；请在冒号后加一个空格")
    static let keyExpected = Message(
        en: "expected 'key: value' at this indentation", zh: "这一缩进层级应为「键: 值」")

    // MARK: Values

    static let textAfterClosingQuote = Message(
        en: "text after the closing quote; quote the whole value", zh: "右引号之后还有内容；请把整个值放进引号")
    static let folded = Message(
        en: "folded scalars ('>') are not supported; use '|' for text on several lines",
        zh: "不支持折叠文本（>）；多行文字请用 |")
    static let anchor = Message(en: "anchors ('&') are not supported; repeat the value instead", zh: "不支持锚点（&）；请直接重复写出这个值")
    static let alias = Message(en: "aliases ('*') are not supported; repeat the value instead", zh: "不支持别名（*）；请直接重复写出这个值")
    static let tag = Message(en: "tags ('!') are not supported; collab reads every value as text", zh: "不支持标签（!）；collab 把每个值都当作文字")
    static let flowListAsKeyOrPrefix = Message(
        en: "a [ ] list cannot be a key or start a longer value; write it in block style",
        zh: "[ ] 列表不能作为键，也不能作为更长的值的开头；请改用分行的列表")
    static let flowMapping = Message(
        en: "flow mappings other than {} are not supported; write 'key: value' lines",
        zh: "除 {} 外不支持花括号写法；请分行写「键: 值」")
    static func plainStart(_ character: String) -> Message {
        Message(en: "a plain value cannot start with '\(character)'; quote it", zh: "不加引号的值不能以「\(character)」开头；请给它加上引号")
    }
    static let listStartsHere = Message(
        en: "a list cannot start here; put it on its own line under the key", zh: "列表不能从这里开始；请另起一行写在键的下面")
    static let colonInValue = Message(en: "quote this value: it contains ': '", zh: "这个值含有「: 」，请给它加上引号")
    static let plainContinuation = Message(
        en: "a plain value cannot continue on the next line; put it on one line or use '|'",
        zh: "不加引号的值不能跨行；请写在一行内，或改用 |")
    static let quotedContinuation = Message(
        en: "a quoted value cannot continue on the next line; use '|' for several lines",
        zh: "加引号的值不能跨行；多行文字请用 |")
    static let quotedMustEnd = Message(
        en: "a quoted value must end on the line it starts; use '|' for several lines",
        zh: "加引号的值必须在同一行结束；多行文字请用 |")
    static func unclosedQuote(_ quote: String) -> Message {
        Message(en: "unclosed quote: add the closing \(quote)", zh: "引号没有闭合：请补上结尾的 \(quote)")
    }
    static func badHexEscape(_ letter: String, _ digits: Int) -> Message {
        Message(en: "bad escape: '\\\(letter)' needs \(digits) hex digits of a valid character",
                zh: "转义有误：\\\(letter) 后面要跟 \(digits) 位十六进制数，且须是有效字符")
    }
    static func badEscape(_ letter: String) -> Message {
        Message(en: "bad escape '\\\(letter)'; write '\\\\' for a backslash", zh: "转义 \\\(letter) 有误；反斜杠本身请写成 \\\\")
    }

    // MARK: Literal blocks

    static let tabInLiteral = Message(
        en: "a tab in the indentation of a '|' block; indent with spaces", zh: "| 文本块的缩进中有制表符（Tab）；请用空格缩进")
    static let badLiteralHeader = Message(
        en: "bad block scalar header: after '|' write only '-', '+' or an indentation digit, then the text on the next lines",
        zh: "| 后的写法有误：| 后只能跟 -、+ 或一位缩进数字，文字从下一行开始")
    static let textAfterPipe = Message(
        en: "text after '|'; put the text on the next lines, indented", zh: "| 之后还有内容；请把文字写在下面几行，并缩进")
    static let blankLineTooWide = Message(
        en: "a blank line before the text has more spaces than the text's indentation",
        zh: "文字前的空行中的空格比文字的缩进还多")

    // MARK: [ ] lists

    static let emptyFlowEntry = Message(en: "an empty entry in a list; remove the extra ','", zh: "列表中有空项；请删掉多余的逗号")
    static let pairInFlowList = Message(
        en: "'key: value' pairs inside [ ] are not supported; write a block mapping", zh: "[ ] 中不能写「键: 值」；请分行写")
    static let flowListSeparator = Message(en: "expected ',' or ']' in the list", zh: "列表中这里应是「,」或「]」")
    static let flowListAsKey = Message(
        en: "a [ ] list cannot be a key; write 'key: value' with a plain key", zh: "[ ] 列表不能作为键；请写成「键: 值」")
    static let textAfterFlowList = Message(en: "text after ']'; put a comment after '#'", zh: "] 之后还有内容；注释请写在 # 之后")
    static let unclosedBrace = Message(en: "unclosed '{'", zh: "{ 没有闭合")
    static let textAfterFlowMapping = Message(en: "text after '}'; put a comment after '#'", zh: "} 之后还有内容；注释请写在 # 之后")
    static let nestedFlow = Message(en: "nested collections inside [ ] are not supported", zh: "[ ] 中不能再嵌套列表或映射")
    static let flowListMustClose = Message(
        en: "a [ ] list must close on the line it starts; write a block list with '- '",
        zh: "[ ] 列表必须在同一行闭合；多行请用「- 」逐行列出")
    static let unclosedBracket = Message(en: "unclosed '['", zh: "[ 没有闭合")
    static let fullWidthComma = Message(
        en: "a full-width comma '，' in a [ ] list; separate items with ',' (quote the item if the '，' belongs to it)",
        zh: "[ ] 列表中有全角逗号「，」；列表项之间请用半角逗号「,」分隔（若「，」属于该项内容，请给该项加引号）")
    static let fullWidthBrackets = Message(
        en: "full-width brackets '【】'; write a list with '[ ]'",
        zh: "这里用了全角方括号「【】」；列表请用半角的 [ ]")
}
