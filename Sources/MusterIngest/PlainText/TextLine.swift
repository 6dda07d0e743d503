/// One non-empty line of pasted text with the shape features the chrome rules read. Computed
/// once from UTF-8 bytes; the rules then compare numbers and small strings, never re-scan.
struct TextLine: Sendable {
    /// The line without surrounding whitespace (spaces, tabs, NBSP, zero-width spaces, BOM).
    var text: Substring
    /// Whitespace-separated words.
    var words: Int
    /// Ends like a sentence: `.`, `!`, `?`, `…`, possibly followed by closing quotes/brackets.
    var endsSentence: Bool
    /// Ends with a colon: a lead-in ("Background:") or a list introduction.
    var endsWithColon: Bool
    /// Ends with a comma, semicolon, dash or other mark that means the line was cut off.
    var endsOpen: Bool
    /// The first letter-or-digit is an upper-case letter, a digit, or the line opens with a quote.
    var startsCapitalised: Bool
    /// Every cased letter is upper case ("HALTING RUSSIAN ADVANCES").
    var allCaps: Bool
    /// Lower-cased ASCII letters and digits with every other run as one space: the key that
    /// lexicons are matched against ("What’s the story" → "what s the story").
    var key: String

    init(_ raw: Substring) {
        let text = TextLine.trimmed(raw)
        self.text = text
        var words = 0
        var inWord = false
        var upper = 0
        var lower = 0
        var firstAlnum: UInt8?
        var keyBytes: [UInt8] = []
        keyBytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var iterator = text.utf8.makeIterator()
        var previous: UInt8 = 0
        var wideCharacters = 0
        var droppingCharacter = false
        while let byte = iterator.next() {
            let isSpace = byte == 0x20 || byte == 0x09
            if isSpace { inWord = false } else if !inWord { inWord = true; words += 1 }
            // Chinese, Japanese and Korean put no spaces between words: count two of their
            // characters (lead bytes E3–ED) as a word so that line lengths stay comparable.
            if byte >= 0xE3 && byte <= 0xED { wideCharacters += 1 }
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            let isDigit = byte >= 0x30 && byte <= 0x39
            if isUpper { upper += 1 } else if isLower { lower += 1 }
            if firstAlnum == nil, isUpper || isLower || isDigit || byte >= 0xC3 { firstAlnum = byte }
            // Key: ASCII alphanumerics lower-cased, non-ASCII letters kept, punctuation → space.
            // Whole characters are dropped, lead byte and continuations together (a stray
            // continuation byte would stay in the key and keep the line from matching):
            // C2 xx (NBSP, ©, «, ·, »), E2 xx xx (general punctuation ’ “ — …, arrows, ▶, ★, box
            // drawing) and four-byte characters (emoji: "🔊 Listen to this article").
            let keepsByte: Bool
            if isUpper || isLower || isDigit {
                keepsByte = true
            } else if byte >= 0xC0 {
                droppingCharacter = byte == 0xC2 || byte == 0xE2 || byte >= 0xF0
                keepsByte = !droppingCharacter
            } else if byte >= 0x80 {
                keepsByte = !droppingCharacter
            } else {
                keepsByte = false
            }
            if keepsByte {
                if pendingSpace, !keyBytes.isEmpty { keyBytes.append(0x20) }
                pendingSpace = false
                // (Latin-1 capitals, "LÆS OGSÅ", are lower-cased too: C3 80–9E → C3 A0–BE, not ×.)
                let latinCapital = previous == 0xC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97
                keyBytes.append(isUpper ? byte | 0x20 : (latinCapital ? byte + 0x20 : byte))
            } else {
                pendingSpace = true
            }
            previous = byte
        }
        self.words = words + wideCharacters / 2
        self.key = String(decoding: keyBytes, as: UTF8.self)
        self.allCaps = upper >= 3 && lower == 0
        if let first = firstAlnum {
            self.startsCapitalised = (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39) || first >= 0xC3
        } else {
            self.startsCapitalised = false
        }
        let end = TextLine.lastMeaningfulScalar(text)
        self.endsSentence = end.map { TextLine.sentenceEnds.contains($0) } ?? false || TextLine.endsWithAttributedQuote(text)
        self.endsWithColon = end == ":" || end == "："
        self.endsOpen = end.map { TextLine.openEnds.contains($0) } ?? false
    }

    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "…", "。", "！", "？"]
    static let openEnds: Set<Unicode.Scalar> = [",", ";", "-", "—", "–", "、", "，", "；"]
    static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "”", "’", "»", "」", "』", "）"]

    /// `"… for the Kremlin." – Minister of Foreign Affairs`: a quoted sentence signed after a
    /// dash (press releases' quote blocks) ends like a sentence, though its last word is a title.
    /// (Byte search with `LineClassifier.lastEnd`, as the other line rules do: no Foundation on
    /// the per-line path.)
    static func endsWithAttributedQuote(_ text: Substring) -> Bool {
        guard text.utf8.count < 2_000 else { return false }
        let dashes: [StaticString] = [" – ", " — ", " - "]
        for dash in dashes {
            guard let end = LineClassifier.lastEnd(of: dash, in: text) else { continue }
            let start = text.utf8.index(end, offsetBy: -dash.utf8CodeUnitCount)
            let signature = text[end...]
            guard signature.split(separator: " ").count <= 8, signature.first?.isUppercase == true,
                  !signature.contains(where: { $0 == "." || $0 == "!" || $0 == "?" || $0 == "\"" || $0 == "”" }) else { return false }
            let quoted = text[..<start].unicodeScalars.reversed()
            guard let last = quoted.first, ["\"", "”", "»"].contains(last) else { return false }
            return quoted.dropFirst().first.map { sentenceEnds.contains($0) } ?? false
        }
        return false
    }

    /// The last character that is not a closing quote or bracket: `said.”` ends with `.`.
    static func lastMeaningfulScalar(_ text: Substring) -> Unicode.Scalar? {
        text.unicodeScalars.reversed().first { !closers.contains($0) }
    }

    var endsWithQuestion: Bool { TextLine.lastMeaningfulScalar(text) == "?" || TextLine.lastMeaningfulScalar(text) == "？" }
    var endsWithFullStop: Bool { TextLine.lastMeaningfulScalar(text) == "." || TextLine.lastMeaningfulScalar(text) == "。" }

    /// Trims ASCII whitespace, NBSP (C2 A0), zero-width space (E2 80 8B) and BOM (EF BB BF).
    static func trimmed(_ text: Substring) -> Substring {
        var start = text.utf8.startIndex
        var end = text.utf8.endIndex
        let bytes = text.utf8
        func spaceLength(at index: Substring.UTF8View.Index) -> Int {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A || byte == 0x0C || byte == 0x0B { return 1 }
            let rest = bytes[index...]
            if rest.starts(with: [0xC2, 0xA0]) { return 2 }
            if rest.starts(with: [0xE2, 0x80, 0x8B]) || rest.starts(with: [0xEF, 0xBB, 0xBF]) { return 3 }
            return 0
        }
        while start < end {
            let length = spaceLength(at: start)
            if length == 0 { break }
            start = bytes.index(start, offsetBy: length)
        }
        while start < end {
            let last = bytes.index(before: end)
            let byte = bytes[last]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A || byte == 0x0C || byte == 0x0B {
                end = last
            } else if byte == 0xA0, last > start, bytes[bytes.index(before: last)] == 0xC2 {
                end = bytes.index(before: last)
            } else if (byte == 0x8B || byte == 0xBF), bytes.distance(from: start, to: last) >= 2 {
                let lead = bytes.index(last, offsetBy: -2)
                if bytes[lead...].starts(with: [0xE2, 0x80, 0x8B]) || bytes[lead...].starts(with: [0xEF, 0xBB, 0xBF]) {
                    end = lead
                } else {
                    break
                }
            } else {
                break
            }
        }
        return Substring(text.utf8[start..<end])
    }
}
