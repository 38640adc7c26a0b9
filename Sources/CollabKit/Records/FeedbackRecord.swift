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

    public struct Improvement: Sendable {
        public var positions: KeyPositions
        public var point: TextField?
        public var owner: TextField?
        public var due: Field<CalendarDate>?
        /// The day it was done: `collab remind` stops reminding it.
        public var done: Field<CalendarDate>?
    }

    public struct NormUpdate: Sendable {
        public var positions: KeyPositions
        public var norm: TextField?
        public var owner: TextField?
    }

    public static let keys = RecordSchema.feedback.keys
    static let responseKeys = RecordSchema.feedback.nested("responses").keys
    static let improvementKeys = RecordSchema.feedback.nested("improvements").keys
    static let normUpdateKeys = RecordSchema.feedback.nested("norm_updates").keys

    public var positions: KeyPositions
    public var verification: Verification?
    public var responses: ListField<Response>?
    public var practices: ListField<TextField>?
    public var improvements: ListField<Improvement>?
    public var sharedVia: ListField<TextField>?
    public var normUpdates: ListField<NormUpdate>?

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
        improvements = decoder.list(root, "improvements") { decoder, node in
            guard let item = decoder.mapping(node, keys: FeedbackRecord.improvementKeys, what: .anImprovement) else { return nil }
            return Improvement(positions: item.positions, point: decoder.text(item, "point"),
                               owner: decoder.text(item, "owner"), due: decoder.date(item, "due"),
                               done: decoder.date(item, "done"))
        }
        sharedVia = decoder.textList(root, "shared_via")
        normUpdates = decoder.list(root, "norm_updates") { decoder, node in
            guard let item = decoder.mapping(node, keys: FeedbackRecord.normUpdateKeys, what: .aNormUpdate) else { return nil }
            return NormUpdate(positions: item.positions, norm: decoder.text(item, "norm"), owner: decoder.text(item, "owner"))
        }
    }
}
