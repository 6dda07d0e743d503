import MusterCore

/// The day a pasted article carries: a date line or byline in its header, else the first
/// date line anywhere, else a date on a header metadata line ("… 2 min read").
enum PublicationDate {
    static func find(_ lines: [TextLine], _ kinds: [LineKind], header: Int) -> Day? {
        dateLine(kinds, header: header) ?? headerChrome(lines, kinds, header: header)
    }

    /// A date on a header metadata line that carries more than the date
    /// ("September 5, 2025 5:41 PM 2 min read").
    private static func headerChrome(_ lines: [TextLine], _ kinds: [LineKind], header: Int) -> Day? {
        for index in 0..<min(header, lines.count) where kinds[index] == .chrome && lines[index].words <= 16 {
            if let day = DateTextParser.firstDate(in: lines[index].text) { return day }
        }
        return nil
    }

    /// The page's own date: a date line or byline in the header, else the first anywhere.
    private static func dateLine(_ kinds: [LineKind], header: Int) -> Day? {
        func date(_ range: Range<Int>, lines: Bool) -> Day? {
            for index in range {
                switch kinds[index] {
                case .date(let day) where lines: return day
                case .byline(let day?) where !lines: return day
                default: continue
                }
            }
            return nil
        }
        let headerRange = 0..<min(header, kinds.count)
        return date(headerRange, lines: true) ?? date(headerRange, lines: false)
            ?? date(0..<kinds.count, lines: true) ?? date(0..<kinds.count, lines: false)
    }
}
