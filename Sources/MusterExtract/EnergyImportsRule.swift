import MusterCore

/// "Japan would not halt purchases of liquefied gas from Sakhalin-2", "Tokyo has no plans to stop
/// importing Russian LNG": a state that says it will keep buying Russian energy declines that
/// sanction. Buying is no status word of its own, so the ordinary rules see nothing here. (Plans
/// to stop are left to them: "talks on plans to phase out Russian gas" may be anyone's.)
enum EnergyImportsRule {
    static let stopVerbs: Set<String> = ["halt", "stop", "end", "ban", "cut", "suspend", "curb", "phase"]
    static let buying: Set<String> = ["purchases", "imports", "importing", "buying", "purchasing"]
    static let energy: Set<String> = ["gas", "lng", "oil", "crude", "energy", "coal", "uranium", "diesel"]

    static func claims(in a: SentenceAnalysis) -> [(party: Party, status: StatusHit)] {
        var out: [(Party, StatusHit)] = []
        for k in a.tokens.indices where stopVerbs.contains(a.tokens[k].lower) {
            let after = a.tokens[(k + 1)..<min(a.tokens.count, k + 5)]
            guard after.contains(where: { buying.contains($0.lower) }),
                  a.tokens[(k + 1)..<min(a.tokens.count, k + 10)].contains(where: { energy.contains($0.lower) }) else { continue }
            let before = a.tokens[max(0, k - 4)..<k].map(\.lower)
            let negated = StatusFinder.isNegated(a.tokens, before: k) || before.contains("no") && before.contains("plans")
            guard negated else { continue }
            // The buyer: the sentence's first state before the verb (its subject, or the speaker
            // whose pronoun the clause goes on with).
            guard let buyer = a.actors.first(where: { m in
                m.end <= k && !m.isUkraineOrRussia && m.kind != .group && m.kind != .demonym && CommitmentRules.agentive(m, a) == true
            }) else { continue }
            out.append((CommitmentRules.party(buyer, a), StatusHit(start: k, end: k + 1, status: .declined, trigger: a.tokens[k].text)))
        }
        return out
    }
}
