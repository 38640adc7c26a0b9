import Foundation
import Testing

/// The README's CI recipes (docs/ci/): the same text in both places, valid for GitHub and
/// GitLab (their published schemas, via check-jsonschema), and a hook that works in git.
struct CIRecipesTests {
    static let folder = CLI.packageRoot.appendingPathComponent("docs/ci")

    @Test(arguments: ["github-workflow.yml", "gitlab-ci.yml", "pre-commit", "github-remind.yml", "remind.cron"])
    func theReadmeShowsTheRecipeAsItIs(_ name: String) throws {
        let recipe = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(recipe.trimmingCharacters(in: .newlines)))
    }

    @Test(arguments: [("github-workflow.yml", "vendor.github-workflows"), ("gitlab-ci.yml", "vendor.gitlab-ci"),
                      ("github-remind.yml", "vendor.github-workflows")])
    func theWorkflowIsValidForItsCISystem(_ name: String, _ schema: String) throws {
        let result = try Program.run("/usr/bin/env", ["python3", "-m", "check_jsonschema", "--builtin-schema", schema,
                                                  Self.folder.appendingPathComponent(name).path])
        #expect(result.status == 0, "\(result.output)")
    }

    /// The hook in a real repository, with the workspace at the root and in a subfolder.
    @Test(arguments: ["", "records/"])
    func thePreCommitHookRefusesRecordsWithErrors(_ folder: String) throws {
        let repository = try Scratch()
        #expect(try CLI.run(["init", folder.isEmpty ? "." : folder], in: repository.path).status == 0)
        func git(_ arguments: String...) throws -> (status: Int32, output: String) {
            try Program.run("/usr/bin/git", ["-C", repository.path, "-c", "user.name=测试", "-c", "user.email=t@example.com"] + arguments,
                            path: CLI.binary.deletingLastPathComponent().path, environment: ["COLLAB_TODAY": "2024-07-04"])
        }
        _ = try git("init", "-q")
        _ = try git("add", ".")
        #expect(try git("commit", "-qm", "records").status == 0)
        let hook = repository.file(".git/hooks/pre-commit")
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("pre-commit"), to: hook)

        let tasks = folder + "collaborations/new-product-page/tasks.yaml"
        let original = try repository.read(tasks)
        try repository.write(tasks, original.replacingOccurrences(of: "owner: 周经理", with: "owner: 王五"))
        _ = try git("add", tasks)
        let refused = try git("commit", "-qm", "unknown owner")
        #expect(refused.status != 0 && refused.output.contains("[task-owner-unknown]"), "\(refused.output)")
        #expect(!refused.output.contains("no collab workspace"), "\(refused.output)")

        try repository.write(tasks, original.replacingOccurrences(of: "status: todo", with: "status:   todo"))
        _ = try git("add", tasks)
        let unformatted = try git("commit", "-qm", "layout")
        #expect(unformatted.status != 0 && unformatted.output.contains("tasks.yaml: fmt would lay out the rest")
                && unformatted.output.contains("run 'collab fmt' to lay it out"), "\(unformatted.output)")

        try repository.write(tasks, original.replacingOccurrences(of: "note: V3.0已发布并通知相关方", with: "note: V3.0已发布并通知相关方及法务"))
        _ = try git("add", tasks)
        #expect(try git("commit", "-qm", "a note").status == 0)
        try repository.write("README.md", "说明\n")
        _ = try git("add", "README.md")
        #expect(try git("commit", "-qm", "no records").status == 0)
    }

    /// GitHub's `paths` filter (`*` within a folder, `**` across folders, `**/` also none)
    /// matches record changes wherever the workspace is, and nothing else.
    @Test func theWorkflowRunsForRecordsInAnyFolder() throws {
        let workflow = try String(contentsOf: Self.folder.appendingPathComponent("github-workflow.yml"), encoding: .utf8)
        let line = try #require(workflow.split(separator: "\n").first { $0.contains("paths:") })
        let patterns = line.components(separatedBy: "\"").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        func matches(_ path: String) throws -> Bool {
            try patterns.contains { pattern in
                var regex = "^"
                var rest = Substring(pattern)
                while let character = rest.first {
                    if rest.hasPrefix("**/") { regex += "(.*/)?"; rest = rest.dropFirst(3) }
                    else if rest.hasPrefix("**") { regex += ".*"; rest = rest.dropFirst(2) }
                    else if character == "*" { regex += "[^/]*"; rest = rest.dropFirst() }
                    else { regex += NSRegularExpression.escapedPattern(for: String(character)); rest = rest.dropFirst() }
                }
                return try NSRegularExpression(pattern: regex + "$").firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
            }
        }
        for path in ["collab.yaml", "collaborations/q3/tasks.yaml", "records/collab.yaml", "records/collaborations/q3/tasks.yaml"] {
            #expect(try matches(path), "\(path)")
        }
        #expect(try !matches("README.md") && !matches("src/main.swift"))
    }

    /// The GitHub recipe's collab step (the action, with the recipe's inputs) and the GitLab
    /// recipe's commands, run as their CI would run them, in a repository whose workspace is in
    /// records/: a pull request touching one collaboration passes though others are overdue,
    /// and one adding an error fails with it.
    @Test func theRecipesCommandsWorkWithTheWorkspaceInASubfolder() throws {
        let repository = try Scratch()
        #expect(try CLI.run(["init", "records"], in: repository.path).status == 0)
        let bin = CLI.binary.deletingLastPathComponent().path
        let environment = ["COLLAB_TODAY": "2024-07-20", "COLLAB_DIR": "records", "GITHUB_BASE_REF": "main",
                           "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main", "GIT_AUTHOR_NAME": "测试", "GIT_AUTHOR_EMAIL": "t@example.com",
                           "GIT_COMMITTER_NAME": "测试", "GIT_COMMITTER_EMAIL": "t@example.com"]
        func sh(_ script: String) throws -> (status: Int32, output: String) {
            try Program.run("/bin/bash", ["-c", "cd \"$0\" && " + script, repository.path], path: bin, environment: environment)
        }
        _ = try sh("git init -q -b main && git add -A && git commit -qm records && git update-ref refs/remotes/origin/main main && git checkout -q -b feature")
        let tasks = "records/collaborations/new-product-page/tasks.yaml"
        let original = try repository.read(tasks)
        try repository.write(tasks, original.replacingOccurrences(of: "note: V3.0已发布并通知相关方", with: "note: V3.0已发布并通知相关方及法务"))
        _ = try sh("git commit -qam 'a note'")

        let inputs = try Self.actionInputs(of: "github-workflow.yml").filter { !$0.hasPrefix("workspace=") } + ["workspace=records"]
        func action() throws -> GitHubActionTests.Run {
            try GitHubActionTests.run(in: repository.url, scratch: try Scratch(), baseRef: "main", inputs: inputs, environment: environment)
        }
        let gitlab = try #require(try Self.commands(of: "gitlab-ci.yml").first { $0.contains(" check ") })

        let passing = try action()
        #expect(passing.status == 0, "\(passing.output)")
        #expect(!passing.output.contains("q3-data-sync"), "an untouched collaboration is not judged: \(passing.output)")
        #expect(passing.summary.contains("| changed | tasks.T1.updates.2.note (输出最终需求文档V3.0) | V3.0已发布并通知相关方 | V3.0已发布并通知相关方及法务 |"),
                "\(passing.summary)")
        #expect(try sh(gitlab).status == 0)
        #expect(try repository.read("collab-junit.xml").contains("<testsuites"))

        try repository.write(tasks, original.replacingOccurrences(of: "owner: 周经理", with: "owner: 王五"))
        _ = try sh("git commit -qam 'unknown owner'")
        let failing = try action()
        #expect(failing.status == 1)
        #expect(failing.output.contains("::error file=records/collaborations/new-product-page/tasks.yaml,line=5,col=12,title=task-owner-unknown::"),
                "\(failing.output)")
        #expect(try sh(gitlab).status == 1)
    }

    /// The inputs (`with:`) of the recipe's step that uses collab's action, as NAME=VALUE.
    static func actionInputs(of recipe: String) throws -> [String] {
        let script = """
        import json, sys, yaml
        doc = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
        steps = [step for job in doc["jobs"].values() for step in job["steps"] if "/collab@" in step.get("uses", "")]
        assert len(steps) == 1, steps
        print(json.dumps([f"{k}={str(v).lower() if isinstance(v, bool) else v}" for k, v in steps[0].get("with", {}).items()]))
        """
        let result = try Program.run("/usr/bin/env", ["python3", "-c", script, Self.folder.appendingPathComponent(recipe).path])
        return try JSONDecoder().decode([String].self, from: Data(result.output.utf8))
    }

    /// The shell commands of a recipe's steps (GitHub `run`, GitLab `script`), read with PyYAML.
    static func commands(of recipe: String) throws -> [String] {
        let script = """
        import json, sys, yaml
        doc = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
        runs = [step["run"] for job in doc.get("jobs", {}).values() for step in job.get("steps", []) if "run" in step]
        runs += [line for job in doc.values() if isinstance(job, dict) for line in job.get("script", [])]
        print(json.dumps(runs))
        """
        let result = try Program.run("/usr/bin/env", ["python3", "-c", script, Self.folder.appendingPathComponent(recipe).path])
        return try JSONDecoder().decode([String].self, from: Data(result.output.utf8))
    }

    /// A file saved by Windows Notepad (a BOM, CRLF line ends) passes the hook as it passes
    /// `collab check`, with a note in the user's language; a file to re-indent is refused with
    /// the reason in the user's language, not a bare refusal in English.
    @Test func theHookAcceptsANotepadFileAndSaysWhyItRefusesALayout() throws {
        let repository = try Scratch()
        #expect(try CLI.run(["init", "."], in: repository.path).status == 0)
        func git(_ arguments: String...) throws -> (status: Int32, output: String) {
            try Program.run("/usr/bin/git", ["-C", repository.path, "-c", "user.name=测试", "-c", "user.email=t@example.com"] + arguments,
                            path: CLI.binary.deletingLastPathComponent().path,
                            environment: ["COLLAB_TODAY": "2024-07-04", "COLLAB_LANG": "zh"])
        }
        _ = try git("init", "-q")
        _ = try git("add", ".")
        #expect(try git("commit", "-qm", "records").status == 0)
        #expect(try CLI.run(["setup", "--hook"], in: repository.path).status == 0)

        let tasks = "collaborations/new-product-page/tasks.yaml"
        let original = try repository.read(tasks)
        let notepad = "\u{FEFF}" + original.replacingOccurrences(of: "note: V3.0已发布并通知相关方", with: "note: V3.0已发布并通知相关方及法务")
            .replacingOccurrences(of: "\n", with: "\r\n")
        try repository.write(tasks, notepad)
        #expect(try CLI.run(["check"], in: repository.path).status == 0)
        _ = try git("add", tasks)
        let accepted = try git("commit", "-qm", "saved by Notepad")
        #expect(accepted.status == 0, "\(accepted.output)")
        #expect(accepted.output.contains("tasks.yaml：格式化时会删除 BOM（字节顺序标记）、把 CRLF 行尾改为 LF"), "\(accepted.output)")

        // The list at its key's column: valid, but fmt indents it under the key.
        try repository.write(tasks, original.replacingOccurrences(of: "\n  ", with: "\n"))
        _ = try git("add", tasks)
        let refused = try git("commit", "-qm", "indented")
        #expect(refused.status != 0, "\(refused.output)")
        #expect(refused.output.contains("tasks.yaml：格式化时会重新缩进") && refused.output.contains("运行 'collab fmt'"), "\(refused.output)")
        #expect(!refused.output.contains("pre-commit:"), "\(refused.output)")
    }
}
