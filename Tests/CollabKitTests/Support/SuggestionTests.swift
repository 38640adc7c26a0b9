import Testing
@testable import CollabKit

/// The one "did you mean" matcher, under each rule its callers use.
struct SuggestionTests {
    @Test func aTypoIsTheNearestWordIgnoringCaseWithSwapsAsOneEdit() {
        #expect(Suggestion.closest(to: "stauts", in: ["status", "state"]) == "status")
        #expect(Suggestion.closest(to: "DOING", in: ["todo", "doing", "done"]) == "doing")
        #expect(Suggestion.closest(to: "xyz", in: ["status"]) == nil)
        // Within a third of the candidate's length: one edit for a short word.
        #expect(Suggestion.closest(to: "dd", in: ["due"]) == nil)
        #expect(Suggestion.closest(to: "du", in: ["due"]) == "due")
    }

    @Test func anOptionIsTheFirstItStartsElseTheNearestWithinTwoEditsCaseSensitive() {
        let options = ["--format", "--strict", "--since", "--help"]
        #expect(Suggestion.closest(to: "--st", in: options, by: .option) == "--strict")
        #expect(Suggestion.closest(to: "-s", in: options, by: .option) == "--strict")
        #expect(Suggestion.closest(to: "--stirct", in: options, by: .option) == "--strict")
        #expect(Suggestion.closest(to: "--formt", in: options, by: .option) == "--format")
        // Case counts and a swap costs two: the typo rule would suggest these, the option rule does not.
        #expect(Suggestion.closest(to: "--STRICT", in: options, by: .option) == nil)
        #expect(Suggestion.closest(to: "--STRICT", in: options) == "--strict")
        #expect(Suggestion.closest(to: "--hepl", in: options, by: .option) == "--help")
        #expect(Suggestion.closest(to: "--", in: options, by: .option) == nil)
        #expect(Suggestion.closest(to: "--zzzzz", in: options, by: .option) == nil)
    }

    @Test func aCommandIsTheFirstSharingItsFirstTwoCharacters() {
        let commands = ["check", "status", "set", "schema"]
        #expect(Suggestion.closest(to: "chekc", in: commands, by: .command) == "check")
        #expect(Suggestion.closest(to: "sx", in: commands, by: .command) == nil)
        #expect(Suggestion.closest(to: "sc", in: commands, by: .command) == "schema")
        #expect(Suggestion.closest(to: "s", in: commands, by: .command) == "status")
    }

    /// The option rule gives what the command line's own matcher gave before it was folded in
    /// here (its Levenshtein distance is kept below as the witness), on generated words.
    @Test func theOptionRuleMatchesTheFormerOptionMatcher() {
        func distance(_ a: String, _ b: String) -> Int {
            let a = Array(a), b = Array(b)
            var row = Array(0...b.count)
            for i in 1...max(a.count, 1) where !a.isEmpty {
                var previous = row[0]
                row[0] = i
                for j in stride(from: 1, through: b.count, by: 1) {
                    let current = row[j]
                    row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                    previous = current
                }
            }
            return row[b.count]
        }
        func former(_ name: String, _ names: [String]) -> String? {
            let bare = name.drop { $0 == "-" }
            return names.first { $0.dropFirst(2).hasPrefix(bare) && !bare.isEmpty }
                ?? names.min { distance($0, name) < distance($1, name) }.flatMap { distance($0, name) <= 2 ? $0 : nil }
        }
        let options = ["--format", "--strict", "--since", "--help", "--base", "--changed", "-C", "--lang"]
        let letters = Array("-stricfomaqhelpbgdCé")
        var state: UInt64 = 0x9E3779B97F4A7C15
        for _ in 0..<3000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 60) % 9
            var word = ""
            for index in 0..<length { word.append(letters[Int((state >> UInt64(index * 5)) & 0x1F) % letters.count]) }
            #expect(Suggestion.closest(to: word, in: options, by: .option) == former(word, options), "\(word)")
        }
    }
}
