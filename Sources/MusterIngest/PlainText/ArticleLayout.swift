import MusterCore

/// Reads the article out of classified lines by position: the header before the first body
/// paragraph (headline, date, category line, standfirst), the body, and the tail after the
/// last body paragraph (related headlines, tags, prompts).
struct ArticleLayout {
    var title: String?
    var published: Day?
    var tags: [String] = []
    var language: String?
    /// Indices of the lines that make the article text, in order.
    var kept: [Int] = []

    /// Text lines a pasted article's header holds at most (headline, kicker, standfirst,
    /// subheading, author…); beyond that the paste took the site's menus too.
    static let shortHeaderLines = 6

    /// "Leave a Reply", "12 Comments", "3 thoughts on “…”", "Jane on May 2, 2024 at 4:47 pm said:".
    static func opensComments(_ line: TextLine) -> Bool {
        let key = line.key
        if ["leave a reply", "leave a comment", "join the discussion", "join the conversation", "comments",
            "discussion", "reader comments", "add a comment", "post a comment", "show comments"].contains(key) {
            return true
        }
        // "12 thoughts on “…”", "3 responses to “…”"; a bare "0 comments" is a header counter.
        let words = key.split(separator: " ", maxSplits: 3)
        if words.count >= 3, words[0].allSatisfy(\.isASCIIDigit), line.words <= 20,
           (words[1] == "thoughts" && words[2] == "on") || (words[1] == "responses" && words[2] == "to")
            || (words[1] == "replies" && words[2] == "to") {
            return true
        }
        return line.words <= 20 && (key.hasSuffix(" said") || key.hasSuffix(" says") || key.hasSuffix(" wrote"))
            && line.endsWithColon && DateTextParser.firstDate(in: line.text) != nil
    }

    /// A paragraph of running text: long enough and ending like a sentence (or a lead-in
    /// colon). Everything before the first one is header; everything after the last, tail.
    static func isBody(_ line: TextLine, _ kind: LineKind) -> Bool {
        kind.isText && line.words >= 8 && (line.endsSentence || line.endsWithColon)
    }

    /// A line that can be a headline: a capitalised phrase of a few words that does not end
    /// like a sentence or a list.
    static func isHeadline(_ line: TextLine, _ kind: LineKind) -> Bool {
        guard kind.isText, (3...40).contains(line.words), line.startsCapitalised, !line.endsWithColon,
              !line.endsOpen else { return false }
        if line.endsSentence {
            // Headlines may ask or exclaim; a full stop makes it a sentence.
            return !line.endsWithFullStop
        }
        return true
    }

    init(lines: [TextLine], kinds: [LineKind]) {
        let count = lines.count
        let firstBody = (0..<count).first { Self.isBody(lines[$0], kinds[$0]) } ?? count
        // A short question after the body is more often a related headline than the last word.
        let lastBodyLine = (0..<count).last {
            Self.isBody(lines[$0], kinds[$0])
                && !(lines[$0].words < 15 && lines[$0].endsWithQuestion)
        } ?? -1
        var drop = [Bool](repeating: false, count: count)
        for index in 0..<count where !kinds[index].isText { drop[index] = true }

        // A comment section ends the article: everything from its first marker on goes.
        let secondBody = ((firstBody + 1)..<max(firstBody + 1, count)).first { Self.isBody(lines[$0], kinds[$0]) } ?? count
        if let comments = ((secondBody + 1)..<max(secondBody + 1, count)).first(where: { Self.opensComments(lines[$0]) }) {
            for index in comments..<count { drop[index] = true }
        }
        let lastBody = min(lastBodyLine, (0..<count).last { !drop[$0] && Self.isBody(lines[$0], kinds[$0]) } ?? -1)

        // A whole page pasted (menus, teasers) has a long header; its headline is the one just
        // above the article, and the menus before it go.
        let headerText = (0..<firstBody).filter { kinds[$0].isText }
        let headerStart = headerText.count > Self.shortHeaderLines ? headerText[headerText.count - Self.shortHeaderLines] : 0
        for index in 0..<headerStart { drop[index] = true }

        // Category lines: the bare "In a, b" form only in the header; labelled ones anywhere.
        for index in 0..<count where kinds[index].isText || kinds[index] == .chrome {
            guard let category = CategoryLine.parse(lines[index], inHeader: index < firstBody) else { continue }
            if tags.isEmpty { tags = category.tags }
            if language == nil { language = category.language }
            drop[index] = true
        }

        let titleIndex = Self.findTitle(lines, kinds, drop, firstBody: firstBody, wholePage: headerStart > 0)
        let hasBody = firstBody < count
        if let titleIndex {
            title = String(lines[titleIndex].text)
            let titleKey = lines[titleIndex].key
            for index in 0..<count where lines[index].key == titleKey { drop[index] = true }
        }

        // Header: before the title, only navigation; after it, standfirsts and subheadings
        // of three words or more.
        // (A page with no paragraph at all, such as text in a script without spaces or
        // a list, has no header to speak of: its lines stay.)
        for index in 0..<min(firstBody, count) where !drop[index] && hasBody {
            if let titleIndex, index < titleIndex {
                drop[index] = true
            } else if lines[index].words < 3 {
                drop[index] = true
            }
        }

        // Related-article lists: after a marker, headlines until running text resumes.
        var inRelatedList = false
        for index in 0..<count {
            if kinds[index] == .relatedMarker {
                inRelatedList = true
            } else if Self.isBody(lines[index], kinds[index]) {
                inRelatedList = false
            } else if inRelatedList, kinds[index].isText {
                drop[index] = true
            }
        }

        // A short line wedged between chrome lines (an author name between "Edited by …" and
        // "Reporter") belongs to them; subheadings stand next to text.
        for index in 0..<count where !drop[index] && kinds[index].isText && index != titleIndex
            && lines[index].words <= 4 && !lines[index].endsSentence && !lines[index].endsWithColon {
            let before = index == 0 || !kinds[index - 1].isText
            let after = index == count - 1 || !kinds[index + 1].isText
            if before && after && index > firstBody { drop[index] = true }
        }

        // Captions: a short line beside a picture credit ("Getty Images" then the caption).
        for index in 0..<count where kinds[index] == .credit {
            for neighbour in [index - 1, index + 1] where (0..<count).contains(neighbour) {
                if kinds[neighbour].isText, !Self.isBody(lines[neighbour], kinds[neighbour]),
                   !lines[neighbour].endsWithColon, neighbour != titleIndex {
                    drop[neighbour] = true
                }
            }
        }

        // Tail: after the last paragraph, only statements survive (a closing line, a note);
        // headlines of other articles (questions included) and widget labels go.
        if lastBody >= 0 {
            for index in (lastBody + 1)..<count where !drop[index] {
                let line = lines[index]
                if !line.endsSentence || line.words < 4 || line.endsWithQuestion {
                    drop[index] = true
                }
            }
        }

        published = Self.findDate(kinds, header: firstBody)
            ?? Self.findDateInHeaderChrome(lines, kinds, header: firstBody)
        kept = (0..<count).filter { !drop[$0] }
    }

    /// The first headline-shaped line of the header; failing that, a headline right after a
    /// standfirst that opens the page ("Standfirst sentence.\n\nHeadline\n\nBody…").
    private static func findTitle(_ lines: [TextLine], _ kinds: [LineKind], _ drop: [Bool], firstBody: Int,
                                  wholePage: Bool) -> Int? {
        let count = lines.count
        let candidates = (0..<min(firstBody, count)).filter { !drop[$0] && isHeadline(lines[$0], kinds[$0]) }
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
              ((next + 1)..<count).contains(where: { isBody(lines[$0], kinds[$0]) }) else { return nil }
        return next
    }

    /// A date on a header metadata line that carries more than the date
    /// ("September 5, 2025 5:41 PM 2 min read").
    private static func findDateInHeaderChrome(_ lines: [TextLine], _ kinds: [LineKind], header: Int) -> Day? {
        for index in 0..<min(header, lines.count) where kinds[index] == .chrome && lines[index].words <= 16 {
            if let day = DateTextParser.firstDate(in: lines[index].text) { return day }
        }
        return nil
    }

    /// The page's own date: a date line or byline in the header, else the first anywhere.
    private static func findDate(_ kinds: [LineKind], header: Int) -> Day? {
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
