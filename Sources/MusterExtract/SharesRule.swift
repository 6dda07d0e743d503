import MusterCore

/// A joint package told as its shares: "Norway's share is NOK 1.5 billion, Sweden is contributing
/// SEK 850 million, Denmark DKK 580 million and Finland €50 million", "The remainder is shared by
/// Estonia, Latvia and Lithuania", "The rest is expected to come from Norway and Japan". Each
/// state named with its share undertakes part of the package the text just told, of that
/// package's kind.
enum SharesRule {
    typealias Share = (party: Party, status: StatusHit, amount: QuantityMention?)

    /// Words that may stand between a state and its sum in a breakdown.
    static let shareLinks: Set<String> = [
        "'s", "share", "is", "was", "will", "be", "contributing", "contributes", "contributed", "giving", "gives",
        "paying", "pays", "put", "puts", "putting", "in", "at", "stands", "amounts", "to", ":", "another", "a", "further",
    ]
    static let restNouns: Set<String> = ["remainder", "rest", "balance"]
    static let restVerbs: Set<String> = ["shared", "split", "covered", "come", "coming", "comes", "provided", "paid", "funded"]

    static func shares(in a: SentenceAnalysis, context: DocumentContext) -> [Share] {
        let breakdown = statedShares(a)
        if breakdown.count >= 2 {
            let status = a.statuses.first ?? context.lastCommitment.map { StatusHit(start: 0, end: 0, status: $0.status, trigger: $0.trigger) }
                ?? StatusHit(start: 0, end: 0, status: .pledged, trigger: "")
            return breakdown.map { (CommitmentRules.party($0.state, a), status, $0.money) }
        }
        return restShared(a, context: context)
    }

    /// Each state followed, with nothing but linking words between, by a sum of its own.
    static func statedShares(_ a: SentenceAnalysis) -> [(state: ActorMention, money: QuantityMention)] {
        var out: [(ActorMention, QuantityMention)] = []
        for money in a.quantities where money.kind == .money && !money.isConversion {
            guard let state = a.actors.last(where: { $0.end <= money.start }), state.kind == .state, !state.isUkraineOrRussia,
                  money.start - state.end <= 4,
                  a.tokens[state.end..<money.start].allSatisfy({ shareLinks.contains($0.lower) }),
                  // ("… by Sweden, and €50 million by Finland": a state before "," or "and" is not the sum's.)
                  !out.contains(where: { $0.0.start == state.start }) else { continue }
            out.append((state, money))
        }
        return out
    }

    /// "The remainder is shared by A, B and C": the states named after the verb.
    static func restShared(_ a: SentenceAnalysis, context: DocumentContext) -> [Share] {
        guard let rest = a.tokens.indices.first(where: { restNouns.contains(a.tokens[$0].lower) && $0 >= 1 && a.tokens[$0 - 1].lower == "the" }),
              let verb = a.tokens.indices.first(where: { $0 > rest && $0 <= rest + 6 && restVerbs.contains(a.tokens[$0].lower) }),
              verb + 1 < a.tokens.count, ["by", "from"].contains(a.tokens[verb + 1].lower),
              context.lastCommitment != nil else { return [] }
        var states: [ActorMention] = []
        var group: ActorMention?
        var k = verb + 2
        while k < a.tokens.count {
            if let m = a.actors.first(where: { $0.start == k && $0.kind == .state && !$0.isUkraineOrRussia }) {
                states.append(m)
                k = m.end
            } else if let m = a.actors.first(where: { $0.start == k && $0.kind == .group }), states.isEmpty {
                group = m
                k = m.end
            } else if [",", "and", "including", "the", "other", "such", "as"].contains(a.tokens[k].lower) {
                k += 1
            } else {
                break
            }
        }
        // ("from other partners, including Norway and Japan": the states are examples of the
        // group, which is the party; spec: "collective nouns with examples → one GROUP".)
        if let group { states = [group] }
        guard !states.isEmpty else { return [] }
        // "is expected to come from": not settled yet.
        let expected = a.statuses.first(where: { $0.start > rest && $0.start <= verb && $0.status == .considering })
        let status = expected ?? StatusHit(start: verb, end: verb + 1, status: .pledged, trigger: a.tokens[verb].text)
        return states.map { (CommitmentRules.party($0, a), status, nil) }
    }
}
