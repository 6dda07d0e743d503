import MusterCore

/// The day a pasted article carries: a date line or byline in its header, else the first
/// date line anywhere, else a date on a header metadata line ("… 2 min read").
enum PublicationDate {
    static func find(_ lines: [TextLine], _ kinds: [LineKind], header: Int) -> Day? {
        dateLine(kinds, header: header) ?? headerChrome(lines, kinds, header: header) ?? openingDateline(lines, header: header)
            ?? yearlessDateline(lines, header: header)
    }

    /// How far into the first paragraph a wire dateline may run ("ABU DHABI, 4th March, 2026 (WAM) --").
    static let datelineReach = 60

    /// The date inside the dateline that opens the first paragraph ("KYIV, March 4, 2026
    /// (Reuters) - …"): wire copy often carries its date nowhere else. Only a full date with its
    /// year counts, and only before the dash or agency bracket that ends the dateline.
    private static func openingDateline(_ lines: [TextLine], header: Int) -> Day? {
        guard header < lines.count, let head = datelineHead(lines[header].text) else { return nil }
        return DateTextParser.firstDate(in: head)
    }

    /// The dateline at the start of a paragraph, up to the dash or agency bracket that ends it.
    private static func datelineHead(_ text: Substring) -> Substring? {
        let opening = text.prefix(datelineReach)
        guard let end = ["—", "--", " - ", "–", "("].compactMap({ opening.range(of: $0)?.lowerBound }).min() else { return nil }
        let head = text[text.startIndex..<end]
        // A dateline opens with a place: a few words before its comma, each capitalised
        // ("ABU DHABI,", "Riga,"), never a sentence's subject ("The ministers, who …").
        guard let comma = head.firstIndex(of: ",") else { return nil }
        let place = head[head.startIndex..<comma].split(whereSeparator: { $0 == " " || $0 == "/" })
        guard (1...4).contains(place.count), place.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return head
    }

    /// "BRUSSELS, Feb 12 - Allies pledged … on Thursday": a wire dateline without its year. The
    /// year is the one, from the year before the earliest the article names to the year after the
    /// latest, in which that day fell on the weekday the lead paragraph names; with none or
    /// several, the page stays undated.
    private static func yearlessDateline(_ lines: [TextLine], header: Int) -> Day? {
        guard header < lines.count, let head = datelineHead(lines[header].text),
              let (month, day) = DateTextParser.monthAndDay(tokens: DateTokenizer.tokens(head)),
              let weekday = DateTokenizer.tokens(lines[header].text).lazy.compactMap({ $0.word.flatMap { weekdayNumbers[$0] } }).first
        else { return nil }
        var years: Set<Int> = []
        for line in lines[header...] {
            for token in DateTokenizer.tokens(line.text) where token.width == 4 {
                if let year = token.number, (1990...2100).contains(year) { years.insert(year) }
            }
        }
        guard let earliest = years.min(), let latest = years.max() else { return nil }
        let fitting = ((earliest - 1)...(latest + 1)).compactMap { Day(year: $0, month: month, day: day) }.filter { $0.weekday == weekday }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// ISO weekdays, as `Day.weekday` numbers them (1 = Monday … 7 = Sunday).
    static let weekdayNumbers: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

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
