import MusterCore

/// Judges one line by its own features: date lines, counters, breadcrumbs, credits, bylines,
/// captions, ids and lexicon prompts are chrome; the rest is candidate text.
enum LineClassifier {
    /// Lines longer than this are paragraphs even when they mention a chrome phrase.
    static let promptMaxWords = 30

    static func classify(_ line: TextLine) -> LineKind {
        if let day = DateTextParser.parse(line.text) { return .date(day) }
        if DateTextParser.isClockTime(line.text) { return .chrome }
        if line.key.isEmpty { return .chrome } // only punctuation or symbols left
        if ChromeLexicon.relatedMarkers.contains(line.key) { return .relatedMarker }
        if ChromeLexicon.isWholeLine(line.key) { return .chrome }
        if isPictureCredit(line) { return .credit }
        if isCreditLine(line) { return .chrome }
        if isCounter(line) || isBreadcrumb(line) || isLinkOrId(line) || isSectionLabel(line) {
            return .chrome
        }
        if let byline = byline(line) { return byline }
        if (line.words <= 2 * promptMaxWords && !opensWithQuote(line.text) && ChromeLexicon.opensPrompt(line.key))
            || (line.words <= promptMaxWords && (ChromeLexicon.containsPrompt(line.key) || containsLink(line.text))) {
            return ChromeLexicon.relatedMarkers.contains(where: { line.key.hasPrefix($0 + " ") }) && line.endsWithColon
                ? .relatedMarker : .chrome
        }
        if isCaption(line) { return .chrome }
        return .text
    }

    /// "27 views 5 mins 0 comments", "2 min read", "3 hours ago", "12 shares": numbers and
    /// counter nouns only.
    static func isCounter(_ line: TextLine) -> Bool {
        guard line.words <= 16 else { return false }
        var numbers = 0
        var counters = 0
        for word in line.key.split(separator: " ") {
            if word.allSatisfy(\.isASCIIDigit) {
                numbers += 1
            } else if counterWords.contains(String(word)) {
                counters += 1
            } else if !counterFillers.contains(String(word)) {
                return false
            }
        }
        return counters > 0 && (numbers > 0 || line.key.hasSuffix(" ago"))
    }

    static let counterWords: Set<String> = [
        "view", "views", "comment", "comments", "min", "mins", "minute", "minutes", "read", "reads",
        "reading", "share", "shares", "like", "likes", "sec", "secs", "second", "seconds", "hour",
        "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "ago", "words",
        "word", "reactions", "reaction", "votes", "vote", "listens", "plays", "k", "m",
    ]
    static let counterFillers: Set<String> = ["a", "an", "about", "time", "s", "and", "updated", "published"]

    /// "Home > en", "News » World » Europe", "Home / Politics", "News | World | Europe".
    static func isBreadcrumb(_ line: TextLine) -> Bool {
        guard line.words <= 16, !line.endsSentence else { return false }
        let text = line.text
        let separators: [String] = [" > ", " » ", " › ", " | ", " / ", " → "]
        for separator in separators where text.containsBytes(separator) {
            let parts = text.components(separatedBy: separator)
            guard parts.count >= 2, parts.allSatisfy({ TextLine($0[...]).words <= 4 }) else { continue }
            if separator == " / " || separator == " | " {
                // Slashes and bars also join names ("Kyiv / Brussels"); trust them with a
                // "Home" start or three or more sections.
                let first = TextLine(parts[0][...]).key
                if first == "home" || first == "main" || parts.count >= 3 { return true }
                continue
            }
            return true
        }
        return text.hasPrefix(">") || text.hasPrefix("»")
    }

    /// Quoted speech ("“Sign up,” he urged…") is never a site prompt, whatever it says.
    static func opensWithQuote(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return "\"'“‘«„".unicodeScalars.contains(first)
    }

    /// A short line pointing at a web address ("Follow our coverage at https://…").
    static func containsLink(_ text: Substring) -> Bool {
        text.containsBytes("http://") || text.containsBytes("https://") || text.containsBytes("www.")
    }

    /// URLs, e-mail addresses, hashes and tracking ids: one long token with no spaces.
    static func isLinkOrId(_ line: TextLine) -> Bool {
        let text = line.text
        if text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.") { return line.words <= 3 }
        let tokens = text.split(separator: " ")
        if line.words <= 20, tokens.count >= 2, tokens.allSatisfy({ $0.hasPrefix("#") && $0.count > 1 }) { return true }
        guard line.words <= 3 else { return false }
        if tokens.count == 1, let token = tokens.first, token.containsBytes("@"), token.containsBytes("."), !token.hasPrefix("@") {
            return true // e-mail address
        }
        // "#UkraineWar #Sanctions": a line of hashtags.
        if tokens.count >= 1, tokens.allSatisfy({ $0.hasPrefix("#") && $0.count > 1 }) { return true }
        // "ID: 8a7f3c…", "#A93KD02LX", "utm_source=…": a long token mixing digits and letters.
        return tokens.contains { token in
            let bytes = token.utf8
            guard bytes.count >= 12 else { return false }
            var digits = 0
            var letters = 0
            for byte in bytes {
                if byte >= 0x30 && byte <= 0x39 { digits += 1 } else if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { letters += 1 }
            }
            return digits >= 3 && letters >= 1 && digits + letters >= bytes.count * 3 / 4
                || token.containsBytes("=") || token.containsBytes("utm_")
        }
    }

    /// "Source: Polish TV, cited by …", "Photo: Reuters", "Reuters", "EPA/RONALD WITTEK".
    static func isCreditLine(_ line: TextLine) -> Bool {
        let words = line.key.split(separator: " ")
        guard let first = words.first else { return false }
        let colon = line.text.utf8.prefix(24).contains(UInt8(ascii: ":"))
        if colon, line.words <= 24, creditOpeners.contains(String(first)) {
            // "Photo credit:", "Image source:" too: the colon follows the first two words.
            return true
        }
        return isPictureCredit(line)
    }

    /// A credit that stands where a picture was: its caption is the short line beside it.
    /// ("Source: …" lines credit the report, not a picture.)
    static func isPictureCredit(_ line: TextLine) -> Bool {
        let words = line.key.split(separator: " ")
        guard let first = words.first else { return false }
        let colon = line.text.utf8.prefix(24).contains(UInt8(ascii: ":"))
        if colon, line.words <= 24, ChromeLexicon.photoWords.contains(String(first)) || first == "video" {
            return true
        }
        if line.words <= 3, words.allSatisfy({ ChromeLexicon.agencies.contains(String($0)) || ChromeLexicon.photoWords.contains(String($0)) }) {
            return true
        }
        // A credit line: "AP Photo/Efrem Lukatsky", "Getty Images", "EPA-EFE/SERGEY DOLZHENKO".
        if line.words <= 8, !line.endsSentence, line.text.containsBytes("/"),
           words.contains(where: { ChromeLexicon.agencies.contains(String($0)) || ChromeLexicon.photoWords.contains(String($0)) }) {
            return true
        }
        return line.words <= 6 && line.key.hasSuffix("getty images")
    }

    static let creditOpeners: Set<String> = [
        "source", "sources", "photo", "photos", "image", "images", "picture", "pictures", "credit",
        "credits", "caption", "illustration", "photograph", "photographer", "video", "cover",
        "featured", "via",
    ]

    /// "English Section", "World News": a kicker naming a part of the site.
    static func isSectionLabel(_ line: TextLine) -> Bool {
        guard line.words <= 3, let last = line.key.split(separator: " ").last else { return false }
        return ChromeLexicon.sectionWords.contains(String(last))
    }

    /// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Jane Doe (@handle) Published …".
    static func byline(_ line: TextLine) -> LineKind? {
        let key = line.key
        let hasDate = DateTextParser.firstDate(in: line.text)
        if line.words <= 12 || (line.words <= 24 && hasDate != nil), key.hasPrefix("by "), !line.endsSentence,
           let after = line.text.split(separator: " ").dropFirst().first, after.first?.isUppercase == true {
            return .byline(hasDate)
        }
        // "Jane Roe — Thursday, 4 September 2025, 18:31": a name and the date, nothing else.
        if let day = hasDate, line.words <= 14, !line.endsSentence, isNameBesideDate(line) { return .byline(day) }
        // "Jane Roe, Reuters": a short name line signed with an agency.
        if line.words <= 6, !line.endsSentence, line.text.containsBytes(","),
           let last = key.split(separator: " ").last, ChromeLexicon.agencies.contains(String(last)) {
            return .byline(hasDate)
        }
        if line.words <= 8, key.hasPrefix("author ") || key.hasPrefix("authors ") { return .byline(hasDate) }
        let publishes = key.hasPrefix("published ") || key.containsBytes(" published ") || key.hasPrefix("updated ")
            || key.containsBytes(" updated ") || key.hasPrefix("posted ") || key.containsBytes(" posted ")
        if line.words <= 24, publishes, !line.endsSentence || line.words <= 10, let day = hasDate { return .byline(day) }
        // A handle (@name) on a short line is an author line.
        if line.words <= 10, !line.endsSentence, line.text.containsBytes("(@") || line.text.hasPrefix("@") { return .byline(hasDate) }
        return nil
    }

    /// The words of a date line that are not date words are at most four capitalised names.
    private static func isNameBesideDate(_ line: TextLine) -> Bool {
        var names = 0
        for word in line.text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" || $0 == "—" || $0 == "–" || $0 == "-" }) {
            let lowered = word.lowercased().trimmingDots
            if lowered.isEmpty || DateWords.months[lowered] != nil || DateWords.weekdays.contains(lowered)
                || DateWords.lineNoise.contains(lowered) || DateWords.ordinalSuffixes.contains(lowered)
                || !word.contains(where: \.isLetter) || word.first?.isNumber == true {
                continue
            }
            guard word.first?.isUppercase == true else { return false }
            names += 1
        }
        return names >= 1 && names <= 4
    }

    /// Picture captions: position markers ("(L)", "(2R)", "(centre)"), credit tails
    /// ("…hasEPA/NAME"), gallery counters. (Long lines cut off mid-sentence are judged in
    /// `ArticleLayout`, which knows whether the article goes on after them.)
    static func isCaption(_ line: TextLine) -> Bool {
        let text = line.text
        // Gallery counters: "Item 1 of 5", "[1/5]".
        let parts = line.key.split(separator: " ", maxSplits: 4)
        if parts.count >= 4, parts[0] == "item" || parts[0] == "image" || parts[0] == "photo",
           parts[1].allSatisfy(\.isASCIIDigit), parts[2] == "of", parts[3].allSatisfy(\.isASCIIDigit) {
            return true
        }
        // "(R)" and "(C)" alone also tag US party affiliation or a copyright: they need a
        // second marker to make a caption.
        let markers = positionMarkers.filter { text.containsBytes($0) }
        if markers.count >= 2 || markers.contains(where: { $0 != "(R)" && $0 != "(C)" }) { return true }
        let tail = text.utf8.suffix(40)
        if let slash = tail.lastIndex(of: UInt8(ascii: "/")) {
            // "…the US Air Base.EPA/RONALD WITTEK": an upper-case credit glued to the end.
            let credit = Substring(text.utf8[slash...]).dropFirst()
            let word = Substring(text.utf8[tail.startIndex..<slash]).split(whereSeparator: { !$0.isLetter }).last ?? ""
            let agency = word.reversed().prefix(while: \.isUppercase).reversed().map(String.init).joined()
            if !credit.isEmpty, credit.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "-" || $0 == "." }),
               ChromeLexicon.agencies.contains(agency.lowercased()) {
                return true
            }
        }
        return false
    }

    static let positionMarkers: [String] = [
        "(L)", "(R)", "(C)", "(2L)", "(2R)", "(3L)", "(3R)", "(L-R)", "(R-L)", "(left)", "(right)",
        "(centre)", "(center)", "(front)", "(back)", "(top)", "(bottom)", "(L to R)", "(from left)",
        "(from L)",
    ]
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// "Sept." → "sept", for matching abbreviations against word lists.
    var trimmingDots: String {
        var copy = self
        while copy.hasSuffix(".") { copy.removeLast() }
        return copy
    }
}
