/// `collab init`: a new workspace from the built-in template, with its JSON Schemas and the
/// .gitattributes line (docs/reference.md §6); with or without the two example
/// collaborations. Never over an existing workspace's file.
public enum WorkspaceCreation {
    public enum Outcome: Equatable, Sendable {
        /// The first of the template's files that is there already (workspace-relative):
        /// nothing was written.
        case exists(String)
        /// The number of files written, .gitattributes included when it was.
        case created(files: Int)
    }

    /// Writes the template's files into the folder `root` (made if missing); without
    /// `examples`, the settings, templates and schemas only, and an empty collaborations/.
    public static func create(at root: String, examples: Bool = true) throws -> Outcome {
        let template = BuiltinTemplate.files.filter { examples || WorkspaceLayout.collaborationID(ofFileAt: $0.path) == nil }
        let files = template.map { ($0.path, examples ? $0.contents : withoutExamplePeople($0.path, $0.contents)) } + JSONSchemaWriter.workspaceFiles
        if let first = files.map(\.0).first(where: { FileSystem.exists(Path.join(root, $0)) }) {
            return .exists(first)
        }
        for (relative, contents) in files {
            try FileSystem.writeAtomically(Array(contents.utf8), to: Path.join(root, relative))
        }
        if !examples { try FileSystem.createDirectory(Path.join(root, WorkspaceLayout.collaborationsFolder)) }
        return .created(files: files.count + (try GitSetup.writeAttributes(root: root) ? 1 : 0))
    }

    /// collab.yaml for a team's own workspace: the template's directory names example people
    /// (李主管, 赵会计…) whom a real team does not have, so it starts empty (`departments: []`),
    /// to be filled with `collab dept add` and `collab member add`. Other files as they are.
    static func withoutExamplePeople(_ path: String, _ contents: String) -> String {
        guard path == WorkspaceLayout.configFile else { return contents }
        var editor = RecordEditor(workspaceConfig: Array(contents.utf8))
        guard (try? editor.set([.key("departments")], to: .list([]))) != nil else { return contents }
        return String(decoding: editor.bytes, as: UTF8.self)
    }
}
