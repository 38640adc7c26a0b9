/// One record file of a collaboration decoded on its own: its bytes, its typed record (nil
/// when it did not parse) and the findings of reading it. A collaboration is assembled from
/// these, so a cache can keep each file's and decode again only the files that changed.
public struct DecodedRecordFile: Sendable {
    /// The typed record a file holds.
    enum Record: Sendable {
        case problem(ProblemRecord)
        case stakeholders(StakeholderRecord)
        case tasks(TaskTable)
        case feedback(FeedbackRecord)
        case meeting(MeetingRecord)
    }

    let bytes: [UInt8]
    let record: Record?
    let diagnostics: [Diagnostic]

    /// Parses and decodes `bytes` as `file` of collaboration `id`, whose findings name `path`.
    init(_ file: RecordFile, _ bytes: [UInt8], path: String, id: String) {
        self.bytes = bytes
        var diagnostics: [Diagnostic] = []
        var decoder = RecordDecoder(file: path, collaboration: id)
        let document: YAMLDocument
        do {
            document = try YAMLParser.parse(bytes)
        } catch {
            self.diagnostics = [Diagnostic(file: path, at: error.location, rule: error.kind.rule, message: error.message, collaboration: id)]
            record = nil
            return
        }
        for cut in document.cutValues {
            diagnostics.append(Diagnostic(file: path, at: cut.location, rule: .commentInValue, message: .commentInValue(cut), collaboration: id))
        }
        switch file {
        case .problem: record = .problem(ProblemRecord(document, decoder: &decoder))
        case .stakeholders: record = .stakeholders(StakeholderRecord(document, decoder: &decoder))
        case .tasks: record = .tasks(TaskTable(document, decoder: &decoder))
        case .feedback: record = .feedback(FeedbackRecord(document, decoder: &decoder))
        case .meeting(let name): record = .meeting(MeetingRecord(name: name, document, decoder: &decoder))
        }
        self.diagnostics = diagnostics + decoder.diagnostics
    }
}

extension Collaboration {
    /// Takes in one decoded file: its bytes, its record and its findings.
    mutating func adopt(_ file: RecordFile, _ decoded: DecodedRecordFile) {
        sources[file] = decoded.bytes
        switch decoded.record {
        case .problem(let record): problem = record
        case .stakeholders(let record): stakeholders = record
        case .tasks(let record): tasks = record
        case .feedback(let record): feedback = record
        case .meeting(let record):
            meetings.append(record)
            meetings.sort { $0.name < $1.name }
        case nil: break
        }
        diagnostics += decoded.diagnostics
    }
}
