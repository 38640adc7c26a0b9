import Foundation
import Testing

/// Version, help and the usage errors every command shares.
struct GeneralCLITests {
    @Test func versionNamesCollabAndLibgit2() throws {
        let result = try CLI.run(["--version"], in: "/")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("collab "))
        #expect(result.stdout.contains("libgit2 1."))
    }

    @Test(arguments: ["init", "new", "check", "advance", "status", "tasks", "fmt", "parse"])
    func everyCommandHasHelp(_ command: String) throws {
        let result = try CLI.run([command, "--help"], in: "/")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("USAGE: collab \(command)"))
        #expect(result.stdout.contains("GLOBAL OPTIONS"))
        #expect(result.stderr.isEmpty)
    }

    @Test func helpListsEveryCommand() throws {
        let result = try CLI.run(["--help"], in: "/")
        #expect(result.status == 0)
        for command in ["init", "new", "check", "advance", "status", "tasks", "fmt", "parse"] { #expect(result.stdout.contains("  \(command)")) }
    }

    @Test func helpCommandShowsACommandsHelp() throws {
        let result = try CLI.run(["help", "tasks"], in: "/")
        #expect(result.status == 0)
        #expect(result.stdout == (try CLI.run(["tasks", "--help"], in: "/")).stdout)
        #expect(try CLI.run(["help", "nope"], in: "/").status == 2)
    }

    @Test func headWithoutBaseIsAUsageError() throws {
        let result = try CLI.run(["check", "--head", "HEAD"], in: "/")
        #expect(result.status == 2)
        #expect(result.stderr == "collab: --head goes with --base\nSee 'collab check --help'.\n")
    }

    @Test func noCommandIsAUsageError() throws {
        let result = try CLI.run([], in: "/")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("USAGE"))
    }

    @Test func anUnknownFlagIsRejectedWithAHint() throws {
        let result = try CLI.run(["check", "--strikt"], in: "/")
        #expect(result.status == 2)
        #expect(result.stderr == "collab: unknown option '--strikt'; did you mean '--strict'?\nSee 'collab check --help'.\n")
    }

    @Test func anUnknownCommandIsRejected() throws {
        let result = try CLI.run(["chek"], in: "/")
        #expect(result.status == 2)
        #expect(result.stderr.contains("'chek' is not a collab command; did you mean 'check'?"))
    }

    @Test func anUnknownFormatIsRejected() throws {
        let result = try CLI.run(["check", "--format", "xml"], in: "/")
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown format 'xml'; check takes --format text|json"))
    }

    @Test func aBadTodayIsRejected() throws {
        let workspace = try Scratch.workspace()
        let flag = try CLI.run(["check", "--today", "2024-02-30"], in: workspace.path)
        #expect(flag.status == 2)
        #expect(flag.stderr.contains("--today '2024-02-30' is not a date"))
        let variable = try CLI.run(["check"], in: workspace.path, environment: ["COLLAB_TODAY": "tomorrow"])
        #expect(variable.status == 2)
        #expect(variable.stderr.contains("COLLAB_TODAY 'tomorrow' is not a date"))
    }

    @Test func outsideAWorkspaceCommandsExitTwoWithOneLine() throws {
        let scratch = try Scratch()
        for arguments in [["check"], ["new", "x", "--title", "t"]] {
            let result = try CLI.run(arguments, in: scratch.path)
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("collab: error: no collab workspace (collab.yaml) in "))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func aWorkspaceInASubfolderIsNamedWithTheDashCThatReachesIt() throws {
        let repository = try Scratch()
        #expect(try CLI.run(["init", "records"], in: repository.path).status == 0)
        let result = try CLI.run(["tasks"], in: repository.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("there is one in records/: run collab with -C records"), "\(result.stderr)")
        #expect(!result.stderr.contains("collab init"), "the wrong hint: a workspace exists")
        #expect(try CLI.run(["-C", "records", "tasks"], in: repository.path).status == 0)
    }

    @Test func dashCStartsInAnotherFolder() throws {
        let workspace = try Scratch.workspace()
        let result = try CLI.run(["-C", workspace.path + "/collaborations", "check", "--today", "2024-07-04"], in: "/")
        #expect(result.status == 0)
        #expect(result.stdout.contains("q3-data-sync") || result.stdout.contains("checked 2 collaborations"))
        let missing = try CLI.run(["-C", "/no/such/folder", "check"], in: "/")
        #expect(missing.status == 2)
    }
}
