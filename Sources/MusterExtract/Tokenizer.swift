/// Splits a sentence into tokens in one pass over its UTF-8 bytes (no regexes, no `Character`
/// iteration: this runs on every sentence of every article).
enum Tokenizer {
    static func tokenize(_ text: String) -> [Token] {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var i = 0
        var space = true
        func make(_ start: Int, _ end: Int, _ kind: Token.Kind, lower: String? = nil, number: Double? = nil) {
            let slice = String(decoding: bytes[start..<end], as: UTF8.self)
            let folded = lower ?? fold(bytes, start, end, slice)
            let key = Token.key(of: folded)
            tokens.append(Token(start: start, end: end, text: slice, lower: folded, kind: kind,
                                spaceBefore: space, number: number,
                                classes: kind == .word ? WordClasses.of(key: key) : [], key: key))
            space = false
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                space = true; i += 1; continue
            }
            if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { // no-break space
                space = true; i += 2; continue
            }
            if isDigit(b) {
                var j = i
                var value = 0.0
                var fraction = 0.0
                var scale = 1.0
                while j < bytes.count {
                    let c = bytes[j]
                    if isDigit(c) {
                        if fraction > 0 { scale /= 10; value += Double(c - 48) * scale } else { value = value * 10 + Double(c - 48) }
                        j += 1
                    } else if c == UInt8(ascii: ","), j + 3 < bytes.count + 1, j + 1 < bytes.count, isDigit(bytes[j + 1]),
                              fraction == 0, threeDigits(bytes, j + 1) {
                        j += 1
                    } else if c == UInt8(ascii: "."), j + 1 < bytes.count, isDigit(bytes[j + 1]), fraction == 0 {
                        fraction = 1; j += 1
                    } else { break }
                }
                make(i, j, .number, number: value)
                i = j
                continue
            }
            if isLetterStart(bytes, i) {
                var j = i
                while j < bytes.count, isLetterStart(bytes, j) || isDigit(bytes[j]) { j += scalarLength(bytes[j]) }
                // Dotted abbreviations: U.S., U.K., J.D.
                if j - i == 1, j + 1 < bytes.count, bytes[j] == UInt8(ascii: "."), isASCIILetter(bytes[j + 1]) {
                    var k = j
                    while k + 1 < bytes.count, bytes[k] == UInt8(ascii: "."), isASCIILetter(bytes[k + 1]),
                          k + 2 >= bytes.count || !isASCIILetter(bytes[k + 2]) {
                        k += 2
                    }
                    if k < bytes.count, bytes[k] == UInt8(ascii: ".") { k += 1 }
                    j = k
                }
                make(i, j, .word)
                i = j
                continue
            }
            // Apostrophes: "'s", "’s", "n't" become their own tokens.
            if let length = apostropheLength(bytes, i), i + length < bytes.count, isASCIILetter(bytes[i + length]),
               !tokens.isEmpty, !space {
                var j = i + length
                while j < bytes.count, isASCIILetter(bytes[j]) { j += 1 }
                make(i, j, .word, lower: "'" + fold(String(decoding: bytes[(i + length)..<j], as: UTF8.self)))
                i = j
                continue
            }
            let length = scalarLength(b)
            let end = min(i + length, bytes.count)
            make(i, end, .punct, lower: punctuationKey(bytes, i, end))
            i = end
        }
        return tokens
    }

    /// `fold(text)` for the token `bytes[start..<end]`: ASCII (nearly every token) is lower-cased
    /// byte by byte, and a token already in lower case is shared rather than copied.
    static func fold(_ bytes: [UInt8], _ start: Int, _ end: Int, _ text: String) -> String {
        var upper = false
        for index in start..<end {
            let byte = bytes[index]
            if byte >= 0x80 { return fold(text) }
            if byte >= 65 && byte <= 90 { upper = true }
        }
        guard upper else { return text }
        return String(unsafeUninitializedCapacity: end - start) { buffer in
            for index in start..<end {
                let byte = bytes[index]
                buffer[index - start] = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
            }
            return end - start
        }
    }

    static func fold(_ text: String) -> String {
        var out = text.lowercased()
        if out.utf8.contains(0xE2) { out = out.replacingOccurrences(of: "’", with: "'") }
        return out
    }

    /// Dashes of every width become "—"; quotes become "\""; so grammar rules test one key.
    static func punctuationKey(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        let slice = Array(bytes[start..<end])
        switch slice {
        case [0xE2, 0x80, 0x93], [0xE2, 0x80, 0x94], [0xE2, 0x80, 0x95]: return "—"
        case [0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D], [0xC2, 0xAB], [0xC2, 0xBB], [0x22]: return "\""
        case [0xE2, 0x80, 0x98], [0xE2, 0x80, 0x99], [0x27]: return "'"
        default: return String(decoding: slice, as: UTF8.self)
        }
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    static func isASCIILetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }

    static func threeDigits(_ bytes: [UInt8], _ at: Int) -> Bool {
        guard at + 2 < bytes.count else { return false }
        let ok = isDigit(bytes[at]) && isDigit(bytes[at + 1]) && isDigit(bytes[at + 2])
        return ok && (at + 3 >= bytes.count || !isDigit(bytes[at + 3]))
    }

    static func scalarLength(_ b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b >= 0xF0 { return 4 }
        if b >= 0xE0 { return 3 }
        if b >= 0xC0 { return 2 }
        return 1
    }

    /// Letters: ASCII letters and non-ASCII scalars other than the punctuation and symbols
    /// news text uses (dashes, quotes, currency signs, no-break space).
    static func isLetterStart(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        if isASCIILetter(b) { return true }
        if b < 0x80 { return false }
        if b == 0xE2 { return false } // general punctuation, currency signs, arrows
        if b == 0xC2 { return false } // no-break space, «», £, ¥, ©, °
        if b == 0xEF { return false } // BOM and specials
        if b == 0xF0 { return false } // emoji
        return b >= 0xC3
    }

    static func apostropheLength(_ bytes: [UInt8], _ i: Int) -> Int? {
        if bytes[i] == UInt8(ascii: "'") { return 1 }
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return nil
    }
}
