/// A date phrase cut into the pieces the date grammar reads: digit runs, ASCII words and single
/// punctuation bytes. Whitespace only separates; anything non-ASCII (dashes, NBSP, bullets)
/// becomes a punctuation token so that it never glues two pieces together.
struct DateToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// A run of digits: its value and how many digits it had ("05" is width 2).
        case number(value: Int, width: Int)
        /// Letters, lower-cased ASCII.
        case word(String)
        /// One punctuation byte (non-ASCII characters are reported as 0x80).
        case mark(UInt8)
    }

    var kind: Kind
    /// True when the token starts right after the previous one, with no space between:
    /// "26th" is a number then the word "th" glued to it; "10.07.2025" is glued throughout.
    var glued: Bool

    var number: Int? { if case .number(let value, _) = kind { return value }; return nil }
    var width: Int { if case .number(_, let width) = kind { return width }; return 0 }
    var word: String? { if case .word(let word) = kind { return word }; return nil }
    func isMark(_ byte: UInt8) -> Bool { kind == .mark(byte) }
}

enum DateTokenizer {
    static func tokens(_ text: Substring) -> [DateToken] {
        var tokens: [DateToken] = []
        let bytes = text.utf8
        var index = bytes.startIndex
        var glued = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                glued = false
                index = bytes.index(after: index)
                continue
            }
            if byte >= 0x30 && byte <= 0x39 {
                var value = 0
                var width = 0
                while index < bytes.endIndex, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                    // Long digit runs (ids, phone numbers) saturate instead of overflowing.
                    if width < 9 { value = value * 10 + Int(bytes[index] - 0x30) }
                    width += 1
                    index = bytes.index(after: index)
                }
                tokens.append(DateToken(kind: .number(value: value, width: width), glued: glued))
            } else if isLetter(byte) {
                let start = index
                var count = 0
                while index < bytes.endIndex, isLetter(bytes[index]) {
                    count += 1
                    index = bytes.index(after: index)
                }
                // ("março": the word runs on past ASCII.)
                if index < bytes.endIndex, bytes[index] >= 0x80, let (word, end) = accentedWord(bytes, from: start), end > index {
                    tokens.append(DateToken(kind: .word(word), glued: glued))
                    index = end
                    glued = true
                    continue
                }
                // Lower-cased straight into the string's storage: no byte array per word, and
                // words of up to 15 bytes (nearly all) need no heap allocation at all.
                let word = String(unsafeUninitializedCapacity: count) { buffer in
                    var offset = 0
                    for byte in bytes[start..<index] {
                        buffer[offset] = byte | 0x20
                        offset += 1
                    }
                    return count
                }
                tokens.append(DateToken(kind: .word(word), glued: glued))
            } else if byte >= 0x80, let (word, end) = accentedWord(bytes, from: index) {
                // "março", "février", "září": a word with letters beyond ASCII is one word.
                tokens.append(DateToken(kind: .word(word), glued: glued))
                index = end
            } else if byte >= 0x80 {
                // One token per non-ASCII character: skip its continuation bytes. NBSP is a space.
                let start = index
                index = bytes.index(after: index)
                while index < bytes.endIndex, bytes[index] & 0xC0 == 0x80 { index = bytes.index(after: index) }
                let isNoBreakSpace = bytes[start] == 0xC2 && bytes.index(after: start) < bytes.endIndex
                    && bytes[bytes.index(after: start)] == 0xA0
                if isNoBreakSpace {
                    glued = false
                    continue
                }
                tokens.append(DateToken(kind: .mark(0x80), glued: glued))
            } else {
                tokens.append(DateToken(kind: .mark(byte), glued: glued))
                index = bytes.index(after: index)
            }
            glued = true
        }
        return tokens
    }

    /// The word starting at a non-ASCII letter, or running on from ASCII letters just read, up to
    /// the next byte that is neither an ASCII letter nor part of a non-ASCII letter; lower-cased.
    /// Nil when the character at `start` is not a letter (a dash, a bullet, NBSP).
    private static func accentedWord(_ bytes: Substring.UTF8View, from start: Substring.UTF8View.Index)
        -> (String, Substring.UTF8View.Index)? {
        var index = start
        var scalars = String.UnicodeScalarView()
        while index < bytes.endIndex {
            let byte = bytes[index]
            if isLetter(byte) {
                scalars.append(Unicode.Scalar(byte | 0x20))
                index = bytes.index(after: index)
                continue
            }
            guard byte >= 0x80 else { break }
            var end = bytes.index(after: index)
            while end < bytes.endIndex, bytes[end] & 0xC0 == 0x80 { end = bytes.index(after: end) }
            guard let scalar = String(Substring(bytes[index..<end])).unicodeScalars.first, scalar.properties.isAlphabetic else { break }
            scalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            index = end
        }
        return index == start ? nil : (String(scalars), index)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }
}
