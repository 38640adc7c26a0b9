import Testing
@testable import CollabKit

/// The workspace's paths as docs/reference.md §2 names them, written out literally here as the
/// independent witness of WorkspaceLayout.
struct WorkspaceLayoutTests {
    @Test func namesTheWorkspacesFilesAndFolders() {
        #expect(WorkspaceLayout.configFile == "collab.yaml")
        #expect(WorkspaceLayout.collaborationFolder("q3") == "collaborations/q3")
        #expect(WorkspaceLayout.collaborationFile("q3", RecordFile.tasks.fileName) == "collaborations/q3/tasks.yaml")
        #expect(WorkspaceLayout.collaborationFile("q3", RecordFile.meeting("2024-06-15-kickoff").fileName)
                == "collaborations/q3/meetings/2024-06-15-kickoff.yaml")
        #expect(WorkspaceLayout.collaborationTemplateFolder + "/" + WorkspaceLayout.meetingTemplate == "templates/collaboration/meetings/meeting.yaml")
        #expect(WorkspaceLayout.schemaFile("tasks") == "schemas/tasks.schema.json")
        #expect(GitSetup.attributes == "collaborations/**/*.yaml merge=collab diff=collab")
    }

    @Test func findsTheCollaborationOfARecordPath() {
        #expect(WorkspaceLayout.collaborationID(ofFileAt: "collaborations/q3/tasks.yaml") == "q3")
        #expect(WorkspaceLayout.collaborationID(ofFileAt: "collaborations/q3/meetings/2024-06-15-kickoff.yaml") == "q3")
        #expect(WorkspaceLayout.collaborationID(ofFileAt: "collab.yaml") == nil)
        #expect(WorkspaceLayout.collaborationID(ofFileAt: "collaborations/q3") == nil)
        #expect(WorkspaceLayout.collaborationID(ofFileAt: "templates/collaboration/tasks.yaml") == nil)
    }

    @Test func theHookPicksTheCollaborationFoldersOut() {
        #expect(GitSetup.preCommitHook.contains("s#^(.*/)?collaborations/([^/]+)/.+\\.yaml$#\\1.|\\2#p"))
    }
}
