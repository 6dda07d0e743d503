/// A word, number or punctuation mark of one sentence, located by UTF-8 byte offsets into it.
///
/// Hyphens inside words ("IRIS-T", "G7-imposed", "twenty-six") are tokens of their own marked
/// `joined`, so lexicon phrases can match "air-defence" and "air defence" alike.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punct }

    var start: Int
    var end: Int
    var text: String
    /// Lower-cased text with typographic apostrophes folded to "'".
    var lower: String
    var kind: Kind
    /// Whitespace (or the sentence start) precedes the token.
    var spaceBefore: Bool
    /// For numbers: the value with thousands separators removed.
    var number: Double?
    /// The classes of the lower-cased word (see `WordClasses`).
    var classes: WordClasses = []
    /// A 64-bit hash (FNV-1a) of `lower`: how tries look tokens up without hashing strings.
    var key: UInt64 = 0

    static func key(of lower: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in lower.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isCapitalized: Bool {
        guard let first = text.utf8.first else { return false }
        return (first >= 65 && first <= 90) || first >= 0xC3 && text.first?.isUppercase == true
    }
    var isAllCaps: Bool {
        var letters = 0
        for byte in text.utf8 {
            if byte >= 97 && byte <= 122 { return false }
            if byte >= 65 && byte <= 90 { letters += 1 }
        }
        return letters >= 2
    }
    /// A hyphen written inside a word (no space on either side).
    var isJoinedHyphen: Bool { kind == .punct && lower == "-" && !spaceBefore }
}
