/// One edit of a collaboration's records, in memory (docs/reference.md §9): the files as
/// read, their edited bytes, the changes as `collab diff` names them, and the findings the
/// edit adds. Only this collaboration is read; `CollaborationTransaction` writes it.
public struct CollaborationEdit {
    public let original: Collaboration
    public let root: String
    private var editors: [RecordFile: RecordEditor] = [:]

    public init(id: String, root: String) throws(FileSystemError) {
        original = try Collaboration.load(id: id, root: root)
        self.root = root
    }

    public var id: String { original.id }

    /// The parse of a file as edited so far.
    func root(_ file: RecordFile) throws(PathError) -> Node? {
        let bytes = try bytes(file)
        do { return try YAMLParser.parse(bytes).root } catch { throw .notParsable(original.path(file), error) }
    }

    func bytes(_ file: RecordFile) throws(PathError) -> [UInt8] {
        if let editor = editors[file] { return editor.bytes }
        guard let bytes = original.sources[file] else {
            guard case .meeting(let name) = file else { throw .missingFile(original.path(file)) }
            let known = original.files.compactMap { if case .meeting(let name) = $0 { return name } else { return nil } }
            throw .unknownMeeting(name, in: Path.parent(original.path(file)), known: known)
        }
        return bytes
    }

    /// A path as written, against the file as edited so far.
    public func resolve(_ text: String) throws(PathError) -> (path: RecordPath, kind: RecordSchema.Kind, node: Node?) {
        try RecordPath.parse(text, root: try root(try RecordPath.file(of: text)))
    }

    /// `PATH=VALUE`: sets a value (a comma list for a list of texts; empty clears it).
    public mutating func set(_ text: String, to written: String) throws(PathError) {
        let (path, kind, _) = try resolve(text)
        switch kind {
        case .object: throw .notAValue(path.description, list: false)
        case .list: throw .notAValue(path.description, list: true)
        case .text, .date, .enumeration, .pattern, .days, .version, .textList: try edit(path.file) { editor throws(PathError) in try editor.set(path, to: EditValue(written, for: kind)) }
        }
    }

    mutating func edit(_ file: RecordFile, _ change: (inout RecordEditor) throws(PathError) -> Void) throws(PathError) {
        var editor: RecordEditor
        if let known = editors[file] { editor = known } else { editor = RecordEditor(try bytes(file), file: file) }
        try change(&editor)
        editors[file] = editor
    }

    /// The files whose bytes the edit changed, with their new bytes.
    public var edited: [(file: RecordFile, bytes: [UInt8])] {
        editors.keys.sorted().compactMap { file in
            guard let editor = editors[file], editor.bytes != original.sources[file] else { return nil }
            return (file, editor.bytes)
        }
    }

    /// What changed, as `collab diff` names it: one change per value or item, with its path.
    public var changes: [RecordChange] {
        edited.flatMap { file, bytes in
            RecordDiff.changes(file, old: try? YAMLParser.parse(original.sources[file] ?? []).root,
                               new: try? YAMLParser.parse(bytes).root, collaboration: id)
        }
    }

    /// The findings the edit adds: those of the edited collaboration that the collaboration as
    /// read does not have (matched by rule, file and message, not by line, which may move).
    public func addedFindings(config: WorkspaceConfig, today: CalendarDate) -> [Diagnostic] {
        var after = original
        for (file, bytes) in edited { after = after.replacing(file, with: bytes) }
        let before = CollaborationCheck.run(RuleContext(collaboration: original, config: config, today: today))
        var known: [String: Int] = [:]
        for finding in before { known[Self.identity(finding), default: 0] += 1 }
        return CollaborationCheck.run(RuleContext(collaboration: after, config: config, today: today)).filter { finding in
            let identity = Self.identity(finding)
            guard let count = known[identity], count > 0 else { return true }
            known[identity] = count - 1
            return false
        }
    }

    private static func identity(_ finding: Diagnostic) -> String {
        "\(finding.rule.rawValue)\u{0}\(finding.file)\u{0}\(finding.message.text(.en))"
    }
}
