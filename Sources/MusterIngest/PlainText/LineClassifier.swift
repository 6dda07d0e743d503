import MusterCore

/// Judges one line by its own features: date lines, counters, breadcrumbs, credits, bylines,
/// captions, ids and lexicon prompts are chrome; the rest is candidate text.
enum LineClassifier {
    /// Lines longer than this are paragraphs even when they mention a chrome phrase.
    static let promptMaxWords = 30

    static func classify(_ line: TextLine) -> LineKind {
        let dateTokens = DateTokenizer.tokens(line.text)
        if let day = DateTextParser.parse(tokens: dateTokens) { return .date(day) }
        if line.words <= 30, let day = DateTextParser.labelledDate(tokens: dateTokens) { return .date(day) }
        if DateTextParser.isClockTime(tokens: dateTokens) { return .chrome }
        // A live page's key-event links: "14.50 GMT Canada to fund shells via Czech initiative".
        if line.words <= 16, !line.endsSentence, DateTextParser.opensWithClockTime(tokens: dateTokens) { return .chrome }
        if line.key.isEmpty { return .chrome } // only punctuation or symbols left
        // Numbers among icons ("👁 2 931 💬 14"): counters whose nouns are pictures.
        if line.words <= 16, !line.text.unicodeScalars.contains(where: \.properties.isAlphabetic) { return .chrome }
        if ChromeLexicon.relatedMarkers.contains(line.key) { return .relatedMarker }
        if ChromeLexicon.isWholeLine(line.key) || isScreenReaderListMarker(line.key) || isShareWidgets(line.key) { return .chrome }
        if isPictureCredit(line) { return .credit }
        if isCreditLine(line) { return .chrome }
        // "20.01.2026 | Transcript (English translation)", "March 5, 2026 | Politics": a day
        // before a bar dates the page as a byline would.
        if line.words <= 12, let day = leadingDate(line) { return .byline(day) }
        if isCounter(line) || isBreadcrumb(line) || isLinkOrId(line) || isSectionLabel(line) {
            // "Author: Marek Wójcik | 20.05.2026, 08:15 | updated: …" reads as a menu of pipes
            // but is the byline that dates the page.
            if case .byline(let day?)? = byline(line) { return .byline(day) }
            // "Redakce VT | 20. 11. 2025 | 7 minut čtení | 12 komentářů": the desk, the date and
            // counters between bars date the page as a byline would.
            if isSeparatedMenu(line), let day = DateTextParser.firstDate(tokens: dateTokens) { return .byline(day) }
            return .chrome
        }
        if let byline = byline(line) { return byline }
        // "© MOLDPRES 2026. When using the news, the reference to MOLDPRES is mandatory.": a
        // copyright notice (the key drops the sign, so it is read from the text).
        if line.words <= 40, line.text.hasPrefix("©") || line.text.hasPrefix("(c) ") || line.text.hasPrefix("(C) ") { return .chrome }
        if (line.words <= 2 * promptMaxWords && !opensWithQuote(line.text) && ChromeLexicon.opensPrompt(line.key))
            || (line.words <= promptMaxWords && (ChromeLexicon.containsPrompt(line.key) || containsLink(line.text))) {
            return ChromeLexicon.relatedMarkers.contains(where: { line.key.hasPrefix($0 + " ") }) && line.endsWithColon
                ? .relatedMarker : .chrome
        }
        if isCaption(line) || isSpacedMenu(line) || isConsentNotice(line) || isSectionMenu(line) { return .chrome }
        return .text
    }

    /// A cookie banner's paragraph: the site speaking of itself ("We and our partners …",
    /// "This site …") about cookies and personal data together. The opening is checked first
    /// so that paragraphs of the article are not searched.
    static func isConsentNotice(_ line: TextLine) -> Bool {
        guard line.words <= 90, let first = line.key.firstWord else { return false }
        if ["we", "this", "our"].contains(first), line.key.containsBytes("personal data"), line.key.containsBytes("cookies") {
            return true
        }
        // A banner's title ("Cookies on the Gazette") or its short paragraph: cookies named
        // together with the reader's choice (accept, agree, continue browsing) or the site's
        // partners. Paragraphs of an article are longer, or speak of cookies without a choice.
        guard line.words <= 40, line.key.containsBytes("cookie") else { return false }
        if line.words <= 5, first == "cookies" || first == "cookie" { return true }
        let padded = " " + line.key + " "
        guard padded.containsBytes(" cookie ") || padded.containsBytes(" cookies ") else { return false }
        return consentWords.contains { padded.containsBytes(" " + $0 + " ") }
    }

    /// What a consent banner asks of the reader or says of the site.
    static let consentWords: [String] = [
        "accept", "agree", "consent", "continuing", "by using", "our partners", "reject", "ok", "manage",
        "settings", "preferences", "we use", "uses",
    ]

    /// "Home News Sport Business Culture Travel", "France Africa Middle East Americas": a menu
    /// pasted with single spaces, recognised by its words: every word capitalised (or a joiner
    /// such as "/" and "&") and most of them site sections or world regions.
    static func isSectionMenu(_ line: TextLine) -> Bool {
        guard (5...24).contains(line.words), !line.endsSentence, !line.endsWithColon else { return false }
        var sections = 0
        var words = 0
        for word in line.text.split(separator: " ") {
            guard let first = word.unicodeScalars.first else { continue }
            if word == "/" || word == "&" || word == "|" || word == "·" || word == "•" { continue }
            guard first.properties.isUppercase else { return false }
            words += 1
            let key = TextLine(word).key
            if key.split(separator: " ").allSatisfy({ ChromeLexicon.menuWords.contains(String($0)) }) { sections += 1 }
        }
        return words >= 5 && sections * 3 >= words * 2
    }

    /// "News  Politics  Defence  Economy", "Listen  Share  Save": menu entries that a paste
    /// leaves side by side with runs of spaces between them. Running text has single spaces.
    static func isSpacedMenu(_ line: TextLine) -> Bool {
        guard line.words <= 12, !line.endsSentence, line.text.containsBytes("  ") else { return false }
        var parts = 0
        var wordsInPart = 0
        var spaces = 0
        for byte in line.text.utf8 {
            if byte == 0x20 || byte == 0x09 {
                spaces += 1
                continue
            }
            if spaces >= 2, wordsInPart > 0 {
                parts += 1
                wordsInPart = 0
            }
            if spaces > 0 || wordsInPart == 0 { wordsInPart += 1 }
            if wordsInPart > 3 { return false }
            spaces = 0
        }
        return parts + 1 >= 3
    }

    /// "list of 3 items", "list 1 of 4": the markers a screen-reader list leaves in a paste.
    static func isScreenReaderListMarker(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        guard words.first == "list" else { return false }
        if words.count == 4, words[1] == "of", words[2].allSatisfy(\.isASCIIDigit), words[3] == "items" || words[3] == "item" { return true }
        return words.count == 4 && words[1].allSatisfy(\.isASCIIDigit) && words[2] == "of" && words[3].allSatisfy(\.isASCIIDigit)
    }

    /// "[Share] [Save] [Print]", "facebook twitter whatsapp telegram", "Share: X LinkedIn Email": a
    /// row of share buttons, whatever their brackets.
    static func isShareWidgets(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        return words.count >= 2 && words.count <= 10 && words.allSatisfy { ChromeLexicon.shareWidgets.contains(String($0)) }
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
        // ("Listen · 6 min": an audio player's length.)
        "listen",
    ]
    static let counterFillers: Set<String> = ["a", "an", "about", "time", "s", "and", "updated", "published"]

    /// "Home > en", "News » World » Europe", "Home / Politics", "News | World | Europe".
    static func isBreadcrumb(_ line: TextLine) -> Bool {
        guard line.words <= 16 || (line.words <= 60 && isSeparatedMenu(line)), !line.endsSentence else { return false }
        let text = line.text
        let separators: [String] = [" > ", " » ", " › ", " | ", " / ", " → ", " · ", " • "]
        for separator in separators where text.containsBytes(separator) {
            let parts = text.components(separatedBy: separator)
            guard parts.count >= 2, parts.allSatisfy({ TextLine($0[...]).words <= 4 }) else { continue }
            if separator == " / " || menuSeparators.contains(separator) {
                // Slashes and bars also join names ("Kyiv / Brussels"); trust them with a
                // "Home" start or three or more sections.
                let first = TextLine(parts[0][...]).key
                if first == "home" || first == "main" || parts.count >= 3 { return true }
                // ("World / Europe", "Politics | Germany": a section of the site's menu first.)
                if !first.isEmpty, first.split(separator: " ").allSatisfy({ ChromeLexicon.menuWords.contains(String($0)) }) { return true }
                continue
            }
            return true
        }
        return text.hasPrefix(">") || text.hasPrefix("»")
    }

    /// What menus put between their items; like " / ", they also join names in running text.
    static let menuSeparators = [" | ", " · ", " • "]

    /// The day in the first part of a line split by a menu bar, when that part is a date line.
    static func leadingDate(_ line: TextLine) -> Day? {
        guard let separator = menuSeparators.first(where: { line.text.containsBytes($0) }),
              let first = line.text.components(separatedBy: separator).first else { return nil }
        return DateTextParser.parse(first)
    }

    /// "Singapore | Asia | World | Opinion | Life | Business | Tech | Sport": a menu of four or more
    /// short items between bars or bullets, however long the whole line.
    static func isSeparatedMenu(_ line: TextLine) -> Bool {
        for separator in menuSeparators where line.text.containsBytes(separator) {
            let parts = line.text.components(separatedBy: separator)
            if parts.count >= 4, parts.allSatisfy({ TextLine($0[...]).words <= 4 }) { return true }
        }
        return false
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
        // Every rule below needs a short line: paragraphs are not split into words for nothing.
        guard line.words <= 20 else { return false }
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
        // Both rules need at most 24 words; paragraphs stop here without splitting their key.
        guard line.words <= 24, let first = line.key.firstWord else { return false }
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
        // Every rule below needs at most 24 words.
        guard line.words <= 24 else { return false }
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
        "featured", "via", "watch",
    ]

    /// "English Section", "World News": a kicker naming a part of the site.
    static func isSectionLabel(_ line: TextLine) -> Bool {
        guard line.words <= 3, let last = line.key.split(separator: " ").last else { return false }
        return ChromeLexicon.sectionWords.contains(String(last))
    }

}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// The text before the first space (all of it when there is none); nil when empty. A
    /// lexicon key's first word without splitting the whole key into an array.
    var firstWord: Substring? {
        guard !isEmpty else { return nil }
        guard let space = utf8.firstIndex(of: UInt8(ascii: " ")) else { return self[...] }
        return self[..<space]
    }

    /// "Sept." → "sept", for matching abbreviations against word lists.
    var trimmingDots: String {
        var copy = self
        while copy.hasSuffix(".") { copy.removeLast() }
        return copy
    }
}
