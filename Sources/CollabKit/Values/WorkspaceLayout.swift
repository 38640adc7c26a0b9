/// Where things are in a workspace (SPEC §2): the one place that names its files and folders.
/// Paths here are relative to the workspace's root and use `/`; a repository prefix or the
/// root is put in front by the caller.
public enum WorkspaceLayout {
    /// The workspace's settings, at its root; the file that makes a folder a workspace.
    public static let configFile = "collab.yaml"

    /// The folder of the collaborations, at the root: one folder per collaboration.
    public static let collaborationsFolder = "collaborations"

    /// A collaboration's folder: `collaborations/<id>`.
    public static func collaborationFolder(_ id: String) -> String { collaborationsFolder + "/" + id }

    /// A file of a collaboration's folder, by its path inside it: `collaborations/<id>/tasks.yaml`.
    public static func collaborationFile(_ id: String, _ fileName: String) -> String {
        collaborationsFolder + "/" + id + "/" + fileName
    }

    /// The id of the collaboration a workspace-relative path lies in
    /// (`collaborations/<id>/…`, at least one level below the folder), nil for any other path.
    public static func collaborationID(ofFileAt path: String) -> String? {
        let parts = path.split(separator: "/")
        return parts.count >= 3 && parts[0] == collaborationsFolder ? String(parts[1]) : nil
    }

    /// The folder of a collaboration's meeting records, inside its folder.
    public static let meetingsFolder = "meetings"

    /// The folder of the templates, at the root.
    public static let templatesFolder = "templates"

    /// The templates `collab new` copies into a new collaboration's folder.
    public static let collaborationTemplateFolder = templatesFolder + "/collaboration"

    /// The template of a meeting record, inside `collaborationTemplateFolder`.
    public static let meetingTemplate = meetingsFolder + "/meeting.yaml"

    /// The folder of the JSON Schemas for editors, at the root (`collab schema --write`).
    public static let schemasFolder = "schemas"

    /// The JSON Schema file of a record kind: `schemas/tasks.schema.json`.
    public static func schemaFile(_ kind: String) -> String { schemasFolder + "/" + kind + ".schema.json" }
}
