/// The `--base` rules: what a change since a base revision may not do.
public enum HistoryRules {
    /// A collaboration as it was at the base revision.
    public struct Base {
        public var collaboration: Collaboration
        public var blobs: [RecordFile: ObjectID]
        /// Reads a file's bytes at the base, for pointing at the first changed line.
        public var read: (RecordFile) -> [UInt8]?
    }

    /// The rules for a collaboration present at the base (under `base.collaboration.id`, which
    /// differs from `current.id` when the folder was renamed).
    public static func check(current: Collaboration, base: Base) -> [Diagnostic] {
        guard let baseStage = base.collaboration.problem?.stage?.value else { return [] }
        var findings = stageFindings(current, baseStage)
        if baseStage == .closed { findings += closedFindings(current, base) }
        if baseStage >= .execute { findings += removedTasks(current, base.collaboration) }
        if PlanChange.isPastPlan(baseStage) { findings += planFindings(current, base) }
        return findings
    }

    /// A collaboration present at the base and gone now (not renamed): an error once it had
    /// reached execute (closed included) or its stage cannot be read, unless the same change
    /// added a meeting decision naming it (`excused`); before execute it may go.
    public static func removed(_ base: Base, excused: Bool) -> [Diagnostic] {
        let stage = base.collaboration.problem?.stage?.value
        guard !excused, stage.map({ $0 >= .execute }) ?? true else { return [] }
        let id = base.collaboration.id
        return [Diagnostic(file: WorkspaceLayout.collaborationFolder(id), line: 1, column: 1, rule: .collaborationRemoved,
                           message: Message.collaborationRemoved(id, stage), collaboration: id)]
    }

    /// A collaboration absent at the base (and not a rename) that first appears at verify or
    /// closed: its stages were never seen as they happened.
    public static func firstAppearance(_ current: Collaboration) -> [Diagnostic] {
        guard let stage = current.problem?.stage, stage.value >= .verify else { return [] }
        return [Diagnostic(file: current.path(.problem), at: stage.range.start, rule: .collaborationLate,
                           message: Message.collaborationLate(current.id, stage.value), collaboration: current.id)]
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
    /// and comments (what `collab fmt` changes) are not a change, nor is the follow-up a
    /// closed collaboration may receive (`ClosedFollowUp`: a retrospective, improvements' progress).
    private static func closedFindings(_ current: Collaboration, _ base: Base) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for file in Set(current.sources.keys).union(base.blobs.keys).union(RecordFile.required).sorted() {
            let now = current.sources[file]
            guard now.map(ObjectID.blob(of:)) != base.blobs[file] else { continue }
            guard let now else {
                findings.append(Diagnostic(file: current.path(file), line: 1, column: 1, rule: .closedModified,
                                           message: Message.closedChanged(current.id, from: base.collaboration.id, file, removed: true),
                                           collaboration: current.id))
                continue
            }
            let was = base.read(file)
            let location: SourceLocation
            switch (try? YAMLParser.parse(now), try? YAMLParser.parse(was ?? [])) {
            case let (new?, old?):
                guard let difference = new.firstDataDifference(from: old),
                      !ClosedFollowUp.allows(file, new: new.root, old: was == nil ? nil : old.root) else { continue }
                location = difference
            default:
                location = SourceLocation(offset: 0, line: firstDifferentLine(was ?? [], now), column: 1)
            }
            findings.append(Diagnostic(file: current.path(file), at: location, rule: .closedModified,
                                       message: Message.closedChanged(current.id, from: base.collaboration.id, file, removed: false),
                                       collaboration: current.id))
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
    fileprivate static func closedChanged(_ id: String, from old: String, _ file: RecordFile, removed: Bool) -> Message {
        let renamed = old == id ? (en: "", zh: "") : (en: " (renamed from \(old))", zh: "（由 \(old) 改名而来）")
        return Message(en: "\(id)\(renamed.en) was closed at the base revision; \(file.fileName) \(removed ? "was removed" : "changed") — closed records are history, start a new collaboration instead",
                       zh: "\(id)\(renamed.zh) 在基准版本中已关闭，\(file.fileName) 却\(removed ? "被删除了" : "被修改了")；已关闭的记录是历史，请另开一个新的协作")
    }
    fileprivate static func collaborationRemoved(_ id: String, _ stage: Stage?) -> Message {
        Message(en: "\(id) was removed at stage \(stage?.rawValue ?? "unknown"); a collaboration that reached execute is history — keep it, or record the decision to remove it in a meeting of another collaboration (a decision naming \(id)) in the same change",
                zh: "\(id) 在阶段 \(stage?.rawValue ?? "未知") 时被删除；已进入 execute 的协作是历史，请保留它，或在同一改动中把删除它的决定记入另一个协作的沟通记录（一条点名 \(id) 的决议）")
    }
    fileprivate static func collaborationLate(_ id: String, _ stage: Stage) -> Message {
        Message(en: "\(id) first appears at stage \(stage.rawValue): its earlier stages were never recorded as they happened; a reviewer should confirm it is a record made after the fact",
                zh: "\(id) 首次出现就处于 \(stage.rawValue) 阶段，之前各阶段没有随进展记录；请评审人确认这是事后补记的协作")
    }
    fileprivate static func taskRemoved(_ id: String) -> Message {
        Message(en: "task \(id) was removed after planning; keep it and mark it dropped with a note",
                zh: "任务 \(id) 在计划之后被删除；请保留它，标为 dropped 并写明原因")
    }
}
