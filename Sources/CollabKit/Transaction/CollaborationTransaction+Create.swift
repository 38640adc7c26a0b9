/// What `new` came to.
public enum CreateOutcome: Sendable, Equatable {
    /// The collaboration's folder is there already: nothing was written.
    case exists(folder: String)
    /// The folder was made with its record files (workspace-relative), committed when `commit` is set.
    case created(folder: String, files: [String], commit: ObjectID?)
}

/// What `meeting` came to.
public enum MeetingOutcome: Sendable, Equatable {
    /// A file of that name is there already: it was not replaced.
    case exists(file: String)
    /// The minutes were written at `file` (workspace-relative), with what they still lack
    /// (their findings, as collab check reports them, in report order).
    case created(file: String, name: String, findings: [Diagnostic], commit: ObjectID?)
}

extension CollaborationTransaction {
    /// A collaboration at stage define from the workspace's template (the built-in one where
    /// a file is absent), opened today, with `title` and the `lead` department filled in. The
    /// folder appears all at once with its lock held until the files are committed.
    public func create(title: String, lead: String?) throws -> CreateOutcome {
        let path = Path.join(workspace.root, folder)
        if FileSystem.exists(path) { return .exists(folder: folder) }
        let repository = try repositoryToCommit()
        var files: [(RecordFile, [UInt8])] = []
        for file in RecordFile.required {
            var bytes = try CollaborationTemplate.bytes(file.fileName, workspace)
            switch file {
            case .problem:
                bytes = try CollaborationTemplate.fill(bytes, file, template: file.fileName,
                                                       [("title", title), ("stage", Stage.define.rawValue), ("opened", today.description)])
            case .stakeholders:
                if let lead { bytes = try CollaborationTemplate.fill(bytes, file, template: file.fileName, [("lead", lead)]) }
            case .tasks, .feedback, .meeting:
                break
            }
            files.append((file, bytes))
        }
        let written = files.map { folder + "/" + $0.0.fileName }
        let lock = try CollaborationWriter.create(path, files, within: workspace.root)
        defer { lock.release() }
        guard let repository else { return .created(folder: folder, files: written, commit: nil) }
        return .created(folder: folder, files: written, commit: try commit(written, as: .new(id), in: repository))
    }

    /// New minutes in the collaboration's meetings/ folder from the workspace's meeting
    /// template, with `topic` and `date` (today by default) filled in, named DATE-SLUG (the
    /// collaboration's scenario, or `meeting`, without a slug); never over an existing file.
    /// A closed collaboration's meeting is its retrospective: `scenario: retrospective` is
    /// written, the one meeting `closed-modified` lets a closed collaboration receive.
    /// Whether a commit can be made is checked first, before the lock is taken.
    public func recordMeeting(topic: String, date: CalendarDate? = nil, slug: String? = nil) throws -> MeetingOutcome {
        guard FileSystem.isDirectory(Path.join(workspace.root, folder)) else { throw WorkspaceError.unknownCollaboration(id) }
        let repository = try repositoryToCommit()
        return try locked {
            let collaboration = try Collaboration.load(id: id, root: workspace.root)
            let date = date ?? today
            // After closing, the one meeting a collaboration may receive is its retrospective (复盘会).
            let closed = collaboration.problem?.stage?.value == .closed
            let name = "\(date)-\(slug ?? collaboration.problem?.scenario?.value.rawValue ?? "meeting")"
            let file = RecordFile.meeting(name)
            let relative = collaboration.path(file)
            let template = WorkspaceLayout.meetingTemplate
            let bytes = try CollaborationTemplate.fill(try CollaborationTemplate.bytes(template, workspace), file, template: template,
                                                       [("topic", topic), ("date", date.description)]
                                                       + (closed ? [("scenario", Scenario.retrospective.rawValue)] : []))
            let commit: ObjectID?
            do {
                commit = try write([FileWrite(path: relative, bytes: bytes, mode: .creating)], as: .meeting(id, name), to: repository)
            } catch let error as FileSystemError where error.kind == .exists {
                return .exists(file: relative)
            }
            let rules = RuleContext(collaboration: collaboration.replacing(file, with: bytes), config: workspace.config, today: today)
            let findings = CollaborationCheck.run(rules).filter { $0.file == relative }.sorted(by: Diagnostic.reportOrder)
            return .created(file: relative, name: name, findings: findings, commit: commit)
        }
    }
}
