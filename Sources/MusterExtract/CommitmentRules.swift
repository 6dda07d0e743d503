import MusterCore

/// Stage 3a: commitments. Each status trigger of a sentence takes its party from the nearest
/// subject before it (crossing "X said" only for a pronoun: "Stockholm said its donation
/// would…") and its categories from the object after it, or before it in the passive.
enum CommitmentRules {
    typealias L = StatusLexicon

    /// Nouns that name again what the text just told: "the mechanism", "the package".
    static let pointingNouns: Set<String> = [
        "package", "scheme", "mechanism", "measures", "plan", "instrument", "proposal", "initiative", "deal", "arrangement",
    ]

    /// The capital a sentence opens in: "In Moscow, …".
    static func openingCapital(_ a: SentenceAnalysis) -> ActorMention? {
        guard a.tokens.count > 3, a.tokens[0].lower == "in", let place = a.actors.first, place.start == 1, place.kind == .capital,
              place.end < a.tokens.count, a.tokens[place.end].lower == "," else { return nil }
        return place
    }

    /// Whether the object right after a trigger points back: "it", "them", "the mechanism".
    static func pointsBack(_ a: SentenceAnalysis, from start: Int, to end: Int) -> Bool {
        var k = start
        if k < end, a.tokens[k].lower == "to" { k += 1 }
        guard k < end else { return false }
        let word = a.tokens[k].lower
        if word == "it" || word == "them" { return k + 1 >= end || [".", ",", ";", "and", "but", "if", "unless", "once", "after"].contains(a.tokens[k + 1].lower) }
        return ["the", "this", "that"].contains(word) && k + 1 < end && pointingNouns.contains(a.tokens[k + 1].lower)
    }
    /// One undertaking read from a sentence, before the merge: who, which goods (and the words that
    /// named them), how firmly, how much.
    typealias Found = (party: Party, hit: CategoryHit?, category: MusterCore.Category, status: StatusHit, amount: QuantityMention?)

    static func commitments(in a: SentenceAnalysis, context: inout DocumentContext) -> [ExplainedClaim] {
        var found: [Found] = []
        var previousParties: [Party]?
        // "if Trump agrees to …", "whether to send …": hypothetical, not a commitment; dropped
        // before neighbours are found so the object of the real trigger runs across it.
        // "Sweden last sent fighter aircraft to a war in 1940": history, not a commitment.
        if isHistorical(a) { return [] }
        // "Some analysts said a 20th package could …": speculation by observers commits nobody.
        // ("is ready to send demining experts, the minister said": experts sent are the object.)
        if a.tokens.indices.contains(where: { k in
            observers.contains(a.tokens[k].lower)
                // ("fellow European leaders" are leaders; "a senior fellow at Bruegel" observes.)
                && (a.tokens[k].lower != "fellow" || (k >= 1 && ["senior", "research", "visiting", "a", "distinguished", "nonresident", "non-resident"].contains(a.tokens[k - 1].lower)))
                && (a.tokens[(k + 1)..<min(a.tokens.count, k + 10)].contains { L.speechVerbs.contains($0.lower) || ["believe", "expect", "think", "say", "estimate", "estimated"].contains($0.lower) }
                    // ("…," said Guntram Wolff, a senior fellow at Bruegel: the speaker named after the quote.)
                    || (k >= 3 && a.tokens[max(0, k - 8)..<k].contains { ["said", "says", "told", "wrote", "argued"].contains($0.lower) }
                        && a.tokens[max(0, k - 3)..<k].contains { $0.lower == "," }))
                && !a.statuses.contains { $0.end <= k && k - $0.end <= 3 }
                // ("…, a figure critics in Kyiv say is low": observers judging a figure in an
                // appositive after the report leave the report standing.)
                && !(max(0, k - 4)..<k).contains { j in
                    a.tokens[j].lower == "," && j + 2 < k && ["a", "an"].contains(a.tokens[j + 1].lower)
                        && ["figure", "sum", "amount", "number", "total", "level", "share"].contains(a.tokens[j + 2].lower)
                        && !a.statuses.contains { $0.start > j }
                }
        }) { return [] }
        // "Finnish media have speculated that Finland could send instructors": what anyone
        // speculates commits nobody.
        if let first = a.statuses.first,
           a.tokens[..<first.start].contains(where: { ["speculated", "speculate", "speculates", "speculating"].contains($0.lower) }) { return [] }
        // "Poland's own armed forces are buying Apaches …, in a deal signed last year": the whole
        // sentence is about the buyer equipping itself.
        if let first = a.statuses.first, ownForcesSubject(a, from: 0, to: first.start) { return [] }
        // "Poland has signed contracts worth more than $20 billion for K2 tanks": a purchase
        // that names no recipient and no aid is the buyer's own.
        if isOwnProcurement(a) { return [] }
        // "declined to comment on reports that Norway was looking at …": no comment is no claim.
        if a.tokens.indices.contains(where: { k in
            let word = a.tokens[k].lower
            guard word == "comment" || word == "confirm", k >= 1 else { return false }
            return (k >= 2 && ["declined", "refused", "not", "no"].contains(a.tokens[k - 2].lower) && a.tokens[k - 1].lower == "to")
                || (word == "comment" && ["not", "no"].contains(a.tokens[k - 1].lower))
        }) { return [] }
        // "Associated Press writer Raf Casert contributed.": a credit line, not a contribution.
        if a.tokens.contains(where: { ["contributed", "contributing"].contains($0.lower) }),
           a.tokens.contains(where: { ["writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "reporting"].contains($0.lower) }) {
            return []
        }
        // "Who might be part of it?": a question asks, it commits nobody.
        if a.tokens.last?.lower == "?" { return [] }
        // "The reparations loan … was shelved after Belgium refused …": a proposal reported as
        // abandoned is no claim, nor is the refusal that ended it (spec).
        let abandonedFrom = abandonedProposalStart(a) ?? a.tokens.count
        let dropped = a.statuses.filter { hypothetical(a, before: $0.start) }
        // "that had been promised to Kyiv": a passive relative clause describes its head noun.
        // Triggers whose subject is a part of what was just named: a second undertaking beside
        // the first, kept apart in the merge below.
        var partStatuses: Set<Int> = []
        var statuses = a.statuses.filter { !hypothetical(a, before: $0.start) && !($0.relativeHead != nil && passiveRelative(a, $0)) && $0.start < abandonedFrom }
        deliveredByPassiveRelative(a, &statuses)
        // The head of a relative clause leaves the main object only when it hangs off a
        // preposition ("ammunition for the jets it has delivered"), not when it is the object.
        let relativeHeads = Set(statuses.compactMap(\.relativeHead).filter { prepositionalHead(a, endingAt: $0) })
        // Triggers whose verdict a noun before them has taken over ("the contribution would be decided").
        var absorbed: Set<Int> = []
        for (k, s) in statuses.enumerated() {
            // For `--trace`: why this trigger gave no commitment.
            func skip(_ reason: String) { context.joinNotes?.append("«\(text(a.tokens, s.start..<s.end))» \(reason)") }
            if absorbed.contains(s.start) { skip("the verb of the noun before it"); continue }
            // "did not specify which weapons would be bought": a question left open commits nobody.
            if let question = (max(0, s.start - 6)..<s.start).last(where: { ["which", "what", "how", "when"].contains(a.tokens[$0].lower) }),
               question >= 1, (max(0, question - 2)..<question).contains(where: { L.commentVerbs.contains(a.tokens[$0].lower) }) {
                skip("an indirect question")
                continue
            }
            // "The Commission, which has already sent 9,000 generators, said it would deliver …": a
            // trigger inside an aside does not bound the main clause's subject.
            var left = statuses[..<k].last(where: { a.aside[s.start] || !a.aside[$0.start] })?.end ?? 0
            // "If Berlin sent Taurus tomorrow, it would …": the conditional clause is not the object.
            if let cond = dropped.last(where: { $0.end <= s.start && $0.end >= left }),
               let comma = a.tokens[cond.end..<s.start].firstIndex(where: { $0.lower == "," }) {
                left = comma
            }
            // "delivered the €1 billion in military aid it pledged for 2025, including Hawk systems": a
            // relative clause on the object does not end it.
            var next = k + 1
            while next < statuses.count, let head = statuses[next].relativeHead, head >= s.end { next += 1 }
            let right = next < statuses.count ? statuses[next].start : a.tokens.count
            // "Not every capital is ready to send soldiers": a subject that names nobody in
            // particular commits nobody (and must not lean on the last party named).
            if notEveryOne(a, from: left, to: s.start) || everyOne(a, from: left, to: s.start) { skip("no one in particular"); continue }
            var (parties, subjectEnd) = self.parties(a, status: s, limit: left, context: context)
            // "over New Delhi's purchases of Russian oil": a noun of giving or buying belongs to its
            // owner; an owner inside a prepositional phrase commits nobody.
            if L.nominals[a.tokens[s.start].lower] != nil, let owner = possessiveOwner(a, of: s.start) {
                guard agentive(owner, a) == true, !owner.isUkraineOrRussia else { skip("owner is not a party"); continue }
                parties = [party(owner, a)]
                subjectEnd = owner.end
            }
            // "Türkiye will not commit aircraft, an official said, but has offered to lead …": a
            // predicate joined by "but"/"and" with no subject of its own shares the first one's,
            // across the report between them.
            // ("would not impose new sanctions while peace talks were under way": a subordinate clause
            // with a subject of its own shares nothing.)
            // ("… after a ceasefire but would not send soldiers": "but" ends the subordinate clause.)
            if parties == nil, let previous = previousParties,
               coordinatedPredicate(a, at: s.start, after: left)
                || (!subordinateSubject(a, from: left, to: s.start) && (!crossesReport(a, from: left, to: s.start)
                    || (s.status != .considering && coordinatedReport(a, at: s.start, after: left)))) {
                parties = previous
            }
            // "The UK is also working with partners on a new mechanism …, and is considering a
            // guarantee": with no trigger before it, a coordinated predicate's subject is the one
            // that opens the sentence.
            if parties == nil, previousParties == nil, coordinatedPredicate(a, at: s.start, after: left),
               let subject = a.actors.first, subject.start <= 1, subject.kind != .group, !subject.isUkraineOrRussia, agentive(subject, a) == true,
               // ("Poland itself is in the middle of a rearmament programme … and is considering …":
               // a state's own buying.)
               !a.tokens.contains(where: { $0.lower == "itself" }) {
                parties = chain(from: subject, a)
            }
            if parties == nil, let donor = donorInObject(a, status: s, upTo: right) { parties = [party(donor, a)] }
            if parties == nil, case let payers = payersWithMoney(a, status: s), !payers.isEmpty {
                parties = distinct(payers.map { party($0, a) })
            }
            // "$2 billion in military assistance, which will provide drones and ammunition": what the
            // aid just named will give, its giver gives.
            if parties == nil, s.start >= 2, let previous = previousParties, k > 0,
               let which = (max(left, s.start - 3)..<s.start).first(where: { a.tokens[$0].lower == "which" }), which >= 1, a.tokens[which - 1].lower == ",",
               a.tokens[(which + 1)..<s.start].allSatisfy({ L.adverbs.contains($0.lower) || L.isModal($0.lower) }),
               a.categories.contains(where: { $0.end <= which && $0.end >= statuses[k - 1].end && (militaryCategories.contains($0.category) || [.financial, .humanitarian].contains($0.category)) }),
               L.infinitives.contains(a.tokens[s.end - 1].lower) || ["include", "includes", "cover", "covers"].contains(a.tokens[s.end - 1].lower) {
                parties = previous
            }
            // "the jets it has already delivered": the relative pronoun stands for the main clause's party.
            if s.relativeHead != nil, let previous = previousParties { parties = previous }
            // "will pay into a fund that trains pilots": the fund does the training; how firmly the
            // party commits is the main verb's.
            var s = s
            // "$10 million to a NATO trust fund that pays for fuel": what the fund buys is its
            // business; the contribution is financing (spec).
            // (A fund that trains or delivers does the work itself: "paid into a fund that trains
            // pilots" stays training.)
            if let head = s.relativeHead, head > 0, ["fund", "funds", "facility", "mechanism", "programme", "program"].contains(a.tokens[head - 1].lower),
               ["pays", "paid", "buys", "bought", "finances", "financed", "funds", "funded", "purchases"].contains(a.tokens[s.start].lower) {
                skip("a fund's own spending")
                continue
            }
            if let head = s.relativeHead, ["that", "which"].contains(a.tokens[head].lower), k > 0 {
                s.status = statuses[k - 1].status
            }
            // "Lithuania will send … and allocate €20 million for ammunition": a bare verb under an
            // earlier "will" is a promise to allocate, not money allocated.
            if s.status == .allocated, s.end == s.start + 1, ["allocate", "earmark", "approve", "sign", "disburse", "transfer"].contains(a.tokens[s.start].lower),
               s.start >= 1, ["and", ","].contains(a.tokens[s.start - 1].lower),
               a.tokens[max(0, s.start - 16)..<s.start].contains(where: { ["will", "would", "shall"].contains($0.lower) }) {
                s.status = .pledged
            }
            // "Berlin's contribution would be decided after a ceasefire": a noun of giving whose own
            // verb leaves it open is as open as that verb.
            // ("Canada's contribution to a future force was \"still under discussion\"": the copula may
            // stand before the phrase, with an adverb and quotation marks.)
            if L.nominals[a.tokens[s.start].lower] != nil, k + 1 < statuses.count, statuses[k + 1].status == .considering,
               statuses[k + 1].start >= s.end, statuses[k + 1].start - s.end <= 12,
               a.tokens[s.end..<statuses[k + 1].start].allSatisfy({ $0.isWord || $0.lower == "\"" }),
               a.tokens[statuses[k + 1].start..<statuses[k + 1].end].contains(where: { ["would", "will", "is", "was", "be", "remains"].contains($0.lower) })
                || a.tokens[s.end..<statuses[k + 1].start].reversed().drop(while: { $0.lower == "\"" || ["still", "now", "currently"].contains($0.lower) })
                    .first.map({ ["is", "was", "remains", "remained"].contains($0.lower) }) == true {
                s.status = .considering
                absorbed.insert(statuses[k + 1].start)
            }
            // "has withdrawn the previous cabinet's offer of a helicopter unit": an offer taken back
            // or turned down is as firm as the verb that took it.
            if L.nominals[a.tokens[s.start].lower] != nil, k > 0, [.withdrawn, .declined].contains(statuses[k - 1].status),
               statuses[k - 1].end <= s.start, s.start - statuses[k - 1].end <= 4,
               a.tokens[statuses[k - 1].end..<s.start].allSatisfy({ $0.isWord || $0.lower == "'s" }) {
                s.status = statuses[k - 1].status
            }
            // "The package, proposed by the Commission, would add 43 vessels": a proposal's content
            // is still under consideration.
            if s.status == .pledged, a.tokens[0..<s.start].contains(where: { ["proposed", "proposal", "draft"].contains($0.lower) }),
               !a.tokens[0..<s.start].contains(where: { [";", "but"].contains($0.lower) }) {
                s.status = .considering
            }
            // "The money will pay for drones …": the sum of the last commitment, paid by its parties.
            let sharesSum = sharesLastSum(a, before: s.start)
            if parties == nil || sharesSum, let last = context.lastCommitment,
               refersToLastSum(a, from: left, to: s.start) || sharesSum {
                parties = last.parties
                // A share of the sum is as firm as the sum.
                if sharesSum, s.status == .pledged, s.status.strength < last.status.strength, ![.declined, .withdrawn].contains(last.status) {
                    s.status = last.status
                }
            }
            // "At the summit in Brussels, leaders discussed a loan": the EU's leaders deciding on
            // an EU instrument are the EU (spec).
            // ("The bloc's 27 governments had voted …": the bloc's members deciding together are the EU.)
            if let group = parties, group.count == 1, group[0].code.isGroup,
               group[0].trigger.lowercased().hasPrefix("the bloc's")
                || (group[0].count == nil && group[0].trigger.lowercased() == "leaders" && (a.actors.contains(where: { $0.code == ActorCode("EU") }) || context.euSummit)) {
                parties = [Party(code: ActorCode("EU"), count: nil, trigger: group[0].trigger)]
            }
            // "Seoul has pledged $100 million …, and the ministry said a first tranche had been
            // sent": a part of what a party just committed is that party's.
            // ("with the first expected to arrive in the coming weeks" is timing, not an undertaking.)
            let partOfItems = s.relativeHead == nil && (s.status != .considering || a.tokens[s.end - 1].lower == "follow")
                && partOfItemsJustNamed(a, from: left, to: s.start)
            if partOfItems, !wholeOfItemsJustNamed(a, before: s.start) { partStatuses.insert(s.start) }
            if parties == nil, partOfItems, let last = found.last {
                parties = distinct(found.filter { $0.status.start == last.status.start }.map(\.party))
            }
            if parties == nil, s.relativeHead == nil, sumSubject(a, from: left, to: s.start) {
                parties = found.last.map { [$0.party] } ?? context.lastCommitment?.parties
            }
            // "Pistorius said a third system would follow", "Two further IRIS-T will follow in 2026,
            // Pistorius said": goods as the subject of a reported undertaking are the speaker's
            // state's to give.
            // ("The first Gripen jets could arrive next year, Sweden said": a maybe too.)
            if parties == nil, s.relativeHead == nil, [.pledged, .allocated, .delivered, .considering].contains(s.status),
               let speaker = goodsSpeaker(a, from: left, trigger: s) {
                parties = [party(speaker, a)]
            }
            // "…, and ruled out sending American troops to Ukraine": with no subject found, soldiers
            // named by their state's adjective are that state's to send or keep home.
            // ("offered to train Polish troops": soldiers being trained are the trainer's guests.)
            if parties == nil, !trainingVerbs.contains(a.tokens[s.end - 1].lower),
               let soldiers = a.categories.first(where: { $0.category == .troops && $0.start >= s.end && $0.start <= s.end + 3 }),
               let state = a.actors.first(where: { $0.kind == .demonym && $0.end == soldiers.start && !$0.isUkraineOrRussia }) {
                parties = [party(state, a)]
            }
            // "sending ground troops was \"not on the table\" for Finland": the party the verdict is for.
            if parties == nil, let forParty = a.actors.first(where: { m in
                m.start > s.end && m.start <= s.end + 2 && a.tokens[m.start - 1].lower == "for"
                    && a.tokens[s.end..<(m.start - 1)].allSatisfy({ $0.lower == "\"" }) && !m.isUkraineOrRussia && m.kind != .group && m.kind != .demonym
            }) {
                parties = [party(forParty, a)]
            }
            // "a new batch of Patriot missiles from Germany had arrived", "arrived in Ukraine from
            // Japan": goods arriving come from their giver.
            if parties == nil || parties?.allSatisfy({ $0.code.isGroup }) == true, L.arrivalVerbs.contains(a.tokens[s.end - 1].lower),
               let source = arrivalSource(a, from: left, to: min(a.tokens.count, s.end + 8)) {
                parties = [party(source, a)]
            }
            // "supplied two SAMP/T batteries jointly with France": the partner gives too.
            if var given = parties, let partners = jointPartners(a, from: s.end, to: right) {
                for partner in partners where !given.contains(where: { $0.code == partner.code }) { given.append(partner) }
                parties = given
            }
            // "…, the Belgian defence ministry confirmed.": a closing attribution reports the clause
            // before it; it is no undertaking of its own.
            if ["confirmed", "confirms", "announced", "announces"].contains(a.tokens[s.start].lower), s.end == s.start + 1, k > 0,
               // ("…, a spokesperson confirmed, adding that …": a participle clause may follow.)
               a.tokens[s.end..<(a.tokens[s.end...].firstIndex(where: { $0.lower == "," }).flatMap { comma in
                   comma + 1 < a.tokens.count && ["adding", "saying", "noting", "citing", "stressing", "explaining"].contains(a.tokens[comma + 1].lower) ? comma : nil
               } ?? a.tokens.count)].allSatisfy({ [".", "on", "in", "a", "statement", "today", "yesterday", "late", "earlier", "\""].contains($0.lower)
                                               || DateExpressions.weekdays[$0.lower] != nil }),
               let comma = a.tokens[statuses[k - 1].end..<s.start].lastIndex(where: { $0.lower == "," }),
               a.tokens[(comma + 1)..<s.start].allSatisfy({ $0.isWord || $0.lower == "'s" }) {
                skip("closing attribution")
                continue
            }
            // "…, but agreed not to block it": standing aside is no undertaking.
            // ("pledged not to stop supporting Kyiv" is still a pledge: only agreeing verbs, only blocking.)
            if s.end + 2 < a.tokens.count, ["agreed", "agree", "agrees", "promised", "undertook"].contains(a.tokens[s.end - 1].lower),
               a.tokens[s.end].lower == "not", a.tokens[s.end + 1].lower == "to",
               ["block", "veto", "oppose", "obstruct", "hinder"].contains(a.tokens[s.end + 2].lower) {
                skip("agreed not to block")
                continue
            }
            // "could lift some sanctions as part of a deal", "a peace deal that could ease sanctions on
            // Russian crude": sanctions that might come off are no undertaking either way.
            // ("Washington lifted sanctions on two banks" takes them back: withdrawn.)
            if s.status == .considering, let verb = (s.start..<min(a.tokens.count, s.end + 3)).first(where: { easingVerbs.contains(a.tokens[$0].lower) }),
               a.categories.contains(where: { $0.category == .sanctions && $0.start > verb && $0.start - verb <= 4 }) {
                skip("sanctions eased")
                continue
            }
            // "“We committed, we delivered,” Costa wrote": a quoted boast with no object names nothing.
            if quotedWe(a, before: s.start), s.end < a.tokens.count,
               a.tokens[s.end].lower == "\"" || (a.tokens[s.end].lower == "," && s.end + 1 < a.tokens.count && a.tokens[s.end + 1].lower == "\"") {
                skip("a quoted boast")
                continue
            }
            // "PURL allows European allies and Canada to pay for weapons …": a permission describes a
            // scheme and commits nobody; "its constitution did not allow it to send troops" refuses.
            if let found = parties, let negated = permissionNegated(a, parties: found, from: left, to: s.start) {
                if negated {
                    s.status = .declined
                    s.relativeHead = nil
                } else {
                    skip("permitted, not undertaken")
                    continue
                }
            }
            // A list item's part ("Canada: …; a further C$500 million pledged") acts for its label.
            let itemPart = s.trigger.isEmpty && a.listLabel.map { s.start >= $0.end } == true
            // (A joint label gives the item together, whoever stands nearest the mark.)
            if parties == nil || !a.listJoint.isEmpty, itemPart, let label = a.listLabel { parties = (a.listJoint + [label]).map { party($0, a) } }
            // "Officials said work on a 21st package would begin in June": a numbered sanctions
            // package with no party in the sentence is the Union's, whoever the text named last.
            if let carried = parties, carried.count == 1, carried[0].code != ActorCode("EU"), context.sanctionsMentioned,
               !a.actors.contains(where: { $0.code == carried[0].code }), numberedPackage(a, from: left, to: a.tokens.count),
               !a.tokens.contains(where: { ["military", "aid", "assistance", "weapons", "support"].contains($0.lower) }) {
                parties = [Party(code: ActorCode("EU"), count: nil, trigger: "package")]
            }
            if parties == nil, let owner = passiveOwner(a, status: s, from: left) { parties = [party(owner, a)] }
            // "In Moscow, the Defence Ministry said its forces had carried out …": a sentence set in a
            // capital, whose subject names no one, speaks for that capital's state, not for the
            // party the text named last.
            if let place = openingCapital(a), let carried = parties,
               !carried.contains(where: { p in a.actors.contains { $0.code == p.code && !$0.isUkraineOrRussia } }),
               !a.actors.contains(where: { $0.start > place.end && $0.start < s.start && !$0.isUkraineOrRussia }) {
                if place.isUkraineOrRussia { skip("said in Moscow or Kyiv"); continue }
                parties = [party(place, a)]
            }
            previousParties = parties
            guard let parties, !parties.isEmpty else { skip("no party"); continue }
            // "would deliver 30,000 more shells, on top of the 100,000 already sent": an earlier
            // undertaking told beside the new one is its own claim, with the sum or count inside the
            // phrase and the new one's category.
            if let phrase = addedToPhrase(a, from: left, to: s.start), let main = found.last(where: { $0.status.start < phrase && parties.contains($0.party) }) {
                let inside = a.quantities.filter { $0.start > phrase && $0.end <= s.start && !$0.isConversion && !$0.isRate }
                var amount = inside.first { $0.kind == .money } ?? inside.first { $0.kind == .count }
                if amount == nil, let number = inside.first(where: { $0.kind == .bare }), let unit = main.amount, unit.kind == .count {
                    amount = number
                    amount?.quantity.unit = unit.quantity.unit
                    amount?.kind = .count
                }
                // (The new undertaking's money goes with the package, the earlier sum with its own claim.)
                let like = amount?.kind == .money ? (found.last(where: { $0.status.start == main.status.start && $0.amount?.kind == .money }) ?? main) : main
                partStatuses.insert(s.start)
                for party in parties { found.append((party, like.hit, like.category, s, amount)) }
                continue
            }
            // A list item's part runs to its end ("Norway: NOK 1.3 billion, earmarked for Patriot
            // interceptors"): its commas join what the one party gives.
            let objectEnd = itemPart ? right : clauseEnd(a, from: s.end, limit: right)
            let bare = bareTrigger(a, from: s.end, to: objectEnd)
            // "North Korea's deployment of troops to Russia": help for the aggressor is no
            // commitment to the cause.
            if helpsRussia(a, from: s.end, to: objectEnd) || ownUse(a, from: s.end, to: objectEnd) { skip("aid to Russia or own use"); continue }
            // "has not said how many ships it would commit", "the question of who actually sends
            // soldiers": an open question commits to nothing.
            if a.tokens[max(left, s.start - 8)..<s.start].indices.contains(where: { j in
                (a.tokens[j].lower == "how" && j + 1 < a.tokens.count && ["many", "much"].contains(a.tokens[j + 1].lower))
                    || (["who", "where"].contains(a.tokens[j].lower) && j > 0 && ["of", "about", "on", "over"].contains(a.tokens[j - 1].lower))
                    // "still needed to know which countries were ready to commit troops".
                    || (["which", "what"].contains(a.tokens[j].lower) && j > 0 && ["know", "see", "learn", "clear", "unclear", "asked", "about", "on", "decide"].contains(a.tokens[j - 1].lower)
                        && j + 1 < a.tokens.count && ["countries", "states", "nations", "allies", "members", "partners", "governments"].contains(a.tokens[j + 1].lower))
            }) { skip("open question"); continue }
            // "though he stopped short of committing soldiers": going no further commits nothing
            // and refuses nothing either (the tuning labels leave 8 of 9 such sentences unlabelled).
            if s.end - s.start >= 3, ["stopped", "stops", "stop", "stopping"].contains(a.tokens[s.start].lower), a.tokens[s.start + 1].lower == "short" {
                skip("went no further")
                continue
            }
            // "Hungary, which had threatened to block the package, did not object in the end": a
            // threat told in the past perfect was lifted by the time of the report.
            if s.start >= 1, a.tokens[s.start].lower == "threatened", a.tokens[s.start - 1].lower == "had" {
                skip("a threat since lifted")
                continue
            }
            // "The defence ministers of Britain and France arrived in Kyiv": people arriving pay a
            // visit; goods and troops arriving are delivered.
            if ["arrived", "arrive", "arrives", "arriving"].contains(a.tokens[s.start].lower),
               let visitor = (max(0, s.start - 12)..<s.start).last(where: { visitors.contains(a.tokens[$0].lower) }),
               !a.tokens[visitor..<s.start].contains(where: { StatusLexicon.speechVerbs.contains($0.lower) || $0.lower == "confirmed" }),
               // ("thanked Chancellor Merz for the IRIS-T missiles that have arrived": goods between are the subject.)
               !a.categories.contains(where: { $0.start > visitor && $0.start < s.start }),
               !a.tokens[0..<s.start].contains(where: { ["troops", "soldiers", "personnel", "units", "contingent"].contains($0.lower) }) {
                skip("a visit")
                continue
            }
            // "urged allies that had not yet contributed to PURL to \"step up\"": what follows a
            // request, in the same clause, is for the asked to do, not for the one who asks.
            if let request = (0..<s.start).last(where: { k in
                askVerbs.contains(a.tokens[k].lower) || (a.tokens[k].lower == "on" && k > 0 && ["called", "calls", "calling", "call"].contains(a.tokens[k - 1].lower))
            }), !a.tokens[request..<s.start].contains(where: { [",", ";", ":"].contains($0.lower) }),
               !parties.contains(where: { p in a.actors.contains { $0.code == p.code && $0.start > request && $0.start < s.start } }) {
                skip("asked of others")
                continue
            }
            // "here is what Ukraine's allies have promised": a free relative names no undertaking.
            if a.tokens[max(left, s.start - 5)..<s.start].contains(where: { ["what", "whatever"].contains($0.lower) }) { skip("free relative"); continue }
            // "will host a conference on recovery": hosting a meeting is no undertaking of aid.
            if ["host", "hosts", "hosted", "hosting"].contains(a.tokens[min(s.end, a.tokens.count) - 1].lower)
                || a.tokens[s.start..<objectEnd].prefix(4).contains(where: { ["host", "hosts", "hosting"].contains($0.lower) }),
               a.tokens[s.end..<objectEnd].contains(where: { ["conference", "meeting", "summit", "talks", "forum"].contains($0.lower) }) {
                skip("hosting a meeting")
                continue
            }
            // "Poland's own armed forces are buying Apaches": the buyer equips itself.
            if ownForcesSubject(a, from: left, to: s.start) { skip("own forces"); continue }
            // "The far-right AfD, the largest opposition party, rejected any deployment": a party out
            // of government speaks for no state.
            // ("the conservative Popular Party has said it would only back a mission": a party by name.)
            if let opposition = (left..<s.start).last(where: { k in
                ["opposition", "far-right", "far-left"].contains(a.tokens[k].lower)
                    || (["Party", "Parties"].contains(a.tokens[k].text) && k > 0 && a.tokens[k - 1].isCapitalized)
            }),
               !a.actors.contains(where: { $0.start > opposition && $0.end <= s.start && !$0.isUkraineOrRussia }) {
                skip("an opposition party")
                continue
            }
            var hits = a.categories.filter { $0.start >= s.start && $0.start >= s.end - 1 && $0.end <= objectEnd }
            if hits.isEmpty {
                // ("prepared to contribute to air policing …, but sending ground troops was not on the
                // table": the subject starts after the contrast.)
                hits = a.categories.filter { $0.start >= max(left, subjectEnd) && $0.end <= s.start && !a.aside[$0.start] }
                if let contrast = (max(left, subjectEnd)..<s.start).last(where: { ["but", ";"].contains(a.tokens[$0].lower) }),
                   hits.contains(where: { $0.start > contrast }) {
                    hits.removeAll { $0.start < contrast }
                }
            }
            // "the second Patriot system financed jointly by the Netherlands and Germany had been
            // handed over": the goods stand before the payers' participle.
            if hits.isEmpty, let payer = (left..<s.start).first(where: { k in
                payerParticiples.contains(a.tokens[k].lower)
                    && a.tokens[(k + 1)..<min(s.start, k + 3)].contains { $0.lower == "by" }
                    && !a.tokens[k..<s.start].contains { [",", ";", "after", "before", "while"].contains($0.lower) }
            }) {
                hits = a.categories.filter { $0.start >= left && $0.end <= payer && !a.aside[$0.start] }
            }
            // "Patriot systems delivered by Germany": the goods are the noun the participle follows.
            if s.relativeHead == nil, s.end < a.tokens.count, a.tokens[s.end].lower == "by", let goods = a.categories.last(where: { $0.end == s.start }) {
                hits = [goods]
            }
            if let head = s.relativeHead {
                hits = a.categories.filter { $0.end == head }
            } else {
                hits.removeAll { hit in relativeHeads.contains(hit.end) }
            }
            var money = s.relativeHead != nil ? [] : a.quantities.filter { $0.kind == .money && !$0.isRate && !$0.isConversion && $0.start >= s.end && $0.end <= objectEnd }
            if money.isEmpty, s.relativeHead == nil {
                money = a.quantities.filter { $0.kind == .money && !$0.isRate && !$0.isConversion && $0.start >= max(left, subjectEnd) && $0.end <= s.start }
            }
            CategoryConventions.apply(to: &hits, in: a, status: s, objectEnd: objectEnd, hasMoney: !money.isEmpty, recentCategory: context.recentCategory)
            var categories: [(CategoryHit?, MusterCore.Category)] = hits.map { ($0, $0.category) }
            // "offered two minehunters for a Black Sea mission": ships for a mission or force are a
            // part in its presence at sea (spec: "on land, at sea or in the air" → troops).
            if a.categories.contains(where: { $0.category == .troops && ["mission", "force", "group", "operation"].contains(a.tokens[$0.end - 1].lower) }) {
                categories = categories.map { entry in
                    guard entry.1 == .equipment, let hit = entry.0, Self.navalVessels.contains(a.tokens[hit.end - 1].lower) else { return entry }
                    return (hit, .troops)
                }
            }
            // "the air defence systems Germany promised", "the £4.5 billion of military support the UK
            // is providing": goods named just before the party of a relative clause without "that"
            // are its object.
            // ("the last of the F-16 jets Denmark pledged have been delivered": the delivery is the
            // news, the promise behind it is not told again; "what kind of guarantee Washington would
            // offer" asks.)
            if categories.isEmpty, let subject = a.actors.last(where: { m in m.end <= s.start && m.kind != .group && parties.contains { $0.code == m.code } }),
               a.tokens[subject.end..<s.start].allSatisfy({ contactClauseFillers.contains($0.lower) }),
               let goods = a.categories.last(where: { $0.end <= subject.start }),
               a.tokens[goods.end..<subject.start].allSatisfy({ $0.lower == "the" }),
               !a.tokens[max(0, goods.start - 3)..<goods.start].contains(where: { ["what", "which", "whatever"].contains($0.lower) }),
               !(s.status == .pledged && a.statuses.contains { $0.status == .delivered && $0.start != s.start }) {
                categories = [(goods, goods.category)]
            }
            // "A 20th package is already being prepared, she added": the Union's numbered packages
            // are its sanctions (its aid is not counted that way).
            if categories.isEmpty, money.isEmpty, parties.allSatisfy({ $0.code == ActorCode("EU") }), !parties.isEmpty,
               (min(max(left, s.start - 6), objectEnd)..<objectEnd).contains(where: { k in
                   k + 1 < a.tokens.count && ["package", "round"].contains(a.tokens[k + 1].lower) && ordinalOfTenOrMore(a.tokens, endingAt: k)
               }), !a.tokens.contains(where: { ["military", "aid", "assistance", "weapons", "loan", "financial"].contains($0.lower) }) {
                categories = [(nil, .sanctions)]
            }
            // "The 29th package, announced in December, has been delivered in full": in a text about
            // arms, a state's numbered package is arms.
            // (Not in an aside about the past, nor where the text's packages may be sanctions.)
            if categories.isEmpty, money.isEmpty, context.military, !a.aside[s.start], !parties.contains(where: { $0.code == ActorCode("EU") }),
               !context.sanctionsMentioned || a.tokens.contains(where: { ["military", "defence", "defense", "weapons", "arms"].contains($0.lower) }),
               (max(0, s.start - 10)..<objectEnd).contains(where: { k in
                   k + 1 < a.tokens.count && ["package", "packages"].contains(a.tokens[k + 1].lower) && ordinalOfTenOrMore(a.tokens, endingAt: k)
               }), !a.tokens.contains(where: { ["sanctions", "restrictive", "measures", "loan", "financial", "humanitarian"].contains($0.lower) }) {
                categories = [(nil, .equipment)]
            }
            // "would support the multinational force if it came under attack": backing the force
            // against an attack is a guarantee, not a part in the presence.
            if categories.count == 1, categories[0].1 == .troops,
               a.tokens[s.start..<s.end].contains(where: { ["support", "back", "backstop", "protect", "defend", "assist"].contains($0.lower) }),
               a.tokens[s.end..<a.tokens.count].contains(where: { ["attack", "attacked", "attacks", "aggression"].contains($0.lower) }) {
                categories = [(categories[0].0, .securityGuarantee)]
            }
            // "would \"back\" the force but would not put soldiers on the ground": backing the force,
            // with no attack named, is political support, not a part in it.
            if categories.count == 1, categories[0].1 == .troops, let hit = categories[0].0,
               ["force", "forces", "mission", "coalition"].contains(a.tokens[hit.end - 1].lower),
               ["support", "back", "backs", "supports", "backed", "supported", "endorse", "endorsed", "welcome", "welcomed"].contains(a.tokens[s.end - 1].lower) {
                skip("backing the force")
                continue
            }
            // "trains Ukrainian air-defence crews", "trained 15,000 soldiers on Leopard tanks": what
            // follows a training verb is who or what is trained on; the undertaking is training.
            if trainingVerbs.contains(a.tokens[s.start].lower) || trainingVerbs.contains(a.tokens[max(s.start, s.end - 1)].lower) {
                let own = hits.first { $0.category == .training }
                categories = [(own, .training)] + hits.filter { SentenceAnalysis.verbOnly.contains(a.tokens[$0.start].lower) && $0.category != .training }
                    .map { ($0, $0.category) }
            }
            // Money with no object is aid only when the sentence ties it to Ukraine or calls it aid
            // ("its defence budget to €100 billion" is not).
            // Development banks and the IMF lend and grant: their money is financing wherever it goes.
            let allLenders = parties.allSatisfy { lenders.contains($0.code) }
            // ("Ukraine's partners pledged a record $12 billion": the group names its recipient.)
            let forUkraine = a.actors.contains { $0.code == .ukraine } || allLenders
                || a.actors.contains { $0.kind == .group && ["ukraine", "kyiv"].contains(a.tokens[$0.start].lower) }
                || a.tokens.contains { CommitmentRules.aidWords.contains($0.lower) }
            // "would contribute €150 million to the initiative": money for a scheme the text named
            // buys what that scheme buys (spec: PURL, shell initiatives).
            // ("committed $4 billion to the mechanism": a purchase scheme the text has not tied to
            // any goods buys arms in a text about arms.)
            // ("would join the scheme for the first time": joining a purchase scheme is paying into it.)
            // ("announced a joint contribution to the scheme": a contribution to it is paying into it.)
            let joinsScheme = (s.start..<min(objectEnd, s.end + 2)).contains { ["join", "joins", "joined", "joining"].contains(a.tokens[$0].lower) }
                || (s.start..<objectEnd).contains { k in ["contribution", "contributions"].contains(a.tokens[k].lower)
                    && k + 2 < a.tokens.count && a.tokens[k + 1].lower == "to" && ["the", "this", "that"].contains(a.tokens[k + 2].lower) }
            if categories.isEmpty, !money.isEmpty || joinsScheme, let scheme = (s.end..<objectEnd).first(where: { k in
                k > 0 && ["the", "this", "that"].contains(a.tokens[k - 1].lower)
                    && (context.schemes[a.tokens[k].lower] != nil || (context.military && purchaseSchemes.contains(a.tokens[k].lower)))
            }) {
                categories = [(nil, context.schemes[a.tokens[scheme].lower] ?? .equipment)]
            }
            // "Britain announced similar measures, while Canada said it would follow": a party that
            // follows others takes the same kind of step.
            if categories.isEmpty, money.isEmpty, ["follow", "follows"].contains(a.tokens[s.end - 1].lower),
               let like = found.last?.category ?? context.recentCategory {
                categories = [(nil, like)]
            }
            // "would review the package with a view to aligning": in a text about sanctions, the
            // package just named is the sanctions round.
            // ("had threatened to block the package": a member's threat to the Union's round is
            // no round of its own.)
            if categories.isEmpty, money.isEmpty, context.topic == .sanctions,
               !a.tokens[s.start..<s.end].contains(where: { L.refusalVerbs.contains($0.lower) || $0.lower.hasPrefix("threat") }),
               (s.end..<min(objectEnd, s.end + 3)).contains(where: { a.tokens[$0].lower == "package" && $0 > 0 && a.tokens[$0 - 1].lower == "the" }) {
                categories = [(nil, .sanctions)]
            }
            // "would fund \"tens of thousands\" more": the finance verb buys more of the goods just named.
            if onlyFinanceVerbHit(a, categories), money.isEmpty,
               let more = (s.end..<min(a.tokens.count, s.end + 7)).first(where: { a.tokens[$0].lower == "more" }),
               !a.categories.contains(where: { $0.start >= s.end && $0.start < more }),
               let goods = a.categories.last(where: { $0.end <= s.start && militaryCategories.contains($0.category) }) {
                categories = [(goods, goods.category)]
            }
            // "The initiative will go on, and the Netherlands will keep funding it": paying for a
            // scheme named just before, by pronoun, buys what the scheme buys.
            if categories.isEmpty || onlyFinanceVerbHit(a, categories), s.end < a.tokens.count || objectEnd > s.end,
               let verb = (max(s.start, s.end - 1)..<min(a.tokens.count, s.end + 1)).first(where: { financeVerbs.contains(a.tokens[$0].lower) }),
               verb + 1 < a.tokens.count, ["it", "them"].contains(a.tokens[verb + 1].lower),
               let scheme = (0..<s.start).last(where: { context.schemes[a.tokens[$0].lower] != nil }) {
                categories = [(nil, context.schemes[a.tokens[scheme].lower] ?? .financial)]
            }
            // "will put €250 million into this year's purchases": in a text about one purchase
            // scheme, money for "purchases" buys what that scheme buys.
            if categories.isEmpty, !money.isEmpty, Set(context.schemes.values).count == 1, let bought = context.schemes.values.first,
               (s.end..<objectEnd).contains(where: { ["purchases", "purchase", "procurement", "purchasing", "buying"].contains(a.tokens[$0].lower) }) {
                categories = [(nil, bought)]
            }
            // "… would contribute €150 million to the initiative, and Denmark said it would put in
            // DKK 1 billion": a second sum in parallel goes where the first went.
            // ("… while Canada, Japan and the UK are paying out their shares": a share is a sum too.)
            let share = (s.end..<objectEnd).contains { k in ["share", "shares", "portion", "part"].contains(a.tokens[k].lower) && k > 0
                && ["its", "their", "his", "her"].contains(a.tokens[k - 1].lower) }
            if categories.isEmpty, !money.isEmpty || share, let previous = found.last(where: { $0.amount?.kind == .money && $0.status.end <= s.start }),
               let separator = (previous.status.end..<s.start).last(where: { ["and", "while", "whereas"].contains(a.tokens[$0].lower) }),
               !a.categories.contains(where: { $0.start >= separator && $0.end <= objectEnd }) {
                categories = [(nil, previous.category)]
            }
            // "€250 million for the PURL scheme, under which allies buy US weapons, including Patriot
            // missiles": money for a scheme whose purchases are named by an example buys what the
            // example names.
            // ("to finance more Patriot interceptors through PURL, to which Norway would contribute
            // $100 million": goods bought through the scheme the party pays into.)
            if categories.allSatisfy({ $0.0.map(isChannel) == true }), !money.isEmpty, let example = a.categories.first(where: { hit in
                [.airDefense, .ammunition].contains(hit.category) && ((hit.start > s.end
                    && a.tokens[max(s.end, hit.start - 4)..<hit.start].contains { ["including", "such", "like", "notably"].contains($0.lower) }
                    && a.tokens[s.end..<hit.start].contains { ["buy", "buys", "pays", "purchase", "purchases", "procure", "procures"].contains($0.lower) })
                    // ("will spend US$500 million through PURL to buy Patriot interceptors": the goods the
                    // money is spent to buy.)
                    || (hit.start > s.end && (max(s.end, hit.start - 4)..<hit.start).contains { j in
                        j >= 1 && a.tokens[j - 1].lower == "to" && ["buy", "purchase", "procure", "acquire"].contains(a.tokens[j].lower)
                    })
                    || a.categories.contains { channel in
                        // ("… interceptors for Ukraine through the PURL mechanism": the recipient may stand between.)
                        isChannel(channel) && channel.start > hit.end && channel.start <= hit.end + 7
                            && a.tokens[hit.end..<channel.start].contains { ["through", "via", "under"].contains($0.lower) }
                            && !a.tokens[hit.end..<channel.start].contains { [",", ";", "and", "but"].contains($0.lower) }
                    })
            }) {
                categories = [(example, example.category)]
            }
            // "Washington disbursed its entire $20 billion through a World Bank fund": paying out a
            // sum right after the text told of a loan or grant pays out that money.
            if categories.isEmpty, !money.isEmpty, !forUkraine, context.recentCategory == .financial,
               a.tokens[s.start..<s.end].contains(where: { ["disbursed", "transferred", "paid", "lent", "disburses", "transfers", "pays"].contains($0.lower) }) {
                categories = [(nil, .financial)]
            }
            // "Japan has disbursed a further ¥300 billion to Ukraine as part of a lending scheme":
            // money disbursed or lent with no goods named is financing, whatever else the text buys.
            // (Only money tied to Ukraine, or a party's share of a scheme: a sum paid out somewhere
            // is not aid.)
            if categories.isEmpty, !money.isEmpty, forUkraine || (s.end..<objectEnd).contains(where: { ["share", "shares"].contains(a.tokens[$0].lower) }),
               a.tokens[s.start..<s.end].contains(where: { ["disbursed", "disburses", "disbursing", "lent", "loaned", "lends"].contains($0.lower) }) {
                categories = [(nil, .financial)]
            }
            // "Germany: $200 million" in a list of contributions: a sum with no goods named buys what
            // the text's one scheme buys, arms in a text about arms, or else is money given.
            if categories.isEmpty, !money.isEmpty, itemPart {
                let bought = Set(context.schemes.values).count == 1 ? context.schemes.values.first : nil
                categories = [(nil, bought ?? (context.military && context.recentCategory.map(militaryCategories.contains) == true ? .equipment : .financial))]
            }
            if categories.isEmpty, !money.isEmpty, forUkraine {
                // Money for producing weapons is financing, not weapons bought for Ukraine.
                let production = a.tokens.contains { productionWords.contains($0.lower) }
                // (Arms set aside "rather than" or "instead of" the aid do not make it arms.)
                let setAside = a.tokens.indices.first { setsAside(a.tokens, at: $0) } ?? a.tokens.count
                let militaryHere = a.tokens[..<setAside].contains { militaryWords.contains($0.lower) }
                // "transferred $100 million to the mechanism", "a combined contribution of $250 million":
                // in a document about arms, money paid into a purchase scheme buys arms (spec: PURL).
                // ("under the Nansen support programme": a programme of support is a fund, not arms.)
                let aid = a.tokens.indices.contains { k in
                    // (A tranche or a donation may be of any kind of money.)
                    ((aidWords.contains(a.tokens[k].lower) && !["tranche", "donation"].contains(a.tokens[k].lower))
                        || purchaseSchemes.contains(a.tokens[k].lower))
                        && !(a.tokens[k].lower == "support" && k + 1 < a.tokens.count && ["programme", "program", "fund"].contains(a.tokens[k + 1].lower))
                }
                categories = [(nil, !production && !allLenders && (militaryHere || (aid && context.military)) ? .equipment : .financial)]
            }
            // "was not prepared to commit troops … but had not ruled out it": the second verb has the
            // first one's object.
            if categories.isEmpty, money.isEmpty, k > 0, bare,
               let previous = found.last(where: { $0.status.end <= s.start }), parties.contains(where: { $0.code == previous.party.code }),
               a.tokens[previous.status.end..<s.start].contains(where: { ["but", "and", "though", "although"].contains($0.lower) }) {
                categories = [(previous.hit, previous.category)]
            }
            // "are willing to consider taking part", "ruled out joining": weighing or refusing a
            // part in the undertaking the document is about.
            // "Berlin's contribution would be decided after …": the part may be the subject.
            let joinsHere = (left..<objectEnd).contains { k in
                let word = a.tokens[k].lower
                // "part" only as "take part", "be part of" ("the second part of the meeting" is not).
                if word == "part" { return k > 0 && ["take", "taking", "takes", "took", "be", "become", "becoming", "no"].contains(a.tokens[k - 1].lower) }
                // "whether to follow suit": doing as the party just told did.
                if word == "suit", k > 0, ["follow", "following", "follows", "followed"].contains(a.tokens[k - 1].lower) { return true }
                // "joined a virtual meeting": taking part in talks is no part in the undertaking.
                if ["joined", "join", "joining", "joins", "part", "participate", "participated"].contains(word),
                   a.tokens[(k + 1)..<min(a.tokens.count, k + 5)].contains(where: { ["meeting", "call", "talks", "summit", "conference", "videoconference", "session"].contains($0.lower) }) {
                    return false
                }
                // "willing to join forces": an idiom for working together.
                if k + 1 < a.tokens.count, a.tokens[k + 1].lower == "forces" { return false }
                return participation.contains(word) || word == "contribution"
            }
            if categories.isEmpty, let topic = context.topic,
               s.strong && a.categories.isEmpty && a.tokens.contains(where: { participation.contains($0.lower) })
                || (joinsHere && [.considering, .declined].contains(s.status) && !a.categories.contains { $0.start >= left && $0.end <= objectEnd }) {
                categories = [(nil, topic)]
            }
            // "Belgium would agree only if …", "they would join, …": a verb with no object at all
            // commits to the undertaking the document is about.
            // ("\"We committed, we delivered,\" Costa said": a quoted boast with no object names nothing.)
            if categories.isEmpty, money.isEmpty, let topic = context.recentCategory ?? context.topic, [.pledged, .considering, .declined].contains(s.status),
               bare, !allLenders, !quotedWe(a, before: s.start),
               !a.tokens[s.start..<s.end].contains(where: { ["continue", "continues", "remain", "remains"].contains($0.lower) }) {
                // "deliveries could resume if …": in a text about arms, deliveries are of arms.
                let deliveries = context.military && a.tokens[left..<s.start].contains { ["deliveries", "shipments", "supplies", "transfers"].contains($0.lower) }
                categories = [(nil, deliveries ? .equipment : topic)]
            }
            // "has ruled out a deployment", "is weighing a deployment": with nothing named as
            // deployed, a deployment is of soldiers.
            if categories.isEmpty, money.isEmpty, (s.end..<min(objectEnd, s.end + 4)).contains(where: { k in
                ["deployment", "deployments"].contains(a.tokens[k].lower) && (k + 1 == a.tokens.count || a.tokens[k + 1].lower != "of")
            }) {
                categories = [(nil, .troops)]
            }
            // "would fund the production of long-range weapons": financing production (spec).
            if categories.isEmpty, financeVerbs.contains(a.tokens[max(s.start, s.end - 1)].lower),
               a.tokens[s.end..<objectEnd].prefix(4).contains(where: { productionWords.contains($0.lower) }) {
                categories = [(nil, .financial)]
            }
            // "will jointly fund another package worth $100 million": in a text about arms, a package
            // paid for with nothing else named is arms.
            if onlyFinanceVerbHit(a, categories), context.military, a.categories.allSatisfy({ $0.category == .financial }),
               (s.end..<objectEnd).contains(where: { k in ["package", "packages"].contains(a.tokens[k].lower) }),
               !(s.end..<objectEnd).contains(where: { k in ["budget", "loan", "loans", "grant", "grants"].contains(a.tokens[k].lower) }) {
                categories = [(nil, .equipment)]
            }
            // "prepared to fund a similar package": a package like the one just told, in a text
            // about arms, is arms.
            let onlyFinanceVerb = categories.count == 1 && categories[0].1 == .financial
                && categories[0].0.map { financeVerbs.contains(a.tokens[$0.start].lower) } == true
            if categories.isEmpty || onlyFinanceVerb, money.isEmpty, context.military, (s.end..<objectEnd).contains(where: { k in
                packageWords.contains(a.tokens[k].lower) && k > 0 && ["similar", "such", "same", "comparable", "matching"].contains(a.tokens[k - 1].lower)
            }) {
                categories = [(nil, .equipment)]
            }
            // "has already sent 20 aid packages", "its 21st support package": in a text about arms,
            // a package of aid with no kind named is arms.
            if categories.isEmpty, context.military, s.relativeHead == nil,
               (s.end..<min(objectEnd, s.end + 6)).contains(where: { k in
                   ["package", "packages"].contains(a.tokens[k].lower) && k > 0 && ["aid", "support", "assistance"].contains(a.tokens[k - 1].lower)
               }),
               !(s.end..<objectEnd).contains(where: { k in ["budget", "loan", "loans", "grant", "grants", "humanitarian", "financial", "economic", "energy"].contains(a.tokens[k].lower) }) {
                categories = [(nil, .equipment)]
            }
            // "Germany delivered two Patriot systems, and Norway has pledged to finance a third": one
            // more of the goods just named, paid for.
            if onlyFinanceVerbHit(a, categories) || categories.isEmpty, money.isEmpty, s.end + 1 < a.tokens.count,
               ["a", "another", "one"].contains(a.tokens[s.end].lower),
               (s.end..<min(objectEnd, s.end + 2)).contains(where: { oneMoreWords.contains(a.tokens[$0].lower) }),
               a.tokens[(s.end + 1)..<objectEnd].allSatisfy({ oneMoreWords.contains($0.lower) || unitNouns.contains($0.lower) || ["one", "."].contains($0.lower) }),
               let goods = found.last?.category ?? context.recentCategory, militaryCategories.contains(goods) {
                categories = [(nil, goods)]
            }
            // "has delivered three IRIS-T systems and will send two more", "has provided €5.7 billion
            // in military aid and will add another €3.5 billion": more of what the same party was
            // just told to give, at the new verb's strength.
            if categories.isEmpty, let last = found.last, parties.contains(last.party), s.end < objectEnd,
               moreOfTheSame(a, from: s.end, to: objectEnd, money: !money.isEmpty) {
                categories = [(last.hit, last.category)]
            }
            // "would not provide new aid funded by American taxpayers": in a text about arms, aid with
            // no kind named is arms.
            // (Only a refusal that binds the future: "announced no new aid" reports a fact.)
            if categories.isEmpty, money.isEmpty, context.military, s.relativeHead == nil, s.status == .declined,
               a.tokens[s.start..<s.end].contains(where: { ["will", "would", "plan", "plans", "won't", "wouldn't"].contains($0.lower) }),
               (s.end..<min(objectEnd, s.end + 4)).contains(where: { k in
                   ["aid", "assistance"].contains(a.tokens[k].lower) && !a.categories.contains { $0.start <= k && k < $0.end }
                       && k > 0 && ["new", "further", "more", "additional", "any"].contains(a.tokens[k - 1].lower)
               }) {
                categories = [(nil, .equipment)]
            }
            // "halted further donations from army stocks": stopping gifts of no named kind in a text
            // about arms takes back arms.
            if categories.isEmpty, money.isEmpty, context.military, s.relativeHead == nil, s.status == .withdrawn,
               (s.end..<min(objectEnd, s.end + 3)).contains(where: { k in
                   ["donations", "deliveries", "transfers", "shipments", "supplies", "aid", "assistance"].contains(a.tokens[k].lower)
                       && !a.categories.contains { $0.start <= k && k < $0.end }
               }) {
                let before = a.categories.last(where: { $0.end <= s.start && [.equipment, .airDefense, .ammunition].contains($0.category) })?.category
                categories = [(nil, before ?? context.recentCategory.flatMap { [.airDefense, .ammunition].contains($0) ? $0 : nil } ?? .equipment)]
            }
            // "Finland would instead keep sending packages from its own stocks": aid packages as a
            // practice, in a text about arms, are arms.
            if categories.isEmpty, money.isEmpty, context.military, !parties.contains(where: { $0.code == ActorCode("EU") }),
               // ("new donated packages": a participle right before the noun only describes it.)
               ((s.end + 1)..<max(s.end + 1, min(objectEnd, s.end + 4))).contains(where: { k in a.tokens[k].lower == "packages" && !a.categories.contains { hit in hit.start <= k && k < hit.end } }),
               context.recentCategory != .sanctions {
                categories = [(nil, .equipment)]
            }
            // "Bucharest handed over its first system in 2024", "would not supply the system": a
            // system named without its kind is one of the goods the text was just about.
            if categories.isEmpty, money.isEmpty, let goods = context.recentCategory, [.airDefense, .equipment, .ammunition].contains(goods),
               Self.referredGoods(a, from: s.end, to: objectEnd) != nil {
                categories = [(nil, goods)]
            }
            // "Finland is considering a similar arrangement": a scheme like the one just told is of
            // the goods the text was just about.
            if categories.isEmpty, money.isEmpty, (s.end..<objectEnd).contains(where: { k in
                ["arrangement", "model", "scheme", "deal", "initiative", "mechanism", "programme", "program", "step", "move"].contains(a.tokens[k].lower)
                    && k > 0 && ["similar", "such", "same", "comparable", "matching"].contains(a.tokens[k - 1].lower)
            }), let last = context.recentCategory ?? (context.military ? .equipment : nil) {
                categories = [(nil, last)]
            }
            // "are weighing contributions at sea and in the air": a part in the presence on land, at
            // sea or in the air is troops (spec).
            if categories.isEmpty, money.isEmpty, (s.end..<objectEnd).contains(where: { k in
                k + 2 < a.tokens.count && ((a.tokens[k].lower == "at" && a.tokens[k + 1].lower == "sea")
                    || (a.tokens[k].lower == "in" && a.tokens[k + 1].lower == "the" && a.tokens[k + 2].lower == "air")
                    || (a.tokens[k].lower == "on" && a.tokens[k + 1].lower == "land"))
            }), (s.end..<objectEnd).contains(where: { ["contribution", "contributions", "presence", "role", "part"].contains(a.tokens[$0].lower) }) {
                categories = [(nil, .troops)]
            }
            // "are expected to follow with measures of their own": in a text about sanctions,
            // measures against Russia are sanctions.
            // ("is expected to consider similar steps": steps like the ones just told.)
            if categories.isEmpty, context.sanctionsMentioned, (s.end..<objectEnd).contains(where: { k in
                ["measures", "penalties"].contains(a.tokens[k].lower)
                    || (a.tokens[k].lower == "steps" && k > 0 && ["similar", "such", "comparable", "matching", "parallel"].contains(a.tokens[k - 1].lower))
            }),
               !a.tokens[s.end..<objectEnd].contains(where: { ["security", "support", "protection", "defence", "defense"].contains($0.lower) }) {
                // ("Ottawa would explore similar steps" after a loan from frozen assets: steps like
                // the ones just told, of their kind.)
                let like = (s.end..<objectEnd).contains { a.tokens[$0].lower == "steps" } ? context.recentCategory : nil
                categories = [(nil, like ?? .sanctions)]
            }
            // "work on a 20th package", "the EU's 19th package": in a text about sanctions, a
            // numbered package is the next round of them.
            if categories.isEmpty, context.sanctionsMentioned, numberedPackage(a, from: left, to: objectEnd, loose: context.topic == .sanctions) {
                categories = [(nil, .sanctions)]
            }
            // "paid €800 million into the scheme", "vowed to add a further €10 million": money for
            // an undertaking the text already described takes that undertaking's category.
            if categories.isEmpty, !money.isEmpty, !forUkraine, a.categories.isEmpty, let topic = context.topic,
               a.tokens.contains(where: { referBack.contains($0.lower) }) {
                // "the $50 billion ERA scheme": the sum names a money scheme of its own.
                let namesScheme = money.contains { q in
                    guard let noun = a.tokens[q.end..<min(a.tokens.count, q.end + 3)].firstIndex(where: {
                        ["scheme", "fund", "facility", "mechanism", "programme", "program"].contains($0.lower)
                    }) else { return false }
                    return a.tokens[q.end..<noun].allSatisfy { $0.isCapitalized || $0.isJoinedHyphen }
                }
                categories = [(nil, namesScheme ? .financial : topic)]
            }
            // "is weighing a new package", "assessing whether its next package would include …": a
            // package under consideration in a text about military aid is equipment (the items it
            // will hold are not named yet).
            if categories.isEmpty, money.isEmpty, s.status == .considering, context.military, context.topic != .sanctions,
               !context.sanctionsMentioned || !a.tokens.contains(where: { $0.lower == "sanctions" }),
               let package = (s.end..<objectEnd).first(where: { ["package", "packages"].contains(a.tokens[$0].lower) }),
               // ("discussed the package with his counterpart": one already announced.)
               a.tokens[max(s.end, package - 3)..<package].contains(where: { ["a", "new", "another", "next", "further", "additional", "fresh"].contains($0.lower) }) {
                categories = [(nil, .equipment)]
            }
            // "announced a new package": what it holds may follow in the next sentences.
            if categories.isEmpty, a.tokens[s.end..<objectEnd].contains(where: { packageWords.contains($0.lower) }) {
                context.lastCommitment = (parties, s.status, text(a.tokens, s.start..<s.end))
                context.lastPackage = context.lastCommitment
            }
            // "a new package worth €1.9 billion, including IRIS-T systems and shells": money-valued
            // military aid is equipment with the sum; the items are claims of their own (spec).
            // ("a package consisting mainly of Patriot interceptors": the package is its items; and
            // money through a purchase scheme buys the goods it names, spec: PURL.)
            let packageOfItems = (s.end..<max(s.end, objectEnd - 1)).contains { k in
                packageWords.contains(a.tokens[k].lower) && categories.contains { $0.0.map { hit in
                    hit.start > k && hit.start <= k + 9 && compositionOf(a.tokens, after: k, before: hit.start)
                } == true }
            } || (a.categories.contains(where: isChannel) && categories.allSatisfy { [.airDefense, .ammunition].contains($0.1) })
            if !money.isEmpty, !categories.isEmpty, context.military, s.relativeHead == nil, !packageOfItems,
               a.tokens[s.end..<objectEnd].contains(where: { packageWords.contains($0.lower) }),
               !categories.contains(where: { $0.0?.carriesMoney == true || $0.1 == .financial || !militaryCategories.contains($0.1) }) {
                categories.insert((nil, .equipment), at: 0)
            }
            // Development banks lend and grant: what their money pays for is its purpose.
            if !money.isEmpty, allLenders, !categories.isEmpty {
                categories = [(hits.first { $0.category == .financial }, .financial)]
            }
            // A guarantee is its own category only when nothing more specific is promised.
            if categories.contains(where: { $0.1 != .securityGuarantee }) {
                categories.removeAll { $0.1 == .securityGuarantee }
            }
            // "… two Patriot systems, said that both had now been delivered": the part is of the
            // goods named before it in the sentence.
            // "the first 40 of the 50 vehicles it ordered … had arrived": goods arriving are the
            // goods named before the verb, across a relative clause on them.
            let goodsArriving = L.arrivalVerbs.contains(a.tokens[s.end - 1].lower) && !s.recipientSubject
            if categories.isEmpty, money.isEmpty || partOfItems, partOfItems || goodsArriving,
               let named = a.categories.last(where: { $0.end <= s.start }) ?? found.last?.hit {
                categories = [(named, named.category)]
            }
            // "the last of the 24 jets it promised Kyiv had been handed over": the verb after a
            // relative clause on goods has those goods as its subject.
            if categories.isEmpty, money.isEmpty, k > 0, let head = statuses[k - 1].relativeHead,
               !a.tokens[statuses[k - 1].end..<s.start].contains(where: { [",", ";", "and", "but"].contains($0.lower) }),
               let named = a.categories.last(where: { $0.end == head }) {
                categories = [(named, named.category)]
            }
            // "signed the contract for two of the systems": a share of the goods the text was just
            // about.
            if categories.isEmpty, money.isEmpty, let last = context.recentCategory, [.airDefense, .equipment, .ammunition].contains(last),
               (s.end..<max(s.end, objectEnd - 2)).contains(where: { k in
                   a.tokens[k].lower == "of" && k > s.end && (a.tokens[k - 1].isNumber || NumberWords.value(a.tokens[k - 1].lower) != nil)
                       && ["the", "these", "those"].contains(a.tokens[k + 1].lower) && unitNouns.contains(a.tokens[k + 2].lower)
               }) {
                categories = [(nil, last)]
            }
            // "a third system would follow", "another battery will be delivered": one more of the
            // goods the text was just about.
            if categories.isEmpty, money.isEmpty, let last = context.recentCategory, [.airDefense, .equipment].contains(last),
               let subject = clauseSubject(a, from: left, to: s.start) ?? Optional((max(left, s.start - 5), s.start)),
               a.tokens[subject.0..<subject.1].contains(where: { unitNouns.contains($0.lower) }),
               a.tokens[subject.0..<subject.1].contains(where: { oneMoreWords.contains($0.lower) || $0.lower == "remaining" }) {
                categories = [(nil, last)]
            }
            // "will no longer contribute to it", "would not support them": a pronoun object stands
            // for the undertaking the text was just about.
            if categories.isEmpty, money.isEmpty, bare, !found.contains(where: { $0.status.end <= s.start }),
               let pronoun = (s.end..<min(a.tokens.count, s.end + 2)).first(where: { ["it", "them"].contains(a.tokens[$0].lower) }),
               pronoun == s.end || ["to", "into", "towards"].contains(a.tokens[s.end].lower),
               // ("On the Taurus cruise missile, … has not ruled it out": goods the sentence itself
               // named come first.)
               let last = a.categories.last(where: { $0.end <= s.start && $0.category != .troops })?.category ?? context.recentCategory {
                categories = [(nil, last)]
            }
            // "Italy and Spain, which have not yet joined PURL, are considering doing so": doing
            // so is doing what was just told.
            if categories.isEmpty, money.isEmpty, s.end + 1 < a.tokens.count, ["doing", "do"].contains(a.tokens[s.end].lower),
               a.tokens[s.end + 1].lower == "so",
               let last = a.categories.last(where: { $0.end <= s.start })?.category ?? context.recentCategory {
                categories = [(nil, last)]
            }
            // "no plans to send more", "would deliver more if asked": "more" on its own stands for
            // the goods just named.
            // ("… said more would follow": "more" as the subject.)
            // (What comes "together with" them is a claim beside theirs.)
            if money.isEmpty, s.start >= 1, a.tokens[s.start - 1].lower == "more",
               L.arrivalVerbs.contains(a.tokens[s.end - 1].lower) || a.tokens[s.end - 1].lower == "follow",
               let last = a.categories.last(where: { $0.end < s.start - 1 && $0.category != .troops }),
               !categories.contains(where: { $0.1 == last.category }) {
                categories.insert((nil, last.category), at: 0)
                partStatuses.insert(s.start)
            }
            if categories.isEmpty, money.isEmpty, s.end < a.tokens.count, a.tokens[s.end].lower == "more",
               s.end + 1 == a.tokens.count || !a.tokens[s.end + 1].isWord || ["if", "when", "once", "until", "this", "next", "later", "soon", "to", "in"].contains(a.tokens[s.end + 1].lower),
               let last = a.categories.last(where: { $0.end <= s.start })?.category ?? context.recentCategory {
                categories = [(nil, last)]
            }
            // "the 90-billion-euro loan that EU leaders agreed in December": in an object relative
            // the head noun before "that" is what the party undertook.
            if categories.isEmpty, let party = a.actors.first(where: { m in m.end <= s.start && s.start - m.end <= 2 && parties.contains { $0.code == m.code } }),
               // (Unnamed groups and buyers in such a clause are background, and "guarantees that
               // others would share the risk" is a demand's content, not a relative.)
               !party.code.isGroup, party.start >= 2, ["that", "which"].contains(a.tokens[party.start - 1].lower),
               !["buying", "buy", "buys", "bought", "purchasing", "purchased"].contains(a.tokens[s.end - 1].lower),
               let head = a.categories.last(where: { $0.end == party.start - 1 }), !demandNouns.contains(a.tokens[head.end - 1].lower) {
                categories = [(head, head.category)]
            }
            // "the €3.5 billion that the Dutch cabinet set aside for Ukraine": a sum heading an
            // object relative is what the party undertook.
            if categories.isEmpty, money.isEmpty, let party = a.actors.first(where: { m in m.end <= s.start && s.start - m.end <= 3 && parties.contains { $0.code == m.code } }),
               !party.code.isGroup, party.start >= 2,
               let that = [party.start - 1, party.start - 2].first(where: { $0 >= 1 && ["that", "which"].contains(a.tokens[$0].lower) }),
               that == party.start - 1 || a.tokens[party.start - 1].lower == "the",
               let sum = a.quantities.first(where: { $0.kind == .money && !$0.isConversion && $0.end == that }),
               a.actors.contains(where: { $0.code == .ukraine }) || a.tokens.contains(where: { aidWords.contains($0.lower) }) {
                money = [sum]
                categories = [(nil, a.tokens.contains { militaryWords.contains($0.lower) } ? .equipment : .financial)]
            }
            // "has since cancelled its planned contribution": taking back an undertaking the
            // sentence or the text just named takes back what it held.
            if categories.isEmpty, money.isEmpty, s.status == .withdrawn,
               a.tokens[s.end..<objectEnd].prefix(4).contains(where: { ["contribution", "offer", "pledge", "plan", "plans", "commitment", "promise", "package"].contains($0.lower) }) {
                if let earlier = found.last(where: { item in parties.contains { $0.code == item.party.code } }) {
                    categories = [(earlier.hit, earlier.category)]
                } else if let recent = context.recentCategory {
                    categories = [(nil, recent)]
                }
            }
            // "the first two packages, paid for by the Netherlands, had been delivered", "The deal will
            // be financed by Denmark": a definite package or deal as the verb's subject is the
            // undertaking the text was just about.
            // ("The contents of the package will not be disclosed": a detail of it, not the package.)
            if categories.isEmpty, money.isEmpty, s.status != .declined, let subject = clauseSubject(a, from: left, to: s.start)
                ?? (s.start >= 1 && a.tokens[s.start - 1].lower == "," ? clauseSubject(a, from: 0, to: s.start) : nil),
               let noun = (subject.0..<subject.1).first(where: { referentNouns.contains(a.tokens[$0].lower) }),
               a.tokens[subject.0..<noun].contains(where: { ["the", "this", "that", "these", "those"].contains($0.lower) }),
               !a.tokens[subject.0..<noun].contains(where: { $0.lower == "of" }), context.military,
               case let last = (context.recentCategory == nil ? nil : context.lastCommitmentCategory).flatMap({ militaryCategories.contains($0) ? $0 : nil })
                ?? context.recentCategory.flatMap({ militaryCategories.contains($0) ? $0 : nil }) ?? .equipment {
                categories = [(nil, last)]
            }
            // "still assessing what they could contribute", "any contribution would have to be
            // approved by parliament": a contribution weighed with no object, in a sentence naming
            // no goods at all, is to what the report is about. (Announced ones with no object are
            // usually headings or asides: "New contributions announced at the meeting:".)
            if categories.isEmpty, money.isEmpty, a.categories.isEmpty, s.status == .considering, let topic = context.recentCategory ?? context.topic,
               topic != .sanctions, bareContribution(a, from: max(left, s.start - 6), to: min(a.tokens.count, s.end + 8)) {
                categories = [(nil, topic)]
            }
            // "The IMF is expected to discuss a new programme for Ukraine": a lender's programme
            // is financing.
            if categories.isEmpty, parties.allSatisfy({ lenders.contains($0.code) }),
               a.tokens[s.end..<objectEnd].contains(where: { ["programme", "program", "arrangement", "facility"].contains($0.lower) }) {
                categories = [(nil, .financial)]
            }
            // "Finland is contributing €30 million.": a sum given with nothing named that it buys,
            // in a sentence naming no goods at all, is for what the report is about: arms in a
            // text about arms (spec: money for buying weapons takes their category), else money.
            // (A breakdown of a package into shares is `SharesRule`'s, which knows the package.)
            if categories.isEmpty, !money.isEmpty, a.categories.isEmpty, [.pledged, .allocated, .delivered].contains(s.status),
               money.contains(where: { $0.start >= s.end }),
               case let shares = SharesRule.statedShares(a), shares.count < 2 || !shares.contains(where: { share in parties.contains { $0.code == share.state.code } }),
               let topic = context.recentCategory ?? context.topic, topic != .sanctions {
                categories = [(nil, bareSumCategory(topic: topic, military: context.military))]
            }
            // "Canada, Japan and the UK are covering the rest", "wants to provide the same amount in
            // 2027": a remainder, a share or a like sum, in a sentence naming no goods, is of what the
            // last two sentences told.
            if categories.isEmpty, a.categories.isEmpty, let recent = context.recentCategory,
               (s.end..<max(s.end, objectEnd)).contains(where: { ["rest", "remainder", "remaining", "same", "share"].contains(a.tokens[$0].lower) }) {
                categories = [(nil, recent)]
            }
            // "Italy has said it is studying the mechanism", "refused to back it": an object that
            // points back, in a sentence naming no goods, is what the last two sentences told.
            if categories.isEmpty, a.categories.isEmpty, let recent = context.recentCategory, s.end < objectEnd,
               pointsBack(a, from: s.end, to: objectEnd) {
                categories = [(nil, recent)]
            }
            if categories.isEmpty { skip("no category (party \(parties.map { "\($0.code)" }.joined(separator: ",")))") }
            let moneyTarget = categories.firstIndex { $0.0?.carriesMoney == true || $0.1 == .financial }
                ?? categories.firstIndex { $0.1 != .sanctions && $0.1 != .troops && $0.1 != .securityGuarantee }
            // Sums written against their object ("$57 million in humanitarian aid") go to it.
            let ownMoney = categories.map { $0.0.flatMap { attachedMoney(a, to: $0) } }
            // "… and will send two more", "… and will add another €3.5 billion": a second
            // undertaking of goods named before the verb, with its own sum or count.
            let moreAfter = s.end < objectEnd && moreOfTheSame(a, from: s.end, to: objectEnd, money: !money.isEmpty)
                && categories.contains { $0.0.map { $0.end <= s.start } ?? false }
            // (A refusal of more is kept apart by the merge's yes-and-no rule already.)
            if moreAfter, ![.declined, .withdrawn].contains(s.status) { partStatuses.insert(s.start) }
            // "pledged six IRIS-T SLM fire units and has delivered four of them": a share of the
            // goods named before the verb is an undertaking of its own beside theirs.
            if s.end + 2 < a.tokens.count, a.tokens[s.end + 1].lower == "of", a.tokens[s.end + 2].lower == "them",
               a.tokens[s.end].isNumber || ["some", "most", "half", "all", "part", "many"].contains(a.tokens[s.end].lower) || NumberWords.value(a.tokens[s.end].lower) != nil,
               categories.contains(where: { $0.0.map { $0.end <= s.start } ?? false }) {
                partStatuses.insert(s.start)
            }
            for (index, (hit, category)) in categories.enumerated() {
                var amount: QuantityMention?
                if parties.count == 1, category != .sanctions {
                    if let hit { amount = attachedCount(a, to: hit) ?? ownMoney[index] }
                    if amount == nil, index == moneyTarget, ownMoney.allSatisfy({ $0 == nil }) { amount = money.first }
                    if moreAfter, let hit, hit.end <= s.start {
                        amount = addedAmount(a, from: s.end, to: objectEnd, like: amount)
                    }
                }
                // "announced sanctions on a further 60 vessels, which took effect immediately": in
                // force when announced. Without such words an announcement is a pledge, however
                // precisely it lists its targets ("announced sanctions on 20 ships").
                var status = s
                if category == .sanctions, s.status == .pledged, ["announced", "unveiled", "announces", "unveils"].contains(a.tokens[s.start].lower),
                   saysInForce(a) {
                    status.status = .delivered
                }
                // "will stop all imports of Russian LNG by 2026": ending one's own purchases of
                // Russian goods is a sanction taken up, not help taken back.
                if category == .sanctions, s.status == .withdrawn,
                   let stop = (s.start..<s.end).first(where: { EnergyImportsRule.stopVerbs.contains(a.tokens[$0].lower) || a.tokens[$0].lower == "stopped" || a.tokens[$0].lower == "halted" }),
                   a.tokens[(stop + 1)..<min(a.tokens.count, stop + 5)].contains(where: { EnergyImportsRule.buying.contains($0.lower) }) {
                    status.status = L.isModal(a.tokens[s.start].lower) ? .pledged : .delivered
                }
                for party in parties {
                    found.append((party, hit, category, status, amount))
                }
            }
        }
        sentenceLevelClaims(a, context: context, found: &found)
        let out = mergedOnePerPartyAndCategory(a, found: found, partStatuses: partStatuses)
        if let last = out.last, case .commitment(let c) = last.claim {
            let parties = out.compactMap { claim -> Party? in
                guard case .commitment(let x) = claim.claim, x.status == c.status else { return nil }
                return Party(code: x.actor, count: x.actorCount, trigger: claim.actorTrigger ?? "")
            }
            context.lastCommitment = (distinct(parties), c.status, last.statusTrigger ?? "")
            if case .commitment(let first) = out.first?.claim { context.lastCommitmentCategory = first.category }
            if a.tokens.contains(where: { packageWords.contains($0.lower) }) { context.lastPackage = context.lastCommitment }
        }
        return out
    }
}
