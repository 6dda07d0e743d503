import MusterCore

/// Where an object ends, what is hypothetical, what a package holds, and conditions.
extension CommitmentRules {
    /// A count whose noun is the category phrase or follows it: "four IRIS-T systems".
    static func attachedCount(_ a: SentenceAnalysis, to hit: CategoryHit) -> QuantityMention? {
        a.quantities.first { q in
            guard q.kind == .count, let unit = q.unitIndex else { return false }
            return unit >= hit.start && unit < hit.end + 2 && q.start < hit.end
        }
    }

    /// A sum written right before its object: "$57 million in humanitarian aid", "a C$220
    /// million loan".
    static func attachedMoney(_ a: SentenceAnalysis, to hit: CategoryHit) -> QuantityMention? {
        a.quantities.first { q in
            guard q.kind == .money, !q.isRate, !q.isConversion, q.end <= hit.start, hit.start - q.end <= 2 else { return false }
            return a.tokens[q.end..<hit.start].allSatisfy { ["in", "of", "for", "worth", "additional"].contains($0.lower) }
        }
    }

    /// A word that can open a finite verb phrase right after its subject: "launched", "will",
    /// "has". (Not a verb of speech: ", Pistorius told reporters, including …" is an attribution
    /// the object may run past.)
    static func opensFiniteVerb(_ word: String) -> Bool {
        guard !L.speechVerbs.contains(word) else { return false }
        return (word.hasSuffix("ed") && word.count > 4) || L.verbs[word] != nil || L.isModal(word)
            || ["has", "have", "had", "is", "are", "was", "were"].contains(word)
    }

    /// The end of the object of a trigger: the next subordinate clause or participle adjunct.
    static func clauseEnd(_ a: SentenceAnalysis, from: Int, limit: Int) -> Int {
        var k = from
        while k < limit {
            let t = a.tokens[k]
            // "before the end of the year", "until the end of 2026": a time, not a clause.
            if ["before", "until", "by"].contains(t.lower), k + 2 < limit, a.tokens[k + 1].lower == "the",
               ["end", "start", "beginning", "middle", "summer", "winter", "spring", "autumn"].contains(a.tokens[k + 2].lower) {
                k += 3
                continue
            }
            // "its 21st package, worth SEK 19 billion, which includes air defence": the relative
            // clause lists what the package holds, so the object goes on.
            // ("which he said includes air-defence ammunition": a speaker may stand between.)
            if t.lower == "which", k + 1 < limit,
               packageVerbs.contains(a.tokens[k + 1].lower) || (k + 2 < limit && ["also", "will"].contains(a.tokens[k + 1].lower) && packageVerbs.contains(a.tokens[k + 2].lower))
                || (k + 3 < limit && ["he", "she", "they", "officials"].contains(a.tokens[k + 1].lower) && L.speechVerbs.contains(a.tokens[k + 2].lower)
                    && packageVerbs.contains(a.tokens[k + 3].lower)) {
                k += 1
                continue
            }
            // "looking at whether it can provide more Storm Shadow missiles", "considering whether to
            // send": a question right after the trigger is what is weighed.
            if t.lower == "whether", k == from { k += 1; continue }
            if clauseBoundaries.contains(t.lower) { return k }
            // "to the repair of infrastructure rather than to weapons", "instead of troops": what
            // is set aside is not the object.
            if k + 1 < limit, setsAside(a.tokens, at: k) { return k }
            // ", but would serve as …": a new clause with its own verb.
            // (", but no ground troops" goes on listing the object, negated.)
            if t.lower == ",", k + 1 < limit, ["but", "while", "whereas"].contains(a.tokens[k + 1].lower),
               !(k + 2 < limit && a.tokens[k + 1].lower == "but" && ["no", "not"].contains(a.tokens[k + 2].lower)) { return k }
            // ", and described the missile as …": a second verb phrase of the subject.
            if t.lower == ",", k + 3 < limit, a.tokens[k + 1].lower == "and", a.tokens[k + 2].lower.hasSuffix("ed"),
               L.determiners.contains(a.tokens[k + 3].lower) || L.speechVerbs.contains(a.tokens[k + 2].lower) {
                return k
            }
            if t.lower == ",", k + 1 < limit, a.tokens[k + 1].lower.hasSuffix("ing"), !inclusionWords.contains(a.tokens[k + 1].lower) {
                return k
            }
            // "Hours after the summit was shelved, Russia launched 405 drones": a comma before a
            // named party and its own verb opens the main clause, whose goods are not this verb's.
            if t.lower == ",", let m = a.actors.first(where: { $0.start == k + 1 || ($0.start == k + 2 && a.tokens[k + 1].lower == "the") }),
               m.kind != .group, m.end < limit, opensFiniteVerb(a.tokens[m.end].lower) {
                return k
            }
            // "… as US takes a monitoring role", "using drones and satellites": a new clause with its
            // own party, or the means of the undertaking rather than its object.
            // (", as it has done for Western aid since 2022": a comparison with the past.)
            if t.lower == "as", k + 1 < limit, a.actors.contains(where: { $0.start == k + 1 || ($0.start == k + 2 && a.tokens[k + 1].lower == "the") })
                // (", as the aircraft were needed for air policing": a reason, with its own subject.)
                || (k > from && a.tokens[k - 1].lower == "," && ["it", "they", "we", "he", "she", "the", "its", "their", "these", "those"].contains(a.tokens[k + 1].lower)) {
                return k
            }
            if ["using", "via", "through", "relying"].contains(t.lower), k > from { return k }
            // ", paid for from the proceeds of …", ", financed by …": a participle adjunct on the object.
            if t.lower == ",", k + 1 < limit, SentenceAnalysis.participles.contains(a.tokens[k + 1].lower) { return k }
            k += 1
        }
        return limit
    }

    /// "rather than", "instead of" starting at token `k`: what follows is set aside.
    static func setsAside(_ tokens: [Token], at k: Int) -> Bool {
        guard k + 1 < tokens.count else { return false }
        let word = tokens[k].lower, next = tokens[k + 1].lower
        return (word == "rather" && next == "than") || (word == "instead" && next == "of")
    }

    /// "Not every capital", "not all allies", "not everyone in the room": a subject that is no
    /// party, with no name of its own before the verb.
    static func notEveryOne(_ a: SentenceAnalysis, from left: Int, to start: Int) -> Bool {
        guard let not = (left..<start).first(where: { a.tokens[$0].lower == "not" }), not + 1 < start,
              ["every", "all", "everyone", "everybody", "each"].contains(a.tokens[not + 1].lower),
              not == left || not == 0 || [",", "but", "and", "that", ";"].contains(a.tokens[not - 1].lower) else { return false }
        return !a.actors.contains { $0.start > not && $0.start < start && $0.kind != .group }
    }

    /// "Every partner who has promised Patriots must deliver them now", "each ally should
    /// contribute": a subject that names every one of a kind names no party in particular.
    static func everyOne(_ a: SentenceAnalysis, from left: Int, to start: Int) -> Bool {
        guard let every = (left..<start).first(where: { ["every", "each"].contains(a.tokens[$0].lower) }), every + 1 < start,
              ["partner", "ally", "country", "state", "member", "donor", "government", "nation", "capital"].contains(a.tokens[every + 1].lower),
              every == left || every == 0 || [",", "\"", "“", "that", ";", ":", "and", "but"].contains(a.tokens[every - 1].lower)
                || L.speechVerbs.contains(a.tokens[every - 1].lower) else { return false }
        return !a.actors.contains { $0.start > every && $0.start < start && $0.kind != .group }
    }

    /// Whether an "if", "unless" or "whether" opens the clause the trigger is in.
    static func hypothetical(_ a: SentenceAnalysis, before start: Int) -> Bool {
        var k = start - 1
        while k >= 0 {
            let word = a.tokens[k].lower
            if word == "," || word == ";" || word == "—" { return false }
            if word == "if" || word == "unless" || word == "whether" { return true }
            // "a decision would depend on when it receives replacements": what a decision waits
            // for is its condition, not a deed.
            if word == "on", k >= 1, a.tokens[k - 1].lower.hasPrefix("depend") { return true }
            k -= 1
        }
        return false
    }

    /// "Among the items in the package are …", "The aid package includes …".
    static func isPackageContents(_ a: SentenceAnalysis) -> Bool {
        // (A speaker named after the items, "…, Defence Minister X said", is only the source.)
        // ("According to the Swedish government, it includes …": the source opening the sentence is
        // no party to it.)
        let source = a.tokens.count > 3 && a.tokens[0].lower == "according" && a.tokens[1].lower == "to"
            ? (a.tokens.firstIndex(where: { $0.lower == "," }) ?? 0) + 1 : 0
        guard let firstItem = a.categories.first?.start,
              !a.actors.contains(where: { !$0.isUkraineOrRussia && $0.kind != .demonym && $0.start >= source && $0.start < firstItem }) else { return false }
        let words = Set(a.tokens.map(\.lower))
        // "officials said previous packages included Patriot interceptors": what earlier packages
        // held is background, not this one's contents.
        if a.tokens.indices.contains(where: { k in
            ["previous", "earlier", "past", "prior", "former"].contains(a.tokens[k].lower)
                && a.tokens[(k + 1)..<min(a.tokens.count, k + 6)].contains { ["package", "packages"].contains($0.lower) }
        }) { return false }
        // "It includes 10 howitzers" right after a package was announced.
        let opensWithIt = a.tokens.count > source && a.tokens[source].lower == "it"
        // "Content of the package: – 18 Archer systems – SEK 600 million for training …": a
        // bulleted line after a package lists one of its items.
        if let first = a.tokens.first, ["–", "-", "•", "*", "—"].contains(first.lower), firstItem <= 8 { return true }
        // ("The new packages include …", "The package focuses on air defence".)
        let packageNamed = !words.isDisjoint(with: packageWords) || words.contains("packages")
        return (opensWithIt || (packageNamed && words.contains("the")))
            && (!words.isDisjoint(with: packageVerbs) || words.contains("focuses") || words.contains("covers"))
    }

    /// In a list of a package's items, words that only say what another item is for: "funds for
    /// the procurement of drones" (the drones are the item), "training … on the Gripen system"
    /// (the training is).
    static func packageItemIsPurpose(_ a: SentenceAnalysis, _ hit: CategoryHit) -> Bool {
        // ("funding for air defence systems", "funding for Ukrainian-made interceptor drones": money
        // for goods is those goods, spec; "funding for drone production" stays financing.)
        if hit.category == .financial, hit.end < a.tokens.count, a.tokens[hit.end].lower == "for",
           let goods = a.categories.first(where: { $0.start > hit.end && $0.start <= hit.end + 4 && CommitmentRules.militaryCategories.contains($0.category) }),
           !a.tokens[goods.end..<min(a.tokens.count, goods.end + 2)].contains(where: { CommitmentRules.productionWords.contains($0.lower) }) {
            return true
        }
        if hit.category == .financial,
           let buying = (hit.end..<min(a.tokens.count, hit.end + 4)).first(where: { ["procurement", "purchase", "purchases", "buying"].contains(a.tokens[$0].lower) }),
           a.categories.contains(where: { $0.start > buying && $0.start <= buying + 4 && $0.category != .financial }) {
            return true
        }
        if hit.category == .equipment, let training = a.categories.last(where: { $0.category == .training && $0.end <= hit.start }),
           hit.start - training.end <= 10, a.tokens[training.end..<hit.start].contains(where: { $0.lower == "on" }),
           !a.tokens[training.end..<hit.start].contains(where: { [",", "and", ";"].contains($0.lower) }) {
            return true
        }
        return false
    }

    /// "once fighting ends", "after a ceasefire", "following the cessation of hostilities",
    /// "unless other states share the risk"; after the trigger first, else a conditional clause
    /// that opens the sentence's clause before it ("if Moscow rejects the truce, … would impose").
    static func condition(_ a: SentenceAnalysis, after start: Int) -> String? {
        if let found = conditionClause(a, in: start..<a.tokens.count) { return found }
        return conditionClause(a, in: 0..<min(start, a.tokens.count), openingOnly: true)
    }

    private static func conditionClause(_ a: SentenceAnalysis, in range: Range<Int>, openingOnly: Bool = false) -> String? {
        var k = range.lowerBound
        while k < range.upperBound {
            let word = a.tokens[k].lower
            if conditionStarters.contains(word) || word == "unless" || word == "pending", !openingOnly || ["if", "unless", "once"].contains(word) {
                var end = k + 1
                // ("after a ceasefire but would not send …": "but" and "while" open the next clause.)
                while end < a.tokens.count, ![",", ".", "—", ";", ")", "\"", ":", "but", "while", "whereas"].contains(a.tokens[end].lower) { end += 1 }
                // A demand ("unless …") is a condition whatever it is about.
                if word == "unless" || word == "pending" || a.tokens[k..<end].contains(where: { conditionWords.contains($0.lower) }), end - k <= 14,
                   !a.tokens[k..<end].contains(where: { $0.lower == "anonymity" }) {
                    return text(a.tokens, k..<end)
                }
            }
            k += 1
        }
        return nil
    }

    /// "The money will …", "The package would …": the clause's subject is the sum just reported.
    static func refersToLastSum(_ a: SentenceAnalysis, from left: Int, to start: Int) -> Bool {
        guard start - left >= 2, start - left <= 4 else { return false }
        let subject = a.tokens[left..<start].map(\.lower)
        guard ["the", "this", "that"].contains(subject[0]), sumNouns.contains(subject[1]) else { return false }
        return !a.actors.contains { $0.start < start }
    }

    /// "… said that both had now been delivered", "a first tranche of $20 million had been sent",
    /// "only a handful have been handed over", "a third will follow": the subject is a part of
    /// the goods or sum just named, with no noun of its own.
    static func partOfItemsJustNamed(_ a: SentenceAnalysis, from left: Int, to start: Int) -> Bool {
        guard let (begin, end) = clauseSubject(a, from: left, to: start) else { return false }
        let subject = a.tokens[begin..<end]
        guard subject.contains(where: { partWords.contains($0.lower) }),
              !a.actors.contains(where: { $0.start >= begin && $0.start < end }),
              !a.categories.contains(where: { $0.start >= begin && $0.start < end }) else { return false }
        return (begin..<end).allSatisfy { k in
            let t = a.tokens[k]
            return partWords.contains(t.lower) || partFillers.contains(t.lower) || t.isNumber || NumberWords.value(t.lower) != nil
                || a.quantities.contains { $0.kind == .money && $0.start <= k && k < $0.end }
        }
    }

    /// "A further NOK 2 billion will be channelled …", "… while NOK 500 million has been
    /// earmarked for repairs": a sum with no party of its own is more from the party just told.
    static func sumSubject(_ a: SentenceAnalysis, from left: Int, to start: Int) -> Bool {
        guard let (begin, end) = clauseSubject(a, from: left, to: start),
              a.quantities.contains(where: { $0.kind == .money && !$0.isConversion && $0.start >= begin && $0.end <= end }) else { return false }
        return (begin..<end).allSatisfy { k in
            ["a", "an", "the", "further", "additional", "another", "more", "some", "around", "about", "roughly", "nearly", "(", ")"].contains(a.tokens[k].lower)
                || a.quantities.contains { $0.kind == .money && $0.start <= k && k < $0.end }
        }
    }

    /// The only category is the finance verb itself ("will fund …"), which names no goods.
    static func onlyFinanceVerbHit(_ a: SentenceAnalysis, _ categories: [(CategoryHit?, MusterCore.Category)]) -> Bool {
        categories.count == 1 && categories[0].1 == .financial && categories[0].0.map { financeVerbs.contains(a.tokens[$0.start].lower) } == true
    }

    /// "The reparations loan … was shelved after …", "the idea was dropped", "the plan collapsed":
    /// a proposal reported as abandoned (spec: no claim).
    /// Where the abandoned proposal's clause starts (its noun phrase), or nil: triggers from there
    /// on report the proposal and its end; those before it ("EU leaders agreed to lend …, after a
    /// plan to … was dropped") stand.
    static func abandonedProposalStart(_ a: SentenceAnalysis) -> Int? {
        let words = a.tokens.map(\.lower)
        guard words.contains(where: { proposalNouns.contains($0) }) else { return nil }
        guard let k = words.indices.first(where: { k in
            guard abandonWords.contains(words[k]) else { return false }
            if words[k] == "collapsed" { return true }
            // "Reparations loan shelved": a headline drops the auxiliary.
            if k >= 1, proposalNouns.contains(words[k - 1]), words.count <= 8 { return true }
            // Passive: "was shelved", "has been dropped", "were abandoned … for now".
            var p = k - 1
            while p >= 0, ["now", "quietly", "effectively", "formally", "finally", "since", "also"].contains(words[p]) { p -= 1 }
            return p >= 0 && ["was", "were", "been", "is", "be"].contains(words[p])
        }) else { return nil }
        // The proposal noun the verb reports on: the first one of its clause.
        var clauseStart = k
        while clauseStart > 0, ![";", "after", "as", "while", "but", "since"].contains(words[clauseStart - 1]) { clauseStart -= 1 }
        guard let noun = (clauseStart..<k).first(where: { proposalNouns.contains(words[$0]) }) else { return nil }
        var start = noun
        while start > clauseStart, start > noun - 6, !["a", "an", "the"].contains(words[start]) { start -= 1 }
        return ["a", "an", "the"].contains(words[start]) ? start : noun
    }

    /// Verbs of guarding a state's own sky: those of guarding Ukraine's, and "safeguard".
    static let ownSkyVerbs = SentenceAnalysis.guardVerbs.union(["safeguard", "safeguarding"])
    /// What a state keeps for itself: "its own drone fleet", "Sweden's own air defence".
    static let ownForceNouns: Set<String> = ["fleet", "arsenal", "army", "forces", "defence", "defense", "airspace", "navy"]
    static let proposalNouns: Set<String> = ["plan", "plans", "proposal", "proposals", "idea", "loan", "scheme", "initiative"]
    static let abandonWords: Set<String> = ["shelved", "dropped", "abandoned", "scrapped", "ditched", "collapsed", "buried", "withdrawn"]

    /// "both", "all": the whole of what was named, one undertaking with it, not a part beside it.
    static func wholeOfItemsJustNamed(_ a: SentenceAnalysis, before start: Int) -> Bool {
        var end = start
        while end > 0, partAuxiliaries.contains(a.tokens[end - 1].lower) && a.tokens[end - 1].lower != "all" { end -= 1 }
        return end > 0 && ["both", "all"].contains(a.tokens[end - 1].lower)
    }

    /// The words between a trigger's clause opener ("that", ",", "and" …) and its auxiliaries: the
    /// clause's subject, when it is short (at most 9 words).
    static func clauseSubject(_ a: SentenceAnalysis, from left: Int, to start: Int) -> (Int, Int)? {
        var end = start
        while end > left, partAuxiliaries.contains(a.tokens[end - 1].lower) { end -= 1 }
        var begin = end
        while begin > left, !partClauseOpeners.contains(a.tokens[begin - 1].lower), end - begin < 9 { begin -= 1 }
        guard begin < end, begin == left || partClauseOpeners.contains(a.tokens[begin - 1].lower) else { return nil }
        return (begin, end)
    }

    static let partWords: Set<String> = [
        "both", "all", "most", "half", "rest", "remainder", "balance", "first", "second", "third", "fourth", "last", "handful",
        "tranche", "batch", "shipment", "instalment", "installment", "portion", "consignment", "delivery",
    ]
    static let partFillers: Set<String> = ["a", "an", "the", "only", "just", "of", "them", "these", "those", "its", "their", "remaining", "next", "final", "further", "latest"]
    static let partAuxiliaries: Set<String> = [
        "had", "has", "have", "been", "be", "being", "was", "were", "is", "are", "now", "already", "also", "so", "far", "since", "then",
        "will", "would", "could", "may", "might", "should", "finally", "just", "reportedly", "all",
    ]
    static let partClauseOpeners: Set<String> = [",", "that", "and", "but", "while", "whereas", ";", ":", "said", "says", "—", "with", "although", "though"]

    /// "… adding that part of it would go to air defence": a share of the sum just reported.
    static func sharesLastSum(_ a: SentenceAnalysis, before start: Int) -> Bool {
        // "Of the total, NOK 3.2 billion will go to air defence"
        // ("Of that, NOK 4.5 billion will go to air defence")
        if a.tokens.count > 3, a.tokens[0].lower == "of", ["this", "that", "it"].contains(a.tokens[1].lower), a.tokens[2].lower == "," {
            return true
        }
        if a.tokens.count > 3, a.tokens[0].lower == "of", ["the", "this", "that", "which"].contains(a.tokens[1].lower),
           ["total", "package", "sum", "amount", "money", "funds", "this", "that"].contains(a.tokens[min(2, a.tokens.count - 1)].lower) || a.tokens[1].lower == "this" {
            return true
        }
        // "the remainder would go to …", "NOK 3 billion of the new money would go to …"
        if start >= 2, ["rest", "remainder", "balance"].contains(a.tokens[start - 1].lower), a.tokens[start - 2].lower == "the" { return true }
        if let money = a.quantities.last(where: { $0.kind == .money && $0.end < start }), money.end + 2 < start, a.tokens[money.end].lower == "of",
           a.tokens[(money.end + 1)..<start].contains(where: { ["money", "package", "sum", "funds", "total", "funding"].contains($0.lower) }),
           a.tokens[(money.end + 1)..<start].allSatisfy({ $0.isWord }) {
            return true
        }
        guard start >= 3 else { return false }
        let subject = a.tokens[(start - 3)..<start].map(\.lower)
        return ["part", "some", "most", "half", "much", "all", "rest", "remainder", "bulk"].contains(subject[0])
            && subject[1] == "of" && ["it", "this", "that"].contains(subject[2])
    }

    /// Whether the object of a trigger goes to Russia ("… of troops to Russia", "drones for Moscow").
    static func helpsRussia(_ a: SentenceAnalysis, from start: Int, to end: Int) -> Bool {
        // ("will restrict exports to Russia": pressure on Russia, not help for it.)
        // ("would sanction a further 76 entities linked to Russia's arms industry": the verb itself
        // may be the sanction.)
        if a.categories.contains(where: { $0.category == .sanctions && $0.end >= start && $0.start < end }) { return false }
        // "North Korea has supplied Russia with ballistic missiles" (but "hit Russia with
        // sanctions" punishes it).
        if let russia = a.actors.first(where: { $0.code == .russia && $0.start == start && $0.kind != .demonym }),
           russia.end < end, a.tokens[russia.end].lower == "with",
           !a.categories.contains(where: { $0.start > russia.end && $0.start < end && $0.category == .sanctions }) {
            return true
        }
        return a.actors.contains { m in
            // ("sends thousands of troops to the Russian front": Russia's front, army or war effort.)
            let russianSide = m.kind == .demonym && m.end < a.tokens.count
                && ["front", "frontline", "side", "army", "military", "forces", "war", "troops", "arsenal", "industry"].contains(a.tokens[m.end].lower)
            guard m.code == .russia, m.start > start, m.start < end, m.kind != .demonym || m.governmentForm || russianSide else { return false }
            var p = m.start - 1
            while p > start, L.determiners.contains(a.tokens[p].lower) { p -= 1 }
            return ["to", "for"].contains(a.tokens[p].lower)
        }
    }

    /// Whether the words around a trigger speak of a contribution with no object: "what they
    /// could contribute.", "a contribution", "contributions for 2026".
    static func bareContribution(_ a: SentenceAnalysis, from start: Int, to end: Int) -> Bool {
        let words = a.tokens[start..<min(end, a.tokens.count)].map(\.lower)
        guard let k = words.firstIndex(where: { ["contribution", "contributions", "contribute"].contains($0) }) else { return false }
        // ("contribute to the fund": an object named after it is something the lexicon missed.)
        return words[k] != "contribute" || k + 1 == words.count || [".", ",", ";", "\""].contains(words[k + 1])
    }

    /// "which took effect immediately", "with immediate effect", "are in force", "effective
    /// immediately": measures said to apply already.
    static func saysInForce(_ a: SentenceAnalysis) -> Bool {
        let words = a.tokens.map(\.lower)
        for (k, word) in words.enumerated() {
            let before = k > 0 ? words[k - 1] : ""
            let after = k + 1 < words.count ? words[k + 1] : ""
            if word == "effect", ["take", "takes", "took", "taken", "taking", "immediate"].contains(before) { return true }
            if word == "force", before == "in", !["come", "comes", "enter", "enters"].contains(k > 1 ? words[k - 2] : "") { return true }
            if word == "effective", ["immediately", "today"].contains(after) { return true }
        }
        return false
    }

    /// A sentence about history before the war ("in 1991", "in 1940") with no year of the war.
    static func isHistorical(_ a: SentenceAnalysis) -> Bool {
        var old = false
        // ("Croatia, whose fields were mined in the wars of the 1990s, is ready to …": a year in
        // an aside dates the aside, not the undertaking.)
        for (k, t) in a.tokens.enumerated() where t.isNumber && t.text.utf8.count == 4 && !a.aside[k] {
            guard let year = t.number, year >= 1900, year <= 2100 else { continue }
            // "Mirage 2000 jets": a number right after a name is a model, not a year.
            if k > 0, a.tokens[k - 1].isCapitalized, a.tokens[k - 1].isWord, !DateExpressions.startsYearPhrase(a.tokens[k - 1].lower) { continue }
            if year >= 2014 { return false }
            old = true
        }
        return old
    }

    /// "ordered howitzers … for its own army": a purchase for the buyer's own forces.
    static func ownUse(_ a: SentenceAnalysis, from start: Int, to end: Int) -> Bool {
        // "approved a record 9 trillion yen defence budget", "promised to raise Canada's own defence
        // spending": a state's own defence budget, where the sentence does not tie it to Ukraine.
        if (start..<max(start, end - 1)).contains(where: { k in
            ["defence", "defense", "military"].contains(a.tokens[k].lower) && ["budget", "spending"].contains(a.tokens[k + 1].lower)
        }), !a.actors.contains(where: { $0.code == .ukraine }) {
            return true
        }
        // "an order for Patriot launchers for the Bundeswehr": the buyer's own army.
        if a.actors.contains(where: { m in
            m.start > start && m.start < end && m.kind == .office && m.start >= 2 && a.tokens[m.start - 1].lower == "the"
                && a.tokens[m.start - 2].lower == "for" && ownArmies.contains(m.trigger.lowercased())
        }) { return true }
        if a.actors.contains(where: { m in
            m.kind == .demonym && !m.isUkraineOrRussia && m.start > start && m.start < end && m.start >= 2
                && a.tokens[m.start - 1].lower == "the" && a.tokens[m.start - 2].lower == "for" && m.end < a.tokens.count
                && ["defense", "defence", "armed", "army", "navy", "air", "forces", "military"].contains(a.tokens[m.end].lower)
                // ("a spokesperson for the Swedish Defence Ministry": the speaker's office, not a buyer.)
                && !a.tokens[m.end..<min(a.tokens.count, m.end + 3)].contains(where: { ["ministry", "minister", "department", "secretary", "staff"].contains($0.lower) })
        }) { return true }
        // "are also buying air defence for themselves", "batteries for domestic deployment": the
        // buyer keeps what it buys.
        if (start..<max(start, end - 1)).contains(where: { k in
            a.tokens[k].lower == "for" && (["themselves", "itself", "ourselves"].contains(a.tokens[k + 1].lower)
                || (["domestic", "home", "national"].contains(a.tokens[k + 1].lower) && k + 2 < end
                    && ["use", "deployment", "defence", "defense", "needs"].contains(a.tokens[k + 2].lower)))
        }), !a.actors.contains(where: { $0.code == .ukraine && $0.start >= start && $0.start < end }) {
            return true
        }
        // "to secure Polish airspace": a state's own sky, named by its adjective.
        if a.actors.contains(where: { m in
            m.kind == .demonym && !m.isUkraineOrRussia && m.start >= start && m.end < end && a.tokens[m.end].lower == "airspace"
                && m.start >= 1 && ownSkyVerbs.contains(a.tokens[m.start - 1].lower)
        }) { return true }
        guard start + 2 < end else { return false }
        for k in start..<(end - 2) where ["its", "their", "our", "'s"].contains(a.tokens[k].lower) && a.tokens[k + 1].lower == "own" {
            if k > 0, ["for", "to", "into", "about"].contains(a.tokens[k - 1].lower) { return true }
            // "to double its own drone fleet", "strengthen Sweden's own air defence": the party's own
            // forces ("from its own stocks" is where a gift comes from).
            // ("help Ukraine build its own defence industry": Ukraine's own is what the aid builds.)
            if k == 0 || a.tokens[k - 1].lower != "from" || a.tokens[k].lower == "'s",
               !a.actors.contains(where: { $0.isUkraineOrRussia && $0.end <= k + (a.tokens[k].lower == "'s" ? 0 : 1) && k - $0.end <= 3 }),
               a.tokens[(k + 2)..<min(end, k + 5)].contains(where: { ownForceNouns.contains($0.lower) }),
               !a.tokens[(k + 2)..<min(end, k + 6)].contains(where: { ["aid", "support", "assistance", "package", "contribution"].contains($0.lower) }) { return true }
            // "to rebuild its own stocks" (but "from its own stocks" is where the gift came from).
            if k > 0, ["rebuild", "replenish", "restock", "refill"].contains(a.tokens[k - 1].lower) { return true }
        }
        // "for its armed forces", "for its air force": the buyer's own ("for its air defence" is a
        // purpose, and "tanks to Ukraine for their armed forces" are Ukraine's).
        // ("for its Self-Defense Forces": a capitalised name of the army may stand between.)
        for k in start..<(end - 2) where a.tokens[k].lower == "for" && ["its", "their"].contains(a.tokens[k + 1].lower)
            && (["army", "armed", "navy", "forces", "troops", "soldiers"].contains(a.tokens[k + 2].lower)
                || (a.tokens[k + 2].isCapitalized && (k + 3..<min(end, k + 6)).contains { j in
                    a.tokens[j].lower == "forces" && a.tokens[(k + 2)..<j].allSatisfy { $0.isCapitalized || $0.isJoinedHyphen }
                })
                || (a.tokens[k + 2].lower == "air" && k + 3 < end && a.tokens[k + 3].lower == "force"))
            && !a.actors.contains(where: { $0.isUkraineOrRussia && $0.start >= start && $0.start < k }) {
            return true
        }
        return false
    }

    /// Nothing after the trigger but a condition, an adverb or the sentence's end: "would agree
    /// only if …", "would join, with …", "will take part too".
    static func bareTrigger(_ a: SentenceAnalysis, from end: Int, to objectEnd: Int) -> Bool {
        // "opposed Warsaw's decision": the trigger took its object with it.
        if let start = a.statuses.first(where: { $0.end == end })?.start,
           a.tokens[start..<end].contains(where: { L.nominals[$0.lower] != nil || $0.lower == "'s" }) {
            return false
        }
        var k = end
        // "could back the plan only if …", "announced their first contributions": an object that
        // only points at the undertaking under discussion.
        var j = k
        // "opted out of the scheme"
        if j < a.tokens.count, ["of", "from", "to", "in", "on", "for"].contains(a.tokens[j].lower) { j += 1 }
        while j < a.tokens.count, L.determiners.contains(a.tokens[j].lower)
                || ["first", "own", "new", "such", "proposed", "planned", "promised", "earlier", "previous", "further"].contains(a.tokens[j].lower) { j += 1 }
        if j > k, j < a.tokens.count, genericObjects.contains(a.tokens[j].lower), !a.categories.contains(where: { $0.start <= j && j < $0.end }) {
            k = j + 1
        }
        // "will not support it in this form": a pronoun object stands for what was just told.
        if k < a.tokens.count, ["it", "them", "this"].contains(a.tokens[k].lower) { k += 1 }
        // "will no longer contribute to it"
        else if k == end, k + 1 < a.tokens.count, ["to", "into", "towards"].contains(a.tokens[k].lower),
                ["it", "them", "this"].contains(a.tokens[k + 1].lower) { k += 2 }
        // "has not excluded joining later": joining with no object is joining the undertaking told.
        if k == end, k < a.tokens.count, ["joining", "participating", "contributing"].contains(a.tokens[k].lower) { k += 1 }
        while k < a.tokens.count, ["only", "too", "also", "as", "well", "in", "principle", "then", "now", "\"", "this", "form", "its", "current",
                                   "later", "eventually"].contains(a.tokens[k].lower) { k += 1 }
        guard k < a.tokens.count else { return true }
        let next = a.tokens[k].lower
        return [".", ",", ";", "—", "if", "unless", "once", "provided", "when", "after", "without", "but", "until"].contains(next)
    }

    /// The party owning a noun: "New Delhi's purchases", "Japan's latest pledge".
    static func possessiveOwner(_ a: SentenceAnalysis, of noun: Int) -> ActorMention? {
        var k = noun - 1
        while k > 0, noun - k <= 3, a.tokens[k].lower != "'s" { k -= 1 }
        guard k > 0, a.tokens[k].lower == "'s" else { return nil }
        return a.actors.last { $0.end == k }
    }

    static let ownArmies: Set<String> = [
        "bundeswehr", "luftwaffe", "royal navy", "royal air force", "raf", "british army", "us army", "u.s. army", "us navy",
        "u.s. navy", "us air force", "u.s. air force", "polish army", "french army",
    ]
    static let genericObjects: Set<String> = [
        "plan", "proposal", "idea", "scheme", "deal", "move", "contribution", "contributions", "share", "effort", "efforts", "initiative",
        "objection", "objections", "veto", "block", "opposition", "purchases", "participation", "role",
    ]

    /// "a 20th package", "its 19th round": an ordinal before package or round; with `loose`
    /// (a document mostly about sanctions) also "the next package", "any future package".
    static func numberedPackage(_ a: SentenceAnalysis, from start: Int, to end: Int, loose: Bool = false) -> Bool {
        guard start + 1 < end else { return false }
        for k in start..<(end - 1) where ["package", "round"].contains(a.tokens[k + 1].lower) {
            let word = a.tokens[k].lower
            if loose, ["next", "future", "further", "another"].contains(word) { return true }
            // The tokenizer may split "21st" into "21" and "st".
            if k > start, ["st", "nd", "rd", "th"].contains(word), a.tokens[k - 1].isNumber { return true }
            let digits = word.prefix { $0.isNumber }
            if !digits.isEmpty, ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count))) { return true }
            if ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth", "twentieth", "twenty-first"].contains(word) { return true }
        }
        return false
    }

    /// Words that tie a purchase to Ukraine or to aid.
    static let aidMarkers: Set<String> = [
        "ukraine", "ukraine's", "kyiv", "ukrainian", "purl", "aid", "donate", "donated", "donation", "gift", "assistance",
        "support", "package", "transfer", "deliver", "delivered", "delivery", "deliveries", "send",
        // ("a contract for a further batch of Bushmasters": more of the aid the text is about.)
        "further", "batch",
    ]

    /// "signed contracts for K2 tanks", "awarded an order for howitzers": a contract whose
    /// sentence names neither Ukraine nor aid equips the buyer.
    /// (Read on every sentence, so the tokens are scanned in place, contract word first.)
    static func isOwnProcurement(_ a: SentenceAnalysis) -> Bool {
        guard let contract = a.tokens.firstIndex(where: { ["contract", "contracts", "order", "orders"].contains($0.lower) }), contract >= 1
        else { return false }
        return a.tokens[max(0, contract - 4)..<contract].contains(where: { ["signed", "placed", "awarded", "concluded"].contains($0.lower) })
            && !a.actors.contains(where: \.isUkraineOrRussia) && !a.tokens.contains(where: { aidMarkers.contains($0.lower) })
    }

    /// "Denmark's own armed forces have ordered …": a subject that is the party's own military.
    static func ownForcesSubject(_ a: SentenceAnalysis, from left: Int, to start: Int) -> Bool {
        guard start - left >= 2 else { return false }
        for k in left..<(start - 1) where a.tokens[k].lower == "own" {
            if ["armed", "forces", "army", "military", "navy", "air", "troops", "militaries", "ships", "stocks", "arsenal"].contains(a.tokens[k + 1].lower) {
                return true
            }
        }
        return false
    }

    /// "rounds that had been promised": a relative clause in the passive.
    static func passiveRelative(_ a: SentenceAnalysis, _ s: StatusHit) -> Bool {
        guard let head = s.relativeHead else { return false }
        return a.tokens[head..<s.start].contains { ["been", "was", "were", "is", "are", "be"].contains($0.lower) }
    }

    /// "financed a $500 million package that was delivered in full last month": a passive
    /// relative clause telling that the goods just promised or paid for have arrived is the same
    /// undertaking at its stronger status (spec: one undertaking at two strengths is one claim at
    /// the stronger), so the main trigger before it takes `delivered`.
    static func deliveredByPassiveRelative(_ a: SentenceAnalysis, _ statuses: inout [StatusHit]) {
        for relative in a.statuses where relative.status == .delivered && passiveRelative(a, relative) {
            guard let head = relative.relativeHead,
                  let main = statuses.lastIndex(where: { $0.end <= head && $0.relativeHead == nil && [.pledged, .allocated].contains($0.status) }),
                  !a.tokens[statuses[main].end..<head].contains(where: { [";", ":", "but", "while"].contains($0.lower) }) else { continue }
            statuses[main].status = .delivered
        }
    }

    /// Whether the noun ending at `end` hangs off a preposition ("for the F-16 jets").
    static func prepositionalHead(_ a: SentenceAnalysis, endingAt end: Int) -> Bool {
        guard let hit = a.categories.first(where: { $0.end == end }) else { return true }
        var p = hit.start - 1
        while p >= 0, L.determiners.contains(a.tokens[p].lower) || a.tokens[p].isNumber || a.tokens[p].isJoinedHyphen
                || (a.tokens[p].isWord && !objectPrepositions.contains(a.tokens[p].lower) && a.categories.contains { $0.start <= p && p < $0.end } == false
                    && hit.start - p <= 2 && !["and", ","].contains(a.tokens[p].lower) && L.verbs[a.tokens[p].lower] == nil) {
            p -= 1
        }
        // "completed the delivery of all 24 jets it promised": the object of a noun of giving is
        // the main object too.
        if p >= 1, a.tokens[p].lower == "of", L.nominals[a.tokens[p - 1].lower] != nil { return false }
        // "both of the aircraft it promised": a partitive "of" keeps the main object.
        if p >= 1, a.tokens[p].lower == "of", ["both", "all", "some", "most", "many", "none", "each", "part", "half", "rest", "last", "first", "remainder"].contains(a.tokens[p - 1].lower)
            || a.tokens[p - 1].isNumber || a.tokens[p - 1].classes.contains(.numberWord) {
            return false
        }
        // "handed over the jets it promised": the particle of a trigger is no preposition.
        return p >= 0 && objectPrepositions.contains(a.tokens[p].lower)
            && !(["over", "out", "up", "on"].contains(a.tokens[p].lower) && a.statuses.contains { $0.start < p && p < $0.end })
    }

    /// Whether an "unless" clause follows the trigger in the same sentence.
    static func unlessFollows(_ a: SentenceAnalysis, from start: Int) -> Bool {
        a.tokens[min(start, a.tokens.count)...].contains { $0.lower == "unless" || $0.lower == "until" }
    }

    /// The state named by "from" around an arrival ("missiles from Germany had arrived").
    static func arrivalSource(_ a: SentenceAnalysis, from start: Int, to end: Int) -> ActorMention? {
        guard start < end else { return nil }
        for k in start..<end where a.tokens[k].lower == "from" {
            if let m = a.actors.first(where: { ($0.start == k + 1 || ($0.start == k + 2 && a.tokens[k + 1].lower == "the")) }),
               !m.isUkraineOrRussia, !m.code.isGroup, m.kind != .demonym {
                return m
            }
        }
        // "The first Dutch F-16s have arrived", "Ukraine received German Leopard tanks": the
        // giver named by its adjective on the goods.
        // ("The Dutch F-16s arrived in Romania for training": only goods arriving in Ukraine are aid.)
        guard a.actors.contains(where: { $0.code == .ukraine && $0.start > start }) else { return nil }
        return a.actors.first { $0.start >= start && $0.end < end && namesGiverOfGoods($0, a) }
    }

    /// A state's adjective right before the goods it gave: "Dutch F-16s", "German Leopard tanks".
    static func namesGiverOfGoods(_ m: ActorMention, _ a: SentenceAnalysis) -> Bool {
        m.kind == .demonym && !m.isUkraineOrRussia && !m.code.isGroup && !m.led
            && a.categories.contains { $0.start == m.end && [.equipment, .airDefense, .ammunition].contains($0.category) }
    }

    /// The state that speaks of goods as the subject of a trigger: "<Speaker> said (that) <goods>
    /// would …" or "<goods> will …, <Speaker> said". Only states and their offices and people
    /// (an alliance's official reports its members' aid); never Ukraine or Russia.
    static func goodsSpeaker(_ a: SentenceAnalysis, from left: Int, trigger s: StatusHit) -> ActorMention? {
        func speaks(_ m: ActorMention) -> Bool {
            ([.state, .office, .person, .capital].contains(m.kind) || (m.kind == .demonym && m.governmentForm))
                && !m.isUkraineOrRussia && m.code.isStateCode
        }
        // The subject: the words between the report (or the sentence start) and the trigger.
        // ("promised that", "pledged that" report as "said" does; "confirmed" and "announced" are
        // reporting verbs already.)
        let speech = (left..<s.start).last { k in
            L.speechVerbs.contains(a.tokens[k].lower)
                || (["promised", "pledged"].contains(a.tokens[k].lower) && k + 1 < s.start && a.tokens[k + 1].lower == "that")
        }
        var subjectStart = speech.map { $0 + 1 } ?? left
        if subjectStart < s.start, ["that", "\""].contains(a.tokens[subjectStart].lower) { subjectStart += 1 }
        guard subjectStart < s.start, s.start - subjectStart <= 8,
              !a.actors.contains(where: { $0.start >= subjectStart && $0.start < s.start }),
              !a.tokens[subjectStart..<s.start].contains(where: { [",", ";", "\""].contains($0.lower) }),
              // Specific goods: materiel counted or "a further system" (troops or guarantees "will be
              // deployed" may be anyone's).
              a.categories.contains(where: { $0.start >= subjectStart && $0.end <= s.start && [.airDefense, .equipment, .ammunition].contains($0.category) })
                || a.tokens[subjectStart..<s.start].contains(where: { unitNouns.contains($0.lower) }),
              a.quantities.contains(where: { $0.start >= subjectStart && $0.end <= s.start && $0.kind != .money
                    && !["countries", "states", "nations", "members", "leaders", "allies", "partners"].contains($0.quantity.unit) })
                || a.tokens[subjectStart..<s.start].contains(where: { oneMoreWords.contains($0.lower) || $0.lower == "first" })
        else { return nil }
        if let speech {
            // "Pistorius said", "the ministry has said".
            var k = speech - 1
            while k >= left, ["has", "have", "had", "also", "again", "repeatedly"].contains(a.tokens[k].lower) { k -= 1 }
            // ("the German chancellor confirmed": the title after the demonym.)
            return a.actors.last(where: { m in
                speaks(m) && (m.end == k + 1 || (m.kind == .demonym && m.end < k + 1 && k + 1 - m.end <= 2
                    && a.tokens[m.end...k].allSatisfy { HomeOffices.heads.contains($0.lower) || HomeOffices.qualifiers.contains($0.lower) }))
            })
        }
        // "…, Defence Minister Boris Pistorius said (during a visit)": the speaker after the clause,
        // after a comma or closing quote and any capitalised title.
        return a.actors.first { m in
            guard m.start > s.end, m.end < a.tokens.count, L.speechVerbs.contains(a.tokens[m.end].lower), speaks(m) else { return false }
            var k = m.start - 1
            while k > s.end, a.tokens[k].isCapitalized, m.start - k <= 3 { k -= 1 }
            return [",", "\""].contains(a.tokens[k].lower)
        }
    }

    /// "jointly with France", "co-financed with Denmark and Norway": partners in the same deed
    /// named before the clause ends ("procured together with Germany" buys, "the coalition it
    /// leads together with Britain" leads: neither gives).
    static func jointPartners(_ a: SentenceAnalysis, from start: Int, to end: Int) -> [Party]? {
        guard start + 1 < end, start > 0, !["ordered", "bought", "purchased", "procured", "buying", "buy", "procure"].contains(a.tokens[start - 1].lower) else { return nil }
        for k in start..<(end - 1) where ["jointly", "co-financed", "co-funded", "together"].contains(a.tokens[k].lower) && a.tokens[k + 1].lower == "with" {
            if a.tokens[start..<k].contains(where: { [",", ";"].contains($0.lower) }) && a.tokens[k - 1].lower != "," { return nil }
            // "through a fund run jointly with Britain": the partner runs the fund, it gives nothing.
            if ["run", "operated", "managed", "administered", "led", "leads", "lead", "leading", "co-leads", "chairs", "chaired", "set", "created", "established", "owned"].contains(a.tokens[k - 1].lower) { return nil }
            var partners: [Party] = []
            var j = k + 2
            while j < end {
                if let m = a.actors.first(where: { $0.start == j || ($0.start == j + 1 && a.tokens[j].lower == "the") }),
                   !m.isUkraineOrRussia, !m.code.isGroup, m.kind != .demonym || m.governmentForm {
                    partners.append(party(m, a))
                    j = m.end
                    if j < end, [",", "and"].contains(a.tokens[j].lower) {
                        j += 1
                        if j < end, a.tokens[j - 1].lower == ",", a.tokens[j].lower == "and" { j += 1 } // "Denmark, Norway, and Sweden"
                        continue
                    }
                }
                break
            }
            return partners.isEmpty ? nil : partners
        }
        return nil
    }

    /// "\"We committed, we delivered,\" Costa said": "we" or "I" right before the trigger, inside
    /// a direct quotation (an odd number of quotation marks before it).
    static func quotedWe(_ a: SentenceAnalysis, before start: Int) -> Bool {
        guard start > 0, ["we", "i"].contains(a.tokens[start - 1].lower) else { return false }
        return a.tokens[..<start].reduce(0) { $0 + ($1.lower == "\"" ? 1 : 0) } % 2 == 1
    }
}

extension CommitmentRules {
    static let permissionVerbs: Set<String> = ["allow", "allows", "allowed", "allowing", "let", "lets", "letting", "enable", "enables",
                                               "enabled", "enabling", "permit", "permits", "permitted"]

    /// "PURL allows European allies and Canada to pay for weapons", "did not allow it to send
    /// troops": the party is the one permitted. Returns whether the permission is negated, or
    /// nil when the party is not the object of a permission.
    static func permissionNegated(_ a: SentenceAnalysis, parties: [Party], from left: Int, to start: Int) -> Bool? {
        for m in a.actors where m.start > left && m.end <= start && parties.contains(where: { $0.code == m.code }) {
            var p = m.start - 1
            while p > left, L.determiners.contains(a.tokens[p].lower) { p -= 1 }
            if permissionVerbs.contains(a.tokens[p].lower) { return StatusFinder.isNegated(a.tokens, before: p) }
        }
        for k in max(left, 1)..<max(max(left, 1), start) where ["it", "them", "us"].contains(a.tokens[k].lower) && permissionVerbs.contains(a.tokens[k - 1].lower) {
            return StatusFinder.isNegated(a.tokens, before: k - 1)
        }
        // "will not allow a single cent of taxpayers' money to finance weapons": what is not allowed is refused.
        if start < a.tokens.count, a.tokens[start].lower == "to" || (start > 0 && a.tokens[start - 1].lower == "to"),
           (max(left, start - 14)..<start).contains(where: { k in permissionVerbs.contains(a.tokens[k].lower) && StatusFinder.isNegated(a.tokens, before: k) }) {
            return true
        }
        return nil
    }
}

extension CommitmentRules {
    static let subordinators: Set<String> = ["while", "whereas", "when", "because", "since", "after", "before", "although", "though", "until"]
    private static let nonSubjectWords: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "shall",
        "be", "been", "being", "also", "still", "now", "then", "not", "already", "only", "soon", "later", "the", "a", "an",
    ]

    /// "… while peace talks were under way": the last subordinate clause before the trigger opens
    /// with a subject of its own (nouns, not a pronoun), so the trigger is that clause's verb.
    /// "since the previous meeting and will hand over …": a subordinator used as a preposition,
    /// with a noun phrase and no verb before the conjunction that ends it.
    static func prepositional(_ a: SentenceAnalysis, at opener: Int, before start: Int) -> Bool {
        guard ["since", "after", "before", "until", "following"].contains(a.tokens[opener].lower),
              let conjunction = ((opener + 1)..<start).last(where: { ["and", "but"].contains(a.tokens[$0].lower) }) else { return false }
        return !a.tokens[(opener + 1)..<conjunction].contains { t in
            L.be.contains(t.lower) || ["has", "have", "had", "will", "would", "could", "did"].contains(t.lower)
                || (t.lower.hasSuffix("ed") && t.isWord) || L.verbs[t.lower] != nil || [",", "\""].contains(t.lower)
        }
    }

    static func subordinateSubject(_ a: SentenceAnalysis, from left: Int, to start: Int) -> Bool {
        guard left < start, let opener = (left..<start).last(where: { subordinators.contains(a.tokens[$0].lower) }) else { return false }
        let words = a.tokens[(opener + 1)..<start]
        guard !words.contains(where: { pronouns.contains($0.lower) || [",", "\""].contains($0.lower) }) else { return false }
        // "since the previous meeting and will hand over": a preposition with a noun phrase, no
        // clause of its own.
        if prepositional(a, at: opener, before: start) { return false }
        return words.contains { $0.isWord && !nonSubjectWords.contains($0.lower) && !$0.lower.hasSuffix("ly") }
    }
}

extension CommitmentRules {
    /// The tokens of a span with each sum, its conversion and the brackets around it read as one
    /// word: "a further €250 million ($292 million) package" reads as "a further million package".
    static func tokensOutsideSums(_ a: SentenceAnalysis, from start: Int, to end: Int) -> [Token] {
        var kept: [Token] = []
        var k = start
        while k < end {
            if let sum = a.quantities.first(where: { $0.kind == .money && $0.start == k && $0.end <= end }) {
                if !sum.isConversion { kept.append(a.tokens[sum.end - 1]) }
                k = sum.end
                continue
            }
            if ["(", ")"].contains(a.tokens[k].lower),
               a.quantities.contains(where: { $0.isConversion && ($0.start == k + 1 || $0.end == k) }) {
                k += 1
                continue
            }
            kept.append(a.tokens[k])
            k += 1
        }
        return kept
    }
}

extension CommitmentRules {
    /// "on top of the 100,000 already sent", "in addition to the €9 billion set aside": the last word
    /// of such a phrase ("of", "to") between the last trigger and this one (it names an earlier undertaking).
    static func addedToPhrase(_ a: SentenceAnalysis, from left: Int, to start: Int) -> Int? {
        guard left + 2 < start else { return nil }
        for k in stride(from: start - 3, through: left, by: -1) {
            let words = (a.tokens[k].lower, a.tokens[k + 1].lower, a.tokens[k + 2].lower)
            guard (words.0 == "on" && words.1 == "top" && words.2 == "of") || (words.0 == "in" && words.1 == "addition" && words.2 == "to") else { continue }
            // A short noun phrase ("the 100,000 already"), no clause, between the phrase and the trigger.
            let between = a.tokens[(k + 3)..<start]
            guard between.count <= 8, !between.contains(where: { [",", ";", "which", "that"].contains($0.lower) }) else { return nil }
            return k + 2
        }
        return nil
    }

    /// An object that is only more of something already named: "two more", "three further",
    /// "another €3.5 billion", "a further NOK 85 billion" (with `money`, the sum right after).
    /// Words of time that may follow "two more" or "another two" ("… by the end of the year").
    static let moreTimeWords: Set<String> = [
        "next", "year", "month", "week", "this", "later", "soon", "in", "the", "coming", "months", "weeks", "by", "end", "of",
        "spring", "summer", "autumn", "winter",
    ]

    /// Punctuation and quotation marks read past in "\"tens of thousands\" more".
    static let moreSkippedMarks: Set<String> = [".", ",", "\"", "“", "”"]

    static func moreOfTheSame(_ a: SentenceAnalysis, from start: Int, to end: Int, money: Bool) -> Bool {
        var words = a.tokens[start..<end].map(\.lower).filter { !moreSkippedMarks.contains($0) }
        // "is considering sending more": the gerund of giving before the object.
        if let first = words.first, first.hasSuffix("ing"), words.count > 1 { words.removeFirst() }
        // "will hand over another two": the verb's particle.
        if let first = words.first, ["over", "out", "up"].contains(first), words.count > 1 { words.removeFirst() }
        guard !words.isEmpty else { return false }
        if money {
            // The sum follows "another", "a further", "an additional" at once.
            guard let sum = a.quantities.first(where: { $0.kind == .money && $0.start >= start && $0.end <= end }) else { return false }
            let before = a.tokens[start..<sum.start].map(\.lower)
            return before == ["another"] || before == ["a", "further"] || before == ["an", "additional"] || before == ["a", "further", "sum", "of"]
        }
        // "is considering sending more".
        if words == ["more"] { return true }
        // "another two by the end of March", "a further three".
        let lead = words.first == "another" ? 1 : (words.starts(with: ["a", "further"]) ? 2 : 0)
        if lead > 0, words.count > lead, NumberWords.value(words[lead]) != nil || words[lead].allSatisfy(\.isNumber) {
            return words.dropFirst(lead + 1).allSatisfy { moreTimeWords.contains($0) || $0.allSatisfy(\.isNumber) || DateExpressions.months[$0] != nil }
        }
        // "\"tens of thousands\" more by spring", "hundreds more": a round count in words.
        if let more = words.firstIndex(of: "more"), more >= 1,
           words[..<more].allSatisfy({ ["tens", "of", "thousands", "hundreds", "dozens", "millions", "several"].contains($0) }),
           words[..<more].contains(where: { ["thousands", "hundreds", "dozens", "millions"].contains($0) }) {
            return words[(more + 1)...].allSatisfy { moreTimeWords.contains($0) || DateExpressions.months[$0] != nil }
        }
        // "two more", "three further", "two more next year": a count and a word of addition, then
        // only time words.
        guard words.count >= 2, a.tokens[start].isNumber || NumberWords.value(words[0]) != nil,
              ["more", "further", "additional"].contains(words[1]) else { return false }
        return words.dropFirst(2).allSatisfy { moreTimeWords.contains($0)
            || $0.allSatisfy(\.isNumber) }
    }

    /// The sum or count of "another €3.5 billion" or "two more" (counted in the unit of what
    /// was named before), or nil.
    static func addedAmount(_ a: SentenceAnalysis, from start: Int, to end: Int, like earlier: QuantityMention?) -> QuantityMention? {
        let inside = a.quantities.filter { $0.start >= start && $0.end <= end && !$0.isConversion && !$0.isRate }
        if let sum = inside.first(where: { $0.kind == .money }) { return sum }
        guard var number = inside.first(where: { $0.kind == .bare || $0.kind == .count }) else { return nil }
        if number.kind == .bare, let earlier, earlier.kind == .count {
            number.quantity.unit = earlier.quantity.unit
            number.kind = .count
        }
        return number.kind == .count ? number : nil
    }
}
