import MusterCore

/// "Zelensky thanked Germany for two more Patriot systems": Kyiv thanking a partner for goods
/// reports them given. A status word in the goods' own clause decides how far they came ("for the
/// jets it has already delivered"); any other status word there leaves them to the ordinary rules.
enum ThanksRule {
    typealias L = StatusLexicon
    static let thanks: Set<String> = ["thanked", "thanks", "thanking", "thank"]
    /// Gerunds of deciding or promising after "for" ("pledging", "offering" and the like are in
    /// `StatusLexicon.progressive` already).
    static let gerunds: [String: CommitmentStatus] = [
        "allocating": .allocated, "earmarking": .allocated, "approving": .allocated,
        "promising": .pledged, "committing": .pledged,
    ]
    static let gratitudeOnly: Set<String> = [
        "support", "leadership", "solidarity", "help", "efforts", "role", "stance", "position", "friendship", "backing",
        "assistance", "commitment", "hospitality", "unity", "steadfast", "continued", "unwavering", "decision", "decisions",
    ]

    /// The thanked party and each category hit it is thanked for.
    static func gifts(in a: SentenceAnalysis) -> [(party: Party, hit: CategoryHit, status: StatusHit)] {
        var out: [(Party, CategoryHit, StatusHit)] = []
        for k in a.tokens.indices where thanks.contains(a.tokens[k].lower) {
            // "thanks to the new radars": a cause, not gratitude.
            if k + 1 < a.tokens.count, a.tokens[k + 1].lower == "to" { continue }
            if CommitmentRules.hypothetical(a, before: k) { continue }
            // "Zelensky … spoke with Chancellor Merz and thanked him for …": "him" is the person
            // the sentence named last, thanked by the Ukrainian who opened it.
            let pronoun = k + 2 < a.tokens.count && ["him", "her"].contains(a.tokens[k + 1].lower) && a.tokens[k + 2].lower == "for"
            let referent = pronoun && a.actors.first(where: { !$0.code.isGroup })?.code == .ukraine
                ? a.actors.last(where: { $0.end <= k && $0.kind == .person && !$0.isUkraineOrRussia }) : nil
            // Only Kyiv's thanks report aid received ("Merz thanked Norway" is one donor to another):
            // the nearest speaker before the verb is Ukrainian, or a pronoun stands for one.
            if referent == nil, let thanker = a.actors.last(where: { $0.end <= k && !$0.code.isGroup }), thanker.code != .ukraine { continue }
            // The party thanked: a mention starting right after the verb ("thanked Chancellor
            // Friedrich Merz", "thanked the Netherlands").
            guard let thanked = referent ?? a.actors.first(where: { $0.start > k && $0.start <= k + 3 }),
                  !thanked.isUkraineOrRussia, thanked.code != .group,
                  referent != nil || (a.tokens[(k + 1)..<thanked.start].allSatisfy({ $0.isCapitalized || $0.lower == "the" })
                    && thanked.end + 1 < a.tokens.count && a.tokens[thanked.end].lower == "for") else { continue }
            let forStart = referent != nil ? k + 3 : thanked.end + 1
            // The goods run to the clause's end; a status word among them reads them itself.
            let end = a.tokens[forStart...].firstIndex(where: { [",", ";", ":", "—"].contains($0.lower) }) ?? a.tokens.count
            // ("for the jets it has delivered": a relative clause on the goods tells how far they
            // came, with the thanked party as their giver.)
            let inside = a.statuses.filter { $0.start >= forStart && $0.start < end }
            if inside.contains(where: { $0.relativeHead == nil }) { continue }
            // "thanked Germany for its support", "for Germany's leadership on air defence":
            // gratitude for a stance names nothing given.
            var head = forStart
            while head < end, a.tokens[head].lower == "'s" || L.determiners.contains(a.tokens[head].lower) || a.actors.contains(where: { $0.start <= head && $0.end > head }) || a.tokens[head].lower == "\"" { head += 1 }
            if head < end, gratitudeOnly.contains(a.tokens[head].lower) { continue }
            // ("for a strong decision on air defence": a decision after its adjective too.)
            if head + 1 < end, ["decision", "decisions"].contains(a.tokens[head + 1].lower) { continue }
            // ("thanked Germany for allocating €11.5 billion": the gerund says how far it came.)
            let gerund = gerunds[a.tokens[forStart].lower] ?? L.progressive[a.tokens[forStart].lower]
            var status = inside.first ?? StatusHit(start: k, end: k + 1, status: gerund ?? .delivered, trigger: a.tokens[k].text)
            status.relativeHead = nil
            for hit in a.categories where hit.start >= forStart && hit.end <= end && hit.category != .securityGuarantee {
                out.append((CommitmentRules.party(thanked, a), hit, status))
            }
        }
        return out
    }
}
