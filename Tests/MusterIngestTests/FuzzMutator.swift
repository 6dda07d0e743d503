import MusterCore

/// Damages a valid page the ways real input is damaged, and some ways only an attacker would:
/// cut short, spans lost or repeated, stray markup, broken encodings, NUL and random bytes.
enum FuzzMutator {
    /// Markup pieces that confuse parsers when they land in the wrong place.
    static let markup: [String] = [
        "<div>", "</div>", "<p>", "</p>", "<p", "</", "<", ">", "<!--", "-->", "<![CDATA[", "]]>",
        "<script>", "</script>", "<style>", "</style>", "<title>", "</title>", "<article>", "</article>",
        "<table><tr><td>", "</td></tr>", "<li>", "<br/>", "<h1>", "</h1>", "<html>", "</html>", "<body>",
        "</body>", "<head>", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "<meta charset=\"", "shift_jis\">",
        "<meta charset=utf-16>", "<a href=\"", "\"", "'", "=", "&", "&amp", "&#", "&#x110000;", "&#0;", "&#xD800;",
        "&nbsp;", "&unknown;", "<svg><foreignObject>", "<template>", "<noscript>", "<iframe src=x>", "<plaintext>",
        "<xmp>", "<textarea>", "\u{FEFF}", "\u{2028}", "\u{0085}", ". ", "U.S. ", "…", "“", "”", "\r\n", "\n\n",
    ]

    /// Byte sequences that are not UTF-8: stray continuation bytes, overlong forms, surrogates,
    /// code points past U+10FFFF, truncated sequences, bytes never used.
    static let invalidUTF8: [[UInt8]] = [
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xFE], [0xFF],
        [0xC3], [0xE2],
    ]

    static let openTags = ["<div>", "<p>", "<span>", "<table>", "<li>", "<b>", "<blockquote>", "<article>", "<a>"]
    static let closeTags = ["</div>", "</p>", "</span>", "</table>", "</li>", "</b>", "</article>", "</a>", "</html>"]

    static func mutate(_ page: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var bytes = page
        for _ in 0..<random.between(1...6) {
            let at = random.below(bytes.count + 1)
            switch random.below(10) {
            case 0:  // cut short, as a download that stopped
                bytes.removeSubrange(at...)
            case 1:
                bytes.removeSubrange(at..<min(bytes.count, at + random.between(1...64)))
            case 2:
                bytes.insert(contentsOf: random.bytes(random.between(1...16)), at: at)
            case 3:
                bytes.insert(contentsOf: Array(random.element(of: markup).utf8), at: at)
            case 4:  // a span repeated somewhere else, as a bad merge or a retried write
                let from = random.below(bytes.count + 1)
                let span = bytes[from..<min(bytes.count, from + random.between(1...512))]
                bytes.insert(contentsOf: span, at: at)
            case 5:
                bytes.insert(contentsOf: random.element(of: invalidUTF8), at: at)
            case 6:
                bytes.insert(0, at: at)
            case 7:
                if at < bytes.count { bytes[at] = UInt8(truncatingIfNeeded: random.next()) }
            case 8:  // unbalanced tags: a run of openers or closers with no partner
                let tags = random.oneIn(2) ? openTags : closeTags
                let run = (0..<random.between(1...50)).map { _ in random.element(of: tags) }.joined()
                bytes.insert(contentsOf: Array(run.utf8), at: at)
            default:  // a long attribute value, as inline images and tracking blobs make
                let value = String(repeating: "A", count: random.between(1_000...20_000))
                bytes.insert(contentsOf: Array("<div data-x=\"\(value)\">".utf8), at: at)
            }
        }
        return bytes
    }
}
