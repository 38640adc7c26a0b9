/// Where things are in a workspace (SPEC §2): the one place that names its files and folders.
public enum WorkspaceLayout {
    /// The workspace's settings, at its root; the file that makes a folder a workspace.
    public static let configFile = "collab.yaml"
}
