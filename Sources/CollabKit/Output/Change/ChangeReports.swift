/// What `collab advance` came to, as its formats show it: the move, whether it was made, a
/// dry run or refused, the commit made, and the gate's report when refused. Paths are as the
/// reader should see them (the command makes them relative to its starting folder).
public struct AdvanceReport: Sendable {
    public enum Result: String, Sendable, CaseIterable {
        case advanced
        case dryRun = "dry_run"
        case refused
    }

    public var id: String
    public var from: String?
    public var to: String?
    public var result: Result
    /// The commit made (40 hexadecimal digits), nil when none was.
    public var commit: String?
    /// What blocks the gate, in report order; empty unless refused.
    public var findings: [Diagnostic]

    public init(id: String, from: String?, to: String?, result: Result, commit: String?, findings: [Diagnostic]) {
        self.id = id
        self.from = from
        self.to = to
        self.result = result
        self.commit = commit
        self.findings = findings
    }
}

/// What `collab new` made: the collaboration, its stage and files, and the commit.
public struct CreationReport: Sendable {
    public var id: String
    /// The collaboration's folder (text names it; JSON lists its files).
    public var folder: String
    public var stage: String
    /// The files written, relative to the workspace (or to the starting folder, as shown).
    public var files: [String]
    public var commit: String?

    public init(id: String, folder: String, stage: String, files: [String], commit: String?) {
        self.id = id
        self.folder = folder
        self.stage = stage
        self.files = files
        self.commit = commit
    }
}

/// What `collab meeting` made: the minutes' file, its date and slug, what the minutes still
/// lack (their findings, as collab check reports them) and the commit.
public struct MeetingReport: Sendable {
    public var id: String
    public var file: String
    /// The file's name without `.yaml`: DATE-SLUG.
    public var name: String
    public var missing: [Diagnostic]
    public var commit: String?

    public init(id: String, file: String, name: String, missing: [Diagnostic], commit: String?) {
        self.id = id
        self.file = file
        self.name = name
        self.missing = missing
        self.commit = commit
    }

    /// The date the name starts with (YYYY-MM-DD).
    public var date: String { String(name.prefix(10)) }
    /// What follows the date in the name.
    public var slug: String { String(name.dropFirst(11)) }
}
