import CollabTestSupport
import Testing
@testable import CollabKit

/// XML escaping: the fast path that returns text untouched must agree with the escaping
/// it skips, on text made of the characters that matter and those that do not.
@Suite struct XMLEscapeTests {
    /// The rules, written out again one character at a time.
    static func reference(_ text: String, attribute: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "'" where attribute: out += "&apos;"
            case "\n": out += attribute ? "&#10;" : "\n"
            case "\t": out += attribute ? "&#9;" : "\t"
            default:
                let control = value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
                    || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0xFFFE || value == 0xFFFF
                out += control ? "\\u{" + String(value, radix: 16) + "}" : String(scalar)
            }
        }
        return out
    }

    @Test func escapingAgreesWithTheRulesOnGeneratedText() {
        let alphabet: [Unicode.Scalar] = ["a", "Z", "0", " ", "&", "<", ">", "\"", "'", "\n", "\t", "\u{1}", "\u{7F}", "\u{85}", "\u{A0}", "\u{C2}",
                                          "财", "务", "，", "：", "（", "—", "…", "\u{2028}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{2070}",
                                          "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{FF0C}", "😀"]
        var generator = SplitMix64(seed: 20_241_020)
        var checked = 0
        for length in 0...12 {
            for _ in 0..<400 {
                var text = ""
                for _ in 0..<length { text.unicodeScalars.append(alphabet.randomElement(using: &generator)!) }
                for attribute in [true, false] {
                    #expect(XML.escape(text, attribute: attribute) == Self.reference(text, attribute: attribute), "\(text.unicodeScalars.map { $0.value })")
                    checked += 1
                }
            }
        }
        #expect(checked == 13 * 400 * 2)
    }
}
