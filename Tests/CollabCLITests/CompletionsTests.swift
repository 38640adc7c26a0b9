import Foundation
import Testing

/// `collab completions`: scripts that real bash, zsh and fish load and complete with.
struct CompletionsTests {
    @Test func realShellsCompleteCommandsFormatsAndCollaborationIDs() throws {
        let result = try Program.run(CLI.packageRoot.appendingPathComponent("scripts/test-completions").path, [CLI.binary.path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func everyCommandAndFormatIsInEveryScript() throws {
        let workspace = try Scratch.workspace()
        for shell in ["bash", "zsh", "fish"] {
            let script = try CLI.run(["completions", shell], in: workspace.path)
            #expect(script.status == 0 && script.stderr.isEmpty)
            for word in ["init", "new", "check", "advance", "status", "tasks", "diff", "log", "report", "fmt", "schema", "completions", "parse",
                         "github junit sarif", "--strict", "--due-within", "--ids"] {
                let needle = shell == "fish" && word.hasPrefix("--") ? "-l " + word.dropFirst(2) : word
                #expect(script.stdout.contains(needle), "\(shell) lacks \(needle)")
            }
        }
    }

    @Test func namesForTheScriptsAndUsageErrors() throws {
        let workspace = try Scratch.workspace()
        #expect(try CLI.run(["completions", "--ids"], in: workspace.path).stdout == "new-product-page\nq3-data-sync\n")
        #expect(try CLI.run(["completions", "--departments"], in: workspace.path).stdout.hasPrefix("finance\n"))
        let outside = try Scratch()
        let quiet = try CLI.run(["completions", "--ids"], in: outside.path)
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
        let none = try CLI.run(["completions"], in: workspace.path)
        #expect(none.status == 2 && none.stderr.contains("name a shell: bash, zsh or fish"))
        #expect(try CLI.run(["completions", "tcsh"], in: workspace.path).stderr.contains("unknown shell 'tcsh'"))
    }
}
