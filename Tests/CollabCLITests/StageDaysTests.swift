import Foundation
import Testing

/// Days in a stage have one definition (docs/reference.md §8, §13): `collab log` and `collab
/// metrics` count them alike, even when a later stage change carries an earlier date.
struct StageDaysTests {
    /// new-product-page enters execute on 2024-10-02; the change to verify is committed with
    /// an author date four days earlier (2024-09-28), as a rebased or cherry-picked commit may
    /// be. Verify cannot have begun before execute: it counts from 10-02, execute 0 days.
    @Test func aLaterStageChangeWithAnEarlierDateCountsNoNegativeDays() throws {
        let repo = try GitWorkspace()
        try repo.commit("records", days: 0)  // 2024-10-02
        try repo.replace("collaborations/new-product-page/problem.yaml", "stage: execute", "stage: verify")
        try repo.commit("execute → verify, dated earlier", days: -4)  // 2024-09-28
        let commits = try repo.git("log", "--format=%h", "--abbrev=7").split(separator: "\n").reversed().map(String.init)

        let log = try repo.collab("log", "new-product-page")
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stdout == """
            new-product-page  stage verify
              DATE        COMMIT   AUTHOR  FROM → TO         IN STAGE
              2024-10-02  \(commits[0])  李主管  (new) → execute   0 days
              2024-09-28  \(commits[1])  李主管  execute → verify  18 days so far

            """)

        let metrics = try repo.collab("metrics", "--format", "json")
        #expect(metrics.status == 0, "\(metrics.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(metrics.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["collaborations"] as? [[String: Any]])
        let page = try #require(rows.first { $0["id"] as? String == "new-product-page" })
        #expect(page["days_in_stage"] as? Int == 18)
        #expect(page["stage_days"] as? [String: Int] == ["execute": 0, "verify": 18])
    }
}
