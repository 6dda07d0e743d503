import MusterCore

/// A word or phrase that sets how firmly a party commits.
struct StatusHit: Sendable {
    var start: Int
    var end: Int
    var status: CommitmentStatus
    var recipientSubject = false
    var strong = false
    var trigger: String
    /// For a verb in a relative clause ("the jets it has already delivered"): the token index
    /// where the head noun it describes ends. Its object is that noun, its party the main clause's.
    var relativeHead: Int?
}

/// Finds status triggers with their modality and negation ("may", "is considering", "ruled
/// out", "will not", "has not ruled out").
enum StatusFinder {
    typealias L = StatusLexicon

    static let timeAsides: Set<String> = [
        "for now", "for the moment", "for the time being", "at this stage", "at present", "at least for now", "for the foreseeable future",
    ]

    /// Verbs of taking an occasion: "used the call to announce", "travelled to Kyiv to pledge".
    static let occasionVerbs: Set<String> = ["used", "uses", "using", "took", "takes", "travelled", "traveled", "visited", "flew", "came", "seized"]

    static func hits(in tokens: [Token], mentionEnds: Set<Int>) -> [StatusHit] {
        var out: [StatusHit] = []
        var i = 0
        while i < tokens.count {
            guard let found = hit(tokens, at: i, mentionEnds: mentionEnds, earlier: out) else { i += 1; continue }
            var hit = found
            // "committed to sending", "approval to disburse": the infinitive belongs to the trigger.
            // ("deployed to Russia": a place, not an infinitive.)
            // ("will go to air defence": a destination, not an infinitive.)
            // ("Washington's decision earlier this week to halt shipments": a time may come between.)
            if L.nominals[tokens[hit.start].lower] != nil, hit.end == hit.start + 1 {
                var k = hit.end
                while k < min(tokens.count, hit.end + 4), nominalTimeWords.contains(tokens[k].lower) || DateExpressions.weekdays[tokens[k].lower] != nil { k += 1 }
                if k > hit.end, k + 1 < tokens.count, tokens[k].lower == "to", L.cessation.contains(tokens[k + 1].lower) || L.refusalVerbs.contains(tokens[k + 1].lower) {
                    hit.end = k
                }
            }
            if hit.end + 1 < tokens.count, tokens[hit.end].lower == "to", tokens[hit.end + 1].isWord,
               !tokens[hit.end + 1].isCapitalized, !L.determiners.contains(tokens[hit.end + 1].lower),
               isVerbLike(tokens[hit.end + 1].lower) {
                // "Washington's decision to halt shipments", "plans to suspend": the verb decides.
                let verb = tokens[hit.end + 1].lower
                if hit.status == .pledged, L.cessation.contains(verb) { hit.status = .withdrawn }
                if hit.status == .pledged, L.refusalVerbs.contains(verb) { hit.status = .declined }
                // "promised to look into", "agreed to consider": a promise to weigh it decides nothing yet.
                if hit.status == .pledged, L.deliberation.contains(verb) { hit.status = .considering }
                hit.end += 2
            } else if hit.status == .considering, hit.end + 3 < tokens.count, tokens[hit.end].lower == "\"", tokens[hit.end + 1].lower == "whether",
                      tokens[hit.end + 2].lower == "to", tokens[hit.end + 3].isWord {
                // "is \"studying\" whether to follow suit"
                hit.end += 4
            } else if hit.status == .considering, hit.end + 2 < tokens.count, tokens[hit.end].lower == "whether",
                      tokens[hit.end + 1].lower == "to", tokens[hit.end + 2].isWord {
                // "weighing whether to contribute": the question belongs to the deliberation.
                hit.end += 3
            } else if hit.status == .considering, hit.end + 3 < tokens.count, tokens[hit.end].lower == "whether",
                      ["it", "they", "we", "he", "she"].contains(tokens[hit.end + 1].lower),
                      L.isModal(tokens[hit.end + 2].lower),
                      tokens[hit.end + 3].isWord, !L.negations.contains(tokens[hit.end + 3].lower) {
                // "has not yet decided whether it would send soldiers": the question's verb is what
                // is being decided, not a promise of its own.
                hit.end += 4
            }
            hit.trigger = text(tokens, hit.start..<hit.end)
            // "signed a letter of intent on the possible sale of 150 Gripen jets": an undertaking
            // about a possible deal still weighs it.
            if [.pledged, .allocated].contains(hit.status),
               let possible = tokens[hit.end..<min(tokens.count, hit.end + 9)].firstIndex(where: { ["possible", "potential", "prospective"].contains($0.lower) }),
               possible + 1 < tokens.count, ["sale", "sales", "transfer", "delivery", "deliveries", "purchase", "supply", "acquisition"].contains(tokens[possible + 1].lower),
               !tokens[hit.end..<possible].contains(where: { [",", ";", "and", "but"].contains($0.lower) }) {
                hit.status = .considering
            }
            // "scrapped plans to send", "withdrew its offer to": the withdrawal or refusal takes
            // the plan with it.
            // ("does not plan to send soldiers and would instead serve": a coordinated verb is a
            // clause of its own, not the plan.)
            if let last = out.last, [.withdrawn, .declined].contains(last.status), hit.start - last.end <= 2,
               [.considering, .pledged].contains(hit.status),
               !tokens[last.end..<hit.start].contains(where: { ["and", "but", "or", ",", ";"].contains($0.lower) }),
               !L.isModal(tokens[hit.start].lower) {
                out[out.count - 1].end = hit.end
                out[out.count - 1].trigger = text(tokens, last.start..<hit.end)
                i = hit.end
                continue
            }
            out.append(hit)
            i = hit.end
        }
        return out
    }

    /// Every word a trigger can start with: most tokens are rejected by one lookup.
    static let starts: Set<String> = {
        var words = Set(L.verbs.keys).union(L.progressive.keys).union(L.modalsPledge).union(L.modalsMaybe)
        for phrase in L.willingness + L.refusals + L.inForce + L.withdrawals + L.allocations + L.deliveries + L.pledges { words.insert(phrase[0]) }
        words.formUnion(["won", "to", "signed", "signs", "sign", "can", "cannot", "is", "are"])
        words.formUnion(L.nominals.keys)
        words.formUnion(L.completionVerbs)
        words.formUnion(L.infinitives)
        words.formUnion(["put", "puts", "putting", "placed", "continued", "continues", "continuing", "scheduled", "due", "set", "reached", "did", "does", "do"])
        words.formUnion(L.takingForms)
        return words
    }()

    /// Each phrase list indexed by its first word, in list order: a token is compared only with
    /// the phrases that start with it ("to" and "in" start many, most words none).
    private static func byFirstWord(_ phrases: [[String]]) -> [String: [[String]]] {
        Dictionary(grouping: phrases.filter { !$0.isEmpty }, by: { $0[0] })
    }
    private static let refusalsByFirst = byFirstWord(L.refusals)
    private static let withdrawalsByFirst = byFirstWord(L.withdrawals)
    private static let inForceByFirst = byFirstWord(L.inForce)
    private static let deliveriesByFirst = byFirstWord(L.deliveries)
    private static let allocationsByFirst = byFirstWord(L.allocations)
    private static let pledgesByFirst = byFirstWord(L.pledges)
    private static let willingnessByFirst = byFirstWord(L.willingness)
    private static let noPhrases: [[String]] = []

    private static func hit(_ tokens: [Token], at i: Int, mentionEnds: Set<Int>, earlier: [StatusHit]) -> StatusHit? {
        guard tokens[i].classes.contains(.statusStart) else { return nil }
        let word = tokens[i].lower
        // "stopped short of saying it would join the loan": what is not said is not undertaken.
        if i >= 3, (max(2, i - 5)..<i).contains(where: { k in
            tokens[k - 1].lower == "of" && tokens[k - 2].lower == "short" && k < tokens.count
                && ["saying", "announcing", "promising", "pledging", "committing", "confirming", "stating"].contains(tokens[k].lower)
        }) {
            return nil
        }
        // "there would be no US troops on the ground": a presence ruled out ("there will be no
        // delay in deliveries" rules nothing out).
        if ["would", "will"].contains(word), i + 2 < tokens.count, tokens[i + 1].lower == "be", tokens[i + 2].lower == "no",
           tokens[(i + 3)..<min(tokens.count, i + 6)].contains(where: { ["troops", "soldiers", "boots", "forces", "personnel", "deployment"].contains($0.lower) }) {
            return StatusHit(start: i, end: i + 3, status: .declined, trigger: "")
        }
        // "is \"open\" to contributing": quotation marks inside a phrase are skipped; `phraseEnd`
        // is where the matched phrase ends.
        var phraseEnd = i
        func words(_ phrase: [String]) -> Bool {
            var k = i
            for (offset, expected) in phrase.enumerated() {
                if offset > 0 { while k < tokens.count, tokens[k].lower == "\"" { k += 1 } }
                // ("did not, however, exclude": an aside after the negation.)
                if offset > 0, phrase[offset - 1] == "not" {
                    var skipped = 0
                    while k < tokens.count, skipped < 4, L.interjected.contains(tokens[k].lower) { k += 1; skipped += 1 }
                }
                guard k < tokens.count, tokens[k].lower == expected else { return false }
                k += 1
            }
            phraseEnd = k
            return true
        }
        for phrase in refusalsByFirst[word] ?? noPhrases where words(phrase) {
            // "declined to say whether …": no answer is no decision.
            // ("is not in a position to provide air defence systems": giving goods, not details.)
            if phrase.last == "to", phraseEnd < tokens.count, L.commentVerbs.contains(tokens[phraseEnd].lower),
               !["give", "provide"].contains(tokens[phraseEnd].lower)
                || tokens[(phraseEnd + 1)..<min(tokens.count, phraseEnd + 5)].contains(where: { L.informationNouns.contains($0.lower) }) {
                return nil
            }
            // ("nothing is off the table", "nothing has been ruled out": every option stays open.)
            let nothing = (max(0, i - 4)..<i).last { tokens[$0].lower == "nothing" }.map { at in
                tokens[(at + 1)..<i].allSatisfy { ["is", "was", "'s", "has", "had", "been", "remains", "yet"].contains($0.lower) }
            } ?? false
            let negated = isNegated(tokens, before: i) || nothing
            return StatusHit(start: i, end: phraseEnd, status: negated ? .considering : .declined, trigger: "")
        }
        for phrase in withdrawalsByFirst[word] ?? noPhrases where words(phrase) {
            // "can no longer be postponed", "no longer holds": only no longer giving takes aid back.
            if phrase == ["no", "longer"], phraseEnd < tokens.count {
                var k = phraseEnd
                while k < tokens.count, L.adverbs.contains(tokens[k].lower) || tokens[k].lower == "be" { k += 1 }
                if k >= tokens.count || !(L.commitVerbs.contains(tokens[k].lower) || L.verbs[tokens[k].lower] != nil || L.progressive[tokens[k].lower] != nil)
                    || L.deliberation.contains(tokens[k].lower) {
                    return nil
                }
                // "will no longer contribute to it": the verb is part of the withdrawal, not a
                // refusal of its own.
                return StatusHit(start: i, end: k + 1, status: .withdrawn, trigger: "")
            }
            return StatusHit(start: i, end: phraseEnd, status: .withdrawn, trigger: "")
        }
        for phrase in deliveriesByFirst[word] ?? noPhrases where words(phrase) {
            if isNegated(tokens, before: i) { return nil }
            return StatusHit(start: i, end: phraseEnd, status: .delivered, trigger: "")
        }
        for phrase in allocationsByFirst[word] ?? noPhrases where words(phrase) {
            if isNegated(tokens, before: i) { return nil }
            return StatusHit(start: i, end: phraseEnd, status: .allocated, trigger: "")
        }
        for phrase in pledgesByFirst[word] ?? noPhrases where words(phrase) {
            // "prepared in principle to chip in": the readiness before it already governs.
            if i > 0, tokens[i - 1].lower == "to", earlier.contains(where: { $0.end >= i - 1 && $0.start < i }) { return nil }
            return negate(StatusHit(start: i, end: phraseEnd, status: .pledged, trigger: ""), tokens)
        }
        for phrase in inForceByFirst[word] ?? noPhrases where words(phrase) {
            if isNegated(tokens, before: i) { return nil }
            return StatusHit(start: i, end: phraseEnd, status: .delivered, trigger: "")
        }
        // "is however ready, once a ceasefire is in place, to contribute": an insert set off by
        // commas may stand between the readiness and what it is ready to do.
        if ["ready", "prepared", "willing"].contains(word), i + 1 < tokens.count, tokens[i + 1].lower == "," {
            var k = i + 2
            while k + 2 < tokens.count, k < i + 18, ![".", ";", ":"].contains(tokens[k].lower) {
                if tokens[k].lower == ",", tokens[k + 1].lower == "to", tokens[k + 2].isWord, isVerbLike(tokens[k + 2].lower) {
                    return negate(StatusHit(start: i, end: k + 3, status: .considering, trigger: ""), tokens)
                }
                k += 1
            }
        }
        for phrase in willingnessByFirst[word] ?? noPhrases where words(phrase) {
            // "will continue work on the size of the force": working on it is no decision to weigh.
            // ("will lead the work on air policing": the work is the task led, a noun.)
            if phrase == ["work", "on"], i > 0, ["continue", "continues", "continued", "will", "would", "to", "the"].contains(tokens[i - 1].lower) { return nil }
            // "agreed to accelerate work on security guarantees", "step up work on": speeding the
            // work is what was agreed, not a matter still weighed.
            if phrase == ["work", "on"], i > 0, ["accelerate", "intensify", "up", "speed", "advance", "deepen", "expand"].contains(tokens[i - 1].lower) { return nil }
            // "signed a Declaration of Intent … setting out their intention to deploy forces": the
            // intention a signed declaration sets out is its promise.
            if ["intention", "intentions"].contains(phrase[0]), earlier.contains(where: { h in
                h.status == .pledged && tokens[h.start].lower.hasPrefix("sign")
                    && tokens[h.end..<min(tokens.count, h.end + 5)].contains(where: { L.intentNouns.contains($0.lower) })
            }) {
                return nil
            }
            // "keeping channels open to Moscow": open to a party, not to doing something.
            if phrase == ["open", "to"], phraseEnd < tokens.count, tokens[phraseEnd].isCapitalized || L.determiners.contains(tokens[phraseEnd].lower) { return nil }
            var end = phraseEnd
            // "prepared to contribute", "willing to send": the verb is what is considered, not a
            // second, firmer trigger.
            // ("is expected to formally approve": an adverb may come before the verb.)
            if phrase.last == "to" {
                while end + 1 < tokens.count, L.adverbs.contains(tokens[end].lower) || ["formally", "officially", "quickly", "swiftly", "soon"].contains(tokens[end].lower),
                      tokens[end + 1].isWord { end += 1 }
            }
            if phrase.last == "to", end < tokens.count, tokens[end].isWord, !L.determiners.contains(tokens[end].lower) { end += 1 }
            // ("have not yet reached agreement": no deal yet says nothing of what anyone will give.)
            if word == "reached", isNegated(tokens, before: i) { return nil }
            // ("EU leaders reached agreement on the loan" decided; only a lender's staff awaits its board.)
            if phrase == ["reached", "agreement"], !tokens[max(0, i - 3)..<i].contains(where: { $0.lower == "staff" }) { return nil }
            return negate(StatusHit(start: i, end: end, status: .considering, trigger: ""), tokens)
        }
        // "Germany is to send …", "the allies are to deploy …": a scheduled decision.
        if word == "is" || word == "are" {
            guard i + 2 < tokens.count, tokens[i + 1].lower == "to", L.commitVerbs.contains(tokens[i + 2].lower),
                  !L.cessation.contains(tokens[i + 2].lower) else { return nil }
            return StatusHit(start: i, end: i + 3, status: .pledged, trigger: "")
        }
        // "put off until December a decision on the loan": a decision deferred, with a time between.
        if ["put", "postponed", "deferred", "delayed"].contains(word), !isNegated(tokens, before: i),
           let decision = tokens[(i + 1)..<min(tokens.count, i + 7)].firstIndex(where: { $0.lower == "decision" }),
           tokens[(i + 1)..<decision].contains(where: { ["until", "till", "to"].contains($0.lower) }),
           word != "put" || tokens[i + 1].lower == "off" {
            return StatusHit(start: i, end: decision + 1, status: .considering, trigger: "")
        }
        // "has put 2bn kroner on the table for …": an offer.
        if ["put", "puts", "putting", "placed"].contains(word) {
            var k = i + 1
            while k + 2 < tokens.count, k < i + 12, ![".", ";", ":"].contains(tokens[k].lower) {
                if tokens[k].lower == "on", tokens[k + 1].lower == "the", tokens[k + 2].lower == "table" {
                    return negate(StatusHit(start: i, end: i + 1, status: .pledged, trigger: ""), tokens)
                }
                k += 1
            }
            return nil
        }
        // "continued to share intelligence", "continues supplying": an ongoing delivery.
        if ["continued", "continues", "continuing"].contains(word), i + 1 < tokens.count, !isNegated(tokens, before: i) {
            if tokens[i + 1].lower == "to", i + 2 < tokens.count, L.commitVerbs.contains(tokens[i + 2].lower), !L.cessation.contains(tokens[i + 2].lower) {
                return StatusHit(start: i, end: i + 3, status: .delivered, trigger: "")
            }
            if let status = L.progressive[tokens[i + 1].lower], status == .delivered {
                return StatusHit(start: i, end: i + 2, status: .delivered, trigger: "")
            }
            return nil
        }
        // "… SEK 1 billion for repairs, channelled through the Energy Support Fund": a participle
        // after a comma tells the route of the money just named, not a second deed.
        if ["channelled", "channeled", "routed"].contains(word), i >= 1, tokens[i - 1].lower == ",",
           i + 1 < tokens.count, ["through", "via"].contains(tokens[i + 1].lower) {
            return nil
        }
        // "the Government has decided to contribute SEK 1 billion": a decision on a specific sum
        // or package allocates it; "decided in principle to offer troops" promises them.
        // ("has not yet decided to …" is read as no decision by the willingness phrases.)
        if ["decided", "decides"].contains(word), !isNegated(tokens, before: i) {
            var k = i + 1
            let inPrinciple = k + 1 < tokens.count && tokens[k].lower == "in" && tokens[k + 1].lower == "principle"
            if inPrinciple { k += 2 }
            if k + 1 < tokens.count, tokens[k].lower == "to", L.commitVerbs.contains(tokens[k + 1].lower), !L.cessation.contains(tokens[k + 1].lower) {
                let promise = inPrinciple || ["offer", "pledge", "promise", "commit"].contains(tokens[k + 1].lower)
                return StatusHit(start: i, end: k + 2, status: promise ? .pledged : .allocated, trigger: "")
            }
        }
        // "are scheduled to follow", "is due to arrive", "are set to arrive": goods on their way.
        if ["scheduled", "due", "set"].contains(word), i + 2 < tokens.count, tokens[i + 1].lower == "to",
           ["follow", "arrive"].contains(tokens[i + 2].lower), i > 0, L.be.contains(tokens[i - 1].lower) {
            return StatusHit(start: i, end: i + 3, status: .pledged, trigger: "")
        }
        // "the first systems have already reached Ukraine": goods delivered.
        if word == "reached", i + 1 < tokens.count, !mentionEnds.contains(i),
           ["ukraine", "kyiv"].contains(tokens[i + 1].lower)
            || (i + 2 < tokens.count && tokens[i + 1].lower == "the" && ["front", "frontline", "country"].contains(tokens[i + 2].lower)) {
            return StatusHit(start: i, end: i + 1, status: .delivered, trigger: "")
        }
        // "subject to parliamentary approval", "pending approval": a condition, not a decision.
        if L.nominals[word] != nil, i >= 2, tokens[max(0, i - 3)..<i].contains(where: { ["pending", "awaiting", "requires", "require", "needs", "need", "depending", "subject"].contains($0.lower) }) {
            return nil
        }
        // "the decision to halt shipments": a decision has the status of what it decides.
        if word == "decision", i + 2 < tokens.count, tokens[i + 1].lower == "to" {
            let verb = tokens[i + 2].lower
            if L.cessation.contains(verb) { return StatusHit(start: i, end: i + 3, status: .withdrawn, trigger: "") }
            if L.refusalVerbs.contains(verb) { return StatusHit(start: i, end: i + 3, status: .declined, trigger: "") }
        }
        if let nominal = L.nominals[word], let found = nominalHit(tokens, at: i, status: nominal, mentionEnds: mentionEnds) {
            return found
        }
        // "Moldova does, however, supply electricity", "Sweden did send the jets": an emphatic
        // auxiliary before a verb of giving tells a gift made (the negated form is a refusal,
        // read from its own verb).
        if ["did", "does", "do"].contains(word), i > 0, tokens[i - 1].isWord || tokens[i - 1].lower == ",",
           !["what", "how", "why", "so", "as", "than", "to"].contains(tokens[i - 1].lower) {
            var k = i + 1
            while k < tokens.count, L.adverbs.contains(tokens[k].lower) || L.interjected.contains(tokens[k].lower) && tokens[k].lower != "\"" { k += 1 }
            if k < tokens.count, k > i + 1 || !L.negations.contains(tokens[k].lower),
               !tokens[(i + 1)..<k].contains(where: { L.negations.contains($0.lower) }),
               ["supply", "send", "provide", "deliver", "give", "donate", "transfer", "fund", "finance", "pay", "train", "deploy", "ship"].contains(tokens[k].lower) {
                return StatusHit(start: i, end: k + 1, status: .delivered, trigger: "")
            }
        }
        if L.isModal(word) || word == "can" || word == "cannot" {
            if word == "will", i > 0, L.determiners.contains(tokens[i - 1].lower) { return nil } // "the will of"
            var k = i + 1
            var negated = word == "cannot"
            var passive = false
            // "would \"honour to the last euro\" the €1 billion": a quotation may open on the verb.
            if k + 1 < tokens.count, tokens[k].lower == "\"", tokens[k + 1].isWord { k += 1 }
            while k < tokens.count, L.adverbs.contains(tokens[k].lower) || (k > i + 1 && L.interjected.contains(tokens[k].lower) && tokens[k].lower != "\""),
                  !(tokens[k].lower == "continue" && k + 1 < tokens.count && tokens[k + 1].lower != "to" && !tokens[k + 1].lower.hasSuffix("ing")) {
                if L.negations.contains(tokens[k].lower) { negated = true }
                if tokens[k].lower == "be" { passive = true }
                // "will continue to share": the verb after "to" is the undertaking.
                if tokens[k].lower == "continue", k + 1 < tokens.count, tokens[k + 1].lower == "to" { k += 1 }
                k += 1
            }
            // "would in any case provide", "will in the end send": an adverbial phrase inside the verb.
            if k + 2 < tokens.count, tokens[k].lower == "in", ["any", "the", "all"].contains(tokens[k + 1].lower),
               ["case", "event", "end", "future", "meantime", "likelihood"].contains(tokens[k + 2].lower) {
                k += 3
                while k < tokens.count, L.adverbs.contains(tokens[k].lower) { k += 1 }
            }
            // "would not, for now, supply Tomahawk missiles": a time phrase set off by commas.
            // (The comma that opens it may already be passed as an interjection.)
            if k < tokens.count, k >= 1, tokens[k].lower == "," || tokens[k - 1].lower == ",",
               let close = tokens[(k + 1)..<min(tokens.count, k + 6)].firstIndex(where: { $0.lower == "," }),
               Self.timeAsides.contains(tokens[(tokens[k].lower == "," ? k + 1 : k)..<close].map(\.lower).joined(separator: " ")) {
                k = close + 1
                while k < tokens.count, L.adverbs.contains(tokens[k].lower) { k += 1 }
            }
            // "Italy could, however, help with training": a connective set off by commas.
            if k + 3 < tokens.count, tokens[k].lower == ",", tokens[k + 2].lower == ",",
               ["however", "though", "nevertheless", "nonetheless", "meanwhile", "instead", "also"].contains(tokens[k + 1].lower) {
                k += 3
                while k < tokens.count, L.adverbs.contains(tokens[k].lower) { k += 1 }
            }
            // "a missile that a Patriot could have stopped": a counterfactual.
            if k + 1 < tokens.count, tokens[k].lower == "have", tokens[k + 1].lower.hasSuffix("ed") || ["been", "done", "given", "sent"].contains(tokens[k + 1].lower) { return nil }
            // "will no longer supply": a withdrawal, read from "no longer" itself.
            if k + 1 < tokens.count, tokens[k].lower == "no", tokens[k + 1].lower == "longer" { return nil }
            // "will co-finance two systems": the verb of giving is what follows "co-" ("will co-lead
            // the headquarters" keeps its whole word).
            if k + 2 < tokens.count, tokens[k].lower == "co", tokens[k + 1].isJoinedHyphen,
               ["finance", "fund", "pay", "sponsor"].contains(tokens[k + 2].lower) {
                k += 2
            }
            guard k < tokens.count, tokens[k].isWord, !L.nonVerbsAfterModal.contains(tokens[k].lower) else { return nil }
            // "a third will follow once production allows": more of the same goods to come; a
            // party that follows ("Berlin will follow suit") only copies another.
            // "two more Patriot systems will arrive in the coming weeks": goods on their way.
            // ("two more Patriot systems financed by Berlin will arrive": the name is the goods' payer.)
            let payerBefore = (max(0, i - 4)..<i).contains { j in
                ["by", "from"].contains(tokens[j].lower) && tokens[(j + 1)..<i].allSatisfy { $0.isCapitalized || $0.lower == "the" }
            }
            if !passive, !negated, L.arrivalVerbs.contains(tokens[k].lower), !mentionEnds.contains(i) || payerBefore,
               tokens[k].lower == "arrive" || (k + 1 < tokens.count && ["ukraine", "kyiv", "the"].contains(tokens[k + 1].lower)) {
                return StatusHit(start: i, end: k + 1, status: L.modalsMaybe.contains(word) ? .considering : .pledged, trigger: "")
            }
            if !passive, !negated, tokens[k].lower == "follow", !mentionEnds.contains(i),
               k + 1 == tokens.count || !["suit", "up", "through", "the", "its", "their", "a", "this", "that", "these", "us", "them"].contains(tokens[k + 1].lower) {
                return StatusHit(start: i, end: k + 1, status: L.modalsMaybe.contains(word) ? .considering : .pledged, trigger: "")
            }
            // "Ukraine will receive two more Patriot systems from Germany": goods promised, told
            // from the recipient's side (the giver follows "from").
            if !passive, !negated, ["receive", "get", "obtain"].contains(tokens[k].lower),
               tokens[(k + 1)..<min(tokens.count, k + 12)].contains(where: { $0.lower == "from" }) {
                return StatusHit(start: i, end: k + 1, status: L.modalsMaybe.contains(word) ? .considering : .pledged, recipientSubject: true, trigger: "")
            }
            // "would set out details once …": explaining a contribution is not making it.
            if tokens[k].lower == "set", k + 1 < tokens.count, tokens[k + 1].lower == "out" { return nil }
            // "will run the logistics hub" runs something; "could run out of cash" does not.
            if tokens[k].lower == "run", !(k + 1 < tokens.count && ["the", "a", "its", "their", "our", "logistics"].contains(tokens[k + 1].lower)) {
                return nil
            }
            // "would present next week a legal proposal for a loan": a proposal is weighed, not given.
            // "will present a 21st sanctions package": the Commission proposes; members adopt.
            if !passive, !negated, ["present", "submit", "table", "unveil", "put", "make", "propose"].contains(tokens[k].lower),
               tokens[(k + 1)..<min(tokens.count, k + 7)].contains(where: { ["proposal", "proposals"].contains($0.lower) })
                || Self.proposesSanctions(tokens, verbAt: k) {
                return StatusHit(start: i, end: k + 1, status: .considering, trigger: "")
            }
            // "could all eat into the market", "may have occurred": not an undertaking.
            // ("would continue funding shell purchases": the gerund after "continue" is the undertaking.)
            let continued = k >= 1 && ["continue", "keep"].contains(tokens[k - 1].lower) && L.progressive[tokens[k].lower] != nil
            // "will not send troops and will instead concentrate on its role as a hub": the
            // alternative a party takes up is an undertaking, whatever its verb.
            let alternative = !negated && tokens[(i + 1)..<k].contains { $0.lower == "instead" }
            if !passive, !continued, !alternative, !L.commitVerbs.contains(tokens[k].lower), !L.deliberation.contains(tokens[k].lower) { return nil }
            // "its contents will not be disclosed": telling or withholding details decides nothing.
            if passive, ["disclosed", "revealed", "published", "specified", "detailed", "publicised", "publicized"].contains(tokens[k].lower) { return nil }
            // "cannot be spent on arms": a rule about the money, not a party's decision.
            if passive, word == "can" || word == "cannot" { return nil }
            // "would be prepared to join": the readiness is read by its own phrase, not as a
            // passive of a decision taken.
            if passive, ["prepared", "willing", "ready"].contains(tokens[k].lower) { return nil }
            // "will be better defended": a passive needs a participle after "be".
            if passive, !(tokens[k].lower.hasSuffix("ed") || tokens[k].lower.hasSuffix("en") || SentenceAnalysis.participles.contains(tokens[k].lower)
                          || ["sent", "paid", "lent", "spent", "built", "made", "kept", "put", "set", "part", "involved", "present",
                              "responsible", "among"].contains(tokens[k].lower)) {
                return nil
            }
            // "Neither Spain nor Italy will send troops": the subject carries the negation.
            if !negated, (max(0, i - 10)..<i).contains(where: { tokens[$0].lower == "neither" }),
               !tokens[max(0, i - 10)..<i].contains(where: { [",", ";", ":"].contains($0.lower) }) {
                negated = true
            }
            let verb = tokens[k].lower
            let maybe = L.modalsMaybe.contains(word) || word == "can" || word == "cannot"
            var status: CommitmentStatus = maybe ? .considering : .pledged
            if passive, L.undecided.contains(verb) { status = .considering }
            if L.deliberation.contains(verb) { status = .considering }
            // "the surveillance aircraft … will remain there until March": a presence kept up.
            // ("the assets will remain immobilised until …", "the hub will remain open": a promise
            // about a state of things is a pledge.)
            // "Hungary, Slovakia and the Czech Republic will stay out of the joint borrowing": no.
            if ["remain", "stay"].contains(verb), k + 1 < tokens.count {
                let next = tokens[k + 1].lower
                if !maybe, !passive, ["deployed", "stationed", "based", "there", "in", "on", "at"].contains(next) { status = .delivered }
                if ["out", "outside", "aloof"].contains(next) { status = .declined }
            }
            if negated { status = .declined }
            // "would provide no new packages", "will take no part": the object is negated.
            if !negated, !passive, k + 1 < tokens.count, tokens[k + 1].lower == "no", !L.cessation.contains(verb) { status = .declined }
            // "no American soldiers would be deployed": the subject is negated.
            if !negated, passive, subjectNegated(tokens, before: i) { status = .declined }
            // "will lift its pause on intelligence sharing": ending a stop resumes the help.
            if !passive, !negated, L.cessation.contains(verb), liftsAStop(tokens, after: k + 1) {
                return StatusHit(start: i, end: k + 1, status: maybe ? .considering : .pledged, trigger: "")
            }
            if !passive, L.cessation.contains(verb) {
                // "will halt deliveries" takes them back; "could halt" weighs it; "will not halt" keeps them.
                // "it would not end the war" speaks of the war, not of aid kept going.
                // "will not lift its objection": keeping a refusal in place is refusing.
                if negated, tokens[(k + 1)..<min(tokens.count, k + 4)].contains(where: { ["objection", "objections", "veto", "block", "blockade", "opposition", "reservations"].contains($0.lower) }) {
                    return StatusHit(start: i, end: k + 1, status: .declined, trigger: "")
                }
                if negated { return nil }
                status = maybe ? .considering : .withdrawn
            } else if !passive, L.refusalVerbs.contains(verb), !negated {
                // "would block the loan", "could veto": a refusal, stated or threatened.
                status = maybe ? .considering : .declined
            }
            return StatusHit(start: i, end: k + 1, status: status, trigger: "")
        }
        // "Ukraine took delivery of the first Gripen jets from Sweden": received, from the giver.
        if L.takingForms.contains(word), i + 1 < tokens.count,
           ["delivery", "deliveries", "receipt", "possession"].contains(tokens[i + 1].lower) {
            return StatusHit(start: i, end: i + 2, status: .delivered, recipientSubject: true, trigger: "")
        }
        if word == "won", i + 1 < tokens.count, tokens[i + 1].lower == "'t" {
            return StatusHit(start: i, end: i + 2, status: .declined, trigger: "")
        }
        // "Hungary and Slovakia are not taking part in the borrowing": staying out is a refusal, as
        // "will not take part" is.
        if word == "taking", i + 1 < tokens.count, tokens[i + 1].lower == "part", i >= 2, L.negations.contains(tokens[i - 1].lower),
           L.be.contains(tokens[i - 2].lower) {
            return StatusHit(start: i - 2, end: i + 2, status: .declined, trigger: "")
        }
        if let status = L.progressive[word] {
            let after = i > 0 ? tokens[i - 1].lower : ""
            let beforeAdverb = i > 1 ? tokens[i - 2].lower : ""
            // "is, however, weighing": look past interjected adverbs for the auxiliary.
            var k = i - 1
            // ("is still not sending": a negation may stand there too.)
            while k > 0, i - k <= 4, L.interjected.contains(tokens[k].lower) || L.negations.contains(tokens[k].lower) || tokens[k].lower == "still" { k -= 1 }
            let auxiliary = L.be.contains(after) || (L.adverbs.contains(after) && L.be.contains(beforeAdverb))
                || (k >= 0 && k < i - 1 && L.be.contains(tokens[k].lower))
            // "Budapest has gone further, vetoing the release …": a participle clause on the subject.
            // ("… would not send soldiers, while offering to help with monitoring", ", offering instead
            // to train": an offer in a participle clause is the subject's too.)
            let afterComma = i > 0 && (tokens[i - 1].lower == "," && [.declined, .withdrawn].contains(status)
                || ([",", "while"].contains(tokens[i - 1].lower) && ["offering", "pledging"].contains(word)
                    && i + 1 < tokens.count && ["to", "instead"].contains(tokens[i + 1].lower)))
            // "with Hungary once again refusing": adverbs may follow the party.
            var m = i
            while m > 0, i - m < 3, ["once", "again", "still", "also", "now", "already"].contains(tokens[m - 1].lower) { m -= 1 }
            // "issued a joint statement pledging to step up sanctions": a statement's pledge is its
            // issuers' pledge.
            let textPledge = i > 0 && ["statement", "declaration", "communique", "communiqué", "letter"].contains(tokens[i - 1].lower)
                && ["pledging", "committing"].contains(word) && i + 1 < tokens.count && tokens[i + 1].lower == "to"
            // "France said it had started training a second brigade": a giving begun is under way.
            let begun = i > 0 && ["started", "began", "begun", "starts", "begins"].contains(tokens[i - 1].lower)
                && [.delivered, .pledged].contains(status)
            guard auxiliary || mentionEnds.contains(i) || (m < i && mentionEnds.contains(m)) || afterComma || textPledge || begun else { return nil }
            // "a Group of Seven lending scheme": after a name, a gerund before a noun of schemes
            // qualifies the noun.
            if !auxiliary, i + 1 < tokens.count, ["scheme", "schemes", "programme", "program", "facility", "framework", "mechanism", "fund", "operation", "mission", "package"].contains(tokens[i + 1].lower) {
                return nil
            }
            // "has been providing the armed forces with …": a giving kept up since some time is
            // under way, delivered.
            var h = k - 1
            while h > 0, !["has", "have", "had"].contains(tokens[h].lower), L.adverbs.contains(tokens[h].lower) || L.interjected.contains(tokens[h].lower) { h -= 1 }
            let perfect = k >= 1 && tokens[k].lower == "been" && ["has", "have", "had"].contains(tokens[h].lower)
            let given: CommitmentStatus = (perfect && ["providing", "contributing", "covering", "offering", "donating"].contains(word)) || begun ? .delivered : status
            return negate(StatusHit(start: i, end: i + 1, status: given, trigger: ""), tokens)
        }
        // "Japan does not supply lethal weapons": a standing policy of not giving is a refusal.
        if L.infinitives.contains(word) || ["send", "supply", "provide", "give", "deliver"].contains(word), i >= 2, tokens[i - 1].lower == "not",
           ["does", "do"].contains(tokens[i - 2].lower) {
            return StatusHit(start: i - 2, end: i + 1, status: .declined, trigger: "")
        }
        if word == "voted", i + 1 < tokens.count, ["against", "down"].contains(tokens[i + 1].lower) {
            return StatusHit(start: i, end: i + 2, status: .declined, trigger: "")
        }
        if let verb = L.verbs[word] {
            // "gave no details", "provided no figures": saying nothing is no refusal of aid.
            if i + 2 < tokens.count, ["no", "few", "little"].contains(tokens[i + 1].lower),
               ["details", "detail", "figures", "figure", "timeline", "timetable", "date", "indication", "numbers", "number",
                "specifics", "further", "breakdown", "information", "explanation", "reason", "comment"].contains(tokens[i + 2].lower) {
                return nil
            }
            // "the day the conflict stops", "once the fighting ends": the war stopping is a
            // condition, not aid taken back.
            if verb.status == .withdrawn, i > 0, ["conflict", "war", "fighting", "hostilities", "shelling", "attacks", "invasion"].contains(tokens[i - 1].lower) {
                return nil
            }
            // "announced (on Thursday) that …" reports speech; the reported clause has its own verb.
            if verb.status == .pledged, tokens[(i + 1)..<min(tokens.count, i + 5)].contains(where: { $0.lower == "that" }),
               !tokens[(i + 1)..<min(tokens.count, i + 5)].contains(where: { $0.kind == .punct && !$0.isJoinedHyphen }) {
                return nil
            }
            if isAdjectival(tokens, i, mentionEnds: mentionEnds) { return nil }
            // "under an arrangement agreed at the table": a participle after a noun with its article
            // describes the noun.
            // ("the government adopted the package": a body that acts, or a verb with its own
            // object, is a clause's subject and verb; so is any noun before a verb with a counted
            // object, "the initiative delivered about 1.8 million rounds".)
            // ("Sweden this week signed a letter of intent": a time before the verb, not a noun.)
            if word.hasSuffix("ed"), i >= 2, tokens[i - 1].isWord, !tokens[i - 1].isCapitalized, !mentionEnds.contains(i),
               ["a", "an", "the", "this", "that"].contains(tokens[i - 2].lower), L.verbs[tokens[i - 1].lower] == nil,
               !(["this", "that", "last"].contains(tokens[i - 2].lower) && Self.timeNouns.contains(tokens[i - 1].lower)),
               !L.be.contains(tokens[i - 1].lower), !L.adverbs.contains(tokens[i - 1].lower),
               !(actingBodies.contains(tokens[i - 1].lower) && takesObject(tokens, after: i)), !countedObject(tokens, after: i),
               // ("the leaders on the call agreed to ramp up": these verbs take an infinitive only
               // as a clause's verb.)
               !(["agreed", "decided", "voted", "refused", "declined"].contains(word) && i + 1 < tokens.count && tokens[i + 1].lower == "to") {
                return nil
            }
            // "the involvement discussed may include …": a participle after its noun, followed by
            // the clause's own verb, describes the noun.
            if word.hasSuffix("ed"), i + 1 < tokens.count, i > 0, tokens[i - 1].isWord, !mentionEnds.contains(i),
               L.isModal(tokens[i + 1].lower)
                || ["is", "was", "are", "were", "has", "have"].contains(tokens[i + 1].lower) {
                return nil
            }
            // "two more Patriot systems financed by Berlin would arrive …": a participle with its
            // agent after a noun, followed by the clause's own modal, describes the noun; the
            // modal tells how far the goods have come. ("systems supplied by Germany have entered
            // service": the participle is all the sentence says of their giving.)
            if word.hasSuffix("ed"), i > 0, tokens[i - 1].isWord, !mentionEnds.contains(i), i + 2 < tokens.count, tokens[i + 1].lower == "by",
               let verb = tokens[(i + 2)..<min(tokens.count, i + 7)].firstIndex(where: { !$0.isCapitalized || !$0.isWord }),
               L.isModal(tokens[verb].lower) {
                return nil
            }
            // "given that Russia holds a veto": a conjunction.
            if word == "given", i + 1 < tokens.count, tokens[i + 1].lower == "that" { return nil }
            // "has reserved €3.5 billion for military support" puts money aside; "part of it reserved
            // for", "reserved the right to" do not: only the perfect, with its money, is a decision.
            if word == "reserved",
               !perfectBefore(tokens, i) || (i + 2 < tokens.count && tokens[i + 1].lower == "the" && tokens[i + 2].lower == "right") {
                return nil
            }
            // "would have to be ratified by Congress": a requirement still to be met, not a decision.
            if i >= 3, tokens[i - 1].lower == "be", tokens[i - 2].lower == "to", ["have", "has", "had", "need", "needs", "needed"].contains(tokens[i - 3].lower) {
                return nil
            }
            // "has not announced new deliveries", "did not commit": no news is no refusal.
            if verb.status == .pledged, i >= 2, L.negations.contains(tokens[i - 1].lower), ["has", "have", "had", "did", "yet"].contains(tokens[i - 2].lower) {
                return nil
            }
            // "no new US package was announced": nothing was.
            if i >= 1, L.be.contains(tokens[i - 1].lower), subjectNegated(tokens, before: i - 1) { return nil }
            // "paid for by …", "a fund that pays for fuel": no payment made (paymentMade).
            if ["paid", "pays"].contains(word), i + 1 < tokens.count, tokens[i + 1].lower == "for", !paymentMade(tokens, at: i) { return nil }
            var end = i + 1
            if word == "handed", end < tokens.count, tokens[end].lower == "over" { end += 1 }
            if ["sign", "signs"].contains(word), end < tokens.count, tokens[end].lower == "up" { return nil } // "Sign up for …"
            // "signed up to the force" joins it: a pledge, not a signed contract.
            if word == "signed", end < tokens.count, tokens[end].lower == "up" {
                return negate(StatusHit(start: i, end: end + 1, status: .pledged, trigger: ""), tokens)
            }
            // "pending approval", "subject to ratification": a condition, not a decision.
            if i > 0, ["pending", "awaiting", "await", "awaits", "requires", "require", "needs"].contains(tokens[i - 1].lower)
                || (i > 1 && tokens[i - 1].lower == "to" && tokens[i - 2].lower == "subject") {
                return nil
            }
            var status = verb.status
            // "The UK will have supplied 100,000 drones by the end of the year": a future perfect
            // promises what is not yet done.
            if status == .delivered, i >= 2, tokens[i - 1].lower == "have", ["will", "'ll", "shall"].contains(tokens[i - 2].lower) { status = .pledged }
            // "lifted its pause on intelligence sharing": the help resumed.
            if status == .withdrawn, liftsAStop(tokens, after: end) { status = .delivered }
            // "Trump doubled tariffs on Indian goods": raising measures puts them in force.
            if ["doubled", "tripled"].contains(word), tokens[end..<min(tokens.count, end + 3)].contains(where: { ["tariffs", "sanctions", "duties", "penalties"].contains($0.lower) }) {
                status = .delivered
            }
            // "Japan froze the assets of 11 Russian individuals": freezing assets is a sanction in force.
            if ["froze", "freezes"].contains(word), tokens[end..<min(tokens.count, end + 5)].contains(where: { ["assets", "accounts", "funds", "reserves"].contains($0.lower) }) {
                status = .delivered
            }
            // "after Slovakia lifted its veto", "dropped their objections": ending a block takes
            // nothing back.
            if status == .withdrawn, tokens[end..<min(tokens.count, end + 6)].contains(where: { L.blockNouns.contains($0.lower) }) {
                return nil
            }
            // "leaders ended a summit in Brussels without agreeing …", "the summit ended with the
            // signing of a declaration": an occasion ending takes nothing back.
            if ["ended", "ends"].contains(word), end < tokens.count,
               ["with", "without"].contains(tokens[end].lower)
                || tokens[end..<min(tokens.count, end + 4)].contains(where: { EventRules.meetingNouns.contains($0.lower) || EventRules.callNouns.contains($0.lower) }) {
                return nil
            }
            // "jointly financed a $500 million package": paying for a package orders it; the goods
            // come later.
            if ["financed", "funded"].contains(word), tokens[end..<min(tokens.count, end + 8)].contains(where: { ["package", "packages", "tranche"].contains($0.lower) }) {
                status = .allocated
            }
            // "has contributed NOK 1.5 billion": money already put in.
            if word == "contributed", perfectBefore(tokens, i) {
                status = .delivered
            }
            // "signed a declaration of intent to deploy": a promise, not a contract.
            if word.hasPrefix("sign"), tokens[end..<min(tokens.count, end + 4)].contains(where: { L.intentNouns.contains($0.lower) }) {
                status = .pledged
            }
            // "approved no new aid", "sent no troops": the object is negated.
            if [.pledged, .allocated, .delivered].contains(status), end < tokens.count, tokens[end].lower == "no" {
                // ("announced no new package", "gave no commitment on air cover", "gave no new
                // figures": nothing was announced, which refuses nothing.)
                if ["announced", "announces", "announce", "unveiled", "gave", "give", "gives", "made", "makes"].contains(word) { return nil }
                return StatusHit(start: i, end: end + 1, status: .declined, trigger: "")
            }
            if i >= 3, tokens[i - 1].lower == "be", tokens[i - 2].lower == "to", tokens[i - 3].lower == "," { return nil }
            if status == .delivered, i >= 2, tokens[i - 1].lower == "be", tokens[i - 2].lower == "to" { status = .pledged }
            // "pledging … to keep Ukraine supplied with air defence", "will keep Kyiv supplied": what
            // is to be kept up is promised.
            if status == .delivered, i >= 2, let keep = (max(1, i - 4)..<i).last(where: { tokens[$0].lower == "keep" }),
               tokens[keep - 1].lower == "to" || L.isModal(tokens[keep - 1].lower) {
                status = .pledged
            }
            // ", to be built by Kongsberg and delivered within 18 months": a participle coordinated
            // with an infinitive's is still to come, like the first.
            if status == .delivered, i >= 4, tokens[i - 1].lower == "and",
               let be = (max(1, i - 8)..<(i - 1)).last(where: { tokens[$0].lower == "be" && tokens[$0 - 1].lower == "to" }),
               !tokens[(be + 1)..<(i - 1)].contains(where: { [",", ";", ":"].contains($0.lower) }) {
                if be >= 2, tokens[be - 2].lower == "," { return nil }
                status = .pledged
            }
            // ", provided the mission had a clear legal basis": a conjunction of condition.
            if word == "provided", i >= 1, tokens[i - 1].lower == ",", end < tokens.count, ["that", "the", "a", "it", "they", "there"].contains(tokens[end].lower) {
                return nil
            }
            var hit = StatusHit(start: i, end: end, status: status, recipientSubject: verb.recipientSubject,
                                strong: verb.strong, trigger: "")
            if status == .considering || status == .pledged || status == .declined {
                return negate(hit, tokens)
            }
            if isNegated(tokens, before: i) { return nil }
            hit.strong = verb.strong
            return hit
        }
        // "Carney used the call to announce C$200 million", "travelled to Kyiv to pledge …": the
        // occasion taken to announce something is the announcement.
        if word == "to", i + 1 < tokens.count, ["announce", "pledge", "unveil", "promise"].contains(tokens[i + 1].lower), earlier.isEmpty,
           tokens[max(0, i - 6)..<i].contains(where: { Self.occasionVerbs.contains($0.lower) }) {
            return StatusHit(start: i, end: i + 2, status: .pledged, trigger: "")
        }
        if word == "to", i + 1 < tokens.count, L.infinitives.contains(tokens[i + 1].lower), earlier.isEmpty {
            // "will not be able to supply more F-16s": what a party cannot give, it refuses.
            if i >= 1, tokens[i - 1].lower == "able", tokens[max(0, i - 5)..<(i - 1)].contains(where: { L.negations.contains($0.lower) }) {
                return StatusHit(start: i - 1, end: i + 2, status: .declined, trigger: "")
            }
            if i > 0, ["yet", "failed", "struggled", "unable", "how", "whether", "declined", "declines"].contains(tokens[i - 1].lower) { return nil }
            // "These funds will allow us to finance salaries": what the recipient does with it.
            if i >= 2, ["us", "them", "ukraine", "kyiv"].contains(tokens[i - 1].lower),
               ["allow", "allows", "enable", "enables", "help", "helps", "let", "lets"].contains(tokens[i - 2].lower) { return nil }
            // "urged allies to send …", "asked Germany to deliver …": a request, not a commitment.
            if tokens[max(0, i - 5)..<i].contains(where: { CommitmentRules.requestVerbs.contains($0.lower) }) { return nil }
            // "We are not going to send soldiers": a refusal.
            if i >= 2, tokens[i - 1].lower == "going", L.negations.contains(tokens[i - 2].lower) {
                return StatusHit(start: i - 2, end: i + 2, status: .declined, trigger: "")
            }
            return StatusHit(start: i, end: i + 2, status: .pledged, trigger: "")
        }
        return nil
    }

    /// "Italy's delivery of", "Japan's latest pledge of", "Germany's decision to send": a noun
    /// of giving, deciding or refusing counts only when a party owns it ("X's", up to two
    /// adjectives between), so "the delivery of shells" in a general sentence commits nobody.
    private static func nominalHit(_ tokens: [Token], at i: Int, status: CommitmentStatus, mentionEnds: Set<Int>) -> StatusHit? {
        var k = i - 1
        var adjectives = 0
        while k >= 1, adjectives < 2, L.nominalAdjectives.contains(tokens[k].lower) || tokens[k].isNumber || tokens[k].isJoinedHyphen
                || (k >= 2 && ["st", "nd", "rd", "th"].contains(tokens[k].lower) && tokens[k - 1].isNumber) {
            // ("Denmark's 27th donation": the tokenizer splits the ordinal in two.)
            if ["st", "nd", "rd", "th"].contains(tokens[k].lower) { k -= 1 }
            k -= 1
            adjectives += 1
        }
        // "Japan completed the disbursement of …", "has completed deliveries of": finishing a
        // transfer is making it.
        if k >= 1, L.determiners.contains(tokens[k].lower), L.completionVerbs.contains(tokens[k - 1].lower), !isNegated(tokens, before: k - 1) {
            return StatusHit(start: k - 1, end: i + 1, status: status, trigger: "")
        }
        if k >= 0, L.completionVerbs.contains(tokens[k].lower), !isNegated(tokens, before: k) {
            return StatusHit(start: k, end: i + 1, status: status, trigger: "")
        }
        guard k >= 1, tokens[k].lower == "'s", mentionEnds.contains(k) else { return nil }
        // "Germany's plans to …" and "Germany's decision not to …" keep their own modality.
        if i + 1 < tokens.count, tokens[i + 1].lower == "not" { return StatusHit(start: i, end: i + 2, status: .declined, trigger: "") }
        return StatusHit(start: i, end: i + 1, status: status, trigger: "")
    }

    /// "Britain banned the import of Russian metals", "Canada listed 100 shadow fleet tankers",
    /// "the G7 lowered the price cap": verbs that put economic pressure in force, added to a
    /// sentence's hits only where it speaks of sanctions (the caller knows its categories).
    static func withSanctionsVerbs(_ hits: [StatusHit], _ tokens: [Token], _ actors: [ActorMention]) -> [StatusHit] {
        // (Only with a party as subject: "the package lists 117 vessels" tells what was adopted,
        // "the number of tankers listed" describes them.)
        func afterParty(_ k: Int) -> Bool {
            var p = k - 1
            while p > 0, L.adverbs.contains(tokens[p].lower) || ["has", "have", "had"].contains(tokens[p].lower) { p -= 1 }
            // ("Norway is not a member but has aligned itself …": a second predicate of the subject.)
            let coordinated = p >= 0 && ["but", "and"].contains(tokens[p].lower)
                && actors.contains { $0.start <= 1 && !$0.isUkraineOrRussia && $0.kind != .demonym && $0.kind != .group }
            // ("assets held in the EU immobilised": a prepositional object is no subject.)
            func prepositionalObject(_ m: ActorMention) -> Bool {
                var q = m.start - 1
                if q >= 0, tokens[q].lower == "the" { q -= 1 }
                return q >= 0 && ["in", "at", "from", "by", "of", "with"].contains(tokens[q].lower)
            }
            return coordinated || (p >= 0 && actors.contains { m in
                m.end == p + 1 && !m.isUkraineOrRussia && m.kind != .demonym && !prepositionalObject(m)
            })
        }
        var out = hits
        for (k, token) in tokens.enumerated() where L.sanctionsVerbs.contains(token.lower)
            && !hits.contains(where: { $0.start <= k && k < $0.end }) && afterParty(k) {
            out.append(negate(StatusHit(start: k, end: k + 1, status: .delivered, trigger: ""), tokens))
        }
        return out.sorted { $0.start < $1.start }
    }

    private static func negate(_ hit: StatusHit, _ tokens: [Token]) -> StatusHit {
        guard isNegated(tokens, before: hit.start) else { return hit }
        var negated = hit
        negated.status = hit.status == .declined ? .considering : .declined
        return negated
    }

    /// Whether "paid for" / "pays for" at `i` tells a payment its party made.
    /// - "The package was paid for jointly by Denmark and Norway": yes, by the payers after "by".
    /// - "paid for by …" otherwise, or any passive: the passive of buying, no.
    /// - "has paid for", "Germany paid for two Patriot systems", "the package it paid for in
    ///   August": yes, a perfect or a past tense.
    /// - "a fund that pays for fuel": no, what a programme covers.
    static func paymentMade(_ tokens: [Token], at i: Int) -> Bool {
        let passive = i > 0 && L.be.contains(tokens[i - 1].lower)
        if tokens[i].lower == "paid", passive, tokens[(i + 2)..<min(tokens.count, i + 4)].contains(where: { $0.lower == "by" }) { return true }
        if passive || tokens[(i + 2)..<min(tokens.count, i + 5)].contains(where: { $0.lower == "by" }) { return false }
        let pastTense = tokens[i].lower == "paid" && !(i > 0 && ["that", "be", "been", "being"].contains(tokens[i - 1].lower))
        return tokens[max(0, i - 3)..<i].contains { ["have", "has", "had"].contains($0.lower) } || pastTense
    }

    /// "has contributed", "have already reserved": a perfect, the auxiliary right before the
    /// participle or one adverb before it.
    static func perfectBefore(_ tokens: [Token], _ i: Int) -> Bool {
        (i >= 1 && ["has", "have", "had"].contains(tokens[i - 1].lower))
            || (i >= 2 && ["has", "have", "had"].contains(tokens[i - 2].lower) && L.adverbs.contains(tokens[i - 1].lower))
    }

    /// "No American soldiers would …", "no new aid will …": a subject that opens with "no" (within
    /// five words before the modal, no punctuation or verb between).
    static func subjectNegated(_ tokens: [Token], before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 5 {
            let t = tokens[k]
            if t.kind == .punct, !t.isJoinedHyphen { return false }
            if t.lower == "no" { return true }
            if L.verbs[t.lower] != nil || L.speechVerbs.contains(t.lower) || t.lower == "that" { return false }
            k -= 1
        }
        return false
    }

    /// A word that can follow "to" as an infinitive or gerund of giving, deciding or refusing.
    static func isVerbLike(_ word: String) -> Bool {
        L.commitVerbs.contains(word) || L.infinitives.contains(word) || L.deliberation.contains(word) || L.verbs[word] != nil
            || L.progressive[word] != nil || L.cessation.contains(word) || L.refusalVerbs.contains(word) || word.hasSuffix("ing")
            || ["jointly", "further", "also", "quickly", "immediately"].contains(word)
    }

    /// "lift its pause on", "end the suspension of": the object is itself a stop.
    static func liftsAStop(_ tokens: [Token], after end: Int) -> Bool {
        var k = end
        while k < min(tokens.count, end + 3), L.determiners.contains(tokens[k].lower) || ["its", "their", "the", "a"].contains(tokens[k].lower) { k += 1 }
        return k + 1 < tokens.count && ["pause", "suspension", "freeze", "halt", "moratorium"].contains(tokens[k].lower)
            && ["on", "of", "in"].contains(tokens[k + 1].lower)
    }

    /// Nouns of time that "this", "that" or "last" make an adverb: "Sweden this week signed".
    static let timeNouns: Set<String> = ["week", "month", "year", "weekend", "morning", "afternoon", "evening", "spring", "summer", "autumn", "winter"]

    /// "does not plan", "has not ruled out", "no plans": a negation among the three words before.
    static func isNegated(_ tokens: [Token], before i: Int) -> Bool {
        var k = i - 1
        var seen = 0
        while k >= 0, seen < 3 {
            let t = tokens[k]
            if t.kind == .punct { return false }
            if L.negations.contains(t.lower) { return true }
            k -= 1
            seen += 1
        }
        return false
    }

    /// "the previously announced 140,000", "self-imposed": a participle used as an adjective.
    private static func isAdjectival(_ tokens: [Token], _ i: Int, mentionEnds: Set<Int>) -> Bool {
        guard i > 0 else { return false }
        let before = tokens[i - 1]
        // ("have co-financed purchases", "co-funded": "co-" makes a verb done with others, not an adjective.)
        if before.isJoinedHyphen { return !mentionEnds.contains(i - 1) && !(i >= 2 && tokens[i - 2].lower == "co") }
        // "a fund that trains crews": "that" opens a relative clause before a finite verb.
        if before.lower == "that", !tokens[i].lower.hasSuffix("ed") { return false }
        if L.determiners.contains(before.lower) { return true }
        // "the last of 24 promised F-16 jets"
        // ("on April 16 delivered", "in 2024 sent": a date before the verb.)
        // ("on Feb. 23 adopted": the abbreviation's full stop stands between.)
        let date = i >= 2 && (DateExpressions.months[tokens[i - 2].lower] != nil
            || (i >= 3 && tokens[i - 2].lower == "." && DateExpressions.months[tokens[i - 3].lower] != nil)
            || (["in", "since"].contains(tokens[i - 2].lower) && (before.number.map { $0 >= 1990 && $0 <= 2100 } ?? false)))
        if before.isNumber, !mentionEnds.contains(i), !date { return true }
        // "the cost of flying donated equipment", "with pledged funds": after a preposition or a
        // gerund, a participle describes the noun that follows.
        if before.isWord, before.lower != "being", before.lower != "having", !mentionEnds.contains(i),
           CommitmentRules.objectPrepositions.contains(before.lower) || (before.lower.hasSuffix("ing") && before.lower.count > 5) {
            return true
        }
        if i > 1, before.lower.hasSuffix("ly"), L.determiners.contains(tokens[i - 2].lower) { return true }
        // "surveillance assets deployed outside Ukrainian territory": a participle right after a
        // plural noun and before a place describes the noun (a reduced relative clause).
        if tokens[i].lower.hasSuffix("ed"), before.isWord, !before.isCapitalized, !mentionEnds.contains(i),
           before.lower.count > 3, before.lower.hasSuffix("s"), !before.lower.hasSuffix("ss"),
           !L.be.contains(before.lower), !L.adverbs.contains(before.lower), !["has", "does", "this", "thus", "was"].contains(before.lower),
           L.verbs[before.lower] == nil, i + 1 < tokens.count,
           ["outside", "inside", "near", "along", "across", "within", "abroad"].contains(tokens[i + 1].lower) {
            return true
        }
        // "for Western military supplies", "new arms transfers": after a modifier these are nouns.
        if ["supplies", "transfers"].contains(tokens[i].lower), nounModifiers.contains(before.lower) { return true }
        return false
    }
    /// A determiner, number, sum or infinitive right after the verb: its object or complement.
    static func takesObject(_ tokens: [Token], after i: Int) -> Bool {
        // "The government pledged last year $300 million": a time between the verb and its object.
        var i = i
        if i + 2 < tokens.count, ["last", "this", "next", "earlier", "later"].contains(tokens[i + 1].lower),
           ["year", "week", "month", "spring", "summer", "autumn", "winter", "fall"].contains(tokens[i + 2].lower) {
            i += 2
        } else if i + 2 < tokens.count, ["on", "in"].contains(tokens[i + 1].lower),
                  DateExpressions.weekdays[tokens[i + 2].lower] != nil || DateExpressions.months[tokens[i + 2].lower] != nil
                    || (tokens[i + 2].number.map { $0 >= 1990 && $0 <= 2100 } ?? false) {
            i += 2
        }
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        return L.determiners.contains(next.lower) || next.isNumber || QuantityParser.symbols[next.lower] != nil
            || (next.lower == "to" && i + 2 < tokens.count && isVerbLike(tokens[i + 2].lower) && !L.determiners.contains(tokens[i + 2].lower))
    }

    /// A number of goods or a sum right after the verb ("delivered about 1.8 million rounds");
    /// a number of years, months … ("promised 18 months ago") counts time, not goods.
    static func countedObject(_ tokens: [Token], after i: Int) -> Bool {
        var k = i + 1
        if k < tokens.count, ["about", "around", "roughly", "nearly", "almost", "some", "over", "more", "up"].contains(tokens[k].lower) { k += 1 }
        if k < tokens.count, ["than", "to"].contains(tokens[k].lower) { k += 1 }
        guard k < tokens.count, tokens[k].isNumber || QuantityParser.symbols[tokens[k].lower] != nil else { return false }
        var j = k + 1
        while j < min(tokens.count, k + 4), tokens[j].isNumber || ["million", "billion", ",", "."].contains(tokens[j].lower) { j += 1 }
        return !(j < tokens.count && ["ago", "years", "months", "weeks", "days", "year", "month", "week", "day"].contains(tokens[j].lower))
    }

    static let nominalTimeWords: Set<String> = ["earlier", "later", "this", "last", "week", "month", "year", "on", "in", "weekend"]
    /// Bodies that decide and act: "the government", "the cabinet", "the council".
    static let actingBodies: Set<String> = [
        "government", "cabinet", "ministry", "council", "parliament", "commission", "committee", "administration",
        "bloc", "alliance", "union", "coalition", "legislature", "senate", "congress", "bundestag", "storting", "riksdag",
    ]
    static let nounModifiers: Set<String> = [
        "military", "medical", "humanitarian", "western", "arms", "weapons", "weapon", "energy", "new", "further",
        "additional", "fresh", "food", "fuel", "ammunition", "vital", "essential", "critical", "allied", "american",
        "european", "defence", "defense", "emergency", "winter", "relief", "aid",
        // "including continued supplies of weapons": a steady flow is a noun too.
        "continued", "continuing", "steady", "regular", "sustained", "ongoing", "future", "lethal",
        // "long-term supplies of weapons", "heating supplies", "gas supplies", "water supplies".
        "long-term", "gas", "water", "heating", "power", "electricity", "oil", "grain", "the", "its", "their",
    ]

    /// "present a 21st sanctions package", "propose a new package of sanctions": the package
    /// named within a few words after the verb is one of sanctions.
    static func proposesSanctions(_ tokens: [Token], verbAt k: Int) -> Bool {
        guard ["present", "table", "unveil", "propose"].contains(tokens[k].lower) else { return false }
        let window = tokens[(k + 1)..<min(tokens.count, k + 8)].map(\.lower)
        return window.contains { $0 == "package" || $0 == "packages" } && window.contains("sanctions")
    }
}
