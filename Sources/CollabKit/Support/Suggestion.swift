/// "Did you mean": the one matcher of a written word against the words it may have meant, for
/// every place that suggests one (record keys and values, edit paths, options, commands). Each
/// place picks a `Rule`; the words are compared by one edit distance.
public enum Suggestion {
    /// How close a candidate must be to be suggested.
    public enum Rule: Sendable {
        /// A likely typo: the candidate fewest edits away ignoring case (a swap of two
        /// neighbours counts as one), within a third of its length (1 to 3); the first of equals.
        case typo
        /// An option (`--strict`): the first whose name after `--` starts with what was written
        /// after its dashes; else the nearest within two edits (case-sensitive, a swap counting as two).
        case option
        /// A command: the first that starts with the written word's first two characters.
        case command
    }

    /// The candidate `word` was most likely meant to be, under `rule`; nil when none is close.
    public static func closest(to word: String, in candidates: [String], by rule: Rule = .typo) -> String? {
        switch rule {
        case .typo:
            let lowered = Array(word.lowercased().unicodeScalars)
            var best: (String, Int)?
            for candidate in candidates {
                let distance = editDistance(lowered, Array(candidate.lowercased().unicodeScalars), swaps: true)
                let limit = max(1, min(3, candidate.unicodeScalars.count / 3))
                if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
            }
            return best?.0
        case .option:
            let bare = word.drop { $0 == "-" }
            if !bare.isEmpty, let started = candidates.first(where: { $0.dropFirst(2).hasPrefix(bare) }) { return started }
            let written = Array(word)
            let distances = candidates.map { editDistance(Array($0), written, swaps: false) }
            guard let nearest = distances.indices.min(by: { distances[$0] < distances[$1] }), distances[nearest] <= 2 else { return nil }
            return candidates[nearest]
        case .command:
            let start = String(word.prefix(2))
            return candidates.first { $0.hasPrefix(start) }
        }
    }

    /// Edits (insert, delete, replace and, with `swaps`, swap two neighbours — the commonest
    /// slip) that turn `a` into `b`.
    static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element], swaps: Bool) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if swaps, i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}

extension Message {
    /// The hint after a word that is close to a known one.
    public static func didYouMean(_ word: String) -> Message {
        Message(en: "did you mean '\(word)'?", zh: "是否想写「\(word)」？")
    }
}
