/// Credits and source tags inside a line of text: "(AP Photo/Evan Vucci)", "[Source: BBC]",
/// "MOSCOW, Sept. 5. /TASS/. …", and the agency parenthesis of a dateline
/// ("Kyiv, (APP - News Agency - 26th Nov, 2024) Russia launched…" → "Kyiv, Russia launched…").
/// Ordinary parentheses ("(EU)", "(US$577 million)", "(Aug 5)" mid-sentence) stay.
enum InlineCredits {
    /// How far into a paragraph a dateline's agency parenthesis may open, in bytes.
    static let datelineReach = 48

    struct Stripped: Equatable {
        var text: Substring
        /// The line ended with a picture credit ("… on Monday. (AP Photo/Jane Roe)"): it is a
        /// caption, and captions are not article text.
        var isCaption: Bool
    }

    static func strip(_ line: Substring) -> Substring { stripping(line).text }

    static func stripping(_ line: Substring) -> Stripped {
        // Every credit opens with "(", "[" or "/": most lines have none and need no byte copy.
        guard line.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "/") })
        else { return Stripped(text: line, isCaption: false) }
        let bytes = Array(line.utf8)
        var cuts: [Range<Int>] = []
        var pictureCreditEnd: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") {
                let close: UInt8 = byte == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
                if let end = closing(close, in: bytes, from: index + 1) {
                    let content = Substring(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                    let lineEnds = bytes[(end + 1)...].allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: ".") }
                    let isPicture = byte == UInt8(ascii: "(")
                        && (isPictureCredit(content) || (lineEnds && index > 0 && isAgencyOnly(content)))
                    let isCredit = byte == UInt8(ascii: "[")
                        ? isBracketCredit(content)
                        : isPicture || isDatelineCredit(content, at: index, before: bytes[0..<index])
                    if isPicture { pictureCreditEnd = end + 1 }
                    if isCredit {
                        cuts.append(index..<(end + 1))
                        index = end + 1
                        continue
                    }
                }
            } else if byte == UInt8(ascii: "/"), index == 0 || bytes[index - 1] == 0x20,
                      let end = agencySlashEnd(bytes, from: index) {
                cuts.append(index..<end)
                index = end
                continue
            }
            index += 1
        }
        guard !cuts.isEmpty else { return Stripped(text: line, isCaption: false) }
        let atEnd = pictureCreditEnd.map { end in
            bytes[end...].allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: ".") }
        } ?? false
        return Stripped(text: Substring(decoding: removing(cuts, from: bytes), as: UTF8.self), isCaption: atEnd)
    }

    /// The index of `close` within 240 bytes, with no nested opening bracket on the way.
    private static func closing(_ close: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count, index - start < 240 {
            let byte = bytes[index]
            if byte == close { return index }
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") { return nil }
            index += 1
        }
        return nil
    }

    /// "[Source: BBC]", "[Photo: …]", "[Read also: …]".
    private static func isBracketCredit(_ content: Substring) -> Bool {
        let key = TextLine(content).key
        let first = key.prefix { $0 != " " }
        return ["source", "sources", "photo", "photos", "image", "images", "credit", "video", "picture",
                "caption", "read", "see", "related", "watch", "listen", "advertisement", "ad", "via"]
            .contains(String(first))
    }

    /// "(AP Photo/Evan Vucci)", "(Photo: Reuters)", "(Courtesy of the ministry)".
    private static func isPictureCredit(_ content: Substring) -> Bool {
        let line = TextLine(content)
        let words = line.key.split(separator: " ")
        guard let first = words.first else { return false }
        let hasSlash = content.utf8.contains(UInt8(ascii: "/"))
        let agencyFirst = ChromeLexicon.agencies.contains(String(first))
        // "(AP Photo/Evan Vucci)", "(Reuters/Gleb Garanich)", "(EPA/Sergey Dolzhenko)"
        if agencyFirst, hasSlash, line.words <= 8 { return true }
        // "(Efrem Lukatsky/AP)": the photographer, then the agency.
        if hasSlash, line.words <= 5, let afterSlash = content.split(separator: "/").last,
           ChromeLexicon.agencies.contains(TextLine(afterSlash).key) {
            return true
        }
        // "(Photo: Reuters)", "(Image credit: …)", "(Courtesy of the ministry)"
        if line.words <= 12, words.contains(where: { $0 != "file" && ChromeLexicon.photoWords.contains(String($0)) }),
           hasSlash || content.utf8.contains(UInt8(ascii: ":")) || words.contains(where: { ChromeLexicon.agencies.contains(String($0)) })
            || first == "photo" || first == "courtesy" || first == "pictured" {
            return true
        }
        return false
    }

    /// "(Reuters)", "(AFP)", "(Getty Images)": a credit when it closes a caption line.
    private static func isAgencyOnly(_ content: Substring) -> Bool {
        let words = TextLine(content).key.split(separator: " ")
        return !words.isEmpty && words.count <= 3 && words.allSatisfy {
            ChromeLexicon.agencies.contains(String($0)) || ChromeLexicon.photoWords.contains(String($0))
        }
    }

    /// A dateline's agency tag: near the start, after at most a few words ("KYIV (Reuters) -",
    /// "Kyiv, (Agency - 26th Nov, 2024)").
    private static func isDatelineCredit(_ content: Substring, at offset: Int, before: ArraySlice<UInt8>) -> Bool {
        let line = TextLine(content)
        let words = line.key.split(separator: " ")
        if offset <= datelineReach, line.words <= 16 {
            let lead = TextLine(Substring(decoding: before, as: UTF8.self))
            guard lead.words <= 4, !lead.endsSentence else { return false }
            if words.contains(where: { ChromeLexicon.agencies.contains(String($0)) }) { return true }
            if DateTextParser.firstDate(in: content) != nil { return true }
        }
        return false
    }

    /// "/TASS/." or "/ANI/": a slash, an upper-case agency name, a slash, an optional point.
    private static func agencySlashEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        var letters = 0
        while index < bytes.count, index - start <= 16 {
            let byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A { letters += 1 } else if byte == UInt8(ascii: "/") { break } else if byte != 0x20 && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "&") {
                return nil
            }
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "/"), letters >= 2 else { return nil }
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") { index += 1 }
        // It must stand between words, not inside "EPA/NAME/ARCHIVE".
        guard index == bytes.count || bytes[index] == 0x20 else { return nil }
        return index
    }

    /// Removes the cut ranges and the space each leaves doubled.
    private static func removing(_ cuts: [Range<Int>], from bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        for cut in cuts {
            output.append(contentsOf: bytes[index..<cut.lowerBound])
            index = cut.upperBound
            // Drop one of the spaces around the cut; before punctuation or at the end, both.
            let nextIsSpace = index < bytes.count && bytes[index] == 0x20
            if output.last == 0x20 {
                if nextIsSpace || index == bytes.count || isClosingPunctuation(bytes[index]) { output.removeLast() }
            } else if nextIsSpace, output.isEmpty {
                index += 1
            }
        }
        output.append(contentsOf: bytes[index...])
        while output.last == 0x20 { output.removeLast() }
        while output.first == 0x20 { output.removeFirst() }
        return output
    }

    private static func isClosingPunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
    }
}
