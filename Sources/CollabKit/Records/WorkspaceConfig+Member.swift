extension WorkspaceConfig {
    /// A person of a department's `members` (SPEC §18): written as a name (`陈工`) or as a
    /// mapping `{name: 陈工, email: chen@example.com}`, the email being their git identity's.
    /// Rules and commands match a person by `name`.
    public struct Member: Sendable, Equatable {
        public var name: TextField
        public var email: TextField?

        public init(name: TextField, email: TextField? = nil) {
            self.name = name
            self.email = email
        }
    }

    /// The schema of a member written as a mapping: its keys and required keys.
    static let memberSchema = RecordSchema.workspace.nested("departments").nested("members")

    /// One item of `members`: a name, or `{name, email}` — a mapping without `name`, with a
    /// key of neither, or with an email that is not one gives the usual located finding.
    static func member(_ decoder: inout RecordDecoder, _ node: Node) -> Member? {
        if node.scalar != nil {
            return decoder.text(node, what: .item(of: "members")).map { Member(name: $0) }
        }
        guard let item = decoder.mapping(node, keys: memberSchema.keys, what: .aMember) else { return nil }
        decoder.requirePresent(item, memberSchema.requiredKeys)
        var email = decoder.text(item, "email")
        if let written = email, !Identifier.isEmail(written.value) {
            decoder.report(.invalidValue, written.range, .notAnEmail(written.value))
            email = nil
        }
        return decoder.text(item, "name").map { Member(name: $0, email: email) }
    }
}

extension ListField<WorkspaceConfig.Member> {
    /// Whether `name` is among these members.
    public func contains(name: String) -> Bool {
        items.contains { $0.name.value == name }
    }
}

extension Message {
    static let aMember = Message(en: "a member", zh: "成员")

    /// An email without its `@` (or with spaces): what to write instead.
    public static func notAnEmail(_ text: String) -> Message {
        Message(en: "email '\(text)' is not an email address; write the one of the person's git identity (user.email), e.g. chen@example.com",
                zh: "邮箱「\(text)」不是邮箱地址；请写此人 git 身份的邮箱（user.email），例如 chen@example.com")
    }
}
