/// The workspace's templates/collaboration/ files, with the built-in copy where a file is
/// absent, and the values commands fill in (docs/reference.md §6, §11).
public enum CollaborationTemplate {
    /// The bytes of `file`'s template (`tasks.yaml`, `meetings/meeting.yaml`). A template
    /// folder that is a link leading outside the workspace is refused (unsafe-path).
    public static func bytes(_ file: String, _ workspace: Workspace) throws -> [UInt8] {
        let templates = WorkspaceLayout.collaborationTemplateFolder
        for folder in [WorkspaceLayout.templatesFolder, templates] + (file.contains("/") ? [templates + "/" + Path.parent(file)] : []) {
            let path = Path.join(workspace.root, folder)
            if let target = Containment.outside(path, root: workspace.root) {
                throw FileSystemError(folder, FileSystemError.Kind.leadsOutside(target, tagged: true))
            }
        }
        let relative = WorkspaceLayout.collaborationTemplateFolder + "/" + file
        if let bytes = try Containment.read(Path.join(workspace.root, relative), root: workspace.root, limit: YAMLParser.maxFileSize) {
            return bytes
        }
        return Array((BuiltinTemplate.files.first { $0.path == relative }?.contents ?? "").utf8)
    }

    /// The template's bytes with `values` set at the top-level keys (comments kept).
    public static func fill(_ bytes: [UInt8], _ file: RecordFile, template: String, _ values: [(String, String)]) throws -> [UInt8] {
        var editor = RecordEditor(bytes, file: file)
        for (key, value) in values {
            do {
                try editor.set(RecordPath(file, [.key(key)]), to: .text(value))
            } catch {
                let reason = error.message
                throw FileSystemError(WorkspaceLayout.collaborationTemplateFolder + "/" + template,
                                      Message(en: "cannot fill in '\(key)': \(reason.text(.en))", zh: "无法填写「\(key)」：\(reason.text(.zh))"))
            }
        }
        return editor.bytes
    }
}
