import Foundation
import Testing

/// The README's CI recipes (docs/ci/): the same text in both places, valid for GitHub and
/// GitLab (their published schemas, via check-jsonschema), and a hook that works in git.
struct CIRecipesTests {
    static let folder = CLI.packageRoot.appendingPathComponent("docs/ci")

    @Test(arguments: ["github-workflow.yml", "gitlab-ci.yml", "pre-commit"])
    func theReadmeShowsTheRecipeAsItIs(_ name: String) throws {
        let recipe = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(recipe.trimmingCharacters(in: .newlines)))
    }

    @Test(arguments: [("github-workflow.yml", "vendor.github-workflows"), ("gitlab-ci.yml", "vendor.gitlab-ci")])
    func theWorkflowIsValidForItsCISystem(_ name: String, _ schema: String) throws {
        let result = try Program.run("/usr/bin/env", ["python3", "-m", "check_jsonschema", "--builtin-schema", schema,
                                                  Self.folder.appendingPathComponent(name).path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func thePreCommitHookRefusesRecordsWithErrors() throws {
        let repository = try Scratch.workspace()
        func git(_ arguments: String...) throws -> (status: Int32, output: String) {
            try Program.run("/usr/bin/git", ["-C", repository.path, "-c", "user.name=测试", "-c", "user.email=t@example.com"] + arguments,
                            path: CLI.binary.deletingLastPathComponent().path, environment: ["COLLAB_TODAY": "2024-07-04"])
        }
        _ = try git("init", "-q")
        _ = try git("add", ".")
        #expect(try git("commit", "-qm", "records").status == 0)
        let hook = repository.file(".git/hooks/pre-commit")
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("pre-commit"), to: hook)

        let tasks = "collaborations/new-product-page/tasks.yaml"
        let original = try repository.read(tasks)
        try repository.write(tasks, original.replacingOccurrences(of: "owner: 周经理", with: "owner: 王五"))
        _ = try git("add", tasks)
        let refused = try git("commit", "-qm", "unknown owner")
        #expect(refused.status != 0 && refused.output.contains("[task-owner-unknown]"), "\(refused.output)")

        try repository.write(tasks, original.replacingOccurrences(of: "status: todo", with: "status:   todo"))
        _ = try git("add", tasks)
        let unformatted = try git("commit", "-qm", "layout")
        #expect(unformatted.status != 0 && unformatted.output.contains("run 'collab fmt'"), "\(unformatted.output)")

        try repository.write(tasks, original.replacingOccurrences(of: "note: V3.0已发布并通知相关方", with: "note: V3.0已发布并通知相关方及法务"))
        _ = try git("add", tasks)
        #expect(try git("commit", "-qm", "a note").status == 0)
    }
}
