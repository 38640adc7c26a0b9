/// At every stage: departments listed once, and known to the directory when collab.yaml has one.
enum StakeholderRules {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for entry in context.stakeholders?.departments?.items ?? [] {
            guard let department = entry.department else { continue }
            if let line = seen[department.value] {
                findings.append(context.finding(.departmentDuplicate, .stakeholders, department.range,
                                                Message.departmentListedTwice(department.value, line)))
            } else {
                seen[department.value] = department.range.start.line
            }
        }
        guard let directory = context.directory else { return findings }
        func checkKnown(_ field: TextField?, _ file: RecordFile) {
            guard let field, directory[field.value] == nil else { return }
            let message = Message.notInDirectory(field.value).then(context.departmentHint(field.value, among: Array(directory.keys)))
            findings.append(context.finding(.departmentUnknown, file, field.range, message))
        }
        checkKnown(context.stakeholders?.lead, .stakeholders)
        for entry in context.stakeholders?.departments?.items ?? [] { checkKnown(entry.department, .stakeholders) }
        for person in context.stakeholders?.people?.items ?? [] { checkKnown(person.department, .stakeholders) }
        for cause in context.problem?.causes?.items ?? [] { checkKnown(cause.department, .problem) }
        findings += memberFindings(context, directory)
        return findings
    }

    /// Where the directory lists a department's members, its liaison and people are among them.
    private static func memberFindings(_ context: RuleContext, _ directory: [String: WorkspaceConfig.Department]) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        func checkMember(_ name: TextField?, _ department: String?) {
            guard let name, let department, let members = directory[department]?.members,
                  !members.contains(name: name.value) else { return }
            findings.append(context.finding(.invalidValue, .stakeholders, name.range, Message.notMember(name.value, department)
                .then(context.memberHint(name.value, of: department))))
        }
        for entry in context.stakeholders?.departments?.items ?? [] { checkMember(entry.liaison, entry.department?.value) }
        for person in context.stakeholders?.people?.items ?? [] { checkMember(person.name, person.department?.value) }
        return findings
    }
}

extension Message {
    fileprivate static func departmentListedTwice(_ department: String, _ line: Int) -> Message {
        Message(en: "department '\(department)' is listed twice (first on line \(line)); list each department once",
                zh: "部门「\(department)」列了两次（第一次在第 \(line) 行）；每个部门只列一次")
    }
    fileprivate static func notInDirectory(_ department: String) -> Message {
        Message(en: "department '\(department)' is not in the directory of collab.yaml",
                zh: "部门「\(department)」不在 collab.yaml 的部门目录中")
    }
    fileprivate static func notMember(_ name: String, _ department: String) -> Message {
        Message(en: "'\(name)' is not a member of department '\(department)'",
                zh: "「\(name)」不是部门 \(department) 的成员")
    }
}
