import MusterCore

/// Stage 3a, after each trigger has been read: undertakings the sentence tells without a trigger
/// of their own (a package's items, Kyiv's thanks, energy still bought, a verb left out), and the
/// adjustments the whole sentence makes to them (a contract signed, money going to named goods, an
/// item refused inside a list, conditions and demands).
extension CommitmentRules {
    static func sentenceLevelClaims(_ a: SentenceAnalysis, context: DocumentContext, found: inout [Found]) {
        // ("… and spare parts for the tanks Spain delivered in 2023": a verb after the first item
        // tells of an item, not of the package.)
        let firstItem = a.categories.first?.start ?? 0
        if a.statuses.allSatisfy({ $0.start > firstItem }), let last = context.lastPackage ?? context.lastCommitment, isPackageContents(a) {
            for hit in a.categories where !packageItemIsPurpose(a, hit) {
                let amount = hit.category == .sanctions ? nil : attachedCount(a, to: hit) ?? attachedMoney(a, to: hit)
                let status = StatusHit(start: 0, end: 0, status: last.status, trigger: last.trigger)
                for party in last.parties {
                    found.append((party, hit, hit.category, status, last.parties.count == 1 ? amount : nil))
                }
            }
        }
        if let (stage, home) = a.headedList {
            let count = a.quantities.first { $0.kind == .count }
            for hit in a.categories where !found.contains(where: { $0.category == hit.category }) {
                found.append((Party(code: home, count: nil, trigger: "list heading"), hit, hit.category, stage, count))
            }
        }
        if let stages = a.tableStages, let label = a.listLabel {
            for row in TableColumns.claims(in: a, stages: stages) {
                for giver in a.listJoint + [label] { found.append((party(giver, a), row.hit, row.hit.category, row.status, row.amount)) }
            }
        }
        if found.isEmpty, let kind = context.lastCommitmentCategory {
            for copy in FollowSuitRule.copies(in: a, context: context) {
                found.append((copy.party, nil, kind, copy.status, nil))
            }
        }
        for refusal in EnergyImportsRule.claims(in: a) where !found.contains(where: { $0.party.code == refusal.party.code && $0.category == .sanctions }) {
            found.append((refusal.party, nil, .sanctions, refusal.status, nil))
        }
        for gift in ThanksRule.gifts(in: a) where !found.contains(where: { $0.party.code == gift.party.code && $0.category == gift.hit.category }) {
            found.append((gift.party, gift.hit, gift.hit.category, gift.status, attachedCount(a, to: gift.hit) ?? attachedMoney(a, to: gift.hit)))
        }
        // "Norway's share is NOK 1.5 billion, Sweden is contributing SEK 850 million, Denmark DKK
        // 580 million": the shares of the package just told, each of its kind.
        let shares = SharesRule.shares(in: a, context: context).filter { share in !found.contains { $0.party.code == share.party.code } }
        if !shares.isEmpty {
            // ("… pledged about $950 million for Patriot interceptors under PURL: Germany $500
            // million, …": what the sentence itself says the money buys comes first.)
            let kind = a.categories.first(where: { !isChannel($0) })?.category
                ?? context.recentCategory ?? context.lastCommitmentCategory ?? (context.military ? .equipment : .financial)
            for share in shares { found.append((share.party, nil, kind, share.status, share.amount)) }
        }
        // "will supply 5,000 missiles …, under a contract that London signed in March": the
        // undertaking is contracted.
        if let contract = a.tokens.firstIndex(where: { ["contract", "contracts", "order"].contains($0.lower) }),
           a.statuses.contains(where: { $0.start > contract && $0.status == .allocated && ["signed", "placed", "awarded"].contains(a.tokens[$0.start].lower) }) {
            for index in found.indices where found[index].status.status == .pledged && found[index].status.end <= contract {
                found[index].status.status = .allocated
            }
        }
        // "Oslo has contributed NOK 1.5 billion to PURL …, with the money going to Patriot
        // interceptors": the sum buys what it goes to.
        // ("a joint package worth $500 million, which will be used to buy Patriot interceptors":
        // the package's money buys them too.)
        if let going = a.tokens.indices.first(where: { k in
            (["money", "funds", "funding", "cash"].contains(a.tokens[k].lower) && k + 1 < a.tokens.count
                && ["going", "used", "spent", "earmarked", "destined"].contains(a.tokens[k + 1].lower))
                || (["used", "spent"].contains(a.tokens[k].lower) && k >= 2 && a.tokens[k - 1].lower == "be" && a.tokens[k - 2].lower == "will"
                    && k + 2 < a.tokens.count && a.tokens[k + 1].lower == "to" && ["buy", "purchase", "procure", "pay"].contains(a.tokens[k + 2].lower))
        }), let target = a.categories.first(where: { $0.start > going && $0.start <= going + 6 && militaryCategories.contains($0.category) }) {
            for index in found.indices where (found[index].hit == nil || found[index].category == .equipment) && found[index].amount?.kind == .money {
                found[index].category = target.category
                found[index].hit = target
            }
        }
        // "offered intelligence sharing and air support, but no ground troops": an item negated
        // inside a positive list is refused.
        for index in found.indices where [.pledged, .allocated, .delivered].contains(found[index].status.status) {
            guard let hit = found[index].hit, hit.start >= 1 else { continue }
            var p = hit.start - 1
            while p > 0, a.tokens[p].isWord, !["no", "not", "but", "and", ","].contains(a.tokens[p].lower), hit.start - p <= 2 { p -= 1 }
            if ["no", "not"].contains(a.tokens[p].lower), p >= 1, [",", "but", "and"].contains(a.tokens[p - 1].lower) {
                found[index].status.status = .declined
            }
        }
        // "The Netherlands has transferred €300 million to the initiative and Canada CAD 245 million":
        // a second party with a sum of its own and the verb left out does the same.
        if let item = found.last(where: { $0.amount?.kind == .money && $0.party.count == nil }), let given = item.amount {
            for m in a.actors where m.start > given.end && m.kind == .state && !m.isUkraineOrRussia && !found.contains(where: { $0.party.code == m.code }) {
                guard m.start >= 1, ["and", ","].contains(a.tokens[m.start - 1].lower),
                      let sum = a.quantities.first(where: { $0.kind == .money && $0.start == m.end && !$0.isConversion }),
                      !a.statuses.contains(where: { $0.start > item.status.start && $0.start < sum.end }) else { continue }
                found.append((party(m, a), item.hit, item.category, item.status, sum))
            }
        }
        // "could contribute forces on neighbouring NATO territory, but not in Ukraine itself": the
        // presence offered elsewhere is refused inside Ukraine, a second undertaking.
        for item in found where item.category == .troops && [.considering, .pledged].contains(item.status.status) {
            let from = max(1, item.status.end)
            guard let not = (from..<max(from, a.tokens.count - 2)).first(where: { k in
                a.tokens[k].lower == "not" && a.tokens[k - 1].lower == "but" && ["in", "into", "inside", "on", "to"].contains(a.tokens[k + 1].lower)
                    && a.actors.contains { $0.code == .ukraine && $0.start > k + 1 && $0.start <= k + 3 }
            }), !found.contains(where: { $0.party == item.party && $0.category == .troops && $0.status.status == .declined }) else { continue }
            found.append((item.party, item.hit, .troops, StatusHit(start: not, end: not + 1, status: .declined, trigger: "but not in Ukraine"), nil))
        }
        // "will join only if …": a party that sets conditions has not decided.
        let words = a.tokens.map(\.lower)
        // ("will only back the EU's next sanctions package if …": the condition may come later in the clause.)
        let onlyIf = words.indices.contains { k in
            guard words[k] == "only", let condition = words[(k + 1)..<min(words.count, k + 12)].firstIndex(of: "if") else { return false }
            return condition <= k + 3 || !words[(k + 1)..<condition].contains { [",", ";", "but", "and"].contains($0) }
        }
        if onlyIf || (IncidentRules.contains(words, ["on", "condition"]) && !words.contains("anonymity"))
            || IncidentRules.contains(words, ["provided", "that"]) || words.contains("unless") {
            for index in found.indices where found[index].status.status == .pledged { found[index].status.status = .considering }
        }
        // "refused to back the plan unless …": a refusal with a demand attached is a party that
        // sets its terms, not one that says no (spec: conditions before agreeing → considering).
        // "refused to back the plan without legally binding guarantees": a refusal that names what
        // would change it is a demand, as with "unless".
        for index in found.indices where found[index].status.status == .declined {
            let after = a.tokens[min(found[index].status.end, a.tokens.count)...]
            if let without = after.firstIndex(where: { $0.lower == "without" }),
               a.tokens[without..<min(a.tokens.count, without + 5)].contains(where: { demandNouns.contains($0.lower) }) {
                found[index].status.status = .considering
            }
        }
        // "not prepared to commit troops at this stage, though the prime minister did not rule out
        // Czech participation in training missions": a refusal for now beside a door left open is
        // not a refusal (spec), whichever door the sentence leaves open.
        // (The status finder has already read "did not rule out" as a door left open.)
        let leftOpen = a.statuses.contains { s in
            s.status == .considering && a.tokens[s.start..<s.end].contains { ["rule", "ruled", "ruling"].contains($0.lower) }
        }
        if leftOpen {
            for index in found.indices where found[index].status.status == .declined
                && a.tokens[found[index].status.start..<found[index].status.end].contains(where: { ["prepared", "ready", "willing"].contains($0.lower) }) {
                found[index].status.status = .considering
            }
        }
        if words.contains("unless") || words.contains("until") {
            for index in found.indices where found[index].status.status == .declined
                && unlessFollows(a, from: found[index].status.end) {
                // "will not send our forces until there is a ceasefire": a pledge for after it.
                let afterPeace = a.tokens[found[index].status.end...].drop(while: { $0.lower != "until" }).prefix(8)
                    .contains { conditionWords.contains($0.lower) }
                found[index].status.status = afterPeace ? .pledged : .considering
            }
        }
    }
}
