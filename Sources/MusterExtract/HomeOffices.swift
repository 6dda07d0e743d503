import MusterCore

/// Titles without a name or state ("The Minister for the Armed Forces said …", "the Ministry
/// had contracted …", "the Government will …") speak for the state the document is about: a
/// ministry's press release or a parliament's record names its own offices this way.
enum HomeOffices {
    /// What a legislature does as a party: "Parliament has approved", "the parliament voted".
    static let parliamentVerbs: Set<String> = ["has", "approved", "voted", "passed", "ratified", "backed", "endorsed", "adopted", "gave", "signed"]
    /// Heads of a bare title; the capitalised words before them ("Prime", "Defence") qualify it.
    static let heads: Set<String> = ["minister", "ministry", "secretary", "government", "cabinet", "department", "chancellor", "premier"]
    /// Names every ministry of its kind goes by; actors.json gives them to Britain.
    static let genericOffices: Set<String> = ["ministry of defence", "ministry of defense", "mod"]
    static let qualifiers: Set<String> = [
        "prime", "deputy", "defence", "defense", "foreign", "finance", "state", "armed", "forces", "national", "first",
        "vice", "federal",
    ]

    /// Resolves bare titles against the document's home state, and capitals that speak for
    /// the state rather than for an organisation seated there.
    static func resolveAll(_ analyses: inout [SentenceAnalysis], headline: SentenceAnalysis? = nil) {
        if let home = home(analyses, headline: headline) {
            for index in analyses.indices { resolve(&analyses[index], home: home) }
        }
        // "The Council today adopted a 19th package": in a text that names the Union, the bare
        // Council is the Council of the EU.
        let eu = ActorCode("EU")
        if analyses.contains(where: { $0.actors.contains { $0.code == eu } }) {
            for index in analyses.indices { bareCouncil(&analyses[index], eu: eu) }
        }
        for index in analyses.indices {
            possessedOffices(&analyses[index])
            belgianBrussels(&analyses[index])
            officesInCapitals(&analyses[index])
        }
    }

    /// "The government in Warsaw approved …", "the Ministry of Defence in Riga told …": an
    /// executive placed in a capital speaks for that capital's state, whatever state a bare
    /// title would otherwise default to.
    static func officesInCapitals(_ analysis: inout SentenceAnalysis) {
        let tokens = analysis.tokens
        var added: [ActorMention] = []
        var absorbed: Set<Int> = []
        for place in analysis.actors where [.capital, .state].contains(place.kind) && place.start >= 2 && tokens[place.start - 1].lower == "in" {
            let before = place.start - 2
            if let office = analysis.actors.firstIndex(where: { $0.end == place.start - 1 && $0.kind == .office }) {
                analysis.actors[office].code = place.code
                analysis.actors[office].end = place.end
                absorbed.insert(place.start)
                continue
            }
            // ("Officials in Oslo confirmed …": officials opening the sentence need no article.)
            guard ["government", "cabinet", "authorities", "officials"].contains(tokens[before].lower),
                  before == 0 ? tokens[before].lower == "officials" : ["the", "its"].contains(tokens[before - 1].lower),
                  !analysis.actors.contains(where: { $0.start <= before && $0.end > before }) else { continue }
            var mention = ActorMention(start: before, end: place.end, code: place.code, kind: .office, trigger: text(tokens, before..<place.end))
            mention.governmentForm = true
            added.append(mention)
        }
        guard !added.isEmpty || !absorbed.isEmpty else { return }
        let covered = Set(added.flatMap { Array($0.start..<$0.end) }).union(absorbed)
        analysis.actors = (analysis.actors.filter { !covered.contains($0.start) } + added).sorted { $0.start < $1.start }
    }

    /// "the Council" (capitalised, not "Council of Europe", not "Security Council") as the EU's.
    static func bareCouncil(_ analysis: inout SentenceAnalysis, eu: ActorCode) {
        let tokens = analysis.tokens
        var added: [ActorMention] = []
        for k in tokens.indices.dropFirst() where tokens[k].text == "Council" && tokens[k - 1].lower == "the"
            && !(k + 1 < tokens.count && tokens[k + 1].lower == "of")
            && !analysis.actors.contains(where: { $0.start <= k && $0.end > k }) {
            added.append(ActorMention(start: k - 1, end: k + 1, code: eu, kind: .organisation, trigger: text(tokens, (k - 1)..<(k + 1))))
        }
        guard !added.isEmpty else { return }
        analysis.actors = (analysis.actors + added).sorted { $0.start < $1.start }
    }

    /// "Ukraine's Ministry of Defence", "Sweden's MoD": a ministry's plain name owned by a state
    /// is that state's.
    static func possessedOffices(_ analysis: inout SentenceAnalysis) {
        for index in analysis.actors.indices where analysis.actors[index].kind == .office {
            let m = analysis.actors[index]
            guard genericOffices.contains(m.trigger.lowercased()), m.start >= 2, analysis.tokens[m.start - 1].lower == "'s",
                  let owner = analysis.actors.last(where: { $0.end == m.start - 1 && [.state, .capital].contains($0.kind) }) else { continue }
            analysis.actors[index].code = owner.code
        }
    }

    /// "Belgium's defence minister said Brussels was prepared to send …": after a Belgian
    /// speaker, Brussels is Belgium's capital, not the EU's seat.
    static func belgianBrussels(_ analysis: inout SentenceAnalysis) {
        let belgium = ActorCode("BE")
        guard let first = analysis.actors.first(where: { $0.code == belgium && $0.kind != .capital }) else { return }
        for index in analysis.actors.indices where analysis.actors[index].start > first.start
            && analysis.actors[index].kind == .capital && analysis.actors[index].code == ActorCode("EU") {
            analysis.actors[index].code = belgium
        }
    }

    /// "the government", "the cabinet", "the chancellor", and a minister named by portfolio ("the
    /// defence minister"), all lowercase: where the title ends, or nil. A bare "the ministry" is
    /// too often another state's.
    static func lowercaseExecutive(_ tokens: [Token], at i: Int) -> Int? {
        guard tokens[i].lower == "the", i + 1 < tokens.count, !tokens[i + 1].isCapitalized else { return nil }
        if i + 2 < tokens.count, !tokens[i + 2].isCapitalized,
           ["defence", "defense", "foreign", "prime", "finance"].contains(tokens[i + 1].lower), tokens[i + 2].lower == "minister" {
            return i + 3
        }
        // ("The federal government has earmarked €11.5 billion" in a report about Germany.)
        if i + 2 < tokens.count, tokens[i + 1].lower == "federal", !tokens[i + 2].isCapitalized,
           ["government", "cabinet", "chancellor"].contains(tokens[i + 2].lower) {
            return i + 3
        }
        return ["government", "cabinet", "chancellor", "minister"].contains(tokens[i + 1].lower) ? i + 2 : nil
    }

    /// Where "Head of State", "Head of Government" or "President of the Republic" (capitalised,
    /// starting at `i`) ends, or nil.
    static func headOfStateTitle(_ tokens: [Token], at i: Int) -> Int? {
        func words(_ expected: [String]) -> Bool {
            i + expected.count <= tokens.count && zip(tokens[i..<(i + expected.count)], expected).allSatisfy { token, word in
                token.text == word
            }
        }
        for title in [["Head", "of", "State"], ["Head", "of", "Government"], ["President", "of", "the", "Republic"]] where words(title) {
            return i + title.count
        }
        return nil
    }

    /// The state the document names most often as a party (not Ukraine or Russia), when it
    /// names one at least twice (the headline counting as one naming) or names only the one in
    /// its headline; nil otherwise.
    static func home(_ analyses: [SentenceAnalysis], headline: SentenceAnalysis? = nil) -> ActorCode? {
        var counts: [ActorCode: Int] = [:]
        var order: [ActorCode] = []
        for analysis in (headline.map { [$0] } ?? []) + analyses {
            for m in analysis.actors where !m.isUkraineOrRussia && m.kind != .group && m.kind != .organisation {
                if m.kind == .demonym, !m.governmentForm { continue }
                if counts[m.code] == nil { order.append(m.code) }
                counts[m.code, default: 0] += 1
            }
        }
        // (A state named once, in the headline of a text that names no other, is what the text
        // is about.)
        let headlined = Set(headline?.actors.map(\.code) ?? [])
        guard let best = order.max(by: { (counts[$0] ?? 0) < (counts[$1] ?? 0) }),
              (counts[best] ?? 0) >= 2 || (order.count == 1 && headlined.contains(best)) else { return nil }
        let top = counts[best] ?? 0
        // A tie between two states leaves the home unknown.
        guard order.filter({ counts[$0] == top }).count == 1 else { return nil }
        return best
    }

    /// Adds a mention for each bare title in the sentence that no other mention covers.
    static func resolve(_ analysis: inout SentenceAnalysis, home: ActorCode) {
        let tokens = analysis.tokens
        // "Brussels had promised Kyiv 30 of the jets" in a report about Belgium: the capital
        // speaks for the state, not for the Union seated there.
        if home == ActorCode("BE") {
            for index in analysis.actors.indices where analysis.actors[index].kind == .capital && analysis.actors[index].code == ActorCode("EU") {
                analysis.actors[index].code = home
            }
        }
        // "the Ministry of Defence said" in a Swedish release is Sweden's: a ministry's plain name
        // is Britain's only in a report about Britain (or about no state in particular).
        if home != ActorCode("GB") {
            for index in analysis.actors.indices where analysis.actors[index].kind == .office && analysis.actors[index].code == ActorCode("GB") {
                let m = analysis.actors[index]
                if genericOffices.contains(m.trigger.lowercased()), m.start >= 1, tokens[m.start - 1].lower == "the" {
                    analysis.actors[index].code = home
                }
            }
        }
        var added: [ActorMention] = []
        var i = 0
        while i < tokens.count {
            // "the government adopted …", "the chancellor has ruled out …", "the minister ruled out …"
            // in a report about one state: lowercase, only the words that name the state's executive
            // ("the government in Kyiv" names another).
            if let titleEnd = lowercaseExecutive(tokens, at: i),
               !(titleEnd < tokens.count && (["in", "of", "'s", "for"].contains(tokens[titleEnd].lower) || (tokens[titleEnd].isCapitalized && tokens[titleEnd].isWord))),
               // ("According to the government, the package includes …": a source, not a party.)
               !(i >= 2 && tokens[i - 1].lower == "to" && tokens[i - 2].lower == "according"),
               !analysis.actors.contains(where: { $0.start < titleEnd && $0.end > i }) {
                // ("In neighbouring Denmark, the government said …": a state the sentence opens with is
                // the government's own.)
                let opening = analysis.actors.first(where: { m in
                    guard [.state, .capital].contains(m.kind), !m.isUkraineOrRussia, m.end < i, tokens[m.end].lower == ",",
                          let preposition = (max(0, m.start - 3)..<m.start).last(where: { ["in", "from"].contains(tokens[$0].lower) }) else { return false }
                    return tokens[(preposition + 1)..<m.start].allSatisfy(\.isWord)
                        && !tokens[0..<preposition].contains(where: { [",", ";"].contains($0.lower) })
                })
                // ("Norway has ruled out sending ground troops, but the government will provide …": a
                // coordinated clause's government is the state the sentence opened with, when no other
                // state stands between.)
                let coordinated = i >= 1 && ["but", "and", "while", "whereas"].contains(tokens[i - 1].lower)
                    ? analysis.actors.first(where: { m in
                        [.state, .capital].contains(m.kind) && !m.isUkraineOrRussia && m.start <= 1
                            && !analysis.actors.contains(where: { $0.start >= m.end && $0.start < i && $0.code != m.code && !$0.isUkraineOrRussia })
                    }) : nil
                var mention = ActorMention(start: i + 1, end: titleEnd, code: opening?.code ?? coordinated?.code ?? home, kind: .office, trigger: text(tokens, (i + 1)..<titleEnd))
                mention.governmentForm = true
                added.append(mention)
                i = titleEnd
                continue
            }
            // "the defence minister said the country would send 10,000 shells": in a report about
            // one state, "the country" as a subject is that state.
            if tokens[i].lower == "the", i + 2 < tokens.count, tokens[i + 1].lower == "country",
               ["will", "would", "has", "had", "is", "was", "plans", "intends", "could", "may", "might", "also", "already", "'ll"].contains(tokens[i + 2].lower),
               !analysis.actors.contains(where: { $0.start <= i + 1 && $0.end > i }) {
                // ("Lithuania's government has decided …, and its minister said the country could
                // send": a state the sentence named just before is the one meant.)
                let named = analysis.actors.last(where: { m in m.end <= i && m.kind == .state && !m.isUkraineOrRussia })
                var mention = ActorMention(start: i + 1, end: i + 2, code: named?.code ?? home, kind: .office, trigger: "the country")
                mention.governmentForm = true
                added.append(mention)
                i += 2
                continue
            }
            // "Parliament has approved CHF 5 billion", "the parliament voted to …" in a report about
            // one state: its legislature, as the subject of a vote, acts for the state.
            if tokens[i].lower == "parliament", i == 0 || (tokens[i - 1].lower == "the" && (i == 1 || !tokens[i - 2].isWord || ["and", "but", "when", "after"].contains(tokens[i - 2].lower))),
               i + 1 < tokens.count, parliamentVerbs.contains(tokens[i + 1].lower),
               !analysis.actors.contains(where: { $0.start <= i && $0.end > i }) {
                var mention = ActorMention(start: i, end: i + 1, code: home, kind: .office, trigger: tokens[i].text)
                mention.governmentForm = true
                added.append(mention)
                i += 1
                continue
            }
            // "the Council of Ministers approved €20 million" in a report about one state: its
            // cabinet by its formal name acts for the state.
            if tokens[i].lower == "the", i + 3 < tokens.count, tokens[i + 1].text == "Council", tokens[i + 2].lower == "of", tokens[i + 3].text == "Ministers",
               !analysis.actors.contains(where: { $0.start <= i + 3 && $0.end > i }) {
                var mention = ActorMention(start: i + 1, end: i + 4, code: home, kind: .office, trigger: text(tokens, (i + 1)..<(i + 4)))
                mention.governmentForm = true
                added.append(mention)
                i += 4
                continue
            }
            // "Fico … and his government halted military aid": a government owned by the person the
            // sentence named is that person's state's.
            if ["his", "her"].contains(tokens[i].lower), i + 1 < tokens.count, ["government", "administration", "cabinet"].contains(tokens[i + 1].lower),
               // ("Fico, a close ally of Babiš, said his government …": not the name in the aside.)
               let person = analysis.actors.last(where: { $0.end <= i && ($0.kind == .person || $0.kind == .office) && !$0.isUkraineOrRussia && !analysis.aside[$0.start] }),
               !analysis.actors.contains(where: { $0.start <= i + 1 && $0.end > i }) {
                var mention = ActorMention(start: i, end: i + 2, code: person.code, kind: .office, trigger: text(tokens, i..<(i + 2)))
                mention.governmentForm = true
                added.append(mention)
                i += 2
                continue
            }
            // "members of the Defence Forces have trained …": a state's armed forces, named by
            // their own title in a report about that state.
            if tokens[i].lower == "the", i + 2 < tokens.count, ["defence", "defense", "armed"].contains(tokens[i + 1].lower),
               tokens[i + 1].isCapitalized, tokens[i + 2].text == "Forces",
               !analysis.actors.contains(where: { $0.start <= i + 2 && $0.end > i }) {
                // ("members of the Defence Forces" as a whole, so that the phrase is the subject.)
                let start = i >= 2 && tokens[i - 1].lower == "of" && ["members", "personnel", "soldiers", "troops"].contains(tokens[i - 2].lower) ? i - 2 : i + 1
                var mention = ActorMention(start: start, end: i + 3, code: home, kind: .office, trigger: text(tokens, start..<(i + 3)))
                mention.governmentForm = true
                added.append(mention)
                i += 3
                continue
            }
            // "The Head of State had a telephone conversation …", "the President of the Republic
            // said": a release's own head of state, named by title alone.
            if tokens[i].lower == "the", let end = headOfStateTitle(tokens, at: i + 1),
               !analysis.actors.contains(where: { $0.start < end && $0.end > i }) {
                var mention = ActorMention(start: i + 1, end: end, code: home, kind: .office, trigger: text(tokens, (i + 1)..<end))
                mention.governmentForm = true
                added.append(mention)
                i = end
                continue
            }
            guard tokens[i].lower == "the", i + 1 < tokens.count, tokens[i + 1].isCapitalized else { i += 1; continue }
            var j = i + 1
            var head = -1
            while j < tokens.count, tokens[j].isCapitalized, qualifiers.contains(tokens[j].lower) || heads.contains(tokens[j].lower) {
                if heads.contains(tokens[j].lower) { head = j }
                j += 1
            }
            guard head >= 0 else { i += 1; continue }
            var end = head + 1
            // "for the Armed Forces", "of National Defence", "for Defence Procurement".
            if end < tokens.count, ["for", "of"].contains(tokens[end].lower) {
                var k = end + 1
                if k < tokens.count, tokens[k].lower == "the" { k += 1 }
                var last = end
                while k < tokens.count, k - end <= 5, tokens[k].isCapitalized || tokens[k].lower == "and" {
                    if tokens[k].isCapitalized { last = k + 1 }
                    k += 1
                }
                if last > end { end = last }
            }
            let covered = analysis.actors.contains { $0.start < end && $0.end > i }
            // "the Minister Penny Wong": a name follows, which the name list resolves or not.
            let named = end < tokens.count && tokens[end].isCapitalized && tokens[end].isWord
            if !covered, !named {
                var mention = ActorMention(start: i + 1, end: end, code: home, kind: .office, trigger: text(tokens, (i + 1)..<end))
                mention.governmentForm = true
                added.append(mention)
            }
            i = end
        }
        guard !added.isEmpty else { return }
        analysis.actors = (analysis.actors + added).sorted { $0.start < $1.start }
    }
}
