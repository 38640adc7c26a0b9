/// Aligns two sequences by their longest common subsequence and returns what lies between
/// the matched items: the gaps, each with the old and new items (and their indices) there.
enum SequenceAlignment {
    struct Gap<Element> {
        var old: [(Int, Element)]
        var new: [(Int, Element)]
    }

    /// Past this many comparisons the middle is not aligned further (one gap): lists in
    /// records are short, and a hostile file must not make a diff quadratic without bound.
    static let comparisonLimit = 4_000_000

    static func gaps<Element>(_ old: [Element], _ new: [Element], equal: (Element, Element) -> Bool) -> [Gap<Element>] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, equal(old[prefix], new[prefix]) { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              equal(old[old.count - 1 - suffix], new[new.count - 1 - suffix]) { suffix += 1 }
        let a = Array(old.indices.dropFirst(prefix).dropLast(suffix))
        let b = Array(new.indices.dropFirst(prefix).dropLast(suffix))
        if a.isEmpty && b.isEmpty { return [] }
        guard !a.isEmpty, !b.isEmpty, a.count * b.count <= comparisonLimit else {
            return [Gap(old: a.map { ($0, old[$0]) }, new: b.map { ($0, new[$0]) })]
        }
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = equal(old[a[i]], new[b[j]]) ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var gaps: [Gap<Element>] = []
        var current = Gap<Element>(old: [], new: [])
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, equal(old[a[i]], new[b[j]]) {
                if !current.old.isEmpty || !current.new.isEmpty { gaps.append(current) }
                current = Gap(old: [], new: [])
                i += 1
                j += 1
            } else if j < b.count && (i == a.count || lengths[i][j + 1] >= lengths[i + 1][j]) {
                current.new.append((b[j], new[b[j]]))
                j += 1
            } else {
                current.old.append((a[i], old[a[i]]))
                i += 1
            }
        }
        if !current.old.isEmpty || !current.new.isEmpty { gaps.append(current) }
        return gaps
    }
}
