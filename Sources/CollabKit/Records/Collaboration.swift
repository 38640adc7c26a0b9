/// One collaboration as loaded: the records that parsed, and the findings of loading them
/// (missing files, syntax, schema). A record that is missing or did not parse is nil, so
/// no rule reports on it.
public struct Collaboration: Sendable {
    public let id: String
    public var problem: ProblemRecord?
    public var stakeholders: StakeholderRecord?
    public var tasks: TaskTable?
    public var feedback: FeedbackRecord?
    /// The meetings of its `meetings/` folder that parsed, by file name.
    public var meetings: [MeetingRecord] = []
    public var diagnostics: [Diagnostic] = []
    /// The bytes each file had when read, so an edit can splice them and refuse to
    /// overwrite a file that changed since.
    public var sources: [RecordFile: [UInt8]] = [:]

    /// The workspace-relative paths of the four files, in `RecordFile.required` order:
    /// every finding names one, so they are made once.
    private let paths: [String]

    public init(id: String) {
        self.id = id
        paths = RecordFile.required.map { WorkspaceLayout.collaborationFile(id, $0.fileName) }
    }

    /// The workspace-relative path of one of its files.
    public func path(_ file: RecordFile) -> String {
        switch file {
        case .problem: return paths[0]
        case .stakeholders: return paths[1]
        case .tasks: return paths[2]
        case .feedback: return paths[3]
        case .meeting: return WorkspaceLayout.collaborationFile(id, file.fileName)
        }
    }

    /// Its record files that were read, the four first, then the meetings by name.
    public var files: [RecordFile] { sources.keys.sorted() }

    /// Reads and decodes the four files of `collaborations/<id>` under `root`. A file that is
    /// a symbolic link leading outside the workspace is not read: it is reported as unsafe-path.
    /// With a `cache`, a file whose size, modification time and inode are those it had when
    /// last read is not read or decoded again (see `RecordCache`).
    public static func load(id: String, root: String, cache: RecordCache? = nil) throws(FileSystemError) -> Collaboration {
        let folder = Path.join(root, WorkspaceLayout.collaborationFolder(id))
        let meetings = try MeetingFolder(listing: folder + "/" + WorkspaceLayout.meetingsFolder, root: root)
        let shelf = cache?.shelf(folder)
        defer { if let shelf { cache?.store(shelf, folder) } }
        return try decode(id: id, meetings: meetings) { (file: RecordFile) throws(FileSystemError) -> RecordSource in
            do throws(FileSystemError) {
                let path = folder + "/" + file.fileName
                if let shelf { return try shelf.source(file, path: path, id: id, root: root) }
                return RecordSource(try Containment.read(path, root: root, limit: YAMLParser.maxFileSize))
            } catch {
                switch error.kind {
                case .leadsOutside(let target, _): return .refused(linkTarget: target)
                case .tooLarge(let size): return .tooLarge(size: size)
                default: throw error
                }
            }
        }
    }

    /// Decodes the four files and the meetings `meetings` lists as `read` gives them, from a
    /// working tree or from a git tree alike.
    public static func decode<E: Error>(id: String, meetings: MeetingFolder = .absent,
                                        read: (RecordFile) throws(E) -> RecordSource) throws(E) -> Collaboration {
        var collaboration = Collaboration(id: id)
        if !Identifier.isCollaborationID(id) {
            collaboration.diagnostics.append(Diagnostic(
                file: WorkspaceLayout.collaborationFolder(id), line: 1, column: 1, rule: .invalidValue,
                message: .badCollaborationID(id),
                collaboration: id))
        }
        for file in RecordFile.required + collaboration.meetingFiles(meetings) {
            switch try read(file) {
            case .bytes(let bytes):
                collaboration.decode(file, bytes)
            case .decoded(let decoded):
                collaboration.adopt(file, decoded)
            case .absent:
                if case .meeting = file { continue }
                collaboration.diagnostics.append(Diagnostic(
                    file: collaboration.path(file), line: 1, column: 1, rule: .missingFile,
                    message: .fileMissing(file.fileName),
                    collaboration: id))
            case .refused(let target):
                collaboration.diagnostics.append(Diagnostic(
                    file: collaboration.path(file), line: 1, column: 1, rule: .unsafePath,
                    message: .linkOutside(file.fileName, target), collaboration: id))
            case .tooLarge(let size):
                collaboration.diagnostics.append(Diagnostic(collaboration.path(file), .tooLarge(size), collaboration: id))
            }
        }
        return collaboration
    }

    /// The meeting files among the entries of `meetings/`; what cannot be a meeting (a folder,
    /// a file not ending in .yaml) is reported, so nothing there is passed over silently.
    private mutating func meetingFiles(_ folder: MeetingFolder) -> [RecordFile] {
        let folderPath = WorkspaceLayout.collaborationFile(id, WorkspaceLayout.meetingsFolder)
        switch folder {
        case .absent:
            return []
        case .refused(let target):
            diagnostics.append(Diagnostic(file: folderPath, line: 1, column: 1, rule: .unsafePath,
                                          message: .linkOutside(WorkspaceLayout.meetingsFolder, target), collaboration: id))
            return []
        case .notAFolder:
            diagnostics.append(Diagnostic(file: folderPath, line: 1, column: 1, rule: .meetingFileName,
                                          message: .meetingsNotAFolder, collaboration: id))
            return []
        case .entries(let entries):
            var files: [RecordFile] = []
            for entry in entries where !entry.name.hasPrefix(".") {
                if let file = entry.file {
                    files.append(file)
                } else {
                    diagnostics.append(Diagnostic(file: folderPath + "/" + entry.name, line: 1, column: 1, rule: .meetingFileName,
                                                  message: .notAMeetingFile(entry.name, folder: entry.isFolder), collaboration: id))
                }
            }
            return files.sorted()
        }
    }

    /// The collaboration with one file's bytes replaced: that file decoded again, its old
    /// record and findings gone, the other files as they were.
    public func replacing(_ file: RecordFile, with bytes: [UInt8]) -> Collaboration {
        var copy = self
        let path = path(file)
        copy.diagnostics.removeAll { $0.file == path }
        switch file {
        case .problem: copy.problem = nil
        case .stakeholders: copy.stakeholders = nil
        case .tasks: copy.tasks = nil
        case .feedback: copy.feedback = nil
        case .meeting(let name): copy.meetings.removeAll { $0.name == name }
        }
        copy.decode(file, bytes)
        return copy
    }

    mutating func decode(_ file: RecordFile, _ bytes: [UInt8]) {
        adopt(file, DecodedRecordFile(file, bytes, path: path(file), id: id))
    }
}

extension Message {
    fileprivate static func badCollaborationID(_ id: String) -> Message {
        Message(en: "collaboration id '\(id)' must match [a-z0-9][a-z0-9-]{0,63}; rename the folder",
                zh: "协作编号「\(id)」须符合 [a-z0-9][a-z0-9-]{0,63}；请给文件夹改名")
    }
    fileprivate static let meetingsNotAFolder = Message(
        en: "meetings is a file; it should be a folder holding one YYYY-MM-DD-slug.yaml file per meeting",
        zh: "meetings 是文件；它应是文件夹，每次沟通一个 YYYY-MM-DD-slug.yaml 文件")
    fileprivate static func notAMeetingFile(_ name: String, folder: Bool) -> Message {
        folder ? Message(en: "meetings/\(name) is a folder; meetings/ holds one YYYY-MM-DD-slug.yaml file per meeting",
                         zh: "meetings/\(name) 是文件夹；meetings/ 中每次沟通一个 YYYY-MM-DD-slug.yaml 文件")
            : Message(en: "meetings/\(name) is not a meeting file; meetings/ holds one YYYY-MM-DD-slug.yaml file per meeting",
                      zh: "meetings/\(name) 不是沟通记录文件；meetings/ 中每次沟通一个 YYYY-MM-DD-slug.yaml 文件")
    }
    fileprivate static func fileMissing(_ file: String) -> Message {
        Message(en: "\(file) is missing; every collaboration has problem, stakeholders, tasks and feedback files",
                zh: "缺少 \(file)；每个协作都要有 problem、stakeholders、tasks 和 feedback 四个文件")
    }

    /// A plain value YAML cut at ` #` (`comment-in-value`).
    public static func commentInValue(_ cut: CutValue) -> Message {
        Message(en: "YAML reads '\(cut.comment)' as a comment, so this value is '\(cut.value)'; quote the whole value if '\(cut.comment)' belongs to it, or put a space after '#' for a comment",
                zh: "YAML 把「\(cut.comment)」当作注释，这个值只剩「\(cut.value)」；若「\(cut.comment)」属于值，请给整个值加引号；若是注释，请在 # 后加一个空格")
    }
}
