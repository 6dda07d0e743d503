import MusterCore

/// How the labels file the goods a status word's object names (spec: "the category of what it
/// buys", "a presence on land, at sea or in the air → troops", reconstruction → humanitarian):
/// money named by what it buys, goods named by their use or purpose, bare words ("missiles",
/// "the force", "guarantees") read by the words around them. Applied to the hits of one status
/// word, in this order, after its object is found and before the merge.
enum CategoryConventions {
    typealias L = StatusLexicon
    typealias Rules = CommitmentRules

    /// Whether "facilities for" (or another place built to hold goods) stands within `reach` words
    /// before the hit, in the same phrase. Only those few words are read: this runs per status word.
    static func heldBySite(_ hit: CategoryHit, in a: SentenceAnalysis, within reach: Int) -> Bool {
        guard hit.start >= 2 else { return false }
        return (max(1, hit.start - reach)..<hit.start).contains { k in
            a.tokens[k].lower == "for" && siteWords.contains(a.tokens[k - 1].lower)
                && !a.tokens[(k + 1)..<hit.start].contains { [",", ";", "—"].contains($0.lower) }
        }
    }

    /// Whether the hit is the target of "shoot down" or "intercept" just before it ("to shoot down
    /// drones", "intercepting Russian missiles").
    static func shotDown(_ hit: CategoryHit, in a: SentenceAnalysis) -> Bool {
        let before = a.tokens[max(0, hit.start - 3)..<hit.start].map(\.lower)
        guard let verb = before.lastIndex(where: { interceptVerbs.contains($0) || $0 == "down" }) else { return false }
        if before[verb] == "down" {
            return verb > 0 && ["shoot", "shoots", "shooting", "shot", "bring", "bringing"].contains(before[verb - 1])
        }
        return true
    }

    static let interceptVerbs: Set<String> = ["intercept", "intercepts", "intercepting", "intercepted", "counter", "countering"]

    /// Words that say goods in general ("weapons", "the package", "military aid", "the PURL
    /// mechanism") rather than which ones.
    static func genericGoods(_ hit: CategoryHit) -> Bool {
        let words = hit.trigger.lowercased().split(separator: " ").map(String.init)
        guard let head = words.last else { return false }
        return ["weapons", "arms", "package", "packages", "mechanism", "initiative", "aid", "assistance", "support", "equipment", "purl"].contains(head)
    }

    /// Words that say what goods in general mostly are: "mostly Patriot interceptors", "focused on
    /// air defence", "intended for air defence".
    static let focusWords: Set<String> = ["mostly", "mainly", "chiefly", "primarily", "largely", "predominantly", "principally",
                                          "focused", "focusing", "focus", "focuses", "concentrating", "concentrated", "intended", "earmarked", "dedicated"]

    /// The one military category a focus word after `start` names ("…, mostly Patriot interceptors").
    static func focusedGoods(in a: SentenceAnalysis, after start: Int) -> CategoryHit? {
        guard let cue = (start..<a.tokens.count).first(where: { focusWords.contains(a.tokens[$0].lower) }) else { return nil }
        let named = a.categories.filter { $0.start > cue && $0.start <= cue + 3 && Rules.militaryCategories.contains($0.category) && $0.category != .equipment }
        guard let first = named.first, named.allSatisfy({ $0.category == first.category }),
              !a.categories.contains(where: { $0.start > first.end && $0.category != first.category && $0.category != .financial }) else { return nil }
        return first
    }

    /// Unnamed aircraft and ships, which listed with troops are part of one presence.
    static let presenceAssets: Set<String> = ["aircraft", "jets", "fighter jets", "planes", "warplanes", "fighter aircraft", "ships",
                                              "warships", "naval assets", "vessels", "naval vessels", "air assets"]

    /// Words of a sentence about the power grid and its repair.
    static let energyWords: Set<String> = ["energy", "grid", "power", "generators", "substations", "transformers", "electricity",
                                           "heating", "turbines", "boiler", "lights"]

    /// Places built to hold goods ("protected facilities for weapons").
    static let siteWords: Set<String> = ["facilities", "facility", "sites", "site", "depots", "depot", "storage", "warehouses", "shelters", "hangars"]

    static func apply(to hits: inout [CategoryHit], in a: SentenceAnalysis, status s: StatusHit, objectEnd: Int,
                      hasMoney: Bool, recentCategory: MusterCore.Category?) {
        moneyNamedByItsGoods(&hits, in: a, hasMoney: hasMoney)
        goodsNamedByTheirUse(&hits, in: a, status: s, objectEnd: objectEnd, hasMoney: hasMoney)
        bareWordsReadInContext(&hits, in: a, hasMoney: hasMoney, recentCategory: recentCategory)
        purposesAndSources(&hits, in: a, status: s)
    }

    /// Money that buys goods named beside it is those goods; money for civil ends is money.
    static func moneyNamedByItsGoods(_ hits: inout [CategoryHit], in a: SentenceAnalysis, hasMoney: Bool) {
        // "finance the purchase of two Patriot systems": the money buys what follows.
        let allHits = hits
        hits.removeAll { hit in
            hit.category == .financial && a.tokens[hit.end..<min(a.tokens.count, hit.end + 8)]
                .contains { ["purchase", "purchases", "buy", "buying", "procurement", "acquisition", "reimburse", "reimbursing", "delivery", "deliveries",
                             "reimbursement", "reimbursements"].contains($0.lower) }
                && allHits.contains { $0.start > hit.end && $0.category != .financial }
        }
        // "will jointly finance air defence", "funding for drones": money named by its verb
        // buys the thing that follows, which is the category (spec: the category of what it buys).
        hits.removeAll { hit in
            hit.category == .financial && Rules.financeVerbs.contains(a.tokens[hit.start].lower) && hit.end - hit.start == 1
                && !a.tokens[hit.end..<min(a.tokens.count, hit.end + 3)].contains { Rules.productionWords.contains($0.lower) }
                && allHits.contains { other in
                    // "finance a package of US weapons": across the package's own words too.
                    // ("fund DKK 1 billion ($156 million) worth of drones": a sum and its conversion count as one word.)
                    guard other.start >= hit.end, Rules.militaryCategories.contains(other.category) else { return false }
                    let gap = Rules.tokensOutsideSums(a, from: hit.end, to: other.start)
                    return gap.count <= 3
                        || (gap.count <= 7 && gap.allSatisfy { $0.isWord || $0.isNumber || $0.isJoinedHyphen || $0.lower == "\"" })
                        || (gap.count <= 9 && gap.contains { Rules.packageWords.contains($0.lower) }
                            && !gap.contains { $0.kind == .punct && !$0.isJoinedHyphen && QuantityParser.symbols[$0.lower] == nil })
                }
        }
        // "halted state funding for the Czech-led initiative that supplies Ukraine with ammunition":
        // money for a scheme that buys arms takes the arms' category (spec).
        if let funding = hits.first(where: { $0.category == .financial && Rules.financeVerbs.contains(a.tokens[$0.end - 1].lower) }),
           hits.allSatisfy({ $0.category == .financial || Rules.militaryCategories.contains($0.category) }),
           let scheme = (funding.end..<a.tokens.count).first(where: { ["initiative", "scheme", "mechanism", "programme", "program"].contains(a.tokens[$0].lower) }),
           // ("stop financing the Czech-led ammunition initiative": the goods may name the scheme.)
           let bought = a.categories.first(where: { hit in
               Rules.militaryCategories.contains(hit.category) && hit.start > funding.end
                   && (hit.start > scheme ? hit.start - scheme <= 12 : scheme - hit.end <= 1)
           }) {
            hits = [bought]
        }
        // "€50 million in funding for emergency energy repairs": civil ends of money named as
        // funding are its purpose, not a second undertaking (spec: funding → financial).
        // ("will lend Ukraine NOK 5 billion for energy repairs": a loan, whatever it pays for.)
        // ("halted its funding for the repair of Ukrainian hospitals", "considering additional funding
        // for winter shelter repairs, without giving a figure": funding with no sum is told by what it
        // pays for, and the labels file it so.)
        if let funding = hits.first(where: { $0.category == .financial && (Rules.financeVerbs.contains(a.tokens[$0.end - 1].lower) || Rules.lendVerbs.contains(a.tokens[$0.end - 1].lower)) }) {
            let purposes = hits.filter { hit in
                [.humanitarian, .logistics].contains(hit.category) && hit.start > funding.end && hit.start - funding.end <= 5
                    && a.tokens[funding.end..<hit.start].contains { $0.lower == "for" }
            }
            if !purposes.isEmpty, !hasMoney, ["funding", "financing"].contains(a.tokens[funding.end - 1].lower), funding.end - funding.start == 1 {
                hits.removeAll { $0.start == funding.start }
            } else {
                hits.removeAll { hit in purposes.contains { $0.start == hit.start } }
            }
        }
    }

    /// Goods serviced, used by soldiers, flown on an air mission or making up a force's presence.
    static func goodsNamedByTheirUse(_ hits: inout [CategoryHit], in a: SentenceAnalysis, status s: StatusHit, objectEnd: Int, hasMoney: Bool) {
        // "has offered to repair damaged Ukrainian tanks": weapons serviced, not given, are
        // maintenance (spec: logistics); "repair the power grid" stays civil aid.
        for index in hits.indices where [.equipment, .airDefense].contains(hits[index].category) && hits[index].start > s.start {
            let start = hits[index].start
            if a.tokens[max(s.start, start - 4)..<start].contains(where: { ["repair", "repairing", "repairs", "maintain", "maintaining", "service", "servicing"].contains($0.lower) }) {
                hits[index].category = .logistics
            }
        }
        // "ready to help shoot down drones over western Ukraine", "rockets modified to intercept
        // drones": what is shot down is the threat; the help is air defence.
        for index in hits.indices where [.equipment, .ammunition].contains(hits[index].category) {
            if shotDown(hits[index], in: a) { hits[index].category = .airDefense }
        }
        // "winter clothing for soldiers", "helmets for Ukrainian troops": soldiers the goods
        // are for are their users, not troops sent.
        hits.removeAll { hit in
            guard hit.category == .troops, hit.start >= 1,
                  ["soldiers", "troops", "servicemen", "personnel", "fighters", "brigades"].contains(a.tokens[hit.end - 1].lower) else { return false }
            // ("communications for the troops who would deploy": the party's own force.)
            var k = hit.start - 1
            while k > 0, a.actors.contains(where: { $0.isUkraineOrRussia && $0.start <= k && k < $0.end }) || a.tokens[k].lower == "'s" { k -= 1 }
            return a.tokens[k].lower == "for" && k > s.end
        }
        // "could support a European force \"in the air\"": support from the air is air defence.
        if ["in", "from"].contains(where: { word in (s.end..<max(s.end, objectEnd - 2)).contains { a.tokens[$0].lower == word && a.tokens[$0 + 1].lower == "the" && a.tokens[$0 + 2].lower == "air" } }),
           a.tokens[s.start..<s.end].contains(where: { ["support", "help", "back", "provide", "assist"].contains($0.lower) }) {
            hits = hits.filter { $0.category != .troops } + [CategoryHit(start: s.end, end: s.end, category: .airDefense, carriesMoney: false, trigger: "in the air")]
        }
        // "aircraft or ships for the force's air and maritime components": assets for the force
        // are part of the presence (spec: a presence on land, at sea or in the air → troops).
        if let force = hits.first(where: { $0.category == .troops }) {
            hits.removeAll { hit in
                // ("a navy frigate to a multinational maritime mission": sent to the presence.)
                hit.category == .equipment && hit.end <= force.start && force.start - hit.end <= 5
                    && (hit.end..<force.start).contains { k in
                        // ("equipment to back the force": an infinitive, not a destination.)
                        a.tokens[k].lower == "for" || (a.tokens[k].lower == "to" && k + 1 < a.tokens.count && L.determiners.contains(a.tokens[k + 1].lower))
                    }
            }
        }
        // "ready to contribute troops, aircraft or ships to the force": the aircraft listed with the
        // troops are the presence's air component, not a second undertaking.
        // ("would include troops on the ground, aircraft and naval assets", "troops and aircraft once
        // a ceasefire holds": unnamed aircraft and ships listed with troops are the same presence,
        // with or without the force named; "troops and 20 Leopard tanks" are two gifts.)
        if let troops = hits.first(where: { $0.category == .troops }) {
            let forceNamed = a.categories.contains(where: { $0.category == .troops && $0.start > troops.end })
            let listed = hits.sorted { $0.start < $1.start }
            var inList: Set<Int> = [troops.start]
            for (first, second) in zip(listed, listed.dropFirst()) where inList.contains(first.start) && second.start >= first.end
                && a.tokens[first.end..<second.start].allSatisfy({ [",", "and", "or", "on", "at", "in", "the", "ground", "sea", "air"].contains($0.lower) }) {
                inList.insert(second.start)
            }
            hits.removeAll { hit in
                hit.category == .equipment && inList.contains(hit.start)
                    && (forceNamed || presenceAssets.contains(hit.trigger.lowercased()))
            }
        }
        // "will extend its air policing mission and increase it to four Eurofighters", "our F-35s
        // will take part in air policing": the jets fly the mission.
        if hits.contains(where: { hit in hit.category == .airDefense && ["policing", "police", "patrol", "patrolling", "skies"].contains(where: { hit.trigger.lowercased().contains($0) }) }) {
            hits.removeAll { hit in hit.category == .equipment && Rules.aircraftWords.contains(where: { hit.trigger.lowercased().contains($0) }) }
        }
        // "shipped the first PURL packages, including Patriot interceptors": with no sum, the
        // package is its items.
        if !hasMoney, let package = hits.first(where: { $0.category == .equipment && $0.trigger.lowercased().contains("package") }),
           hits.contains(where: { $0.start > package.end && $0.category != .equipment }),
           a.tokens[package.end..<min(a.tokens.count, package.end + 3)].contains(where: { ["including", "includes", "include", "with"].contains($0.lower) }) {
            hits.removeAll { $0.start == package.start }
        }
        // "$500 million for the PURL mechanism, under which allies buy US-made weapons, mostly Patriot
        // interceptors", "to the next package, which would focus on Patriot interceptors": goods named
        // only in general are what the sentence says they mostly are (spec: money for buying weapons
        // takes their category).
        if !hits.isEmpty, hits.allSatisfy({ $0.category == .equipment && genericGoods($0) }),
           let focus = focusedGoods(in: a, after: hits[0].end) {
            hits = [focus]
        }
        // "fighter jets to police the skies": aircraft sent on an air mission are air defence.
        if let mission = hits.first(where: { $0.category == .airDefense }) {
            hits.removeAll { hit in
                hit.category == .equipment && hit.end <= mission.start && mission.start - hit.end <= 10
                    && (a.tokens[mission.start - 1].lower == "to"
                        || (mission.start - hit.end <= 2 && a.tokens[hit.end..<mission.start].contains { $0.lower == "to" }))
            }
        }
    }

    /// Words whose category depends on the sentence or passage: bare equipment, funds, recovery and
    /// maintenance, surveillance aircraft, personnel who train, missiles, the force, armed forces,
    /// repairs, guarantees.
    static func bareWordsReadInContext(_ hits: inout [CategoryHit], in a: SentenceAnalysis, hasMoney: Bool,
                                       recentCategory: MusterCore.Category?) {
        // "sending equipment for emergency repairs" after a strike on the grid, "equipment deliveries
        // for the energy sector": bare equipment in a sentence about power, with no weapons named, is
        // civil aid (spec: civil aid → humanitarian). ("non-lethal equipment such as armoured
        // vehicles" stays equipment.)
        if hits.contains(where: { $0.category == .equipment && $0.trigger.lowercased() == "equipment" }),
           case let words = Set(a.tokens.map(\.lower)), !words.isDisjoint(with: energyWords),
           words.isDisjoint(with: ["weapons", "military", "lethal", "arms", "armoured", "armored"]),
           !a.categories.contains(where: { [.airDefense, .ammunition, .troops].contains($0.category)
               || ($0.category == .equipment && $0.trigger.lowercased() != "equipment") }) {
            for index in hits.indices where hits[index].category == .equipment && hits[index].trigger.lowercased() == "equipment"
                && !(hits[index].start >= 1 && ["non-lethal", "defence", "defense"].contains(a.tokens[hits[index].start - 1].lower)) {
                hits[index].category = .humanitarian
            }
        }
        // "two ASC 890 airborne surveillance aircraft", "reconnaissance planes": aircraft that watch
        // are surveillance (spec: intelligence covers surveillance and reconnaissance). ("200
        // surveillance drones delivered" are drones handed over: the labels keep them equipment.)
        for index in hits.indices where hits[index].category == .equipment && hits[index].start >= 1 {
            let hit = hits[index]
            guard ["aircraft", "planes", "plane"].contains(a.tokens[hit.end - 1].lower) else { continue }
            if a.tokens[max(0, hit.start - 2)..<hit.end - 1].contains(where: { ["surveillance", "reconnaissance", "early-warning", "spy", "isr"].contains($0.lower) }) {
                hits[index].category = .intelligence
            }
        }
        // "pilots and maintenance crews", "maintenance teams": people named by their trade are
        // trainees or staff, not maintenance given.
        hits.removeAll { hit in
            hit.category == .logistics && hit.trigger.lowercased() == "maintenance" && hit.end < a.tokens.count
                && ["crews", "crew", "teams", "team", "technicians", "personnel", "staff", "specialists"].contains(a.tokens[hit.end].lower)
        }
        // "the Ukraine Recovery Conference": an occasion's name gives nothing; "CHF 5 billion for
        // Ukraine's recovery", "a ¥5 billion contribution to the Recovery Fund": a sum for recovery
        // alone is money (spec: funding, budget support → financial), as the labels file it.
        hits.removeAll { hit in
            hit.category == .humanitarian && hit.trigger.lowercased() == "recovery" && hit.end < a.tokens.count
                && ["conference", "conferences", "summit", "forum"].contains(a.tokens[hit.end].lower)
        }
        // "The funds will be channelled through …", "channelling part of the frozen funds", "bought
        // with Norwegian funds": bare "funds" points back at money already told or names its
        // source; the labels never file it as money given (0 of 11 on the tuning pool).
        hits.removeAll { hit in hit.category == .financial && hit.trigger.lowercased() == "funds" }
        if hasMoney {
            for index in hits.indices where hits[index].category == .humanitarian && hits[index].trigger.lowercased() == "recovery" {
                hits[index].category = .financial
            }
        }
        // "up to 100 Defence Force personnel to keep training Ukrainian soldiers", "its training
        // deployment in Britain, where 100 personnel have helped train recruits", "host the training
        // of Ukrainian naval personnel": personnel named with training in the same clause teach (or
        // are taught); the labels file them as training, not as a presence.
        for index in hits.indices where hits[index].category == .troops && hits[index].trigger.lowercased().hasSuffix("personnel") {
            let hit = hits[index]
            let clause = max(0, hit.start - 12)..<min(a.tokens.count, hit.end + 12)
            let teaching = clause.filter { ["train", "training", "trains"].contains(a.tokens[$0].lower) }
            if teaching.contains(where: { k in
                let between = k < hit.start ? (k + 1)..<hit.start : hit.end..<k
                return !a.tokens[between].contains { [";", "but", "while", "whereas"].contains($0.lower) }
            }) {
                hits[index].category = .training
            }
        }
        // Generic missiles that are air defence: "IRIS-T air defence launchers and missiles" (listed
        // with an air-defence system, its interceptors) and "The remaining missiles will be
        // delivered in tranches" (the missiles the text just named as air defence).
        for index in hits.indices where hits[index].category == .ammunition {
            let trigger = hits[index].trigger.lowercased(), start = hits[index].start
            guard ["missiles", "missile", "munitions"].contains(trigger) else { continue }
            let named = recentCategory == .airDefense && trigger != "munitions" && start >= 1
                && ["the", "these", "those", "remaining", "rest"].contains(a.tokens[start - 1].lower)
            let listed = a.categories.contains { defence in
                defence.category == .airDefense && defence.end <= start && start - defence.end <= 3
                    && a.tokens[defence.end..<start].allSatisfy { ["and", ",", "launchers", "launcher", "systems", "system", "batteries", "radars"].contains($0.lower) }
                    && a.tokens[defence.end..<start].contains { $0.lower == "and" }
            }
            // ("more missiles for the SAMP/T batteries", "Norway covering the cost of the missiles"
            // after the systems were told: in a sentence or passage about air defence, bare
            // missiles are its interceptors.)
            // (Within a few words: "Germany will finance Patriot systems, and the UK reported it had
            // delivered 300 missiles" names two gifts.)
            // (A named or strike missile, "SCALP missiles", "long-range missiles", is what its name says.)
            let modifier = start >= 1 ? a.tokens[start - 1] : nil
            let amongDefence = trigger != "munitions" && !(modifier.map { $0.isCapitalized || ["long-range", "cruise", "ballistic", "strike"].contains($0.lower) } ?? false)
                && (a.categories.contains { $0.category == .airDefense && ($0.start >= start ? $0.start - start <= 6 : start - $0.end <= 6) }
                    || recentCategory == .airDefense)
            if named || listed || amongDefence { hits[index].category = .airDefense }
        }
        // "would provide intelligence and early warning to the force", "share intelligence with the
        // force", "host the force's air component": the force is who receives the goods named
        // beside it, not troops given.
        // (Goods named in another clause leave "contribute to the force" a contribution of troops.)
        if hits.contains(where: { $0.category != .troops }) {
            let goods = hits.filter { $0.category != .troops }
            hits.removeAll { hit in
                guard hit.category == .troops, hit.trigger.lowercased().hasSuffix("force"),
                      goods.contains(where: { abs($0.start - hit.start) <= 12 }) else { return false }
                let before = hit.start >= 1 ? a.tokens[hit.start - 1].lower : ""
                let owner = hit.end < a.tokens.count && a.tokens[hit.end].lower == "'s"
                return owner || ["to", "with", "of", "for", "support", "supply", "supports", "supporting", "supplies"].contains(before)
            }
        }
        // "drones delivered directly to its armed forces", "Moldova's armed forces", "the Minister
        // for the Armed Forces": armed forces named are a recipient or a title, not troops given,
        // unless a verb of giving stands right before them.
        hits.removeAll { hit in
            guard hit.category == .troops, hit.trigger.lowercased().hasSuffix("armed forces"), hit.start >= 1 else { return false }
            let before = a.tokens[hit.start - 1].lower
            return L.verbs[before] == nil && !L.infinitives.contains(before)
        }
        // "to help with repairs to the grid", "for repairs, generators and solar panels": repairs
        // with no weapons about them rebuild civil life (spec: reconstruction → humanitarian);
        // "repairs for armoured vehicles" stay maintenance, logistics.
        if !hits.contains(where: { [.equipment, .airDefense, .ammunition].contains($0.category) }) {
            for index in hits.indices where hits[index].category == .logistics && ["repairs", "repair"].contains(hits[index].trigger.lowercased()) {
                hits[index].category = .humanitarian
            }
        }
        // "refused without guarantees that other member states would share the legal risk", "open to
        // contributing guarantees" for a loan: guarantees in a sentence about loans and risk, and
        // not about security or troops, are money (spec: loans → financial).
        // (The sentence's words are gathered only when such a hit is there: this runs per status word.)
        let bareGuarantees = hits.indices.filter { hits[$0].category == .securityGuarantee && ["guarantees", "guarantee"].contains(hits[$0].trigger.lowercased()) }
        if !bareGuarantees.isEmpty, case let words = Set(a.tokens.map(\.lower)),
           !words.isDisjoint(with: ["loan", "loans", "assets", "risk", "risks", "borrowing", "budget", "liability", "liabilities"]),
           words.isDisjoint(with: ["security", "troops", "force", "forces", "article", "ceasefire", "peace"]) {
            for index in bareGuarantees { hits[index].category = .financial }
        }
    }

    /// What goods are for, where they come from, how they are paid for: none of it a second gift.
    static func purposesAndSources(_ hits: inout [CategoryHit], in a: SentenceAnalysis, status s: StatusHit) {
        // "build protected facilities for weapons and equipment", "storage sites for its newly
        // delivered equipment": weapons a site is built to hold are its purpose, not goods given.
        hits.removeAll { hit in [.equipment, .ammunition].contains(hit.category) && heldBySite(hit, in: a, within: 6) }
        // "two NASAMS fire units bought with Norwegian funds": money named as the means of a
        // purchase is how the goods were paid for, not a second gift.
        if hits.contains(where: { $0.category != .financial }) {
            hits.removeAll { hit in
                guard hit.category == .financial, ["funds", "money", "financing", "funding"].contains(hit.trigger.lowercased()) else { return false }
                var k = hit.start - 1
                while k > 0, a.tokens[k].isCapitalized || ["own", "its", "their", "national", "state", "budget"].contains(a.tokens[k].lower) { k -= 1 }
                return k >= 1 && a.tokens[k].lower == "with"
                    && ["bought", "purchased", "paid", "financed", "funded", "procured", "acquired"].contains(a.tokens[k - 1].lower)
            }
        }
        // "voted to keep the Russian assets immobilised": the assets are what the sanction holds,
        // not money given.
        hits.removeAll { hit in
            hit.category == .financial && a.categories.contains { other in
                other.category == .sanctions && other.start >= hit.end && other.start <= hit.end + 1
                    && ["immobilised", "immobilized", "frozen"].contains(other.trigger.lowercased())
            }
        }
        // "to protect cities from Russian drones and missiles": the aggressor's weapons are what
        // the aid defends against, not what it gives.
        hits.removeAll { hit in
            hit.category != .sanctions && a.actors.contains { m in
                m.code == .russia && m.end <= hit.start && hit.start - m.end <= 4 && m.end > s.end
                    && a.tokens[m.end..<hit.start].allSatisfy { $0.isWord || [",", "and", "'s"].contains($0.lower) }
                    && !a.tokens[m.end..<hit.start].contains { ["sanctions", "assets", "oil", "gas"].contains($0.lower) }
            } || a.categories.contains { first in
                // ("Russian drones and missiles": the second noun of the pair too.)
                first.end < hit.start && hit.start - first.end <= 1 && a.tokens[first.end..<hit.start].allSatisfy { ["and", "or", ","].contains($0.lower) }
                    && a.actors.contains { m in m.code == .russia && m.end <= first.start && first.start - m.end <= 2 && m.end > s.end }
            }
        }
        // "new air-defence funding", "drone money": money named by the goods it buys is those goods.
        hits.removeAll { hit in
            hit.category == .financial && hit.end == hit.start + 1 && ["funding", "money", "financing", "funds"].contains(a.tokens[hit.start].lower)
                && a.categories.contains { $0.end == hit.start && Rules.militaryCategories.contains($0.category) }
        }
        // "will deliver 5,000 missiles to Ukraine to help protect its cities and energy grid": what
        // the goods are to protect is their purpose, not a second gift.
        if let goods = hits.first(where: { Rules.militaryCategories.contains($0.category) }) {
            hits.removeAll { hit in
                hit.start > goods.end && [.humanitarian, .financial].contains(hit.category)
                    && (max(goods.end, hit.start - 8)..<hit.start).contains { k in
                        SentenceAnalysis.guardVerbs.contains(a.tokens[k].lower) && k >= 1
                            && (a.tokens[k - 1].lower == "to" || (k >= 2 && a.tokens[k - 1].lower == "help" && a.tokens[k - 2].lower == "to"))
                    }
            }
        }
        // "from the stocks of the Slovak armed forces": where the goods come from is no troops.
        hits.removeAll { hit in
            hit.category == .troops && (max(0, hit.start - 6)..<hit.start).contains { k in
                ["stocks", "stockpiles", "inventory", "inventories", "reserves", "depots"].contains(a.tokens[k].lower)
                    && (max(0, k - 3)..<k).contains { a.tokens[$0].lower == "from" }
            }
        }
        // "hangars for Patriot systems to protect power plants": anything right after "facilities
        // for" is what the site holds. (Here, after the goods' own purpose is taken off above: the
        // goods anchor that rule.)
        hits.removeAll { hit in heldBySite(hit, in: a, within: 1) }
        // "a €300 million loan … to repair substations": an instrument's purpose clause says
        // what the money is for, not a second undertaking.
        if let instrument = hits.first(where: { $0.category == .financial && Rules.instrumentNouns.contains(a.tokens[$0.end - 1].lower) }) {
            hits.removeAll { hit in
                hit.start > instrument.end && hit.category != .financial
                    && a.tokens[instrument.end..<hit.start].contains { $0.lower == "to" }
                    && !a.tokens[instrument.end..<hit.start].contains { ["buy", "purchase", "procure", "acquire", "pay"].contains($0.lower) }
            }
        }
        // "€250 million for Patriot missiles under PURL": the scheme is only the channel; it
        // names the category (US weapons) when nothing else in the clause does.
        if hits.contains(where: { !Rules.isChannel($0) && $0.category != .financial }) {
            hits.removeAll(where: Rules.isChannel)
        }
        // "introduced a ban on the provision of maritime transport": what a ban or embargo
        // covers is what is sanctioned, not a second undertaking.
        if let ban = hits.first(where: { $0.category == .sanctions && ["ban", "bans", "embargo", "embargoes"].contains(a.tokens[$0.end - 1].lower) }),
           ban.end < a.tokens.count, ["on", "of"].contains(a.tokens[ban.end].lower) {
            hits.removeAll { $0.start > ban.end && $0.category != .sanctions }
        }
    }
}
