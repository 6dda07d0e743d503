import MusterCore

/// Text → sentences for the claim stages: line breaks end sentences (headings, standfirsts and
/// datelines stand alone), and so do ". ! ?" followed by a capital, digit or quote, except
/// after abbreviations ("Aug.", "Mr.", "U.S.") and initials.
enum SentenceSegmenter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "ltd", "jr", "sr",
        "prof", "capt", "maj", "sgt", "adm", "pres", "approx", "dept", "est", "fig", "mt", "ft",
    ]

    static func split(_ text: String, base: Int = 0) -> [Sentence] {
        let bytes = Array(text.utf8)
        var sentences: [Sentence] = []
        var start = 0
        func emit(_ end: Int) {
            var s = start
            var e = end
            while s < e, isSpace(bytes[s]) { s += 1 }
            while e > s, isSpace(bytes[e - 1]) { e -= 1 }
            if e > s {
                sentences.append(Sentence(start: base + s, end: base + e,
                                          text: String(decoding: bytes[s..<e], as: UTF8.self)))
            }
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A {
                emit(i)
                start = i + 1
            } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
                var j = i + 1
                // Closing quotes and brackets belong to the sentence they close.
                while j < bytes.count {
                    if bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") || bytes[j] == UInt8(ascii: ")") {
                        j += 1
                    } else if bytes[j] == 0xE2, j + 2 < bytes.count, bytes[j + 1] == 0x80,
                              bytes[j + 2] == 0x9D || bytes[j + 2] == 0x99 {
                        j += 3
                    } else { break }
                }
                if j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x0A, startsSentence(bytes, after: j),
                   b != UInt8(ascii: ".") || !isAbbreviation(bytes, dot: i) {
                    emit(j)
                    start = j
                    i = j
                    continue
                }
            }
            i += 1
        }
        emit(bytes.count)
        return sentences
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    static func startsSentence(_ bytes: [UInt8], after: Int) -> Bool {
        var k = after
        while k < bytes.count, isSpace(bytes[k]) { k += 1 }
        guard k < bytes.count else { return true }
        let c = bytes[k]
        if (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { return true }
        if c == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0x9C || bytes[k + 2] == 0x98 { return true }
        if c >= 0xC3, c < 0xE0 { return true } // accented capital such as "É"
        return false
    }

    /// The word before the dot is a known abbreviation, an initial, or dotted ("U.S.").
    static func isAbbreviation(_ bytes: [UInt8], dot: Int) -> Bool {
        var k = dot
        while k > 0, Tokenizer.isASCIILetter(bytes[k - 1]) || bytes[k - 1] == UInt8(ascii: ".") { k -= 1 }
        let word = bytes[k..<dot]
        if word.isEmpty { return false }
        if word.contains(UInt8(ascii: ".")) { return true }
        if word.count == 1, let c = word.first, c >= 65 && c <= 90 { return true }
        return abbreviations.contains(String(decoding: word, as: UTF8.self).lowercased())
    }
}
