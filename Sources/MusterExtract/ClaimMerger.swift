import MusterCore

/// "Repetitions of the same claim in one document are one claim": commitments with the same
/// party, count, category and status merge; the merged claim keeps the best amount (a count of
/// the category's items, then money, then none) with the sentence that states it.
enum ClaimMerger {
    static func mergeCommitments(_ claims: [ExplainedClaim]) -> [ExplainedClaim] {
        var out: [ExplainedClaim] = []
        var index: [String: Int] = [:]
        for explained in claims {
            guard case .commitment(let c) = explained.claim else { continue }
            let key = "\(c.actor)|\(c.actorCount ?? -1)|\(c.category.rawValue)|\(c.status.rawValue)"
            if let existing = index[key], case .commitment(var old) = out[existing].claim {
                if rank(c.amount) > rank(old.amount) {
                    // The sentence that gives the better amount becomes the claim's evidence.
                    var replacement = c
                    if replacement.condition == nil { replacement.condition = old.condition }
                    var updated = explained
                    updated.claim = .commitment(replacement)
                    out[existing] = updated
                } else if old.condition == nil, c.condition != nil {
                    old.condition = c.condition
                    out[existing].claim = .commitment(old)
                }
            } else {
                index[key] = out.count
                out.append(explained)
            }
        }
        return out
    }

    /// "France will send troops … several thousand French troops could be deployed": a state's
    /// troops described firmly and then by how many might go are one undertaking at the stronger
    /// status (spec). Only for troops: for money and arms, a considered top-up beside a firm
    /// pledge is usually a second undertaking.
    static func foldTroopsConsidered(_ claims: [ExplainedClaim]) -> [ExplainedClaim] {
        let firm = Set(claims.compactMap { explained -> String? in
            guard case .commitment(let c) = explained.claim, c.category == .troops, [.pledged, .allocated, .delivered].contains(c.status) else { return nil }
            return "\(c.actor)|\(c.actorCount ?? -1)"
        })
        return claims.filter { explained in
            guard case .commitment(let c) = explained.claim, c.category == .troops, c.status == .considering else { return true }
            return !firm.contains("\(c.actor)|\(c.actorCount ?? -1)")
        }
    }

    /// "Ukraine's allies promised fresh air defence …" opening a report whose later sentences
    /// name each state's pledge: the summary is not a claim of its own (the per-state claims
    /// are). Only an uncounted group in the document's first two sentences.
    static func dropLeadSummaries(_ claims: [ExplainedClaim], leadQuotes: Set<String>) -> [ExplainedClaim] {
        claims.filter { explained in
            guard case .commitment(let c) = explained.claim, c.actor.isGroup, c.actorCount == nil, leadQuotes.contains(c.quote) else { return true }
            return !claims.contains { other in
                guard case .commitment(let o) = other.claim else { return false }
                return !o.actor.isGroup && o.category == c.category && o.status == c.status && !leadQuotes.contains(o.quote)
            }
        }
    }

    static func rank(_ amount: Quantity?) -> Int {
        guard let amount else { return 0 }
        return amount.isMoney ? 1 : 2
    }
}
