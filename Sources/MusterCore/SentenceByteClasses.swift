/// Byte-level character classes for scanning text as UTF-8 without decoding it to `Character`s.
///
/// Each function looks at the scalar starting at `index` and returns its width in bytes when it
/// belongs to the class, or 0 when it does not. Multi-byte checks compare whole encoded scalars,
/// so a match never ends inside a scalar and slicing at the returned widths keeps text valid.
enum SentenceByteClasses {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// Line breaks: LF, CR, vertical tab, form feed, NEL (U+0085), LS and PS (U+2028, U+2029).
    @inline(__always)
    static func lineBreakWidth(_ bytes: Bytes, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return (byte >= 0x0A && byte <= 0x0D) ? 1 : 0 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 { return 2 }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
           bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
            return 3
        }
        return 0
    }

    /// Spaces within a line: space, tab, no-break space, the U+2000 typographic spaces, the narrow
    /// and medium mathematical spaces, the ideographic space.
    @inline(__always)
    static func spaceWidth(_ bytes: Bytes, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 { return 1 }
        if byte < 0x80 { return 0 }
        if byte == 0xC2 { return index + 1 < bytes.count && bytes[index + 1] == 0xA0 ? 2 : 0 }
        guard index + 2 < bytes.count else { return 0 }
        let second = bytes[index + 1], third = bytes[index + 2]
        if byte == 0xE2 {
            if second == 0x80 && (third <= 0x8A || third == 0xAF) { return 3 }
            if second == 0x81 && third == 0x9F { return 3 }
        }
        if byte == 0xE3 && second == 0x80 && third == 0x80 { return 3 }
        return 0
    }

    /// What trimming removes at either end of a sentence: spaces, and the invisible zero-width
    /// space and byte-order mark that pasted text carries.
    @inline(__always)
    static func trimmableWidth(_ bytes: Bytes, _ index: Int) -> Int {
        let space = spaceWidth(bytes, index)
        if space > 0 { return space }
        let byte = bytes[index]
        guard byte >= 0xE2, index + 2 < bytes.count else { return 0 }
        if byte == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x8B { return 3 }
        if byte == 0xEF && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF { return 3 }
        return 0
    }

    /// Width of a trimmable scalar that ends just before `end`, or 0.
    @inline(__always)
    static func trimmableWidth(_ bytes: Bytes, endingAt end: Int) -> Int {
        let last = bytes[end - 1]
        if last == 0x20 || last == 0x09 { return 1 }
        if last < 0x80 { return 0 }
        if end >= 2, bytes[end - 2] == 0xC2, last == 0xA0 { return 2 }
        if end >= 3, bytes[end - 3] >= 0xE2 { return trimmableWidth(bytes, end - 3) == 3 ? 3 : 0 }
        return 0
    }

    /// Sentence terminators: `.`, `!`, `?` and the ellipsis `…` (U+2026).
    @inline(__always)
    static func terminatorWidth(_ bytes: Bytes, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") { return 1 }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA6 { return 3 }
        return 0
    }

    /// The ideographic full stop and the full-width `！` `？` of Chinese and Japanese, which end a
    /// sentence with no space after them.
    @inline(__always)
    static func fullWidthTerminatorWidth(_ bytes: Bytes, _ index: Int) -> Int {
        let byte = bytes[index]
        guard byte == 0xE3 || byte == 0xEF, index + 2 < bytes.count else { return 0 }
        let second = bytes[index + 1], third = bytes[index + 2]
        if byte == 0xE3 && second == 0x80 && third == 0x82 { return 3 }
        if byte == 0xEF && second == 0xBC && (third == 0x81 || third == 0x9F) { return 3 }
        return 0
    }

    /// Closing quotes and brackets, which stay with the sentence a terminator ends:
    /// `"` `'` `)` `]`, ” ’ » ›, and the CJK 」 』 ）.
    @inline(__always)
    static func closerWidth(_ bytes: Bytes, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "]") {
            return 1
        }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xBB { return 2 }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
            let third = bytes[index + 2]
            if third == 0x9D || third == 0x99 || third == 0xBA { return 3 }
        }
        if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80,
           bytes[index + 2] == 0x8D || bytes[index + 2] == 0x8F {
            return 3
        }
        if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x89 { return 3 }
        return 0
    }

    /// Opening quotes and brackets, which may begin a sentence: `"` `'` `(` `[` and “ ‘ „ « ‹ ¿ ¡.
    @inline(__always)
    static func isOpener(_ bytes: Bytes, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(")
            || byte == UInt8(ascii: "[") {
            return true
        }
        if byte == 0xC2, index + 1 < bytes.count {
            let second = bytes[index + 1]
            return second == 0xAB || second == 0xBF || second == 0xA1
        }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
            let third = bytes[index + 2]
            return third == 0x9C || third == 0x98 || third == 0x9E || third == 0xB9
        }
        return false
    }

    /// `$`, `£`, `€`, `¥`.
    @inline(__always)
    static func isCurrencySign(_ bytes: Bytes, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte == UInt8(ascii: "$") { return true }
        if byte == 0xC2, index + 1 < bytes.count { return bytes[index + 1] == 0xA3 || bytes[index + 1] == 0xA5 }
        return byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x82 && bytes[index + 2] == 0xAC
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
    }

    @inline(__always)
    static func isASCIIDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    @inline(__always)
    static func isASCIIUpper(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }

    /// Decodes the scalar starting at `index` (a lead byte); nil on malformed input, which a
    /// Swift `String` never holds but a raw buffer might.
    static func scalar(_ bytes: Bytes, at index: Int) -> Unicode.Scalar? {
        let lead = bytes[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let width: Int
        var value: UInt32
        switch lead {
        case 0xC0...0xDF: width = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: width = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF7: width = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + width <= bytes.count else { return nil }
        for offset in 1..<width {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return Unicode.Scalar(value)
    }

    /// The scalar that ends just before `end`: steps back over continuation bytes to its lead.
    static func scalar(_ bytes: Bytes, endingAt end: Int) -> Unicode.Scalar? {
        var lead = end - 1
        while lead > 0, end - lead < 4, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return scalar(bytes, at: lead)
    }

    /// Whether the scalar at `index` is a letter that can start a sentence: upper or title case,
    /// or from a script without case (Korean, Chinese, Arabic, Hebrew…), where no letter is
    /// capitalised and so any may follow a full stop.
    @inline(__always)
    static func isSentenceInitialLetter(_ bytes: Bytes, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIIUpper(byte) }
        guard let scalar = scalar(bytes, at: index) else { return false }
        let properties = scalar.properties
        if properties.isUppercase || properties.changesWhenLowercased { return true }
        return properties.isAlphabetic && !properties.isLowercase && !properties.changesWhenUppercased
    }
}
