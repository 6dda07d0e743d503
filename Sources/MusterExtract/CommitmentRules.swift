import MusterCore

/// Stage 3a: commitments. Each status trigger of a sentence takes its party from the nearest
/// subject before it (crossing "X said" only for a pronoun: "Stockholm said its donation
/// would…") and its categories from the object after it, or before it in the passive.
enum CommitmentRules {
    typealias L = StatusLexicon

    static let militaryWords: Set<String> = [
        "military", "weapons", "defence", "defense", "arms", "army", "stockpiles", "armed", "munitions",
    ]
    /// Prepositions that make a name an object or a place, not the party acting.
    static let objectPrepositions: Set<String> = [
        "of", "to", "for", "from", "with", "in", "at", "on", "against", "into", "across", "about", "toward",
        "towards", "between", "than", "like", "including", "via", "over", "among", "under", "within", "without",
        "as",
    ]
    /// People who do not speak for their state (spec: regional politicians, opposition parties).
    static let nonSpeakers: Set<String> = ["former", "ex", "opposition", "regional", "retired", "late"]
    static let aidWords: Set<String> = ["aid", "package", "assistance", "support", "donation", "contribution", "tranche"]
    static let productionWords: Set<String> = ["production", "produce", "producing", "manufacturing", "industry", "industrial"]
    static let requestVerbs: Set<String> = [
        "asked", "asks", "ask", "urged", "urges", "urge", "called", "calls", "call", "appealed", "pressed", "pressing",
        "pressure", "pressured", "convince", "persuade", "lobbying", "lobbied", "begged", "demanded", "wants",
        "want", "needs", "need", "invited", "encouraged", "see", "seeing", "expects", "expect",
    ]
    /// "pledged they would be involved in that effort": joining an undertaking the text named before.
    static let participation: Set<String> = [
        "involved", "participate", "participating", "join", "joining", "part", "contribute", "contributing",
    ]
    static let pronouns: Set<String> = ["it", "its", "we", "our", "they", "their", "he", "his", "she", "her", "i"]
    static let clauseBoundaries: Set<String> = [
        "after", "before", "because", "since", "although", "though", "whereas", "despite", "amid", "which", "who",
        "whose", ";", ":", "once", "if", "until", "unless", "following",
    ]
    static let inclusionWords: Set<String> = [
        "including", "featuring", "comprising", "consisting", "such", "notably", "particularly", "especially",
    ]
    static let packageWords: Set<String> = ["package", "donation", "tranche", "batch", "aid"]
    static let packageVerbs: Set<String> = [
        "include", "includes", "including", "among", "comprises", "consists", "consisting", "featuring", "contains",
    ]
    static let conditionStarters: Set<String> = ["once", "after", "following", "if", "when", "until", "provided", "upon", "conditional"]
    static let conditionWords: Set<String> = [
        "ceasefire", "peace", "fighting", "war", "hostilities", "conflict", "agreement", "deal", "reforms", "truce",
        "settlement", "ends", "end", "stops", "armistice",
    ]

    static func commitments(in a: SentenceAnalysis, context: inout DocumentContext) -> [ExplainedClaim] {
        var found: [(party: Party, hit: CategoryHit?, category: MusterCore.Category, status: StatusHit, amount: QuantityMention?)] = []
        var previousParties: [Party]?
        for (k, s) in a.statuses.enumerated() {
            let left = k > 0 ? a.statuses[k - 1].end : 0
            // "if Trump agrees to …", "whether to send …": hypothetical, not a commitment.
            if hypothetical(a, before: s.start) { continue }
            let right = k + 1 < a.statuses.count ? a.statuses[k + 1].start : a.tokens.count
            var (parties, subjectEnd) = self.parties(a, status: s, limit: left, context: context)
            if parties == nil, let previous = previousParties, !crossesReport(a, from: left, to: s.start) {
                parties = previous
            }
            previousParties = parties
            guard let parties, !parties.isEmpty else { continue }
            let objectEnd = clauseEnd(a, from: s.end, limit: right)
            var hits = a.categories.filter { $0.start >= s.start && $0.start >= s.end - 1 && $0.end <= objectEnd }
            if hits.isEmpty {
                hits = a.categories.filter { $0.start >= max(left, subjectEnd) && $0.end <= s.start }
            }
            var money = a.quantities.filter { $0.kind == .money && !$0.isRate && !$0.isConversion && $0.start >= s.end && $0.end <= objectEnd }
            if money.isEmpty {
                money = a.quantities.filter { $0.kind == .money && !$0.isRate && !$0.isConversion && $0.start >= max(left, subjectEnd) && $0.end <= s.start }
            }
            // "finance the purchase of two Patriot systems": the money buys what follows.
            let allHits = hits
            hits.removeAll { hit in
                hit.category == .financial && a.tokens[hit.end..<min(a.tokens.count, hit.end + 4)]
                    .contains { ["purchase", "purchases", "buy", "buying", "procurement", "acquisition"].contains($0.lower) }
                    && allHits.contains { $0.start > hit.end && $0.category != .financial }
            }
            var categories: [(CategoryHit?, MusterCore.Category)] = hits.map { ($0, $0.category) }
            // Money with no object is aid only when the sentence ties it to Ukraine or calls it aid
            // ("its defence budget to €100 billion" is not).
            let forUkraine = a.actors.contains { $0.code == .ukraine }
                || a.tokens.contains { CommitmentRules.aidWords.contains($0.lower) }
            if categories.isEmpty, !money.isEmpty, forUkraine {
                // Money for producing weapons is financing, not weapons bought for Ukraine.
                let production = a.tokens.contains { productionWords.contains($0.lower) }
                let militaryHere = a.tokens.contains { militaryWords.contains($0.lower) }
                let aid = a.tokens.contains { ["aid", "package", "assistance", "support"].contains($0.lower) }
                categories = [(nil, !production && (militaryHere || (aid && context.military)) ? .equipment : .financial)]
            }
            if categories.isEmpty, s.strong, a.categories.isEmpty, let topic = context.topic,
               a.tokens.contains(where: { participation.contains($0.lower) }) {
                categories = [(nil, topic)]
            }
            // "announced a new package": what it holds may follow in the next sentences.
            if categories.isEmpty, a.tokens[s.end..<objectEnd].contains(where: { packageWords.contains($0.lower) }) {
                context.lastCommitment = (parties, s.status, text(a.tokens, s.start..<s.end))
            }
            // A guarantee is its own category only when nothing more specific is promised.
            if categories.contains(where: { $0.1 != .securityGuarantee }) {
                categories.removeAll { $0.1 == .securityGuarantee }
            }
            let moneyTarget = categories.firstIndex { $0.0?.carriesMoney == true || $0.1 == .financial }
                ?? categories.firstIndex { $0.1 != .sanctions && $0.1 != .troops && $0.1 != .securityGuarantee }
            for (index, (hit, category)) in categories.enumerated() {
                var amount: QuantityMention?
                if parties.count == 1, category != .sanctions {
                    if let hit {
                        amount = a.quantities.first { q in
                            guard q.kind == .count, let unit = q.unitIndex else { return false }
                            return unit >= hit.start && unit < hit.end + 2 && q.start < hit.end
                        }
                    }
                    if amount == nil, index == moneyTarget { amount = money.first }
                }
                for party in parties {
                    found.append((party, hit, category, s, amount))
                }
            }
        }
        if a.statuses.isEmpty, let last = context.lastCommitment, isPackageContents(a) {
            for hit in a.categories {
                let amount = a.quantities.first { q in
                    guard q.kind == .count, let unit = q.unitIndex else { return false }
                    return unit >= hit.start && unit < hit.end + 2 && q.start < hit.end
                }
                let status = StatusHit(start: 0, end: 0, status: last.status, trigger: last.trigger)
                for party in last.parties {
                    found.append((party, hit, hit.category, status, last.parties.count == 1 ? amount : nil))
                }
            }
        }
        // "will join only if …": a party that sets conditions has not decided.
        let words = a.tokens.map(\.lower)
        if IncidentRules.contains(words, ["only", "if"]) || IncidentRules.contains(words, ["on", "condition"])
            || IncidentRules.contains(words, ["provided", "that"]) || words.contains("unless") {
            for index in found.indices where found[index].status.status == .pledged { found[index].status.status = .considering }
        }
        // One claim per party and category in a sentence, at the stronger status; "not prepared
        // to commit" beside "has not ruled out" stays `considering`.
        var out: [ExplainedClaim] = []
        var index: [String: Int] = [:]
        for item in found {
            let key = "\(item.party.code)|\(item.party.count ?? -1)|\(item.category.rawValue)"
            let commitment = Commitment(
                actor: item.party.code, actorCount: item.party.code.isGroup ? item.party.count : nil,
                recipient: item.category == .sanctions ? .russia : .ukraine, category: item.category,
                status: item.status.status, amount: item.amount?.quantity, condition: condition(a, after: item.status.end),
                object: item.hit?.trigger ?? item.amount?.trigger, quote: a.sentence.text)
            let explained = ExplainedClaim(claim: .commitment(commitment), actorTrigger: item.party.trigger,
                                           categoryTrigger: item.hit?.trigger ?? item.amount?.trigger,
                                           statusTrigger: item.status.trigger, amountTrigger: item.amount?.trigger)
            if let existing = index[key], case .commitment(let old) = out[existing].claim {
                let pair: Set<CommitmentStatus> = [old.status, commitment.status]
                let keepNew = pair == [.considering, .declined] ? commitment.status == .considering
                    : commitment.status.strength > old.status.strength
                if keepNew {
                    out[existing] = explained
                } else if old.status == commitment.status, ClaimMerger.rank(commitment.amount) > ClaimMerger.rank(old.amount) {
                    var upgraded = old
                    upgraded.amount = commitment.amount
                    out[existing].claim = .commitment(upgraded)
                    out[existing].amountTrigger = explained.amountTrigger
                }
            } else {
                index[key] = out.count
                out.append(explained)
            }
        }
        if let last = out.last, case .commitment(let c) = last.claim {
            let parties = out.compactMap { claim -> Party? in
                guard case .commitment(let x) = claim.claim, x.status == c.status else { return nil }
                return Party(code: x.actor, count: x.actorCount, trigger: claim.actorTrigger ?? "")
            }
            var unique: [Party] = []
            for party in parties where !unique.contains(where: { $0.code == party.code && $0.count == party.count }) { unique.append(party) }
            context.lastCommitment = (unique, c.status, last.statusTrigger ?? "")
        }
        return out
    }

    /// The parties acting on a status trigger, and where their mention ends.
    static func parties(_ a: SentenceAnalysis, status s: StatusHit, limit: Int,
                        context: DocumentContext) -> ([Party]?, Int) {
        if s.start >= 2, a.tokens[s.start - 1].isJoinedHyphen,
           let compound = a.actors.last(where: { $0.end == s.start - 1 }), !compound.isUkraineOrRussia, compound.kind != .group {
            return ([party(compound, a)], compound.end)
        }
        var crossedSpeech: Int?
        var k = s.start - 1
        while k >= limit {
            let token = a.tokens[k]
            let inName = a.actors.contains { $0.start <= k && k < $0.end }
            if !a.aside[k], !inName, L.speechVerbs.contains(token.lower), crossedSpeech == nil {
                crossedSpeech = k
            }
            if let mention = a.actors.last(where: { $0.end - 1 == k }), !a.aside[mention.start] {
                let absolute = mention.end == s.start && mention.kind != .group && a.tokens[s.start].lower.hasSuffix("ing")
                if let verdict = absolute ? true : agentive(mention, a) {
                    // A subject sits within a few words of its verb (asides aside).
                    let between = (mention.end..<s.start).filter { !a.aside[$0] && !a.tokens[$0].isJoinedHyphen }.count
                    if between > 10 { return (nil, 0) }
                    if let speech = crossedSpeech, !pronounLeads(a, after: speech, before: s.start) { return (nil, 0) }
                    if mention.isUkraineOrRussia {
                        if s.recipientSubject, let first = a.actors.firstIndex(where: { $0.start > s.end && $0.start > 0
                            && a.tokens[$0.start - 1].lower == "from" && !$0.isUkraineOrRussia && $0.kind != .group }) {
                            var donors = [party(a.actors[first], a)]
                            var index = first + 1
                            while index < a.actors.count {
                                let gap = a.tokens[a.actors[index - 1].end..<a.actors[index].start].map(\.lower)
                                guard [[","], ["and"], [",", "and"]].contains(gap) || gap.allSatisfy({ [",", "and", "the"].contains($0) }) && !gap.isEmpty,
                                      !a.actors[index].isUkraineOrRussia else { break }
                                donors.append(party(a.actors[index], a))
                                index += 1
                            }
                            return (donors, mention.end)
                        }
                        if s.recipientSubject, let donor = context.lastParty { return ([donor], mention.end) }
                        return (nil, 0)
                    }
                    if !verdict { return ([], 0) }
                    return (chain(from: mention, a), mention.end)
                }
                k = mention.start - 1
                continue
            }
            k -= 1
        }
        // No party before the trigger: lean on the previous sentences when this one names none
        // and does not start from a pronoun ("He did not say how many troops…").
        let named = a.actors.contains { !$0.isUkraineOrRussia }
        let pronoun = a.tokens[limit..<s.start].contains { pronouns.contains($0.lower) && $0.lower != "its" && $0.lower != "their" }
        if !named, !pronoun, let party = context.lastParty, limit == 0 { return ([party], 0) }
        return (nil, 0)
    }

    /// nil: not a party here (object, place); false: a party that commits nothing (an anaphoric
    /// group); true: the acting party.
    static func agentive(_ m: ActorMention, _ a: SentenceAnalysis) -> Bool? {
        var p = m.start - 1
        while p >= 0, L.determiners.contains(a.tokens[p].lower) { p -= 1 }
        // "urged Germany to send": the party is asked, not committing.
        if p >= 0, requestVerbs.contains(a.tokens[p].lower) || (p > 0 && a.tokens[p].lower == "on" && requestVerbs.contains(a.tokens[p - 1].lower)) {
            return nil
        }
        if p >= 0, objectPrepositions.contains(a.tokens[p].lower), m.kind != .group || a.tokens[p].lower != "of" {
            return nil
        }
        if m.kind == .demonym, !m.governmentForm { return nil }
        if m.kind == .group, m.anaphoric { return false }
        // "former Prime Minister …", "Britain's opposition leader", "regional officials".
        if p >= 0, nonSpeakers.contains(a.tokens[p].lower) { return nil }
        if a.tokens[m.end..<min(a.tokens.count, m.end + 3)].contains(where: { nonSpeakers.contains($0.lower) }) { return nil }
        return true
    }

    /// "The Netherlands, Sweden, Norway and Denmark", "Germany and other countries".
    static func chain(from mention: ActorMention, _ a: SentenceAnalysis) -> [Party] {
        var parties = [party(mention, a)]
        guard var index = a.actors.firstIndex(where: { $0.start == mention.start }) else { return parties }
        while index > 0 {
            let previous = a.actors[index - 1]
            let gap = a.tokens[previous.end..<a.actors[index].start].map(\.lower)
            guard [[","], ["and"], [",", "and"], ["as", "well", "as"], ["or"], ["&"]].contains(gap),
                  !previous.isUkraineOrRussia, agentive(previous, a) == true else { break }
            parties.insert(party(previous, a), at: 0)
            index -= 1
        }
        return parties
    }

    static func party(_ m: ActorMention, _ a: SentenceAnalysis) -> Party {
        Party(code: m.code, count: m.code.isGroup ? m.count : nil, trigger: m.trigger)
    }

    /// Whether the words between a speech verb and the trigger open with a pronoun for the
    /// speaker: "Stockholm said its donation would…", "Macron said he would…".
    static func pronounLeads(_ a: SentenceAnalysis, after speech: Int, before end: Int) -> Bool {
        var k = speech + 1
        while k < end, ["that", ",", "\"", "on", "thursday"].contains(a.tokens[k].lower) || DateExpressions.weekdays[a.tokens[k].lower] != nil { k += 1 }
        return k < end && pronouns.contains(a.tokens[k].lower)
    }

    /// Whether a reporting verb or "that" separates two triggers (then the second has its own subject).
    static func crossesReport(_ a: SentenceAnalysis, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        return a.tokens[from..<to].contains { L.speechVerbs.contains($0.lower) || $0.lower == "that" || clauseBoundaries.contains($0.lower) }
    }

    /// The end of the object of a trigger: the next subordinate clause or participle adjunct.
    static func clauseEnd(_ a: SentenceAnalysis, from: Int, limit: Int) -> Int {
        var k = from
        while k < limit {
            let t = a.tokens[k]
            if clauseBoundaries.contains(t.lower) { return k }
            if t.lower == ",", k + 1 < limit, a.tokens[k + 1].lower.hasSuffix("ing"), !inclusionWords.contains(a.tokens[k + 1].lower) {
                return k
            }
            k += 1
        }
        return limit
    }

    /// Whether an "if", "unless" or "whether" opens the clause the trigger is in.
    static func hypothetical(_ a: SentenceAnalysis, before start: Int) -> Bool {
        var k = start - 1
        while k >= 0 {
            let word = a.tokens[k].lower
            if word == "," || word == ";" || word == "—" { return false }
            if word == "if" || word == "unless" || word == "whether" { return true }
            k -= 1
        }
        return false
    }

    /// "Among the items in the package are …", "The aid package includes …".
    static func isPackageContents(_ a: SentenceAnalysis) -> Bool {
        guard !a.categories.isEmpty, !a.actors.contains(where: { !$0.isUkraineOrRussia && $0.kind != .demonym }) else { return false }
        let words = Set(a.tokens.map(\.lower))
        // "It includes 10 howitzers" right after a package was announced.
        let opensWithIt = a.tokens.first?.lower == "it"
        return (opensWithIt || (!words.isDisjoint(with: packageWords) && words.contains("the"))) && !words.isDisjoint(with: packageVerbs)
    }

    /// "once fighting ends", "after a ceasefire", "following the cessation of hostilities".
    static func condition(_ a: SentenceAnalysis, after start: Int) -> String? {
        var k = start
        while k < a.tokens.count {
            if conditionStarters.contains(a.tokens[k].lower) {
                var end = k + 1
                while end < a.tokens.count, ![",", ".", "—", ";", ")", "\"", ":"].contains(a.tokens[end].lower) { end += 1 }
                if a.tokens[k..<end].contains(where: { conditionWords.contains($0.lower) }), end - k <= 14 {
                    return text(a.tokens, k..<end)
                }
            }
            k += 1
        }
        return nil
    }
}
