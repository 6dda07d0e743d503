import MusterCore

/// A number the text states, with what it counts or the currency it is in.
struct QuantityMention: Sendable {
    enum Kind: Sendable { case money, count, bare }

    var start: Int
    var end: Int
    var quantity: Quantity
    var kind: Kind
    /// Token index of the counted noun ("systems" in "four IRIS-T systems").
    var unitIndex: Int?
    /// "$47.60 per barrel" is a price, not an amount committed.
    var isRate = false
    /// "(US$577 million)" right after another sum is the same sum converted.
    var isConversion = false
    var trigger: String
}

/// Stage 2: numbers in digits and words, scales ("1.5bn", "€400m", "4.6 billion euros"), ISO 4217
/// currencies, counted nouns ("over 100 strike and decoy drones") and qualifiers.
struct QuantityParser: Sendable {
    let reference: ReferenceData
    /// Codes of the states the sentence names, in order, to tell whose "kroner" these are.
    var sentenceStates: [String] = []

    static let symbols: [String: String] = ["€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB"]
    static let currencyWords: [String: String] = [
        "euro": "EUR", "euros": "EUR", "dollars": "USD", "dollar": "USD", "pounds": "GBP", "pound": "GBP", "sterling": "GBP",
        "hryvnias": "UAH", "hryvnia": "UAH", "kronor": "SEK", "zlotys": "PLN", "zloty": "PLN", "yen": "JPY",
        "roubles": "RUB", "rubles": "RUB", "francs": "CHF", "krona": "SEK", "kronur": "ISK", "koruna": "CZK", "korunas": "CZK",
        "forints": "HUF", "forint": "HUF", "lei": "RON", "lira": "TRY", "liras": "TRY", "yuan": "CNY", "rupees": "INR",
    ]
    /// Currencies named with their country's adjective ("crowns" alone may be any of four).
    static let nationalCurrencies: [String: String] = [
        "norwegian crowns": "NOK", "norwegian kroner": "NOK", "norwegian krone": "NOK", "danish kroner": "DKK", "danish crowns": "DKK",
        "danish krone": "DKK", "swedish kronor": "SEK", "swedish crowns": "SEK", "swedish krona": "SEK", "czech crowns": "CZK",
        "czech korunas": "CZK", "czech koruna": "CZK", "swiss francs": "CHF", "canadian dollars": "CAD", "australian dollars": "AUD",
        "hungarian forints": "HUF", "polish zlotys": "PLN", "japanese yen": "JPY", "icelandic kronur": "ISK",
    ]
    /// Currency words several states share ("2.5 billion kroner" is Norway's or Denmark's): the
    /// first state of the sentence that uses one decides, else the first listed.
    static let sharedCurrencyWords: [String: [String]] = [
        "kroner": ["NOK", "DKK"], "krone": ["NOK", "DKK"], "crowns": ["NOK", "DKK", "SEK", "CZK", "ISK"],
    ]
    /// The state whose own currency a shared word names.
    static let stateCurrencies: [String: String] = ["NO": "NOK", "DK": "DKK", "SE": "SEK", "CZ": "CZK", "IS": "ISK"]
    /// Prefixes written before "$": "US$", "C$", "A$".
    static let dollarPrefixes: [String: String] = ["us": "USD", "c": "CAD", "a": "AUD", "ca": "CAD", "au": "AUD", "nz": "NZD"]
    static let scales: [String: Double] = [
        "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
        "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    ]
    /// Letters glued to a number that make it a measure or an ordinal, not a count.
    static let measures: Set<String> = [
        "mm", "cm", "km", "kg", "th", "st", "nd", "rd", "s", "kw", "mw", "gw", "kt", "t", "pm", "am", "h", "x",
    ]

    private func sharedCurrency(_ candidates: [String]) -> String {
        let used = sentenceStates.compactMap { Self.stateCurrencies[$0] }
        return used.first(where: candidates.contains) ?? candidates[0]
    }

    func quantities(in tokens: [Token]) -> [QuantityMention] {
        var out: [QuantityMention] = []
        var i = 0
        while i < tokens.count {
            if let found = quantity(tokens, at: i, previous: out.last) {
                out.append(found)
                i = max(found.end, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    private func quantity(_ tokens: [Token], at i: Int, previous: QuantityMention?) -> QuantityMention? {
        let t = tokens[i]
        switch t.kind {
        case .number: break
        case .punct: guard Self.symbols[t.lower] != nil else { return nil }
        case .word:
            let beforeNumberOrDollar = i + 1 < tokens.count && (tokens[i + 1].isNumber || tokens[i + 1].lower == "$")
            guard beforeNumberOrDollar || t.classes.contains(.numberWord) else { return nil }
        }
        var start = i
        var currency: String?
        var j = i
        // Currency before the number: "€", "US$", "$".
        if let symbol = Self.symbols[tokens[j].lower] {
            currency = symbol
            j += 1
        } else if j + 1 < tokens.count, tokens[j + 1].lower == "$", !tokens[j + 1].spaceBefore,
                  let code = Self.dollarPrefixes[tokens[j].lower] {
            currency = code
            j += 2
        } else if tokens[j].isAllCaps, reference.currencies.contains(tokens[j].text), j + 1 < tokens.count, tokens[j + 1].isNumber {
            currency = tokens[j].text
            j += 1
        }
        guard j < tokens.count else { return nil }
        var value: Double
        if tokens[j].isNumber, let number = tokens[j].number {
            // "F-16", "T-72", "Boeing 787", "Mirage 2000": a model number, not a quantity.
            if j > 0, tokens[j - 1].isJoinedHyphen, currency == nil { return nil }
            if currency == nil, j + 2 < tokens.count, tokens[j + 1].isJoinedHyphen, tokens[j + 2].isNumber { return nil } // "787-9"
            // "lend Ukraine 90 billion euros": a scale or currency after it makes it a sum all the same.
            let sumFollows = j + 1 < tokens.count && (Self.scales[tokens[j + 1].lower] != nil || Self.currencyWords[tokens[j + 1].lower] != nil)
            if j > 0, currency == nil, !sumFollows, tokens[j - 1].isWord, tokens[j - 1].isCapitalized, !tokens[j - 1].isAllCaps,
               j - 1 > 0, DateExpressions.months[tokens[j - 1].lower] == nil, DateExpressions.weekdays[tokens[j - 1].lower] == nil {
                return nil
            }
            value = number
            j += 1
        } else if currency == nil, let (number, end) = NumberWords.read(tokens, at: j) {
            value = number
            j = end
        } else {
            return nil
        }
        // Glued measure or ordinal: "155mm", "20th".
        if j < tokens.count, !tokens[j].spaceBefore, tokens[j].isWord, Self.measures.contains(tokens[j].lower) { return nil }
        if j < tokens.count, tokens[j].lower == "%" || tokens[j].lower == "percent" || tokens[j].lower == "per" && tokens[j + 1 < tokens.count ? j + 1 : j].lower == "cent" {
            return nil
        }
        // "an 8.1-billion-dollar programme", "a 300-million-euro grant": a sum written as one
        // hyphenated adjective.
        var hyphenated = false
        if j + 1 < tokens.count, tokens[j].isJoinedHyphen, tokens[j + 1].text.count > 2, Self.scales[tokens[j + 1].lower] != nil {
            hyphenated = true
            j += 1
        }
        if j < tokens.count, let scale = Self.scales[tokens[j].lower],
           tokens[j].spaceBefore == false || tokens[j].text.count > 2 {
            value *= scale
            j += 1
        }
        if hyphenated, currency == nil, j + 1 < tokens.count, tokens[j].isJoinedHyphen, Self.currencyWords[tokens[j + 1].lower] != nil { j += 1 }
        // Currency after the number: "4.6 billion euros", "500 million USD".
        if currency == nil, j < tokens.count {
            if j + 1 < tokens.count, let code = Self.nationalCurrencies[tokens[j].lower + " " + tokens[j + 1].lower] {
                // "7 billion Norwegian crowns", "15 billion Swedish kronor".
                currency = code
                j += 2
            } else if let code = Self.currencyWords[tokens[j].lower] {
                currency = code
                j += 1
            } else if let candidates = Self.sharedCurrencyWords[tokens[j].lower] {
                currency = sharedCurrency(candidates)
                j += 1
            } else if tokens[j].lower == "won", value >= 1e6 {
                // "1.2 trillion won": a currency only after a scale ("in 2019 won" is a verb).
                currency = "KRW"
                j += 1
            } else if tokens[j].isAllCaps, reference.currencies.contains(tokens[j].text) {
                currency = tokens[j].text
                j += 1
            }
        }
        start = qualifierStart(tokens, before: start)
        let qualifier = qualifierKind(tokens, start, i)
        var mention: QuantityMention
        if let currency {
            mention = QuantityMention(start: start, end: j, quantity: Quantity(value: value, unit: currency, qualifier: qualifier),
                                      kind: .money, trigger: text(tokens, start..<j))
            if j < tokens.count, tokens[j].lower == "per" || (tokens[j].isJoinedHyphen && j + 1 < tokens.count && tokens[j + 1].lower == "per") {
                mention.isRate = true
            }
            if let previous, previous.kind == .money, start > 0, tokens[start - 1].lower == "(", previous.end >= start - 2 {
                mention.isConversion = true
            }
        } else if let (unit, unitIndex, end) = countedNoun(tokens, after: j, value: value) {
            mention = QuantityMention(start: start, end: end, quantity: Quantity(value: value, unit: unit, qualifier: qualifier),
                                      kind: .count, unitIndex: unitIndex, trigger: text(tokens, start..<end))
        } else {
            mention = QuantityMention(start: start, end: j, quantity: Quantity(value: value, unit: "", qualifier: qualifier),
                                      kind: .bare, trigger: text(tokens, start..<j))
        }
        return mention
    }

    /// The counted noun within a few modifier words: "20,000 155mm artillery shells".
    private func countedNoun(_ tokens: [Token], after: Int, value: Double) -> (String, Int, Int)? {
        // "on April 16 delivered tanks", "in 2024 sent tanks": a day or a year counts nothing.
        if after >= 2, DateExpressions.months[tokens[after - 2].lower] != nil
            || (tokens[after - 2].lower == "in" && value >= 1990 && value <= 2100 && value.rounded() == value) {
            return nil
        }
        var k = after
        var skipped = 0
        while k < tokens.count, skipped <= 6 {
            let t = tokens[k]
            // A singular noun counts only one ("1 missile"); "24 drone detection systems" counts systems.
            if let match = reference.units.matches(in: tokens, at: k).first, let unit = match.payloads.first,
               value == 1 || tokens[match.end - 1].lower.hasSuffix("s") || tokens[match.end - 1].lower == "aircraft" {
                return (unit, match.end - 1, match.end)
            }
            if t.kind == .punct, !t.isJoinedHyphen { return nil }
            if t.lower == "of" || t.lower == "per" { return nil }
            // "nine said they would send instructors": a verb ends the noun phrase.
            if StatusLexicon.speechVerbs.contains(t.lower) || StatusLexicon.isModal(t.lower) {
                return nil
            }
            if t.isNumber, t.spaceBefore, k + 1 < tokens.count, tokens[k + 1].spaceBefore || !Self.measures.contains(tokens[k + 1].lower) {
                return nil
            }
            k += 1
            skipped += 1
        }
        return nil
    }

    static let atLeast: [[String]] = [["more", "than"], ["over"], ["at", "least"], ["upwards", "of"], ["in", "excess", "of"], ["exceeding"], ["above"]]
    static let atMost: [[String]] = [["up", "to"], ["almost"], ["nearly"], ["as", "many", "as"], ["less", "than"], ["fewer", "than"], ["under"], ["just", "under"]]
    static let approx: [[String]] = [["about"], ["around"], ["some"], ["approximately"], ["roughly"], ["an", "estimated"], ["estimated"], ["approx."], ["circa"]]

    static let overParticleVerbs: Set<String> = [
        "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign", "signs", "signed", "signing",
        "pass", "passes", "passed", "passing", "take", "takes", "took", "taken", "taking",
    ]

    private func qualifierStart(_ tokens: [Token], before start: Int) -> Int {
        for phrases in [Self.atLeast, Self.atMost, Self.approx] {
            for phrase in phrases where start >= phrase.count {
                // "handed over two more Patriot systems": the particle of a phrasal verb is no qualifier.
                if phrase == ["over"], start >= 2, Self.overParticleVerbs.contains(tokens[start - 2].lower) { continue }
                if zip(tokens[(start - phrase.count)..<start], phrase).allSatisfy({ $0.lower == $1 }) {
                    return start - phrase.count
                }
            }
        }
        return start
    }

    private func qualifierKind(_ tokens: [Token], _ start: Int, _ numberStart: Int) -> Quantity.Qualifier {
        guard start < numberStart else { return .exact }
        let words = tokens[start..<numberStart].map(\.lower)
        if Self.atLeast.contains(words) { return .atLeast }
        if Self.atMost.contains(words) { return .atMost }
        if Self.approx.contains(words) { return .approx }
        return .exact
    }
}
