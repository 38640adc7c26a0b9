/// A path or edit that does not fit the records (docs/reference.md §9): a file, key or item
/// that does not exist, a position past the end, a value where a list belongs. The command
/// exits 2 and writes nothing. Each case is one kind of mistake with what its message needs;
/// two errors are equal when they are the same mistake at the same place.
public enum PathError: Error, Failure, Equatable, CustomStringConvertible {
    /// A path with an empty part (`tasks..due`).
    case empty(String)
    /// A path's first part that names no record file; with the closest file name.
    case unknownFile(String, hint: String?)
    /// `meetings` without a meeting's name.
    case meetingNotNamed(String)
    case unknownMeeting(String, in: String, known: [String])
    case unknownKey(String, at: String, keys: [String])
    case unknownItem(String, in: String, labels: [String])
    /// A position (`#4`, `4`) outside a list of `count` items named by position.
    case notAPosition(String, in: String, count: Int)
    /// A path that goes on below a single value.
    case notAContainer(String, next: String)
    /// The record file does not parse (file, the first syntax error).
    case notParsable(String, SyntaxError)
    case notAMapping(String)
    case notAList(String)
    /// A flow list (`[a, b]`) that `add` would have to rewrite.
    case flowList(String)
    /// `set` with an empty value on an item of a list.
    case itemNotRemovable(String)
    /// A record file the collaboration does not have.
    case missingFile(String)
    /// `set` on a list (`list`) or a mapping: it holds no single value.
    case notAValue(String, list: Bool)
    /// `add` with FIELD=VALUE to a list of texts.
    case textListNeedsText(String)
    /// `add` with a TEXT to a list of items.
    case itemNeedsFields(String)
    case fieldTwice(String)
    /// `add` to a keyed list without the item key (key, list path).
    case needsKey(String, String)
    case itemExists(String)
    /// A task reference that names no task.
    case notATask(String)

    public var description: String { message.text(.en) }

    public var message: Message {
        switch self {
        case .empty(let path):
            Message(en: "'\(path)' has an empty part; a path is names joined by '.', e.g. tasks.T2.due",
                    zh: "「\(path)」中有空的部分；路径由「.」连接的各段组成，例如 tasks.T2.due")
        case .unknownFile(let name, let hint):
            Message(en: "'\(name)' is not a record file: a path starts with problem, stakeholders, tasks, feedback or meetings.<meeting>",
                    zh: "「\(name)」不是记录文件：路径以 problem、stakeholders、tasks、feedback 或 meetings.<沟通记录> 开头")
                .then(hint.map(Message.didYouMean))
        case .meetingNotNamed(let path):
            Message(en: "'\(path)' names no meeting: write meetings.<file name without .yaml>, e.g. meetings.2024-06-15-kickoff.topic",
                    zh: "「\(path)」没有指明沟通记录：请写 meetings.<不含 .yaml 的文件名>，例如 meetings.2024-06-15-kickoff.topic")
        case .unknownMeeting(let name, let folder, let known):
            Message(en: "no meeting '\(name)' in \(folder)/", zh: "\(folder)/ 中没有沟通记录「\(name)」")
                .then(known.isEmpty ? Message(en: "it holds no meeting yet; record one with collab meeting", zh: "其中还没有沟通记录；可用 collab meeting 新建")
                    : Message(en: "its meetings: \(known.joined(separator: ", "))", zh: "现有沟通记录：\(known.joined(separator: "、"))"))
                .then(Suggestion.closest(to: name, in: known).map(Message.didYouMean))
        case .unknownKey(let key, let path, let keys):
            Message(en: "'\(path)' has no key '\(key)' (its keys: \(keys.joined(separator: ", ")))",
                    zh: "「\(path)」没有「\(key)」这个键（可用的键：\(keys.joined(separator: "、"))）")
                .then(Suggestion.closest(to: key, in: keys).map(Message.didYouMean))
        case .unknownItem(let label, let path, let labels):
            Message(en: "'\(path)' has no item '\(label)'", zh: "「\(path)」中没有「\(label)」这一条")
                .then(labels.isEmpty ? Message(en: "the list is empty", zh: "这个列表是空的")
                    : Message(en: "its items: \(labels.prefix(12).joined(separator: ", ") + (labels.count > 12 ? ", …" : ""))",
                              zh: "现有条目：\(labels.prefix(12).joined(separator: "、") + (labels.count > 12 ? "……" : ""))"))
                .then(Suggestion.closest(to: label, in: labels).map(Message.didYouMean))
        case .notAPosition(let part, let path, let count):
            Message(en: "'\(path)' is a list of \(count) item\(count == 1 ? "" : "s") named by position; '\(part)' is not one of 1…\(count)",
                    zh: "「\(path)」是按位置编号的列表，共 \(count) 条；「\(part)」不在 1…\(count) 之中")
        case .notAContainer(let path, let next):
            Message(en: "'\(path)' is a single value; it has no '\(next)'", zh: "「\(path)」是单个的值，其下没有「\(next)」")
        case .notParsable(let file, let error):
            Message(en: "\(file) does not parse (\(error.location): \(error.message.text(.en))); fix it first, then edit",
                    zh: "\(file) 无法解析（\(error.location)：\(error.message.text(.zh))）；请先修正，再编辑")
        case .notAMapping(let path):
            Message(en: "'\(path)' is not written as 'key: value' lines; edit it by hand", zh: "「\(path)」不是以「键: 值」行写成的；请手工编辑")
        case .notAList(let path):
            Message(en: "'\(path)' is not a list", zh: "「\(path)」不是列表")
        case .flowList(let path):
            Message(en: "'\(path)' is written in flow style ([…]); write it as a block list (one '- ' line per item) to add to it",
                    zh: "「\(path)」是流式写法（[…]）；请改成块列表（每条一行「- 」）后再添加")
        case .itemNotRemovable(let path):
            Message(en: "'\(path)' is an item of a list; an empty value would leave an empty item (remove the line by hand)",
                    zh: "「\(path)」是列表中的一条；空值会留下一条空条目（请手工删除该行）")
        case .missingFile(let path):
            Message(en: "\(path) is missing; create it (collab new makes all four files) before editing it",
                    zh: "缺少 \(path)；请先创建它（collab new 会生成全部四个文件），再编辑")
        case .notAValue(let path, list: true):
            Message(en: "'\(path)' is a list of items; add one with collab add, or set one of its values (\(path).<item>.<key>)",
                    zh: "「\(path)」是条目列表；请用 collab add 添加一条，或设置其中某条的值（\(path).<条目>.<键>）")
        case .notAValue(let path, list: false):
            Message(en: "'\(path)' holds keys; set one of them (\(path).<key>)", zh: "「\(path)」下面是若干键；请设置其中一个（\(path).<键>）")
        case .textListNeedsText(let path):
            Message(en: "'\(path)' is a list of texts: give one TEXT (quoted), not FIELD=VALUE",
                    zh: "「\(path)」是文本列表：请给出一段文本（加引号），而不是「字段=值」")
        case .itemNeedsFields(let path):
            Message(en: "'\(path)' is a list of items: give their fields as FIELD=VALUE", zh: "「\(path)」是条目列表：请以「字段=值」给出各字段")
        case .fieldTwice(let key):
            Message(en: "'\(key)' is given twice", zh: "「\(key)」给出了两次")
        case .needsKey(let key, let path):
            Message(en: "an item of '\(path)' is named by its '\(key)': give \(key)=…", zh: "「\(path)」的条目以「\(key)」区分：请给出 \(key)=…")
        case .itemExists(let path):
            Message(en: "'\(path)' exists already; change its values with collab set \(path).<key>=…",
                    zh: "「\(path)」已存在；请用 collab set \(path).<键>=… 修改它的值")
        case .notATask(let written):
            Message(en: "'\(written)' does not name a task; give its id, e.g. T2", zh: "「\(written)」不是任务；请给出任务编号，例如 T2")
        }
    }
}
