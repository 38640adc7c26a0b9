/// stakeholders.yaml — 干系人清单.
public struct StakeholderRecord: Sendable {
    public struct Department: Sendable {
        public var positions: KeyPositions
        public var department: TextField?
        public var role: Field<Role>?
        public var liaison: TextField?
        public var contact: TextField?
    }

    public struct Person: Sendable {
        public var positions: KeyPositions
        public var name: TextField?
        public var department: TextField?
        public var contact: TextField?
    }

    public static let keys = RecordSchema.stakeholders.keys
    static let departmentKeys = RecordSchema.stakeholders.nested("departments").keys
    static let personKeys = RecordSchema.stakeholders.nested("people").keys

    public var positions: KeyPositions
    public var lead: TextField?
    public var channel: TextField?
    public var cadence: Field<Cadence>?
    public var departments: ListField<Department>?
    public var people: ListField<Person>?

    public init(_ document: YAMLDocument, decoder: inout RecordDecoder) {
        let root = decoder.root(document, keys: StakeholderRecord.keys)
        positions = root.positions
        lead = decoder.text(root, "lead")
        channel = decoder.text(root, "channel")
        cadence = decoder.enumValue(root, "cadence", Cadence.self)
        departments = decoder.list(root, "departments") { decoder, node in
            guard let item = decoder.mapping(node, keys: StakeholderRecord.departmentKeys, what: .aDepartment) else {
                return nil
            }
            return Department(positions: item.positions, department: decoder.text(item, "department"),
                              role: decoder.enumValue(item, "role", Role.self), liaison: decoder.text(item, "liaison"),
                              contact: decoder.contact(item, "contact"))
        }
        people = decoder.list(root, "people") { decoder, node in
            guard let item = decoder.mapping(node, keys: StakeholderRecord.personKeys, what: .aPerson) else { return nil }
            return Person(positions: item.positions, name: decoder.text(item, "name"),
                          department: decoder.text(item, "department"), contact: decoder.contact(item, "contact"))
        }
    }

    /// The listed departments by id (first listing wins).
    public var departmentsByID: [String: Department] {
        var result: [String: Department] = [:]
        for entry in departments?.items ?? [] {
            if let id = entry.department?.value, result[id] == nil { result[id] = entry }
        }
        return result
    }
}

extension RecordDecoder {
    /// A `contact`, refused (invalid-value) when it would mention a whole group: a reminder
    /// calls the owner, never everyone (docs/reference.md §10).
    mutating func contact(_ reader: MappingReader, _ key: String) -> TextField? {
        guard let text = text(reader, key) else { return nil }
        if Contact.mentionsEveryone(text.value) { report(.invalidValue, text.range, .contactMentionsEveryone(text.value)) }
        return text
    }
}

extension Message {
    fileprivate static func contactMentionsEveryone(_ contact: String) -> Message {
        Message(en: "contact '\(contact)' would mention everyone in the group: write the person's own mobile number or user id",
                zh: "联系方式「\(contact)」会 @ 群内所有人：请写此人自己的手机号或用户 ID")
    }
}
