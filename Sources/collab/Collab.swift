import CollabCommandLine
import CollabKit
#if canImport(Glibc)
import Glibc
#endif

@main
enum Collab {
    static func main() {
        // A reader that goes away (`collab fmt | head -1`) makes a write fail (EPIPE, the
        // rest of that stream dropped) instead of ending collab between two files it writes:
        // output is written as it is made, so the signal would stop the work half way.
        signal(SIGPIPE, SIG_IGN)
        var environment: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                environment[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        var size = winsize()
        let width = isatty(1) == 1 && ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
        let runner = Runner(environment: environment, currentDirectory: FileSystem.currentDirectory(),
                            stdoutIsTerminal: isatty(1) == 1, stderrIsTerminal: isatty(2) == 1, terminalWidth: width)
        let raw = ArgumentEncoding.rawArguments()
        let (status, _) = runner.run(raw.map { String(decoding: $0, as: UTF8.self) }, raw: raw)
        runner.standardOutput.flush()
        runner.standardError.flush()
        exit(status.rawValue)
    }
}
