/// What `advance` came to: the gate's verdict, and the move when it held.
public enum AdvanceOutcome: Sendable, Equatable {
    /// The collaboration is closed: there is no stage after it.
    case closed
    /// The gate does not hold: what blocks it; nothing was written.
    case blocked(from: Stage?, to: Stage?, blocking: [Diagnostic])
    /// The gate holds: `stage:` moved (unless a dry run), and the commit made, if any.
    case advanced(from: Stage, to: Stage, dryRun: Bool, commit: ObjectID?)
}

extension CollaborationTransaction {
    /// Moves the collaboration to its next stage when the gate of its stage holds: only the
    /// value of `stage:` in problem.yaml changes. A commit holds every record file the gate
    /// was judged on, as they are now — one holding the new stage without them would fail
    /// its own check.
    public func advance(dryRun: Bool = false) throws -> AdvanceOutcome {
        try locked {
            guard let collaboration = try workspace.mapCollaborations([id], { $0 }).first else { throw WorkspaceError.unknownCollaboration(id) }
            switch StageAdvance.evaluate(RuleContext(collaboration: collaboration, config: workspace.config, today: today)) {
            case .closed:
                return .closed
            case .blocked(let from, let to, let blocking):
                return .blocked(from: from, to: to, blocking: blocking)
            case .ready(let from, let to):
                if dryRun { return .advanced(from: from, to: to, dryRun: true, commit: nil) }
                let problem = collaboration.path(.problem)
                guard let original = collaboration.sources[.problem] else {
                    throw FileSystemError(Path.join(workspace.root, problem), Message(en: "was not read", zh: "未被读取"))
                }
                var editor = RecordEditor(original, file: .problem)
                try editor.set(RecordPath(.problem, [.key("stage")]), to: .text(to.rawValue))
                let commit = try write([FileWrite(path: problem, bytes: editor.bytes, mode: .replacing(original: original))],
                                       committing: collaboration.files.map { collaboration.path($0) }, as: .advance(id, from: from, to: to))
                return .advanced(from: from, to: to, dryRun: false, commit: commit)
            }
        }
    }
}
