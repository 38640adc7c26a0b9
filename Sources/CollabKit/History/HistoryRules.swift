/// The `--base` rules: what a change since a base revision may not do.
public enum HistoryRules {
    /// A collaboration as it was at the base revision.
    public struct Base {
        public var collaboration: Collaboration
        public var blobs: [RecordFile: ObjectID]
        /// Reads a file's bytes at the base, for pointing at the first changed line.
        public var read: (RecordFile) -> [UInt8]?
    }

    public static func check(current: Collaboration, base: Base) -> [Diagnostic] {
        guard let baseStage = base.collaboration.problem?.stage?.value else { return [] }
        var findings = stageFindings(current, baseStage)
        if baseStage == .closed { findings += closedFindings(current, base) }
        if baseStage >= .execute { findings += removedTasks(current, base.collaboration) }
        return findings
    }

    /// A collaboration present at the base and gone now: allowed once it was closed (its
    /// history stays in git), an error before.
    public static func removed(_ base: Base) -> [Diagnostic] {
        let stage = base.collaboration.problem?.stage?.value
        guard stage != .closed else { return [] }
        let id = base.collaboration.id
        return [Diagnostic(file: "collaborations/\(id)", line: 1, column: 1, rule: .collaborationRemoved,
                           message: Message.collaborationRemoved(id, stage), collaboration: id)]
    }

    private static func stageFindings(_ current: Collaboration, _ base: Stage) -> [Diagnostic] {
        guard let stage = current.problem?.stage, stage.value < base else { return [] }
        let conclusion = current.feedback?.verification?.conclusion?.value
        let allowed = base == .verify && ((stage.value == .execute && conclusion == .partial)
            || (stage.value == .define && conclusion == .unresolved))
        guard !allowed else { return [] }
        return [Diagnostic(file: current.path(.problem), at: stage.range.start, rule: .stageRegression,
                           message: Message.regression(base, stage.value), collaboration: current.id)]
    }

    /// The files of a collaboration closed at the base whose data changed: layout, quoting
    /// and comments (what `collab fmt` changes) are not a change.
    private static func closedFindings(_ current: Collaboration, _ base: Base) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for file in Set(current.sources.keys).union(base.blobs.keys).union(RecordFile.required).sorted() {
            let now = current.sources[file]
            guard now.map(ObjectID.blob(of:)) != base.blobs[file] else { continue }
            guard let now else {
                findings.append(Diagnostic(file: current.path(file), line: 1, column: 1, rule: .closedModified,
                                           message: Message.closedChanged(current.id, file, removed: true), collaboration: current.id))
                continue
            }
            let was = base.read(file) ?? []
            let location: SourceLocation
            switch (try? YAMLParser.parse(now), try? YAMLParser.parse(was)) {
            case let (new?, old?):
                guard let difference = new.firstDataDifference(from: old) else { continue }
                location = difference
            default:
                location = SourceLocation(offset: 0, line: firstDifferentLine(was, now), column: 1)
            }
            findings.append(Diagnostic(file: current.path(file), at: location, rule: .closedModified,
                                       message: Message.closedChanged(current.id, file, removed: false), collaboration: current.id))
        }
        return findings
    }

    private static func removedTasks(_ current: Collaboration, _ base: Collaboration) -> [Diagnostic] {
        guard let table = current.tasks else { return [] }
        let now = Set(table.items.compactMap { $0.id?.value })
        let position = table.positions.at("tasks")
        return (base.tasks?.items ?? []).compactMap { $0.id?.value }.filter { !now.contains($0) }.map { id in
            Diagnostic(file: current.path(.tasks), at: position.start, rule: .taskRemoved, message: Message.taskRemoved(id),
                       collaboration: current.id)
        }
    }

    /// The 1-based number of the first line where two texts differ.
    static func firstDifferentLine(_ old: [UInt8], _ new: [UInt8]) -> Int {
        var line = 1
        for index in 0..<min(old.count, new.count) {
            if old[index] != new[index] { return line }
            if old[index] == 0x0A { line += 1 }
        }
        return line
    }
}

extension Message {
    fileprivate static func regression(_ from: Stage, _ to: Stage) -> Message {
        Message(en: "stage moved back from \(from.rawValue) to \(to.rawValue); only verify → execute (conclusion partial) and verify → define (conclusion unresolved) may go back",
                zh: "阶段从 \(from.rawValue) 退回到 \(to.rawValue)；只有 verify → execute（结论 partial）和 verify → define（结论 unresolved）可以回退")
    }
    fileprivate static func closedChanged(_ id: String, _ file: RecordFile, removed: Bool) -> Message {
        Message(en: "\(id) was closed at the base revision; \(file.fileName) \(removed ? "was removed" : "changed") — closed records are history, start a new collaboration instead",
                zh: "\(id) 在基准版本中已关闭，\(file.fileName) 却\(removed ? "被删除了" : "被修改了")；已关闭的记录是历史，请另开一个新的协作")
    }
    fileprivate static func collaborationRemoved(_ id: String, _ stage: Stage?) -> Message {
        Message(en: "\(id) was removed while at stage \(stage?.rawValue ?? "unknown"); a collaboration leaves through its stages — close it (or keep it), and remove it once closed",
                zh: "\(id) 在阶段 \(stage?.rawValue ?? "未知") 时被删除；协作应按阶段走到底——先关闭（或保留），关闭后再删除")
    }
    fileprivate static func taskRemoved(_ id: String) -> Message {
        Message(en: "task \(id) was removed after planning; keep it and mark it dropped with a note",
                zh: "任务 \(id) 在计划之后被删除；请保留它，标为 dropped 并写明原因")
    }
}
