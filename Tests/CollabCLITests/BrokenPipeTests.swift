import Foundation
import Testing

/// A reader that goes away (`collab fmt | head -1`, a closed pager) does not stop collab half
/// way: what it was asked to do is done, what it would have printed is dropped, and its exit
/// status is the command's own. (Output is written as it is made: a write after the reader
/// left must not end the process between two files, or between two settings.)
struct BrokenPipeTests {
    /// Runs collab with its standard output a pipe nobody reads any more.
    static func runWithReaderGone(_ arguments: [String], in directory: String) throws -> (status: Int32, killed: Bool, stderr: String) {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": directory, "LANG": "C.UTF-8", "GIT_CONFIG_NOSYSTEM": "1"]
        let out = Pipe(), err = Pipe()
        try out.fileHandleForReading.close()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal, String(decoding: errors, as: UTF8.self))
    }

    @Test func fmtFormatsEveryFileWhenItsReaderIsGone() throws {
        let workspace = try Scratch.workspace()
        let files = ["collaborations/new-product-page/stakeholders.yaml", "collaborations/q3-data-sync/stakeholders.yaml"]
        for file in files { try workspace.write(file, FmtCommandTests.messy) }
        let result = try Self.runWithReaderGone(["fmt"], in: workspace.path)
        #expect(!result.killed && result.status == 0, "exit \(result.status), killed \(result.killed): \(result.stderr)")
        for file in files { #expect(try workspace.read(file) != FmtCommandTests.messy, "\(file) was left unformatted") }
    }

    @Test func setupConfiguresBothDriversWhenItsReaderIsGone() throws {
        let repository = try GitWorkspace()
        let result = try Self.runWithReaderGone(["setup"], in: repository.path)
        #expect(!result.killed && result.status == 0, "exit \(result.status), killed \(result.killed): \(result.stderr)")
        let config = try repository.git("config", "--local", "--list")
        #expect(config.contains("merge.collab.driver=") && config.contains("diff.collab.command="), "\(config)")
    }

    /// The exit status is the command's: 0 for what has nothing to report, 1 for findings.
    @Test func theExitStatusIsTheCommandsOwnWhenItsReaderIsGone() throws {
        let workspace = try Scratch.workspace()
        for arguments in [["schema"], ["doctor"], ["completions", "bash"]] {
            let expected = try CLI.run(arguments, in: workspace.path).status
            let result = try Self.runWithReaderGone(arguments, in: workspace.path)
            #expect(!result.killed && result.status == expected, "\(arguments): exit \(result.status), killed \(result.killed), not \(expected)")
        }
    }
}
