// A whole collaboration through decode and every rule (docs/reference.md §2–§4, §11): the
// input is problem.yaml, stakeholders.yaml, tasks.yaml, feedback.yaml, one meeting and
// collab.yaml, cut at NUL bytes.
@testable import CollabKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCollaboration(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let parts = FuzzInput.parts(FuzzInput.bytes(data, size), count: 6)
    let files: [RecordFile] = [.problem, .stakeholders, .tasks, .feedback, .meeting("2024-06-15-kickoff")]
    let meetings = MeetingFolder.entries([.init(name: "2024-06-15-kickoff.yaml", isFolder: false)])
    let collaboration = Collaboration.decode(id: "q3-data-sync", meetings: meetings) { (file: RecordFile) -> RecordSource in
        guard let index = files.firstIndex(of: file) else { return .absent }
        return parts[index].isEmpty && index == 3 ? .absent : .bytes(parts[index])
    }
    let workspace = Workspace.decode(root: "/fuzz", parts[5])
    for today in [CalendarDate(dayNumber: 19_000), CalendarDate(dayNumber: 20_016)] {
        let context = RuleContext(collaboration: collaboration, config: workspace.config, today: today)
        for finding in CollaborationCheck.run(context) + workspace.diagnostics {
            FuzzInput.expect(finding.line >= 1 && finding.column >= 1, "a finding without a position: \(finding)")
            _ = finding.message.text(.zh)
            _ = finding.message.text(.en)
        }
        _ = CollaborationStatus(context)
        _ = StageAdvance.evaluate(context)
    }
    return 0
}
