/// Leftover merge-conflict markers (docs/reference.md §4): a file that does not parse and has
/// a line starting with `<<<<<<<`, `=======` or `>>>>>>>` is reported as an unresolved merge
/// conflict at the first `<<<<<<<` line (or the first marker when that line was deleted),
/// rather than as whatever the markers happened to break.
extension YAMLParser {
    func unresolvedConflict() -> SyntaxError? {
        var first: Int?
        for (index, line) in lines.enumerated() {
            guard let marker = conflictMarker(line) else { continue }
            if marker == Byte.less { return conflict(index) }
            if first == nil { first = index }
        }
        return first.map(conflict)
    }

    private func conflict(_ index: Int) -> SyntaxError {
        syntax(.mergeConflict,
               index, lines[index].start)
    }

    /// The marker character when the line starts with seven of `<`, `=` or `>` followed by
    /// a space or the line's end.
    private func conflictMarker(_ line: SourceText.Line) -> UInt8? {
        guard line.indent == 0, line.end - line.start >= 7 else { return nil }
        let marker = text[line.start]
        guard marker == Byte.less || marker == Byte.equals || marker == Byte.greater else { return nil }
        for offset in line.start..<(line.start + 7) where text[offset] != marker { return nil }
        let after = line.start + 7
        return after == line.end || text[after] == Byte.space ? marker : nil
    }
}
