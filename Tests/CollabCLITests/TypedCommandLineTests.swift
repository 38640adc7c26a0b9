@testable import CollabCommandLine
import CollabKit
import Foundation
import Testing

/// The command line as the registry declares it: every command's `--format` values come from
/// its typed formats, and anything else is refused the same way on every command.
struct TypedCommandLineTests {
    @Test func everyCommandRefusesAnUnknownFormatNamingItsOwnFormats() throws {
        let folder = try Scratch()
        let commands = CommandRegistry.commands
        #expect(commands.count >= 22 && commands.filter { !$0.formats.isEmpty }.count >= 12, "\(commands.map { $0.name })")
        for command in commands {
            let result = try CLI.run([command.name, "--format", "nonsense"], in: folder.path)
            let accepted = command.formats.isEmpty ? "no --format" : "--format " + command.formats.joined(separator: "|")
            #expect(result.status == 2, "collab \(command.name) --format nonsense: exit \(result.status)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "collab: unknown format 'nonsense'; \(command.name) takes \(accepted)\nSee 'collab \(command.name) --help'.\n",
                    "\(result.stderr)")
        }
    }

    @Test func everyFormatOfACommandIsAcceptedAndTheFirstIsTheDefault() throws {
        for command in CommandRegistry.commands where !command.formats.isEmpty {
            #expect(Help.command(command, .en).contains("(default \(command.formats[0]))"), "\(command.name)")
            for format in command.formats {
                let parsed = try ParsedArguments.parse(["--format", format], specs: GlobalOptions.specs + command.options, command: command.name)
                #expect(throws: Never.self) { _ = try command.requestedFormat(parsed) }
            }
        }
    }

    @Test func noCommandDeclaresAnOptionTwiceOrShadowsAGlobalOne() {
        let global = Set(GlobalOptions.specs.map(\.option))
        for command in CommandRegistry.commands {
            let names = command.options.map(\.option)
            #expect(Set(names).count == names.count, "collab \(command.name) declares an option twice")
            #expect(global.isDisjoint(with: names), "collab \(command.name) declares a global option")
        }
    }
}

/// Output goes out as it is made, a line at a time.
struct OutputStreamTests {
    /// What can be read from `descriptor` now, without waiting.
    static func available(_ descriptor: Int32) -> String {
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = read(descriptor, &bytes, bytes.count)
        return count > 0 ? String(decoding: bytes[..<count], as: UTF8.self) : ""
    }

    @Test func aStreamWritesEachFinishedLineAtOnceAndTheRestAtFlush() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        _ = fcntl(ends[0], F_SETFL, fcntl(ends[0], F_GETFL) | O_NONBLOCK)
        let stream = StandardStream(descriptor: ends[1])
        stream.write("checking")
        #expect(Self.available(ends[0]) == "")
        stream.write("… done\nsecond line\nthird ")
        #expect(Self.available(ends[0]) == "checking… done\nsecond line\n")
        stream.write("line, unfinished")
        #expect(Self.available(ends[0]) == "")
        stream.flush()
        #expect(Self.available(ends[0]) == "third line, unfinished")
    }

    @Test func testsCanRunACommandInThisProcessAndReadItsOutput() throws {
        let workspace = try Scratch.workspace()
        let runner = Runner(environment: ["LANG": "C.UTF-8"], currentDirectory: workspace.path, stdoutIsTerminal: false, stderrIsTerminal: false,
                            standardOutput: StandardStream(), standardError: StandardStream())
        let (status, _) = runner.run(["tasks", "--format", "json", "--today", "2024-07-10"])
        #expect(status == .success)
        #expect(runner.standardOutput.captured.hasPrefix("{") && runner.standardError.captured.isEmpty, "\(runner.standardError.captured)")
        let (refused, _) = runner.run(["tasks", "--format", "yaml"])
        #expect(refused == .failure && runner.standardError.captured.hasPrefix("collab: unknown format 'yaml'; tasks takes --format text|json\n"))
    }

    /// `collab fmt` formats one collaboration, says so, then waits for the lock of the next,
    /// held by this test: the first line is out while it waits, and still there when the
    /// process is killed there (before, everything was written at exit: nothing was).
    @Test func aCommandShowsItsFirstLinesBeforeItEndsAndAKilledOneKeepsThem() throws {
        let workspace = try Scratch.workspace()
        try workspace.write("collaborations/new-product-page/stakeholders.yaml", FmtCommandTests.messy)
        try workspace.write("collaborations/q3-data-sync/stakeholders.yaml", FmtCommandTests.messy)
        try workspace.write("collaborations/q3-data-sync/.collab.lock", "\(ProcessInfo.processInfo.processIdentifier)\n")
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["fmt"]
        process.currentDirectoryURL = workspace.url
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": workspace.path, "LANG": "C.UTF-8"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var first = Data()
        while !first.contains(UInt8(ascii: "\n")) {
            let more = out.fileHandleForReading.availableData
            if more.isEmpty { break }
            first.append(more)
        }
        // The lock is waited for for a second: the line came at its start, and a fifth of a
        // second later collab is still waiting (were the line written at exit, collab would
        // be gone by then, its exit status 2).
        usleep(200_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        first.append(out.fileHandleForReading.readDataToEndOfFile())
        #expect(process.terminationReason == .uncaughtSignal, "collab ended by itself (exit \(process.terminationStatus)) before its first line came")
        #expect(String(decoding: first, as: UTF8.self).hasPrefix("formatted collaborations/new-product-page/stakeholders.yaml: "))
    }
}
