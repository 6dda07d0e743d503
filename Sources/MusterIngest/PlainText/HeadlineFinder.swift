/// Finds the headline among the header lines of a pasted article.
enum HeadlineFinder {
    /// A line that can be a headline: a capitalised phrase of a few words that does not end
    /// like a sentence or a list.
    static func isHeadline(_ line: TextLine, _ kind: LineKind) -> Bool {
        guard kind.isText, (3..<ArticleLayout.cutOffMinWords).contains(line.words), line.startsCapitalised, !line.endsWithColon,
              !line.endsOpen else { return false }
        if line.endsSentence {
            // Headlines may ask or exclaim; a full stop makes it a sentence.
            return !line.endsWithFullStop
        }
        return true
    }

    /// Whether a date or byline follows within five lines (standfirst, author, role, …), with
    /// only text lines between.
    static func aboveDateOrByline(_ index: Int, _ kinds: [LineKind]) -> Bool {
        for next in (index + 1)..<min(kinds.count, index + 6) {
            switch kinds[next] {
            case .date, .byline: return true
            case .text: continue
            default: return false
            }
        }
        return false
    }

    /// The first headline-shaped line of the header; failing that, a headline right after a
    /// standfirst that opens the page ("Standfirst sentence.\n\nHeadline\n\nBody…").
    static func find(_ lines: [TextLine], _ kinds: [LineKind], _ drop: [Bool], firstBody: Int,
                     wholePage: Bool) -> Int? {
        let count = lines.count
        let candidates = (0..<min(firstBody, count)).filter { !drop[$0] && isHeadline(lines[$0], kinds[$0]) }
        // The headline sits right above the article's date or byline, with at most a few text
        // lines between (standfirst, author, role); the site's name and menu entries above it,
        // followed by more menus, do not. A line the
        // page prints twice there is the headline whatever its length; otherwise the first of
        // five words or more (shorter ones are kickers: "Policy Brief No. 31").
        let anchored = candidates.filter { aboveDateOrByline($0, kinds) }
        let printedTwice = anchored.first { index in
            ((index + 1)..<count).contains { lines[$0].key == lines[index].key }
        }
        if let headline = printedTwice ?? anchored.first(where: { lines[$0].words >= 5 && !lines[$0].allCaps }) {
            return headline
        }
        if let onBody = headlineOnBody(lines, kinds, drop, candidates: candidates, firstBody: firstBody) {
            return onBody
        }
        // Above a whole page's article, menu entries are short: the headline is the first
        // fuller line.
        if wholePage, let fuller = candidates.first(where: { lines[$0].words >= 5 }) { return fuller }
        if let first = candidates.first {
            // A kicker ("WAR IN UKRAINE", "Russia-Ukraine war") may stand above the headline:
            // a short or all-capitals line followed by a fuller headline.
            // A headline printed twice (page title and article title) is no kicker.
            let repeated = ((first + 1)..<count).contains { lines[$0].key == lines[first].key }
            if lines[first].words <= 3 || lines[first].allCaps, !repeated,
               let fuller = candidates.dropFirst().first(where: { lines[$0].words >= 5 && !lines[$0].allCaps }) {
                return fuller
            }
            return first
        }
        guard firstBody < count, !(0..<firstBody).contains(where: { kinds[$0].isText && !drop[$0] }) else { return nil }
        guard let next = ((firstBody + 1)..<count).first(where: { kinds[$0].isText && !drop[$0] }) else { return nil }
        let line = lines[next]
        guard isHeadline(line, kinds[next]), line.words >= 6, !line.allCaps,
              ((next + 1)..<count).contains(where: { ArticleLayout.isBody(lines[$0], kinds[$0]) }) else { return nil }
        return next
    }

    /// "Site name / menus / date / Headline / first paragraph": when no headline stands above
    /// the date or byline, the page put its date block first and the headline right on the
    /// body. The last headline-shaped line of the header is taken when only chrome lies
    /// between it and the first paragraph, and a date or byline lies just above it (short
    /// labels such as a kicker or an agency may stand between). Lines higher up are the
    /// site's name and slogans.
    static func headlineOnBody(_ lines: [TextLine], _ kinds: [LineKind], _ drop: [Bool], candidates: [Int],
                               firstBody: Int) -> Int? {
        // A caption signed after its sentence ("… in Kyiv. AFP") also sits there: a headline
        // holds no full stop between words.
        guard let last = candidates.last, lines[last].words >= 5, !lines[last].allCaps, !lines[last].text.containsBytes(". "),
              !((last + 1)..<firstBody).contains(where: { kinds[$0].isText && !drop[$0] }) else { return nil }
        var index = last - 1
        while index >= 0 {
            switch kinds[index] {
            case .date, .byline: return last
            case .text where lines[index].words < 3 || lines[index].allCaps: index -= 1
            case .text: return nil
            default: index -= 1
            }
        }
        return nil
    }
}
