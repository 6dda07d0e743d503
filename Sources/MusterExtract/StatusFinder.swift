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

    static func hits(in tokens: [Token], mentionEnds: Set<Int>) -> [StatusHit] {
        var out: [StatusHit] = []
        var i = 0
        while i < tokens.count {
            guard let found = hit(tokens, at: i, mentionEnds: mentionEnds, earlier: out) else { i += 1; continue }
            var hit = found
            // "committed to sending", "approval to disburse": the infinitive belongs to the trigger.
            if hit.end + 1 < tokens.count, tokens[hit.end].lower == "to", tokens[hit.end + 1].isWord,
               !L.determiners.contains(tokens[hit.end + 1].lower) {
                hit.end += 2
            } else if hit.status == .considering, hit.end + 2 < tokens.count, tokens[hit.end].lower == "whether",
                      tokens[hit.end + 1].lower == "to", tokens[hit.end + 2].isWord {
                // "weighing whether to contribute": the question belongs to the deliberation.
                hit.end += 3
            }
            hit.trigger = text(tokens, hit.start..<hit.end)
            out.append(hit)
            i = hit.end
        }
        return out
    }

    /// Every word a trigger can start with: most tokens are rejected by one lookup.
    static let starts: Set<String> = {
        var words = Set(L.verbs.keys).union(L.progressive.keys).union(L.modalsPledge).union(L.modalsMaybe)
        for phrase in L.willingness + L.refusals + L.inForce + L.withdrawals { words.insert(phrase[0]) }
        words.formUnion(["won", "to", "signed", "signs", "sign"])
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
    private static let willingnessByFirst = byFirstWord(L.willingness)
    private static let noPhrases: [[String]] = []

    private static func hit(_ tokens: [Token], at i: Int, mentionEnds: Set<Int>, earlier: [StatusHit]) -> StatusHit? {
        guard tokens[i].classes.contains(.statusStart) else { return nil }
        let word = tokens[i].lower
        func words(_ phrase: [String]) -> Bool {
            guard i + phrase.count <= tokens.count else { return false }
            for (offset, expected) in phrase.enumerated() where tokens[i + offset].lower != expected { return false }
            return true
        }
        for phrase in refusalsByFirst[word] ?? noPhrases where words(phrase) {
            // "declined to say whether …": no answer is no decision.
            if phrase.last == "to", i + phrase.count < tokens.count, L.commentVerbs.contains(tokens[i + phrase.count].lower) {
                return nil
            }
            let negated = isNegated(tokens, before: i)
            return StatusHit(start: i, end: i + phrase.count, status: negated ? .considering : .declined, trigger: "")
        }
        for phrase in withdrawalsByFirst[word] ?? noPhrases where words(phrase) {
            return StatusHit(start: i, end: i + phrase.count, status: .withdrawn, trigger: "")
        }
        for phrase in inForceByFirst[word] ?? noPhrases where words(phrase) {
            if isNegated(tokens, before: i) { return nil }
            return StatusHit(start: i, end: i + phrase.count, status: .delivered, trigger: "")
        }
        for phrase in willingnessByFirst[word] ?? noPhrases where words(phrase) {
            var end = i + phrase.count
            // "prepared to contribute", "willing to send": the verb is what is considered, not a
            // second, firmer trigger.
            if phrase.last == "to", end < tokens.count, tokens[end].isWord, !L.determiners.contains(tokens[end].lower) { end += 1 }
            return negate(StatusHit(start: i, end: end, status: .considering, trigger: ""), tokens)
        }
        if L.modalsPledge.contains(word) || L.modalsMaybe.contains(word) {
            if word == "will", i > 0, L.determiners.contains(tokens[i - 1].lower) { return nil } // "the will of"
            var k = i + 1
            var negated = false
            var passive = false
            while k < tokens.count, L.adverbs.contains(tokens[k].lower),
                  !(tokens[k].lower == "continue" && k + 1 < tokens.count && tokens[k + 1].lower != "to" && !tokens[k + 1].lower.hasSuffix("ing")) {
                if L.negations.contains(tokens[k].lower) { negated = true }
                if tokens[k].lower == "be" { passive = true }
                k += 1
            }
            guard k < tokens.count, tokens[k].isWord, !L.nonVerbsAfterModal.contains(tokens[k].lower) else { return nil }
            // "could all eat into the market", "may have occurred": not an undertaking.
            if !passive, !L.commitVerbs.contains(tokens[k].lower), !L.deliberation.contains(tokens[k].lower) { return nil }
            var status: CommitmentStatus = L.modalsMaybe.contains(word) ? .considering : .pledged
            if passive, L.undecided.contains(tokens[k].lower) { status = .considering }
            if L.deliberation.contains(tokens[k].lower) { status = .considering }
            if negated { status = .declined }
            return StatusHit(start: i, end: k + 1, status: status, trigger: "")
        }
        if word == "won", i + 1 < tokens.count, tokens[i + 1].lower == "'t" {
            return StatusHit(start: i, end: i + 2, status: .declined, trigger: "")
        }
        if let status = L.progressive[word] {
            let after = i > 0 ? tokens[i - 1].lower : ""
            let beforeAdverb = i > 1 ? tokens[i - 2].lower : ""
            // "is, however, weighing": look past interjected adverbs for the auxiliary.
            var k = i - 1
            while k > 0, i - k <= 4, L.interjected.contains(tokens[k].lower) { k -= 1 }
            let auxiliary = L.be.contains(after) || (L.adverbs.contains(after) && L.be.contains(beforeAdverb))
                || (k >= 0 && k < i - 1 && L.be.contains(tokens[k].lower))
            guard auxiliary || mentionEnds.contains(i) else { return nil }
            return negate(StatusHit(start: i, end: i + 1, status: status, trigger: ""), tokens)
        }
        if let verb = L.verbs[word] {
            // "announced (on Thursday) that …" reports speech; the reported clause has its own verb.
            if verb.status == .pledged, tokens[(i + 1)..<min(tokens.count, i + 5)].contains(where: { $0.lower == "that" }),
               !tokens[(i + 1)..<min(tokens.count, i + 5)].contains(where: { $0.kind == .punct && !$0.isJoinedHyphen }) {
                return nil
            }
            if isAdjectival(tokens, i, mentionEnds: mentionEnds) { return nil }
            // "the involvement discussed may include …": a participle after its noun, followed by
            // the clause's own verb, describes the noun.
            if word.hasSuffix("ed"), i + 1 < tokens.count, i > 0, tokens[i - 1].isWord, !mentionEnds.contains(i),
               L.modalsPledge.contains(tokens[i + 1].lower) || L.modalsMaybe.contains(tokens[i + 1].lower)
                || ["is", "was", "are", "were", "has", "have"].contains(tokens[i + 1].lower) {
                return nil
            }
            // "paid for by …": the passive of buying, not a payment made.
            if ["paid", "pays"].contains(word), i + 1 < tokens.count, tokens[i + 1].lower == "for" { return nil }
            var end = i + 1
            if word == "handed", end < tokens.count, tokens[end].lower == "over" { end += 1 }
            if ["sign", "signs"].contains(word), end < tokens.count, tokens[end].lower == "up" { return nil } // "Sign up for …"
            // "signed up to the force" joins it: a pledge, not a signed contract.
            if word == "signed", end < tokens.count, tokens[end].lower == "up" {
                return negate(StatusHit(start: i, end: end + 1, status: .pledged, trigger: ""), tokens)
            }
            var hit = StatusHit(start: i, end: end, status: verb.status, recipientSubject: verb.recipientSubject,
                                strong: verb.strong, trigger: "")
            if verb.status == .considering || verb.status == .pledged || verb.status == .declined {
                return negate(hit, tokens)
            }
            if isNegated(tokens, before: i) { return nil }
            hit.strong = verb.strong
            return hit
        }
        if word == "to", i + 1 < tokens.count, L.infinitives.contains(tokens[i + 1].lower), earlier.isEmpty {
            if i > 0, ["yet", "failed", "struggled", "unable", "how", "whether", "declined", "declines"].contains(tokens[i - 1].lower) { return nil }
            // "urged allies to send …", "asked Germany to deliver …": a request, not a commitment.
            if tokens[max(0, i - 5)..<i].contains(where: { CommitmentRules.requestVerbs.contains($0.lower) }) { return nil }
            return StatusHit(start: i, end: i + 2, status: .pledged, trigger: "")
        }
        return nil
    }

    private static func negate(_ hit: StatusHit, _ tokens: [Token]) -> StatusHit {
        guard isNegated(tokens, before: hit.start) else { return hit }
        var negated = hit
        negated.status = hit.status == .declined ? .considering : .declined
        return negated
    }

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
        if before.isJoinedHyphen { return !mentionEnds.contains(i - 1) }
        if L.determiners.contains(before.lower) { return true }
        if i > 1, before.lower.hasSuffix("ly"), L.determiners.contains(tokens[i - 2].lower) { return true }
        return false
    }
}
