/// Picture captions and credits that survive copy-paste as lines of their own.
extension LineClassifier {
    /// Picture captions: position markers ("(L)", "(2R)", "(centre)"), credit tails
    /// ("…hasEPA/NAME"), gallery counters. (Long lines cut off mid-sentence are judged in
    /// `ArticleLayout`, which knows whether the article goes on after them.)
    static func isCaption(_ line: TextLine) -> Bool {
        let text = line.text
        // Gallery counters: "Item 1 of 5", "[1/5]".
        let parts = line.key.split(separator: " ", maxSplits: 4)
        // ("list 1 of 4 Why the summit fell apart": a carousel of related links.)
        if parts.count >= 4, parts[0] == "item" || parts[0] == "image" || parts[0] == "photo" || parts[0] == "list",
           parts[1].allSatisfy(\.isASCIIDigit), parts[2] == "of", parts[3].allSatisfy(\.isASCIIDigit) {
            return true
        }
        // "(R)" and "(C)" alone also tag US party affiliation or a copyright: they need a
        // second marker to make a caption.
        // Every marker opens with "(": one byte scan spares a paragraph twenty searches.
        let markers = text.utf8.contains(UInt8(ascii: "(")) ? positionMarkers.filter { text.containsBytes($0) } : []
        if markers.count >= 2 || markers.contains(where: { $0 != "(R)" && $0 != "(C)" }) { return true }
        if endsWithCredit(line) || endsWithAgency(line) || endsWithBracketedCredit(line) || endsWithAgencyPhotographer(line) { return true }
        let tail = text.utf8.suffix(40)
        if let slash = tail.lastIndex(of: UInt8(ascii: "/")) {
            // "…the US Air Base.EPA/RONALD WITTEK": an upper-case credit glued to the end.
            let credit = Substring(text.utf8[slash...]).dropFirst()
            let word = Substring(text.utf8[tail.startIndex..<slash]).split(whereSeparator: { !$0.isLetter }).last ?? ""
            let agency = word.reversed().prefix(while: \.isUppercase).reversed().map(String.init).joined()
            if !credit.isEmpty, credit.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "-" || $0 == "." }),
               ChromeLexicon.agencies.contains(agency.lowercased()) {
                return true
            }
        }
        return false
    }

    /// "… arrives at the EU summit in Brussels. — AFP", "… near Pokrovsk / Reuters", "… in
    /// Brussels. AFP", "… outside the Berlaymont. — AFP file": a description signed with an agency
    /// after a dash, a slash or its own full stop is a caption. (A longer paragraph signed so, "…
    /// coordinated by Nato. REUTERS", is the article's last paragraph with the wire's sign-off.)
    static func endsWithAgency(_ line: TextLine) -> Bool {
        guard line.words >= 5, line.words <= 22, !line.endsSentence else { return false }
        let text = line.text
        guard let cut = [lastEnd(of: " — ", in: text), lastEnd(of: " – ", in: text), lastEnd(of: " / ", in: text), lastEnd(of: ". ", in: text)]
            .compactMap({ $0 }).max() else { return false }
        let tail = TextLine(text[cut...]).key.split(separator: " ")
        return !tail.isEmpty && tail.count <= 3 && ChromeLexicon.agencies.contains(String(tail[0]))
            && tail.allSatisfy { ChromeLexicon.agencies.contains(String($0)) || ChromeLexicon.photoWords.contains(String($0)) }
    }

    /// "Crews repair a substation. Photo: Ukrenergo press service", "… in Brussels. | P. Lemaire/Desk",
    /// "… at Epsom. Picture by Jane Roe": a short description whose last sentence is a
    /// picture credit is a caption.
    static func endsWithCredit(_ line: TextLine) -> Bool {
        guard line.words <= 40 else { return false }
        let text = line.text
        // "… reporters in Brussels. | P. Lemaire/Europe Desk": a bar, then a slashed credit.
        if text.containsBytes(" | "), let bar = lastEnd(of: " | ", in: text) {
            let credit = TextLine(text[bar...])
            if credit.text.containsBytes("/"), credit.words <= 6, !credit.endsSentence { return true }
        }
        // "Kaja Kallas speaks to the media in Brussels   -   Copyright  AP Photo/Jane Roe": a
        // copyright notice naming a picture agency after a dash.
        if let copyright = lastEnd(of: "Copyright", in: text), text[copyright...].containsBytes("/"),
           copyright > text.startIndex, TextLine(text[copyright...]).words <= 6 {
            return true
        }
        // "… Photo: J. Pembridge/Pool": the credit may hold initials, so walk back over the
        // last few words to each full stop and look at the word after it.
        let opener = text.utf8.withContiguousStorageIfAvailable(creditOpener) ?? creditOpener(in: Array(text.utf8))
        guard let opener else { return false }
        let credit = TextLine(text[text.utf8.index(text.startIndex, offsetBy: opener)...])
        let words = credit.key.split(separator: " ", maxSplits: 2)
        let colon = credit.text.utf8.prefix(16).contains(UInt8(ascii: ":"))
        // ("… Tuesday 6 January 2026. Copyright AP Photo/Michel Euler": a copyright notice.)
        return credit.words >= 2 && (colon || (words.count > 1 && words[1] == "by") || words.first == "copyright")
    }

    /// "… on Parliament Hill on Tuesday. (Adrian Wyld/The Canadian Press)", "… in Lviv Oblast.
    /// (State Emergency Service / Telegram)": a description whose last sentence is a slashed
    /// credit in brackets.
    /// ("… before shipment. (Supplied: Department of Defence)": a labelled credit needs no slash.)
    static func endsWithBracketedCredit(_ line: TextLine) -> Bool {
        guard line.words <= 40, line.text.hasSuffix(")"), let open = line.text.lastIndex(of: "(") else { return false }
        let credit = TextLine(line.text[line.text.index(after: open)...].dropLast())
        let before = line.text[..<open].reversed().drop(while: { $0 == " " })
        let label = credit.text.split(separator: ":", maxSplits: 1).first.map { $0.lowercased() }
        let labelled = credit.text.containsBytes(":") && label.map { ChromeLexicon.photoWords.contains($0) || $0 == "supplied" } == true
        return (credit.text.containsBytes("/") || labelled) && credit.words >= 2 && credit.words <= 7 && before.first == "."
    }

    /// "… arrive at NATO headquarters in Brussels on Thursday. REUTERS/Yves Herman": a
    /// description whose last sentence is an agency and its photographer, slashed.
    static func endsWithAgencyPhotographer(_ line: TextLine) -> Bool {
        guard line.words <= 40, let cut = lastEnd(of: ". ", in: line.text) else { return false }
        let credit = line.text[cut...]
        guard let slash = credit.firstIndex(of: "/") else { return false }
        let agency = credit[..<slash]
        let name = TextLine(credit[credit.index(after: slash)...])
        return !agency.isEmpty && agency.allSatisfy(\.isUppercase) && ChromeLexicon.agencies.contains(agency.lowercased())
            && name.words >= 1 && name.words <= 4 && !name.endsSentence
    }

    /// The offset of a picture word ("Photo", "Picture") right after a full stop among the
    /// last eight words.
    private static func creditOpener<Bytes: RandomAccessCollection>(in bytes: Bytes) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var spaces = 0
        var index = bytes.endIndex - 2
        while index > bytes.startIndex {
            if bytes[index] == 0x20 {
                spaces += 1
                if spaces > 8 { return nil }
            }
            if bytes[index] == UInt8(ascii: "."), bytes[index + 1] == 0x20 {
                var word = ""
                var k = index + 2
                while k < bytes.endIndex, (bytes[k] | 0x20) >= 0x61, (bytes[k] | 0x20) <= 0x7A {
                    word.unicodeScalars.append(Unicode.Scalar(bytes[k] | 0x20))
                    k += 1
                }
                if ChromeLexicon.photoWords.contains(word) { return index + 2 - bytes.startIndex }
            }
            index -= 1
        }
        return nil
    }

    /// Where the last occurrence of `pattern` in `text` ends.
    static func lastEnd(of pattern: StaticString, in text: Substring) -> Substring.Index? {
        let needle = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        let bytes = text.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex {
            var k = end
            var matched = true
            for byte in needle.reversed() {
                guard k > bytes.startIndex else { matched = false; break }
                k = bytes.index(before: k)
                if bytes[k] != byte { matched = false; break }
            }
            if matched { return end }
            end = bytes.index(before: end)
        }
        return nil
    }

    static let positionMarkers: [String] = [
        "(L)", "(R)", "(C)", "(2L)", "(2R)", "(3L)", "(3R)", "(L-R)", "(R-L)", "(left)", "(right)",
        "(centre)", "(center)", "(front)", "(back)", "(top)", "(bottom)", "(L to R)", "(from left)",
        "(from L)",
    ]
}
