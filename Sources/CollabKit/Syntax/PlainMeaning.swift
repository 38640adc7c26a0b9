/// What a plain (unquoted) scalar means to the YAML readers people use: YAML 1.2's core
/// schema and YAML 1.1 (PyYAML's SafeLoader). collab reads every scalar as text, so a plain
/// value is safe to write only when every reader gets that same text back: as a string, or
/// as a number or date whose own text is the same (`12`, `2.5`, `2024-10-10`). `no`, `on`,
/// `~`, `14:00` (base 60 in YAML 1.1), `010`, `0x1F`, `1_000`, `1e3`, `.inf`, `+1` are not:
/// collab quotes them (docs/reference.md §5).
enum PlainMeaning {
    static func readsBackAsWritten(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        // Only text starting like a number, a date or one of the special words can mean
        // something else; everything else (all Chinese text) is decided by its first byte.
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return numberReadsBack(Array(text.utf8))
        case UInt8(ascii: "~"), UInt8(ascii: "="), UInt8(ascii: "<"):
            return !["~", "=", "<<"].contains(text)
        default:
            // The special words are ASCII and five letters at most: every key of the records
            // (`department`, `deliverable`) is decided by its length, without lowering it.
            return text.utf8.count > 5 || !specialWords.contains(text.lowercased())
        }
    }

    /// Null and boolean words of YAML 1.1 and 1.2, compared in lower case (any case is quoted).
    static let specialWords: Set<String> = ["null", "true", "false", "yes", "no", "on", "off", "y", "n"]

    /// A text starting like a number: same text back when it is no number or date at all, or
    /// a canonical decimal integer, a short canonical decimal fraction, or a real YYYY-MM-DD.
    private static func numberReadsBack(_ bytes: [UInt8]) -> Bool {
        if looksLikeTimestamp(bytes) { return CalendarDate(String(decoding: bytes, as: UTF8.self)) != nil }
        guard isNumberLike(bytes) else { return true }
        return isCanonicalInteger(bytes) || isCanonicalFraction(bytes)
    }

    /// Anything YAML 1.1 or 1.2 might take as a number: signs, digits, `_`, `.`, `:`, an
    /// exponent, 0x/0o/0b prefixes, `.inf` and `.nan` (erring on the side of quoting).
    private static func isNumberLike(_ bytes: [UInt8]) -> Bool {
        let lowered = String(decoding: bytes, as: UTF8.self).lowercased()
        if [".inf", "+.inf", "-.inf", ".nan"].contains(lowered) { return true }
        var body = Substring(lowered)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        if body.hasPrefix("0x") { return body.count > 2 && body.dropFirst(2).allSatisfy { $0.isHexDigit || $0 == "_" } }
        if body.hasPrefix("0o") || body.hasPrefix("0b") { return body.count > 2 && body.dropFirst(2).allSatisfy { $0.isNumber || $0 == "_" } }
        guard body.contains(where: \.isNumber) else { return false }
        var exponent = false
        var previous: Character = " "
        for character in body {
            switch character {
            case "0"..."9", "_", ".", ":": break
            case "e" where !exponent: exponent = true
            case "+" where previous == "e", "-" where previous == "e": break
            default: return false
            }
            previous = character
        }
        return true
    }

    /// `0` or `-?[1-9][0-9]*`: an integer whose text every reader gives back.
    private static func isCanonicalInteger(_ bytes: [UInt8]) -> Bool {
        var digits = bytes[...]
        if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        guard let lead = digits.first, digits.allSatisfy(isDigit) else { return false }
        return digits.count == 1 ? !(lead == UInt8(ascii: "0") && bytes.count > 1) : lead != UInt8(ascii: "0")
    }

    /// `-?(0|[1-9][0-9]*)\.([0-9]*[1-9]|0)` with at most 15 digits: a decimal fraction whose
    /// shortest round-trip text is itself.
    private static func isCanonicalFraction(_ bytes: [UInt8]) -> Bool {
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")) else { return false }
        let whole = Array(bytes[..<dot]), fraction = Array(bytes[(dot + 1)...])
        guard isCanonicalInteger(whole), whole != [UInt8(ascii: "-"), UInt8(ascii: "0")] || !fraction.allSatisfy({ $0 == UInt8(ascii: "0") }),
              let last = fraction.last, fraction.allSatisfy(isDigit) else { return false }
        guard whole.filter(isDigit).count + fraction.count <= 15 else { return false }
        return last != UInt8(ascii: "0") || fraction.count == 1
    }

    /// `YYYY-M-D…`: what YAML 1.1 reads as a date or timestamp.
    private static func looksLikeTimestamp(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 8, bytes[0..<4].allSatisfy(isDigit), bytes[4] == UInt8(ascii: "-") else { return false }
        var i = 5
        for part in 0..<2 {
            let start = i
            while i < bytes.count, isDigit(bytes[i]), i - start < 2 { i += 1 }
            guard i > start else { return false }
            if part == 0 {
                guard i < bytes.count, bytes[i] == UInt8(ascii: "-") else { return false }
                i += 1
            }
        }
        return i == bytes.count || [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " "), UInt8(ascii: "\t")].contains(bytes[i])
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
