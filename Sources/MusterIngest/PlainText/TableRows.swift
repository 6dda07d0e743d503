/// Tables pasted as text ("Country | Amount | Status", then one row per donor): each row alone
/// looks like a menu of short items between bars, but three or more lines in a row with the same
/// number of cells, some holding figures, are a table of the article.
enum TableRows {
    /// Cells a row needs (a menu of two items is too common to take for a table).
    static let minimumCells = 3
    /// Rows, counting the header, that make a table.
    static let minimumRows = 3

    /// Returns the kinds with the rows of every table read as text.
    static func keepingTables(_ lines: [TextLine], _ kinds: [LineKind]) -> [LineKind] {
        var kinds = kinds
        var start = 0
        while start < lines.count {
            let cells = cellCount(lines[start])
            var end = start + 1
            if cells >= minimumCells {
                while end < lines.count, cellCount(lines[end]) == cells { end += 1 }
                let rows = start..<end
                let withFigures = rows.filter { lines[$0].text.contains(where: \.isNumber) }.count
                if rows.count >= minimumRows, withFigures >= 2 {
                    for index in rows where !kinds[index].isText { kinds[index] = .text }
                }
            }
            start = end
        }
        return kinds
    }

    /// Cells of a line split at " | ", or 0 for a line without bars.
    static func cellCount(_ line: TextLine) -> Int {
        var bars = 0
        var previous: UInt8 = 0
        var sawBar = false
        for byte in line.text.utf8 {
            if sawBar, byte == 0x20 { bars += 1 }
            sawBar = previous == 0x20 && byte == 0x7C
            previous = byte
        }
        return bars == 0 ? 0 : bars + 1
    }
}
