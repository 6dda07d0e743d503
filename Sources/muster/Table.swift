/// An aligned text table for people: a header, a rule, then rows; columns padded to the widest
/// cell (counted in Unicode scalars, which is right for the codes and numbers it mostly holds).
struct Table {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) { self.header = header }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        var widths = header.map { $0.unicodeScalars.count }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.unicodeScalars.count)
            }
        }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (index, cell) in cells.enumerated() {
                if index > 0 { out += "  " }
                let padding = index == cells.count - 1 ? 0 : widths[index] - cell.unicodeScalars.count
                out += cell + String(repeating: " ", count: max(0, padding))
            }
            return out
        }
        var lines = [line(header), line(widths.map { String(repeating: "-", count: $0) })]
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }
}
