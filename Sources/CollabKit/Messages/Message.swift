/// A text a person reads — a finding, a hint, an error, a heading — as a value: which message
/// it is (its identity: where it is defined) and its texts in English and Chinese, made from
/// the same arguments and rendered only when shown, in the language the command layer chose.
/// Each rule defines its messages next to it (`extension Message { static func … }`), both
/// languages side by side; both are required, so no message can lack one.
public struct Message: Sendable, CustomStringConvertible {
    /// Where the message is defined, e.g. `CollabKit/TaskRules.swift#ownerUnknown(_:_:)`.
    public let id: String
    private let english: @Sendable () -> String
    private let chinese: @Sendable () -> String

    public init(en: @escaping @autoclosure @Sendable () -> String, zh: @escaping @autoclosure @Sendable () -> String,
                file: StaticString = #fileID, function: StaticString = #function) {
        self.init(id: "\(file)#\(function)", english: en, chinese: zh)
    }

    private init(id: String, english: @escaping @Sendable () -> String, chinese: @escaping @Sendable () -> String) {
        self.id = id
        self.english = english
        self.chinese = chinese
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .en: return english()
        case .zh: return chinese()
        }
    }

    /// The English text: what logs, test failures and `String(describing:)` show.
    public var description: String { english() }

    /// This message followed by `other` — "a; b" / "a；b" — each in the same language.
    public func then(_ other: Message?) -> Message {
        guard let other else { return self }
        let first = self
        return Message(id: first.id + "+" + other.id, english: { first.text(.en) + "; " + other.text(.en) },
                       chinese: { first.text(.zh) + "；" + other.text(.zh) })
    }
}

extension Message: Equatable {
    /// Two messages are equal when they are the same message saying the same in both languages.
    public static func == (lhs: Message, rhs: Message) -> Bool {
        lhs.id == rhs.id && lhs.text(.en) == rhs.text(.en) && lhs.text(.zh) == rhs.text(.zh)
    }
}
