/// The words the sentence splitter needs to know: abbreviations, grouped by how they behave
/// before a capitalised word, and the common words that open a new sentence.
///
/// Words are looked up as a `UInt64` packing of their ASCII bytes (at most 8), so a look-up
/// costs no allocation; longer words are never abbreviations.
enum SentenceLexicon {
    /// How a word followed by "." behaves before whitespace and a capital letter.
    enum Abbreviation {
        /// Not an abbreviation: the period ends the sentence.
        case none
        /// Never ends a sentence: titles before names ("Dr. Smith", "Gen. Zaluzhnyi") and
        /// Latin or scholarly abbreviations ("e.g.", "vs.", "approx.").
        case neverEnds
        /// Ends a sentence unless a number follows ("No. 10", "Art. 5", "pp. 12").
        case beforeNumber
        /// Can end a sentence ("…sent to the U.S. The next day…") but usually does not
        /// ("U.S. officials"): ends it only before a common sentence opener or an opening quote.
        case canEnd
    }

    /// Packs up to 8 ASCII bytes into a key; nil when the word is longer.
    @inline(__always)
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercased: Bool) -> UInt64? {
        guard range.count <= 8, !range.isEmpty else { return nil }
        var key: UInt64 = 0
        for index in range {
            var byte = bytes[index]
            if lowercased && SentenceByteClasses.isASCIIUpper(byte) { byte |= 0x20 }
            key = key << 8 | UInt64(byte)
        }
        return key
    }

    static func key(_ word: String) -> UInt64 {
        word.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static func keys(_ words: [String]) -> Set<UInt64> {
        Set(words.map(key))
    }

    /// Titles and ranks that stand before a name; matched with their capital, since several are
    /// also ordinary lower-case words ("gen", "rep", "col").
    static let titles = keys([
        "Mr", "Mrs", "Ms", "Mme", "Mlle", "Messrs", "Dr", "Prof", "Rev", "Rt", "Hon", "Pres",
        "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Brig", "Sgt", "Cpl", "Pvt",
        "Gov", "Sen", "Sens", "Rep", "Reps", "Amb", "Supt", "Insp", "Det",
        "St", "Ste", "Mt", "Ft",
    ])

    /// Abbreviations that do not end sentences in running text; matched case-insensitively.
    static let neverEnds = keys(["vs", "v", "e.g", "i.e", "approx", "cf", "viz", "incl", "esp"])

    /// Abbreviations that introduce a number; matched case-insensitively.
    static let beforeNumber = keys(["no", "nos", "nr", "art", "arts", "fig", "figs", "vol", "vols",
                                    "p", "pp", "para", "paras", "sec", "ch", "op", "tel", "rs"])

    /// Abbreviations that may close a sentence; matched with their capital.
    static let canEnd = keys([
        "Inc", "Ltd", "Corp", "Co", "Cos", "Plc", "Jr", "Sr", "Bros", "Dept", "Ave", "Blvd", "Univ",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "al",
        // US states as news agencies abbreviate them ("Rep. Smith, D-Calif.", "Portland, Ore.").
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
        "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    ])

    /// Capitalised words that commonly open a sentence and rarely follow "U.S." or an initial
    /// inside one. Kept small on purpose: each entry is a word that, after an abbreviation, is
    /// far more likely to start the next sentence than to continue a name.
    static let sentenceOpeners = keys([
        "The", "A", "An", "It", "Its", "He", "His", "She", "Her", "They", "Their", "We", "Our",
        "This", "That", "These", "Those", "There", "Then", "In", "On", "At", "But", "And", "Yet",
        "So", "However", "When", "While", "After", "Before", "As", "If", "Some", "Many", "Meanwhile",
        "For", "With", "Now", "Since", "Although", "Despite", "According",
    ])

    /// Verbs that attribute a quotation: `“We will win!” Zelensky said.` is one sentence.
    static let speechVerbs = keys([
        "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes", "replied",
        "replies", "tweeted", "posted", "declared", "stated", "insisted", "warned", "noted", "stressed",
        "recalled", "argued", "answered",
    ])

    /// Words that, right after a speech verb, start the reported clause: `“…” Smith said she
    /// would go` is a new sentence, not the attribution of the quote before it.
    static let reportedClauseOpeners = keys([
        "that", "she", "he", "they", "it", "we", "i", "you", "the", "a", "an", "this", "these", "there",
        "his", "her", "its", "their", "our", "no", "all",
    ])

    /// Whether the text at `index` is a short capitalised name followed by a speech verb that
    /// closes the attribution ("Zelensky said.", "Mr. Rutte told reporters", "President Emmanuel
    /// Macron added on Monday"), rather than one that opens a sentence of reported speech
    /// ("He said the talks…", "Smith said that…").
    static func isQuoteAttribution(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var cursor = index
        var names = 0
        while names <= 4 && cursor < bytes.count {
            let wordStart = cursor
            if !SentenceByteClasses.isSentenceInitialLetter(bytes, wordStart) {
                guard names > 0 else { return false }
                while cursor < bytes.count, cursor - wordStart <= 8, SentenceByteClasses.isASCIILetter(bytes[cursor]) {
                    cursor += 1
                }
                guard let verb = key(bytes, wordStart..<cursor, lowercased: false), speechVerbs.contains(verb) else {
                    return false
                }
                guard cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: " ") else { return true }
                let next = cursor + 1
                var end = next
                while end < bytes.count, end - next <= 8, SentenceByteClasses.isASCIILetter(bytes[end]) { end += 1 }
                guard let word = key(bytes, next..<end, lowercased: true) else { return true }
                return !reportedClauseOpeners.contains(word)
            }
            // "He said…" after a quote starts a sentence: a pronoun or article is no speaker's name.
            if names == 0 && (opensSentence(bytes, at: wordStart) || isPronounI(bytes, at: wordStart)) { return false }
            while cursor < bytes.count, cursor - wordStart <= 24 {
                let byte = bytes[cursor]
                guard byte >= 0x80 || SentenceByteClasses.isASCIILetter(byte) || byte == UInt8(ascii: ".")
                        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") else { break }
                cursor += 1
            }
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") else { return false }
            names += 1
            cursor += 1
        }
        return false
    }

    private static func isPronounI(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard bytes[index] == UInt8(ascii: "I"), index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        return !SentenceByteClasses.isASCIILetter(next) && next != UInt8(ascii: ".")
    }

    /// Classifies the letters-and-dots word `range` that a period follows.
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Abbreviation {
        guard !range.isEmpty else { return .none }
        if range.count == 1 && SentenceByteClasses.isASCIIUpper(bytes[range.lowerBound]) {
            return .canEnd  // an initial: "Donald J. Trump", "J. R. R. Tolkien"
        }
        if let exact = key(bytes, range, lowercased: false) {
            if titles.contains(exact) { return .neverEnds }
            if canEnd.contains(exact) { return .canEnd }
        }
        if let folded = key(bytes, range, lowercased: true) {
            if neverEnds.contains(folded) { return .neverEnds }
            if beforeNumber.contains(folded) { return .beforeNumber }
        }
        return isDottedAbbreviation(bytes, range) ? .canEnd : .none
    }

    /// "U.S", "a.m", "Ph.D", "J.R.R": letters in runs of one or two, joined by dots.
    private static func isDottedAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var run = 0
        var dots = 0
        for index in range {
            if bytes[index] == UInt8(ascii: ".") {
                if run == 0 { return false }
                dots += 1
                run = 0
            } else {
                run += 1
                if run > 2 { return false }
            }
        }
        return dots > 0 && run > 0
    }

    /// Whether the ASCII word starting at `index` is one of `sentenceOpeners`.
    static func opensSentence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var end = index
        while end < bytes.count, end - index <= 8, SentenceByteClasses.isASCIILetter(bytes[end]) { end += 1 }
        // A word, not the start of a longer one ("Then", not "Thebes"; "A", not "Army").
        if end < bytes.count && (SentenceByteClasses.isASCIILetter(bytes[end]) || bytes[end] >= 0x80) { return false }
        guard let word = key(bytes, index..<end, lowercased: false) else { return false }
        return sentenceOpeners.contains(word)
    }
}
