import MusterCore

/// Reads the article out of classified lines by position: the header before the first body
/// paragraph (headline, date, category line, standfirst), the body, and the tail after the
/// last body paragraph (related headlines, tags, prompts, comments).
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

    /// A paragraph of running text: long enough and ending like a sentence (or a lead-in
    /// colon). Everything before the first one is header; everything after the last, tail.
    static func isBody(_ line: TextLine, _ kind: LineKind) -> Bool {
        kind.isText && line.words >= 8 && (line.endsSentence || line.endsWithColon)
    }

    private let lines: [TextLine]
    private let kinds: [LineKind]
    private var drop: [Bool]
    private let firstBody: Int

    init(lines: [TextLine], kinds: [LineKind]) {
        self.lines = lines
        self.kinds = kinds
        drop = kinds.map { !$0.isText }
        // A headline that asks a question ("Who will send troops?") is as long as a short
        // paragraph: above the date or byline it is still header.
        firstBody = lines.indices.first { index in
            Self.isBody(lines[index], kinds[index])
                && !(lines[index].endsWithQuestion && lines[index].words < 15 && HeadlineFinder.aboveDateOrByline(index, kinds))
        } ?? lines.count

        dropCommentSection()
        let headerStart = dropMenusAboveHeader()
        readCategoryLines()
        let titleIndex = HeadlineFinder.find(lines, kinds, drop, firstBody: firstBody, wholePage: headerStart > 0)
        if let titleIndex {
            title = String(lines[titleIndex].text)
            let titleKey = lines[titleIndex].key
            for index in lines.indices where lines[index].key == titleKey { drop[index] = true }
        }
        dropHeaderNavigation(before: titleIndex)
        dropRelatedLists()
        dropLinesAmongChrome(except: titleIndex)
        dropCaptions(except: titleIndex)
        dropCutOffLines(standfirst: titleIndex.flatMap { title in
            ((title + 1)..<max(title + 1, firstBody)).first { !drop[$0] && kinds[$0].isText }
        })
        dropTail()
        published = PublicationDate.find(lines, kinds, header: firstBody)
        kept = lines.indices.filter { !drop[$0] }
    }

    private func nextBody(after index: Int) -> Int {
        ((index + 1)..<max(index + 1, lines.count)).first { Self.isBody(lines[$0], kinds[$0]) } ?? lines.count
    }

    /// A comment section ends the article: everything from its first marker on goes. Markers
    /// count only once two paragraphs are in (header counters say "0 comments" too).
    private mutating func dropCommentSection() {
        let secondBody = nextBody(after: firstBody)
        guard let start = ((secondBody + 1)..<max(secondBody + 1, lines.count)).first(where: { CommentSection.opens(lines[$0]) })
        else { return }
        for index in start..<lines.count { drop[index] = true }
    }

    /// A whole page pasted (menus, teasers) has a long header: only its last few text lines
    /// can be the article's headline and standfirst. Returns where that window starts.
    private mutating func dropMenusAboveHeader() -> Int {
        let headerText = (0..<firstBody).filter { kinds[$0].isText }
        guard headerText.count > Self.shortHeaderLines else { return 0 }
        let start = headerText[headerText.count - Self.shortHeaderLines]
        for index in 0..<start { drop[index] = true }
        return start
    }

    /// Category lines give the tags: the bare "In a, b" form only in the header, labelled
    /// ones ("Tags: …") anywhere.
    private mutating func readCategoryLines() {
        for index in lines.indices where kinds[index].isText || kinds[index] == .chrome {
            guard let category = CategoryLine.parse(lines[index], inHeader: index < firstBody) else { continue }
            if tags.isEmpty { tags = category.tags }
            if language == nil { language = category.language }
            drop[index] = true
        }
    }

    /// Header: before the headline, only navigation; after it, standfirsts and subheadings
    /// of three words or more. A page with no paragraph at all (a list, a script without
    /// spaces) has no header to speak of: its lines stay.
    private mutating func dropHeaderNavigation(before titleIndex: Int?) {
        guard firstBody < lines.count else { return }
        for index in 0..<firstBody where !drop[index] {
            if let titleIndex, index < titleIndex {
                drop[index] = true
            } else if lines[index].words < 3 || (titleIndex != nil && LineClassifier.isNameInPlace(lines[index])) {
                // Under the headline, "Alice Roe in Brussels" signs the article.
                drop[index] = true
            }
        }
    }

    /// Related-article lists: after a marker ("Read also", "Related"), headlines until
    /// running text resumes.
    private mutating func dropRelatedLists() {
        var inList = false
        for index in lines.indices {
            if kinds[index] == .relatedMarker {
                inList = true
            } else if Self.isBody(lines[index], kinds[index]) {
                inList = false
            } else if inList, kinds[index].isText {
                drop[index] = true
            }
        }
    }

    /// A short line wedged between chrome lines (an author name between "Edited by …" and
    /// "Reporter") belongs to them; subheadings stand next to text.
    private mutating func dropLinesAmongChrome(except titleIndex: Int?) {
        for index in lines.indices where index > firstBody && !drop[index] && kinds[index].isText && index != titleIndex {
            let line = lines[index]
            guard line.words <= 4, !line.endsSentence, !line.endsWithColon else { continue }
            let chromeBefore = index == 0 || !kinds[index - 1].isText
            let chromeAfter = index == lines.count - 1 || !kinds[index + 1].isText
            if chromeBefore && chromeAfter { drop[index] = true }
        }
    }

    /// Captions: a short line beside a picture credit ("Getty Images" then the caption).
    private mutating func dropCaptions(except titleIndex: Int?) {
        for index in lines.indices where kinds[index] == .credit {
            for neighbour in [index - 1, index + 1] where lines.indices.contains(neighbour) && neighbour != titleIndex {
                let line = lines[neighbour]
                if kinds[neighbour].isText, !Self.isBody(line, kinds[neighbour]), !line.endsWithColon {
                    drop[neighbour] = true
                }
            }
        }
    }

    /// Words from which a line that stops mid-sentence is a cut-off picture text (alt text,
    /// caption), when the article goes on after it; the paste's own last line may simply be
    /// cut short, and stays.
    static let cutOffMinWords = 25

    /// The standfirst right under the headline often has no full stop: it stays.
    private mutating func dropCutOffLines(standfirst: Int?) {
        let lastBody = lines.indices.last { Self.isBody(lines[$0], kinds[$0]) } ?? -1
        for index in 0..<max(0, lastBody) where !drop[index] && kinds[index].isText && index != standfirst {
            let line = lines[index]
            if line.words >= Self.cutOffMinWords, !line.endsSentence, !line.endsWithColon { drop[index] = true }
        }
    }

    /// Tail: after the last paragraph, only statements survive (a closing line, a note, a
    /// paragraph the paste cut short); headlines of other articles (questions included) and
    /// widget labels go. A short
    /// question is not taken for the last paragraph: it is more often a related headline.
    private mutating func dropTail() {
        guard let lastBody = lines.indices.last(where: {
            !drop[$0] && Self.isBody(lines[$0], kinds[$0]) && !(lines[$0].words < 15 && lines[$0].endsWithQuestion)
                && !LineClassifier.isAuthorNote(lines[$0])
        }) else { return }
        for index in (lastBody + 1)..<lines.count where !drop[index] {
            let line = lines[index]
            let cutShort = !line.endsSentence && line.words >= Self.cutOffMinWords
            if (!line.endsSentence && !cutShort) || line.words < 4 || line.endsWithQuestion || LineClassifier.isAuthorNote(line) {
                drop[index] = true
            }
        }
    }
}
