import CollabKit

/// `collab merge-driver BASE OURS THEIRS [L [PATH]]`: git's merge driver for record files
/// (docs/reference.md §12). The result goes to OURS; exit 0 clean, 1 with conflicts.
struct MergeDriverCommand: Command {
    static let name = "merge-driver"
    static let abstract = Message(en: "merge one record file by its keys, as git's merge driver",
                                  zh: "按键合并一个记录文件，供 git 作为合并驱动调用")
    static let usage = "collab merge-driver BASE OURS THEIRS [MARKER-SIZE [PATH]]"
    static let operands = Operands.file
    static let options: [OptionSpec] = []
    static let discussion: Message? = Message(en: """
    git runs it for the files .gitattributes marks merge=collab, once configured:
        git config merge.collab.name 'collab records'
        git config merge.collab.driver 'collab merge-driver %O %A %B %L %P'
    It merges field by field by the keys collab diff uses: a change on one side is taken,
    the same change on both sides once; items both sides added are all kept, and progress
    updates appended on both sides in date order; a task (decision, action item) both sides
    added under one id goes to theirs under the next free id, said on stderr. A value changed
    differently on both sides, or an item removed on one side and changed on the other, is a
    conflict marked around just its lines (exit 1). Ours' comments and layout stay; theirs'
    new items come with their comments. A side that does not parse is merged by lines, as git
    would.
    """, zh: """
    配置之后，git 会对 .gitattributes 中标为 merge=collab 的文件调用它：
        git config merge.collab.name 'collab records'
        git config merge.collab.driver 'collab merge-driver %O %A %B %L %P'
    它按 collab diff 所用的键逐个字段合并：只有一方改动的取该方；双方改得一样的只取一次；
    双方新增的条目都保留，双方追加的进展记录按日期排列；双方用同一编号新增的任务（决议、
    待办事项）中，对方的一项改用下一个空闲编号，并在 stderr 说明。同一个值双方改得不同，或
    一方删除了另一方改过的条目，则为冲突，只在这几行前后加冲突标记（退出码 1）。我方的注释和
    排版保持不变；对方新增的条目连同其注释一起加入。无法解析的一方按行合并，与 git 相同。
    """)

    let base: String
    let ours: String
    let theirs: String
    let markerSize: Int
    let path: String?

    init(_ arguments: ParsedArguments, _ context: Context) throws(UsageError) {
        let positionals = try Self.positionals(arguments, maximum: 5)
        guard positionals.count >= 3 else {
            throw UsageError(Message(en: "merge-driver needs BASE, OURS and THEIRS: \(Self.usage)", zh: "merge-driver 需要 BASE、OURS 和 THEIRS：\(Self.usage)"), command: Self.name)
        }
        (base, ours, theirs) = (positionals[0], positionals[1], positionals[2])
        if positionals.count > 3 {
            guard let size = Int(positionals[3]), (1...200).contains(size) else {
                throw UsageError(Message(en: "marker size '\(positionals[3])' is not a number from 1 to 200", zh: "冲突标记长度「\(positionals[3])」不是 1 到 200 之间的数"), command: Self.name)
            }
            markerSize = size
        } else {
            markerSize = 7
        }
        path = positionals.count > 4 ? positionals[4] : nil
    }

    func run(_ context: Context) throws -> ExitStatus {
        let shown = path ?? ours
        let result = try MergeDriver.mergeFiles(base: base, ours: ours, theirs: theirs, in: context.directory, path: path, markerSize: markerSize)
        for note in result.notes { context.err("collab merge-driver: \(TerminalText.escape(shown)): \(note.text(context.language))\n") }
        return result.conflicted ? .findings : .success
    }
}
