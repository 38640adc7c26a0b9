/// A plain-text table whose columns line up by display width (a CJK character is two
/// columns), truncating the columns marked shrinkable with `…` to fit a width.
public struct TextTable {
    public struct Column: Sendable {
        public var header: String
        public var alignRight = false
        /// Narrowest width this column may be cut down to; nil: never cut.
        public var shrinkTo: Int?

        public init(_ header: String, alignRight: Bool = false, shrinkTo: Int? = nil) {
            self.header = header
            self.alignRight = alignRight
            self.shrinkTo = shrinkTo
        }
    }

    public var columns: [Column]
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The table, at most `width` columns wide when given; `style` paints a cell (row, column)
    /// after padding, so colour codes do not upset the alignment.
    public func render(width: Int? = nil, style: (Int, Int, String) -> String = { $2 }) -> String {
        let cells = rows.map { $0.map(TerminalText.escape) }
        var widths = columns.indices.map { column in
            max(DisplayWidth.of(columns[column].header), cells.map { DisplayWidth.of($0[column]) }.max() ?? 0)
        }
        if let width {
            var excess = widths.reduce(0, +) + 2 * (columns.count - 1) - width
            for column in columns.indices.reversed() where excess > 0 {
                guard let minimum = columns[column].shrinkTo, widths[column] > minimum else { continue }
                let cut = min(excess, widths[column] - minimum)
                widths[column] -= cut
                excess -= cut
            }
        }
        var out = line(columns.map(\.header), widths) { _, text in text }
        for (index, row) in cells.enumerated() {
            out += line(row, widths) { column, text in style(index, column, text) }
        }
        return out
    }

    private func line(_ cells: [String], _ widths: [Int], _ paint: (Int, String) -> String) -> String {
        var parts: [String] = []
        for (column, cell) in cells.enumerated() {
            let text = TextTable.truncate(cell, to: widths[column])
            let padding = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(text)))
            let isLast = column == cells.count - 1
            let padded = columns[column].alignRight ? padding + text : text + (isLast ? "" : padding)
            parts.append(paint(column, padded))
        }
        return parts.joined(separator: "  ") + "\n"
    }

    /// `text` cut to `width` display columns, ending in `…` when cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(String(character))
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }
}
