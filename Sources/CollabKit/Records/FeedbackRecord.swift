/// feedback.yaml — 反馈与改进记录. Every key is optional until the verify gate.
public struct FeedbackRecord: Sendable {
    public struct Verification: Sendable {
        public var positions: KeyPositions
        public var conclusion: Field<Conclusion>?
        public var date: Field<CalendarDate>?
        public var evidence: TextField?
    }

    public struct Response: Sendable {
        public var positions: KeyPositions
        public var department: TextField?
        public var by: TextField?
        public var comment: TextField?
    }

    public static let keys = RecordSchema.feedback.keys
    static let responseKeys = RecordSchema.feedback.nested("responses").keys

    public var positions: KeyPositions
    public var verification: Verification?
    public var responses: ListField<Response>?
    public var practices: ListField<TextField>?
    public var improvements: ListField<FollowUp>?
    public var sharedVia: ListField<TextField>?
    public var normUpdates: ListField<FollowUp>?

    /// The improvements, then the norm updates: what is tracked to done after closing.
    public var followUps: [FollowUp] { followUps(.improvement) + followUps(.normUpdate) }

    /// The items of one kind's list.
    public func followUps(_ kind: FollowUp.Kind) -> [FollowUp] {
        switch kind {
        case .improvement: return improvements?.items ?? []
        case .normUpdate: return normUpdates?.items ?? []
        }
    }

    public init(_ document: YAMLDocument, decoder: inout RecordDecoder) {
        let root = decoder.root(document, keys: FeedbackRecord.keys)
        positions = root.positions
        if let item = decoder.object(root, "verification", keys: RecordSchema.feedback.nested("verification").keys) {
            verification = Verification(positions: item.positions,
                                        conclusion: decoder.enumValue(item, "conclusion", Conclusion.self),
                                        date: decoder.date(item, "date"), evidence: decoder.text(item, "evidence"))
        }
        responses = decoder.list(root, "responses") { decoder, node in
            guard let item = decoder.mapping(node, keys: FeedbackRecord.responseKeys, what: .aResponse) else { return nil }
            return Response(positions: item.positions, department: decoder.text(item, "department"),
                            by: decoder.text(item, "by"), comment: decoder.text(item, "comment"))
        }
        practices = decoder.textList(root, "practices")
        improvements = FollowUp.decode(.improvement, root, &decoder)
        sharedVia = decoder.textList(root, "shared_via")
        normUpdates = FollowUp.decode(.normUpdate, root, &decoder)
    }
}
