/// A path or edit that does not fit the records (docs/reference.md §9): a file, key or item
/// that does not exist, a position past the end, a value where a list belongs. The command
/// exits 2 and writes nothing.
public struct PathError: Error, Failure, Equatable, CustomStringConvertible {
    public let message: Message

    init(_ message: Message) { self.message = message }

    public var description: String { message.text(.en) }

    public static func == (lhs: PathError, rhs: PathError) -> Bool { lhs.description == rhs.description }

    static func empty(_ path: String) -> PathError {
        PathError(Message(en: "'\(path)' has an empty part; a path is names joined by '.', e.g. tasks.T2.due",
                          zh: "「\(path)」中有空的部分；路径由「.」连接的各段组成，例如 tasks.T2.due"))
    }

    static func unknownFile(_ name: String, hint: String?) -> PathError {
        PathError(Message(en: "'\(name)' is not a record file: a path starts with problem, stakeholders, tasks, feedback or meetings.<meeting>",
                          zh: "「\(name)」不是记录文件：路径以 problem、stakeholders、tasks、feedback 或 meetings.<沟通记录> 开头")
            .then(hint.map(Message.didYouMean)))
    }

    static func meetingNotNamed(_ path: String) -> PathError {
        PathError(Message(en: "'\(path)' names no meeting: write meetings.<file name without .yaml>, e.g. meetings.2024-06-15-kickoff.topic",
                          zh: "「\(path)」没有指明沟通记录：请写 meetings.<不含 .yaml 的文件名>，例如 meetings.2024-06-15-kickoff.topic"))
    }

    static func unknownMeeting(_ name: String, in folder: String, known: [String]) -> PathError {
        let list = known.isEmpty ? Message(en: "it holds no meeting yet; record one with collab meeting", zh: "其中还没有沟通记录；可用 collab meeting 新建")
            : Message(en: "its meetings: \(known.joined(separator: ", "))", zh: "现有沟通记录：\(known.joined(separator: "、"))")
        return PathError(Message(en: "no meeting '\(name)' in \(folder)/", zh: "\(folder)/ 中没有沟通记录「\(name)」")
            .then(list).then(Suggestion.closest(to: name, in: known).map(Message.didYouMean)))
    }

    static func unknownKey(_ key: String, at path: String, keys: [String]) -> PathError {
        let known = keys.joined(separator: ", "), knownZh = keys.joined(separator: "、")
        return PathError(Message(en: "'\(path)' has no key '\(key)' (its keys: \(known))",
                                 zh: "「\(path)」没有「\(key)」这个键（可用的键：\(knownZh)）")
            .then(Suggestion.closest(to: key, in: keys).map(Message.didYouMean)))
    }

    static func unknownItem(_ label: String, in path: String, labels: [String]) -> PathError {
        let shown = labels.prefix(12).joined(separator: ", ") + (labels.count > 12 ? ", …" : "")
        let shownZh = labels.prefix(12).joined(separator: "、") + (labels.count > 12 ? "……" : "")
        let list = labels.isEmpty ? Message(en: "the list is empty", zh: "这个列表是空的")
            : Message(en: "its items: \(shown)", zh: "现有条目：\(shownZh)")
        return PathError(Message(en: "'\(path)' has no item '\(label)'", zh: "「\(path)」中没有「\(label)」这一条")
            .then(list).then(Suggestion.closest(to: label, in: labels).map(Message.didYouMean)))
    }

    static func notAPosition(_ part: String, in path: String, count: Int) -> PathError {
        PathError(Message(en: "'\(path)' is a list of \(count) item\(count == 1 ? "" : "s") named by position; '\(part)' is not one of 1…\(count)",
                          zh: "「\(path)」是按位置编号的列表，共 \(count) 条；「\(part)」不在 1…\(count) 之中"))
    }

    static func notAContainer(_ path: String, next: String) -> PathError {
        PathError(Message(en: "'\(path)' is a single value; it has no '\(next)'",
                          zh: "「\(path)」是单个的值，其下没有「\(next)」"))
    }

    static func notParsable(_ file: String, _ error: SyntaxError) -> PathError {
        PathError(Message(en: "\(file) does not parse (\(error.location): \(error.message.text(.en))); fix it first, then edit",
                          zh: "\(file) 无法解析（\(error.location)：\(error.message.text(.zh))）；请先修正，再编辑"))
    }

    static func notAMapping(_ path: String) -> PathError {
        PathError(Message(en: "'\(path)' is not written as 'key: value' lines; edit it by hand",
                          zh: "「\(path)」不是以「键: 值」行写成的；请手工编辑"))
    }

    static func notAList(_ path: String) -> PathError {
        PathError(Message(en: "'\(path)' is not a list", zh: "「\(path)」不是列表"))
    }

    static func flowList(_ path: String) -> PathError {
        PathError(Message(en: "'\(path)' is written in flow style ([…]); write it as a block list (one '- ' line per item) to add to it",
                          zh: "「\(path)」是流式写法（[…]）；请改成块列表（每条一行「- 」）后再添加"))
    }

    static func itemNotRemovable(_ path: String) -> PathError {
        PathError(Message(en: "'\(path)' is an item of a list; an empty value would leave an empty item (remove the line by hand)",
                          zh: "「\(path)」是列表中的一条；空值会留下一条空条目（请手工删除该行）"))
    }
}
