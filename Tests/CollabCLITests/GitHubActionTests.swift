import Foundation
import Testing

/// action.yml: valid against GitHub's Action metadata schema, and its steps run as a runner
/// runs them (Support/run-composite-action.py) on a pull request and on a push, with the
/// workspace in a subfolder of the repository.
struct GitHubActionTests {
    static let action = CLI.packageRoot.appendingPathComponent("action.yml")
    static let runner = CLI.packageRoot.appendingPathComponent("Tests/CollabCLITests/Support/run-composite-action.py")

    @Test func theActionIsValidAgainstTheActionMetadataSchema() throws {
        let valid = try Program.run("/usr/bin/env", ["python3", "-m", "check_jsonschema", "--builtin-schema", "vendor.github-actions", Self.action.path])
        #expect(valid.status == 0, "\(valid.output)")
        // The same check refuses an action whose step has no shell, so it is not vacuous.
        let scratch = try Scratch()
        let text = try String(contentsOf: Self.action, encoding: .utf8)
        try scratch.write("action.yml", text.replacingOccurrences(of: "      shell: bash\n", with: ""))
        let invalid = try Program.run("/usr/bin/env", ["python3", "-m", "check_jsonschema", "--builtin-schema", "vendor.github-actions",
                                                       scratch.file("action.yml").path])
        #expect(invalid.status != 0, "\(invalid.output)")
    }

    struct Run {
        var status: Int32
        var output: String
        var summary: String
    }

    /// A repository whose workspace is records/, main holding the template (with an error in
    /// q3-data-sync when `brokenBase`), and a clone of it (so origin/main exists) on a branch
    /// where `change` edits the records and commits.
    static func repository(brokenBase: Bool = false, _ change: (Scratch) throws -> Void) throws -> Scratch {
        let scratch = try Scratch()
        func git(_ folder: String, _ arguments: String...) throws {
            let result = try Program.run("/usr/bin/git", ["-C", scratch.file(folder).path] + arguments,
                                         environment: ["GIT_AUTHOR_NAME": "测试", "GIT_AUTHOR_EMAIL": "t@example.org",
                                                       "GIT_COMMITTER_NAME": "测试", "GIT_COMMITTER_EMAIL": "t@example.org"])
            #expect(result.status == 0, "git \(arguments): \(result.output)")
        }
        #expect(try CLI.run(["init", "upstream/records"], in: scratch.path).status == 0)
        if brokenBase {
            let problem = "upstream/records/collaborations/q3-data-sync/problem.yaml"
            try scratch.write(problem, try scratch.read(problem).replacingOccurrences(of: "stage: closed", with: "stage: shipped"))
        }
        try git("upstream", "init", "-q", "-b", "main")
        try git("upstream", "add", "-A")
        try git("upstream", "commit", "-qm", "records")
        try git(".", "clone", "-q", scratch.file("upstream").path, scratch.file("clone").path)
        try git("clone", "checkout", "-q", "-b", "pull-request")
        try change(scratch)
        try git("clone", "commit", "-qam", "the pull request")
        return scratch
    }

    static func run(_ scratch: Scratch, baseRef: String?, _ inputs: String...) throws -> Run {
        try run(in: scratch.file("clone"), scratch: scratch, baseRef: baseRef, inputs: inputs)
    }

    /// Runs action.yml with `inputs` in `repository` as a runner would, collab (this build) on
    /// PATH; its summary is written in `scratch`, and HOME is there too (the action sets git's
    /// safe.directory).
    static func run(in repository: URL, scratch: Scratch, baseRef: String?, inputs: [String],
                    environment extra: [String: String] = ["COLLAB_TODAY": "2024-07-04"]) throws -> Run {
        try FileManager.default.createDirectory(at: scratch.file("home"), withIntermediateDirectories: true)
        try scratch.write("summary.md", "")
        var environment = ["GITHUB_WORKSPACE": repository.path, "GITHUB_STEP_SUMMARY": scratch.file("summary.md").path,
                           "RUNNER_TEMP": scratch.path, "HOME": scratch.file("home").path, "GITHUB_BASE_REF": baseRef ?? "",
                           "GIT_CONFIG_NOSYSTEM": "1"]
        environment.merge(extra) { $1 }
        let result = try Program.run("/bin/sh", ["-c", "cd \"$0\" && exec python3 \"$@\"", repository.path,
                                                 Self.runner.path, Self.action.path] + inputs,
                                     path: CLI.binary.deletingLastPathComponent().path, environment: environment)
        return Run(status: result.status, output: result.output, summary: try scratch.read("summary.md"))
    }

    static let tasks = "clone/records/collaborations/new-product-page/tasks.yaml"

    @Test func onAPullRequestItAnnotatesTheChangedRecordsAndSummarisesTheDiff() throws {
        let scratch = try Self.repository(brokenBase: true) { scratch in
            try scratch.write(Self.tasks, try scratch.read(Self.tasks).replacingOccurrences(of: "owner: 周经理", with: "owner: 王五"))
        }
        let run = try Self.run(scratch, baseRef: "main", "workspace=records")
        #expect(run.status == 1, "\(run.output)")
        #expect(run.output.contains("step: Install collab: success") && run.output.contains("step: Check the records: failure")
                && run.output.contains("step: Post the semantic diff as the step summary: success"), "\(run.output)")
        #expect(run.output.contains("::error file=records/collaborations/new-product-page/tasks.yaml,line=5,col=12,title=task-owner-unknown::"),
                "\(run.output)")
        #expect(!run.output.contains("q3-data-sync"), "only the collaboration the pull request changes is checked: \(run.output)")
        #expect(run.summary.contains("## collab diff: origin/main → HEAD") && run.summary.contains("| changed | tasks.T1.owner (输出最终需求文档V3.0) | 周经理 | 王五 |"),
                "\(run.summary)")
    }

    @Test func aPullRequestChangingOnlyCollabYamlIsCheckedAgainstEveryCollaboration() throws {
        let scratch = try Self.repository { scratch in
            let config = "clone/records/collab.yaml"
            try scratch.write(config, try scratch.read(config).replacingOccurrences(of: "members: [周经理, 吴专员]", with: "members: [吴专员]"))
        }
        let run = try Self.run(scratch, baseRef: "main", "workspace=records")
        #expect(run.status == 1 && run.output.contains("step: Check the records: failure"), "\(run.output)")
        #expect(run.output.contains("::error file=records/collaborations/new-product-page/stakeholders.yaml,line=8,col=14,title=invalid-value::"),
                "the untouched collaboration the directory change breaks: \(run.output)")
        #expect(run.output.contains("collab.yaml changed since the base: every collaboration is checked"), "\(run.output)")
    }

    @Test func aDueMovedAfterPlanIsAnnotatedAndMarkedInTheSummary() throws {
        let scratch = try Self.repository { scratch in
            try scratch.write(Self.tasks, try scratch.read(Self.tasks).replacingOccurrences(of: "due: 2024-07-08", with: "due: 2024-07-18"))
        }
        let run = try Self.run(scratch, baseRef: "main", "workspace=records")
        #expect(run.status == 0, "a warning: \(run.output)")
        #expect(run.output.contains("::warning file=records/collaborations/new-product-page/tasks.yaml,line=31,col=10,title=due-moved::task T3's due moved after plan"),
                "\(run.output)")
        #expect(run.summary.contains("### ⚠️ Needs a reviewer's eye") && run.summary.contains("| ⚠️ changed | tasks.T3.due (活动页面前端开发) | 2024-07-08 | 2024-07-18 |"),
                "\(run.summary)")
    }

    @Test func strictFailsOnWarningsAndTheBaseInputIsTheBase() throws {
        let scratch = try Self.repository { scratch in
            try scratch.write(Self.tasks, try scratch.read(Self.tasks).replacingOccurrences(of: "note: V3.0已发布并通知相关方", with: "note: V3.0已发布"))
        }
        let lenient = try Self.run(scratch, baseRef: "main", "workspace=records")
        #expect(lenient.status == 0 && lenient.output.contains("::warning file=records/"), "\(lenient.output)")
        let strict = try Self.run(scratch, baseRef: "main", "workspace=records", "strict=true")
        #expect(strict.status == 1 && strict.output.contains("step: Check the records: failure"), "\(strict.output)")
        let named = try Self.run(scratch, baseRef: nil, "workspace=records", "base=main")
        #expect(named.status == 0 && named.summary.contains("## collab diff: main → HEAD") && named.summary.contains("V3.0已发布"), "\(named.summary)")
    }

    @Test func onAPushEveryCollaborationIsCheckedAndTheSummaryIsTheStatus() throws {
        let scratch = try Self.repository(brokenBase: true) { scratch in
            try scratch.write(Self.tasks, try scratch.read(Self.tasks).replacingOccurrences(of: "note: V3.0已发布并通知相关方", with: "note: V3.0已发布"))
        }
        let run = try Self.run(scratch, baseRef: nil, "workspace=records")
        #expect(run.status == 1 && run.output.contains("::error file=records/collaborations/q3-data-sync/problem.yaml"), "\(run.output)")
        #expect(run.summary.contains("| Id | Stage | Title |") && run.summary.contains("| new-product-page | execute |"), "\(run.summary)")
    }
}
