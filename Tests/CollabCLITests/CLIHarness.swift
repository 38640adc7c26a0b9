import Foundation
import CollabTestSupport
import Testing

/// Runs the built `collab` binary the way a user does, in temporary folders.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

extension CLIResult {
    init(_ output: ProcessOutput) {
        self.init(status: output.status, stdout: output.stdout, stderr: output.stderr)
    }
}

enum CLI {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The binary beside the test bundle (same build folder), or COLLAB_BINARY.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["COLLAB_BINARY"] { return URL(fileURLWithPath: path) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("collab")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/collab")
    }

    /// How long one run may take before it is killed (a hang is a failure, not a stuck suite).
    static let timeLimit: Double = 120

    @discardableResult
    static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:],
                    input: Data? = nil) throws -> CLIResult {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ["PATH": "/usr/bin:/bin", "HOME": directory, "LANG": "C.UTF-8"]
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // The timer holds the process id only (a Process kept alive would keep its pipes open).
        let pid = process.processIdentifier
        let timeout = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: timeout)
        defer { timeout.cancel() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus,
                         stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Compares with a golden file; COLLAB_RECORD_GOLDEN=1 writes it instead (review the diff).
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["COLLAB_RECORD_GOLDEN"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "output differs from Golden/\(name)", sourceLocation: sourceLocation)
    }

    /// No crash reached the user: no Swift runtime message or backtrace.
    static func expectNoCrash(_ result: CLIResult, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect([0, 1, 2].contains(result.status), "exit status \(result.status)", sourceLocation: sourceLocation)
        for marker in ["Fatal error", "Backtrac", "Program crashed", "Stack dump"] {
            #expect(!result.stderr.contains(marker), "\(result.stderr)", sourceLocation: sourceLocation)
        }
    }
}

/// A temporary folder for one test.
final class Scratch {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("collab-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func file(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let target = file(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: file(relative), encoding: .utf8)
    }

    /// A workspace made by `collab init`.
    static func workspace() throws -> Scratch {
        let scratch = try Scratch()
        let result = try CLI.run(["init"], in: scratch.path)
        #expect(result.status == 0, "\(result.stderr)")
        return scratch
    }
}

/// Any other program a test runs as a witness (git, Python, the shells), with stdout and
/// stderr together.
enum Program {
    static func run(_ executable: String, _ arguments: [String], path: String? = nil,
                    environment extra: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        if let path { environment["PATH"] = path + ":" + (environment["PATH"] ?? "/usr/bin:/bin") }
        environment.merge(extra) { $1 }
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
