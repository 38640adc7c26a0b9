import Foundation
import Testing

/// `collab metrics` on small real repositories whose answers are known by construction
/// (docs/reference.md §13): every figure below follows from the commit dates written here.
@Suite struct MetricsCommandTests {
    /// q3-data-sync: define 10-02, initiate 10-03, plan 10-06, execute 10-08, verify 10-17 (on
    /// a branch merged 10-19), back to execute 10-21, verify 10-23, closed 10-25. Its T1
    /// (due 10-10) done 10-09, T2 (due 10-13) done 10-14, T3 (due 10-15) done 10-16 on the
    /// branch. new-product-page: define 10-02, initiate 10-06, every task open and past due.
    static func flowRepository() throws -> GitWorkspace {
        let repo = try GitWorkspace()
        let q3 = "collaborations/q3-data-sync/", page = "collaborations/new-product-page/"
        try repo.replace(q3 + "problem.yaml", "stage: closed", "stage: define")
        for task in ["T1", "T2", "T3"] { try setStatus(repo, q3 + "tasks.yaml", task, "todo") }
        try repo.replace(page + "problem.yaml", "stage: execute", "stage: define")
        for task in ["T1", "T2", "T3", "T4", "T5"] { try setStatus(repo, page + "tasks.yaml", task, "todo") }
        try repo.commit("records", days: 0)  // 2024-10-02
        try repo.replace(q3 + "problem.yaml", "stage: define", "stage: initiate")
        try repo.commit("q3 initiate", days: 1)  // 10-03
        try repo.replace(q3 + "problem.yaml", "stage: initiate", "stage: plan")
        try repo.replace(page + "problem.yaml", "stage: define", "stage: initiate")
        try repo.commit("q3 plan, page initiate", days: 3)  // 10-06
        try repo.replace(q3 + "problem.yaml", "stage: plan", "stage: execute")
        try repo.commit("q3 execute", days: 2)  // 10-08
        try setStatus(repo, q3 + "tasks.yaml", "T1", "done")
        try repo.commit("q3 T1 done", days: 1)  // 10-09
        try setStatus(repo, q3 + "tasks.yaml", "T2", "done")
        try repo.commit("q3 T2 done", days: 5)  // 10-14
        try repo.git("checkout", "-q", "-b", "topic")
        try repo.git("config", "user.name", "王经理")
        try setStatus(repo, q3 + "tasks.yaml", "T3", "done")
        try repo.commit("q3 T3 done on the branch", days: 2)  // 10-16
        try repo.replace(q3 + "problem.yaml", "stage: execute", "stage: verify")
        try repo.commit("q3 verify on the branch", days: 1)  // 10-17
        try repo.git("checkout", "-q", "main")
        try repo.git("config", "user.name", "李主管")
        try repo.replace(page + "problem.yaml", "reporter: ", "reporter: 李")
        try repo.commit("meanwhile on main", days: 1)  // 10-18
        try repo.commitWith("merge", "--no-ff", "topic", "-m", "merge topic", days: 1)  // 10-19
        try repo.replace(q3 + "problem.yaml", "stage: verify", "stage: execute")
        try repo.commit("q3 back to execute", days: 2)  // 10-21
        try repo.replace(q3 + "problem.yaml", "stage: execute", "stage: verify")
        try repo.commit("q3 verify again", days: 2)  // 10-23
        try repo.replace(q3 + "problem.yaml", "stage: verify", "stage: closed")
        try repo.commit("q3 closed", days: 2)  // 10-25
        return repo
    }

    /// Sets one task's status (the line after its id), leaving the others.
    static func setStatus(_ repo: GitWorkspace, _ file: String, _ task: String, _ status: String) throws {
        var lines = try repo.scratch.read(file).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "  - id: \(task)"))
        let line = try #require(lines[start...].firstIndex { $0.hasPrefix("    status: ") })
        lines[line] = "    status: \(status)"
        try repo.scratch.write(file, lines.joined(separator: "\n"))
    }

    static func json(_ result: CLIResult) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func collaboration(_ json: [String: Any], _ id: String) throws -> [String: Any] {
        try #require((json["collaborations"] as? [[String: Any]])?.first { $0["id"] as? String == id })
    }

    @Test func stageDaysLoopsVerifyRoundsCycleTimeAndTasksFollowTheCommits() throws {
        let repo = try Self.flowRepository()
        let json = try Self.json(try repo.collab("metrics", "--format", "json", "--today", "2024-10-31"))
        #expect(json["today"] as? String == "2024-10-31" && json["since"] as? String == "2024-10-02")

        let q3 = try Self.collaboration(json, "q3-data-sync")
        #expect(q3["stage"] as? String == "closed" && q3["days_in_stage"] as? Int == 6)
        // execute 10-08 → 10-17 and 10-21 → 10-23; verify 10-17 → 10-21 and 10-23 → 10-25: the
        // verify that came through the merge counts from the branch commit (10-17), not the merge (10-19).
        #expect(q3["stage_days"] as? [String: Int] == ["define": 1, "initiate": 3, "plan": 2, "execute": 11, "verify": 6])
        #expect(q3["verify_rounds"] as? Int == 2 && q3["cycle_days"] as? Int == 23)
        #expect(q3["tasks"] as? [String: Int] == ["on_time": 1, "late": 2, "open": 0], "T4 is dropped and not counted")

        let page = try Self.collaboration(json, "new-product-page")
        #expect(page["stage"] as? String == "initiate" && page["days_in_stage"] as? Int == 25)
        #expect(page["stage_days"] as? [String: Int] == ["define": 4, "initiate": 25])
        #expect(page["cycle_days"] is NSNull && page["verify_rounds"] as? Int == 0)
        #expect(page["tasks"] as? [String: Int] == ["on_time": 0, "late": 0, "open": 5])

        // Nearest-rank: define [1, 4] → median 1, p85 4.
        let stages = try #require(json["stages"] as? [String: Any])
        #expect(stages["define"] as? [String: Int] == ["median": 1, "p85": 4])
        #expect(stages["initiate"] as? [String: Int] == ["median": 3, "p85": 25])
        #expect(stages["execute"] as? [String: Int] == ["median": 11, "p85": 11])
        #expect(json["cycle_days"] as? [String: Int] == ["median": 23, "p85": 23])
        #expect((json["aging"] as? [[String: Any]])?.map { "\($0["id"]!) \($0["stage"]!) \($0["days_in_stage"]!)" } == ["new-product-page initiate 25"])
    }

    @Test func throughputPerIsoWeekAndCumulativeFlowAtEachWeeksEnd() throws {
        let repo = try Self.flowRepository()
        let json = try Self.json(try repo.collab("metrics", "--format", "json", "--today", "2024-10-31"))
        let weekly = try #require(json["throughput"] as? [[String: Any]]).map { "\($0["week"]!)=\($0["closed"]!)" }
        #expect(weekly == ["2024-W40=0", "2024-W41=0", "2024-W42=0", "2024-W43=1", "2024-W44=0"])
        #expect((json["throughput_monthly"] as? [[String: Any]])?.map { "\($0["month"]!)=\($0["closed"]!)" } == ["2024-10=1"])
        let flow = try #require(json["flow"] as? [[String: Any]]).map { week in
            "\(week["week"]!): " + ["define", "initiate", "plan", "execute", "verify", "closed"].map { "\(week[$0]!)" }.joined(separator: " ")
        }
        #expect(flow == [
            "2024-W40: 0 1 1 0 0 0",  // Sunday 10-06: q3 at plan, the page at initiate
            "2024-W41: 0 1 0 1 0 0",
            "2024-W42: 0 1 0 0 1 0",  // 10-20: q3 in verify since the branch commit of 10-17
            "2024-W43: 0 1 0 0 0 1",
            "2024-W44: 0 1 0 0 0 1",  // the week so far, to 10-31
        ])
        // --since and --until bound the weeks (and the closings counted).
        let window = try Self.json(try repo.collab("metrics", "--format", "json", "--today", "2024-10-31", "--since", "2024-10-14", "--until", "2024-10-20"))
        #expect((window["throughput"] as? [[String: Any]])?.map { "\($0["week"]!)" } == ["2024-W42"])
        #expect(window["cycle_days"] is NSNull, "q3 closed after the window")
    }

    @Test func onTimeAndLateTasksPerDepartmentFromTheCommitsThatMadeThemDone() throws {
        let repo = try Self.flowRepository()
        let json = try Self.json(try repo.collab("metrics", "--format", "json", "--today", "2024-10-31"))
        let departments = try #require(json["departments"] as? [[String: Any]]).map { row in
            "\(row["department"]!) \(row["on_time"]!) \(row["late"]!) \(row["median_days_late"] is NSNull ? "-" : "\(row["median_days_late"]!)") \(row["open_overdue"]!)"
        }
        // T3 was done on the branch on 10-16 (one day late), not at the merge on 10-19.
        #expect(departments == ["finance 0 1 1 0", "marketing 1 1 1 1", "product 0 0 - 2", "tech 0 0 - 2"])
        #expect((try #require(json["departments"] as? [[String: Any]])).first?["name"] as? String == "财务部")
    }

    @Test func textCsvMarkdownAndHtmlSayTheSameInTheirOwnShapes() throws {
        let repo = try Self.flowRepository()
        let csv = try repo.collab("metrics", "--format", "csv", "--today", "2024-10-31")
        #expect(csv.status == 0)
        let q3Rows = csv.stdout.split(separator: "\n").filter { $0.hasPrefix("q3-data-sync,") }
        #expect(q3Rows == ["q3-data-sync,define,1,1,false,2,23", "q3-data-sync,initiate,3,1,false,2,23", "q3-data-sync,plan,2,1,false,2,23",
                           "q3-data-sync,execute,11,2,false,2,23", "q3-data-sync,verify,6,2,false,2,23", "q3-data-sync,closed,6,1,true,2,23"])
        let text = try repo.collab("metrics", "--today", "2024-10-31", "--lang", "zh")
        #expect(text.status == 0)
        #expect(text.stdout.contains("协作流转指标") && text.stdout.contains("财务部（finance）"))
        let markdown = try repo.collab("metrics", "--format", "markdown", "--today", "2024-10-31")
        #expect(markdown.stdout.contains("```mermaid\nxychart-beta") && markdown.stdout.contains("| q3-data-sync | closed | 6 |"))
        #expect(try repo.collab("metrics", "--format", "html", "--today", "2024-10-31", "-o", "out/metrics.html").status == 0)
        let page = try repo.scratch.read("out/metrics.html")
        #expect(page.contains("<polygon class=\"area s-closed\"") && page.contains("<circle class=\"dot\"") && page.contains("class=\"bar late\""))
        #expect(!page.contains("<script") && !page.contains("http"), "self-contained: nothing fetched")
        // report --all writes the same page beside its dashboard and links it.
        #expect(try repo.collab("report", "--all", "--format", "html", "-o", "site", "--today", "2024-10-31").status == 0)
        #expect(try repo.scratch.read("site/metrics.html") == page)
        #expect(try repo.scratch.read("site/index.html").contains("<a href=\"metrics.html\">Flow metrics</a>"))
    }

    @Test func aShallowCloneCountsFromItsBoundaryAndSaysSo() throws {
        let repo = try Self.flowRepository()
        let clone = try GitWorkspace()
        try clone.git("clone", "-q", "--depth", "2", "file://\(repo.path)", "shallow")
        let result = try CLI.run(["metrics", "--format", "json", "--today", "2024-10-31"], in: clone.path + "/shallow",
                                 environment: ["HOME": clone.path, "GIT_CONFIG_NOSYSTEM": "1"])
        #expect(result.stderr.contains("shallow"))
        let json = try Self.json(result)
        // The clone holds the commits of 10-25 and 10-23: q3 is first seen at verify on 10-23.
        let q3 = try Self.collaboration(json, "q3-data-sync")
        #expect(q3["stage_days"] as? [String: Int] == ["verify": 2] && q3["cycle_days"] as? Int == 2)
        #expect(try Self.collaboration(json, "new-product-page")["days_in_stage"] as? Int == 8)
    }

    @Test func aFiveMegabyteBlobInHistoryIsNotReadWhole() throws {
        let repo = try GitWorkspace()
        try repo.commit("records")
        // A loose object whose header says 5 MB but whose compressed stream stops early:
        // reading it whole fails, reading its header does not.
        let script = """
        import hashlib, os, sys, zlib
        os.chdir(sys.argv[1])
        body = b"stage: verify\\n" + b"#" * (5 * 1024 * 1024 - 14)
        raw = b"blob %d\\0" % len(body) + body
        oid = hashlib.sha1(raw).hexdigest()
        data = zlib.compress(raw)
        os.makedirs(f".git/objects/{oid[:2]}", exist_ok=True)
        open(f".git/objects/{oid[:2]}/{oid[2:]}", "wb").write(data[: len(data) // 2])
        print(oid)
        """
        let oid = try Program.run("/usr/bin/python3", ["-c", script, repo.path]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(oid.count == 40)
        try repo.git("update-index", "--cacheinfo", "100644,\(oid),collaborations/q3-data-sync/problem.yaml")
        try repo.commitWith("commit", "-q", "-m", "a 5 MB problem.yaml", days: 1)
        try repo.commit("back to the record", days: 1)
        let failure = try repo.gitResult(["cat-file", "-p", oid])
        #expect(failure.status != 0, "the object is truncated: git cannot read it whole either")
        let big = try repo.git("rev-parse", "--short=7", "HEAD~1").trimmingCharacters(in: .whitespacesAndNewlines)
        for arguments in [["log", "q3-data-sync"], ["report", "q3-data-sync"], ["metrics", "--format", "json"],
                          ["report", "--all", "--format", "html", "-o", "site"]] {
            let result = try repo.collab(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            // Said, with where it is: the file and the commit.
            #expect(result.stderr.contains("collaborations/q3-data-sync/problem.yaml in commit \(big) is 5242880 bytes"), "\(arguments): \(result.stderr)")
        }
        // A diff that would need to read it says so and stops (exit 2), naming the file and the revision.
        let diff = try repo.collab("diff", "HEAD~2", "HEAD~1")
        #expect(diff.status == 2 && diff.stderr.contains("collaborations/q3-data-sync/problem.yaml at HEAD~1 is 5242880 bytes"), "\(diff.stderr)")
    }

    @Test func outsideGitEveryStageCountsFromTodayAndANoteSaysSo() throws {
        let scratch = try Scratch.workspace()
        let result = try CLI.run(["metrics", "--format", "json", "--today", "2024-10-31"], in: scratch.path)
        #expect(result.stderr.contains("Not in a git repository"))
        let json = try Self.json(result)
        let rows = try #require(json["collaborations"] as? [[String: Any]])
        #expect(rows.count == 2 && rows.allSatisfy { $0["days_in_stage"] as? Int == 0 })
    }

    @Test func aWindowThatEndsBeforeItStartsOrIsNoDateIsAUsageError() throws {
        let scratch = try Scratch.workspace()
        for arguments in [["--since", "2024-10-20", "--until", "2024-10-01"], ["--since", "yesterday"], ["--until", "2024-13-01"]] {
            let result = try CLI.run(["metrics"] + arguments, in: scratch.path)
            #expect(result.status == 2 && result.stdout.isEmpty, "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count <= 2, "a one-line message (and the usage hint): \(result.stderr)")
        }
    }
}
