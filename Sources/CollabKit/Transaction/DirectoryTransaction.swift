/// A change of the department directory in collab.yaml (`collab dept add`, `collab member
/// add`; docs/reference.md §9): the workspace-wide counterpart of `CollaborationTransaction`.
/// The workspace's lock is taken (a `.collab.lock` at its root) → collab.yaml read → the
/// change checked (id syntax, no duplicate, the department exists) and spliced in with
/// `RecordEditor`, comments and layout kept → the new file decoded (a change adding an error
/// to collab.yaml is refused: findings, exit 1, as `set` refuses one) → written atomically →
/// optionally committed as a workspace change, `collab: …` (`CommitMessage.directory`).
public struct DirectoryTransaction: Sendable {
    /// What to change.
    public enum Change: Sendable, Equatable {
        /// A department `{id, name}` appended to `departments`.
        case addDepartment(id: String, name: String)
        /// A person appended to the `members` of the department `department`: a name, or
        /// `{name, email}` when `email` is given (SPEC §18).
        case addMember(name: String, department: String, email: String? = nil)
    }

    /// What the change came to.
    public struct Outcome: Sendable, Equatable {
        public enum Result: Sendable, Equatable {
            /// A dry run: checked, nothing written.
            case dryRun
            /// collab.yaml was written (and committed when `commit` is set).
            case written
            /// The change would add an error to collab.yaml (in `added`): nothing written.
            case refused
        }
        public var result: Result
        /// The path changed in collab.yaml (`departments.tech.members`) and the value added.
        public var path: String
        public var value: String
        /// The findings of collab.yaml the change adds (an error refuses it).
        public var added: [Diagnostic]
        /// How many of `added` are errors.
        public var addedErrors: Int { added.count { $0.severity == .error } }
        public var commit: ObjectID?
    }

    public let root: String
    public let commit: GitEnvironment?

    public init(root: String, commit: GitEnvironment? = nil) {
        self.root = root
        self.commit = commit
    }

    /// Makes `change`, or throws a `DirectoryError` (nothing written).
    public func perform(_ change: Change, dryRun: Bool = false) throws -> Outcome {
        try CollaborationLock.holding(root, within: root) {
            let file = WorkspaceLayout.configFile
            guard let original = try FileSystem.read(Path.join(root, file), limit: YAMLParser.maxFileSize) else {
                throw DirectoryError.noConfig
            }
            let before = Workspace.decode(root: root, original)
            var editor = RecordEditor(workspaceConfig: original)
            let (path, value) = try apply(change, before.config, &editor)
            let after = Workspace.decode(root: root, editor.bytes)
            let old = Set(before.diagnostics.map { "\($0.rule)\u{1}\($0.message.text(.en))" })
            let added = after.diagnostics.filter { !old.contains("\($0.rule)\u{1}\($0.message.text(.en))") }
            var outcome = Outcome(result: .dryRun, path: path, value: value, added: added, commit: nil)
            if outcome.addedErrors > 0 {
                outcome.result = .refused
                return outcome
            }
            if dryRun { return outcome }
            let repository = try commit.map { environment -> Repository in
                let repository = try Repository.discover(from: root, environment: environment)
                try repository.checkCanCommit()
                return repository
            }
            try FileWrite(path: file, bytes: editor.bytes, mode: .replacing(original: original)).perform(within: root)
            if let repository {
                let prefix = try RepositoryPaths.prefix(of: root, in: repository)
                let message = CommitMessage.directory(path, added: value)
                outcome.commit = try repository.commit(files: [prefix + file], message: message.description)
            }
            outcome.result = .written
            return outcome
        }
    }

    private func apply(_ change: Change, _ config: WorkspaceConfig, _ editor: inout RecordEditor) throws -> (String, String) {
        let departments = config.departments?.items ?? []
        switch change {
        case .addDepartment(let id, let name):
            guard Identifier.isDepartmentID(id) else { throw DirectoryError.badDepartmentID(id) }
            guard !name.allSatisfy(\.isWhitespace) else { throw DirectoryError.emptyName }
            if departments.contains(where: { $0.id?.value == id }) { throw DirectoryError.departmentExists(id) }
            if let taken = departments.first(where: { $0.name?.value == name }) {
                throw DirectoryError.nameTaken(name, by: taken.id?.value ?? "")
            }
            try editor.append([(key: "id", value: .text(id)), (key: "name", value: .text(name))], at: [.key("departments")])
            return ("departments", "\(id) (\(name))")
        case .addMember(let name, let id, let email):
            guard !name.allSatisfy(\.isWhitespace) else { throw DirectoryError.emptyName }
            guard let department = departments.first(where: { $0.id?.value == id }) else {
                let known = departments.compactMap { $0.id?.value }
                throw DirectoryError.unknownDepartment(id, hint: config.departmentID(id) ?? Suggestion.closest(to: id, in: known))
            }
            if let member = department.members?.items.first(where: { $0.name.value == name }) {
                // Given again with another email: said, never the old one kept in silence.
                if let email, email != member.email?.value {
                    throw DirectoryError.memberHasOtherEmail(name, department: id, email: member.email?.value)
                }
                throw DirectoryError.memberExists(name, department: id)
            }
            let segments: [RecordPath.Segment] = [.key("departments"), .item(id, occurrence: 1), .key("members")]
            guard let email else {
                // A department without members gets them as the directory writes them: `[NAME]`.
                if department.members == nil { try editor.set(segments, to: .list([name])) } else { try editor.append(text: name, at: segments) }
                return ("departments.\(id).members", name)
            }
            // `{name, email}`, in the list's style: `[a, {name: NAME, email: E}]` or `- name: NAME` lines.
            try editor.append([(key: "name", value: .text(name)), (key: "email", value: .text(email))], at: segments)
            return ("departments.\(id).members", "\(name) <\(email)>")
        }
    }
}

/// Why a change of the directory was refused before it was made: exit 2, nothing written.
/// (A change that would give collab.yaml an error is an outcome, `.refused`: findings, exit 1.)
public enum DirectoryError: Error, Failure, Equatable {
    case noConfig
    case badDepartmentID(String)
    case emptyName
    case departmentExists(String)
    case nameTaken(String, by: String)
    case unknownDepartment(String, hint: String?)
    case memberExists(String, department: String)
    /// A member given again with an email other than the one listed (nil: none listed).
    case memberHasOtherEmail(String, department: String, email: String?)

    public var message: Message {
        switch self {
        case .noConfig:
            Message(en: "collab.yaml cannot be read", zh: "无法读取 collab.yaml")
        case .badDepartmentID(let id):
            Message(en: "department id '\(id)' must hold only a-z, 0-9 and '-', starting with a letter or digit (e.g. customer-service)",
                    zh: "部门编号「\(id)」只能包含 a-z、0-9 和 -，并以字母或数字开头（例如 customer-service）")
        case .emptyName:
            Message(en: "the name is empty", zh: "名称为空")
        case .departmentExists(let id):
            Message(en: "department '\(id)' is in the directory already", zh: "部门「\(id)」已在部门目录中")
        case .nameTaken(let name, let id):
            Message(en: "'\(name)' is the name of department '\(id)' already", zh: "「\(name)」已是部门「\(id)」的名称")
        case .unknownDepartment(let id, let hint):
            Message(en: "no department '\(id)' in collab.yaml's directory; add it with collab dept add \(id) NAME",
                    zh: "collab.yaml 的部门目录中没有部门「\(id)」；可用 collab dept add \(id) 部门名称 添加")
                .then(hint.map(Message.didYouMean))
        case .memberExists(let name, let id):
            Message(en: "\(name) is a member of '\(id)' already", zh: "\(name) 已是部门「\(id)」的成员")
        case .memberHasOtherEmail(let name, let id, let email):
            Message(en: "\(name) is a member of '\(id)' already, \(email.map { "with email \($0)" } ?? "without an email"); member add does not change a member: edit their item in collab.yaml",
                    zh: "\(name) 已是部门「\(id)」的成员，\(email.map { "邮箱为 \($0)" } ?? "未填写邮箱")；member add 不修改已有成员：请在 collab.yaml 中编辑其条目")
        }
    }
}
