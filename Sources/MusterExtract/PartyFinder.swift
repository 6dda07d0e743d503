import MusterCore

/// Who acts on a status trigger: the nearest subject before it, a list of parties, a speaker
/// reached through a pronoun, or a party carried over from the previous sentences.
extension CommitmentRules {
    /// The parties acting on a status trigger, and where their mention ends.
    static func parties(_ a: SentenceAnalysis, status s: StatusHit, limit: Int,
                        context: DocumentContext) -> ([Party]?, Int) {
        // "Twelve tanks were delivered by Spain", "Ukraine was promised jets by Norway": the
        // passive's agent after "by" is the party; the subject is what was given.
        if let agents = passiveAgents(a, status: s) { return (agents, limit) }
        // "The three leaders also reaffirmed …": a counted pointing group opening the sentence,
        // the subject of its first verb, is the states an earlier sentence named.
        if limit == 0, let group = a.actors.first, group.kind == .group, group.start <= 1, group.end <= s.start,
           !a.actors.contains(where: { $0.start > group.end && $0.start < s.start }),
           let named = context.antecedentsInRecentSentences(of: group, a) {
            return (named, group.end)
        }
        // "Trump renewed his threat against countries that buy Russian oil, saying he could impose
        // sanctions": the pronoun after a reporting gerund is the main clause's subject.
        if s.start >= 3, ["he", "she", "it", "they"].contains(a.tokens[s.start - 1].lower),
           SentenceAnalysis.speechGerunds.contains(a.tokens[s.start - 2].lower), a.tokens[s.start - 3].lower == ",",
           let subject = a.actors.first(where: { m in m.end < s.start - 3 && !a.aside[m.start] && !m.isUkraineOrRussia && m.kind != .group && m.kind != .demonym }),
           subject.start <= 3 {
            return (chain(from: subject, a), subject.end)
        }
        // "no American soldiers would be deployed": troops named by their nation are its own.
        if s.status == .declined, StatusFinder.subjectNegated(a.tokens, before: s.start),
           let nation = a.actors.last(where: { m in m.kind == .demonym && m.start < s.start && m.start >= max(limit, s.start - 5)
               && !m.isUkraineOrRussia && a.categories.contains { hit in hit.start == m.end && hit.category == .troops } }) {
            return ([party(nation, a)], nation.end)
        }
        if s.start >= 2, a.tokens[s.start - 1].isJoinedHyphen,
           let compound = a.actors.last(where: { $0.end == s.start - 1 }), !compound.isUkraineOrRussia, compound.kind != .group {
            return ([party(compound, a)], compound.end)
        }
        // "The United States confirmed its support for the work of the Coalition and its intention
        // to contribute": "its" before the trigger is the sentence's subject, not the nearer name.
        if s.start >= 1, ["its", "their"].contains(a.tokens[s.start - 1].lower),
           let subject = a.actors.first(where: { m in m.end < s.start && !a.aside[m.start] && !m.isUkraineOrRussia && agentive(m, a) == true }),
           subject.start <= 3, subject.kind != .group || a.tokens[s.start - 1].lower == "their",
           !a.tokens[subject.end..<s.start].contains(where: { ["who", "which", "that", "whose"].contains($0.lower) }) {
            // ("Norway and Denmark signalled their readiness": the whole list before "their".)
            let last = lastCoordinated(with: subject, before: s.start, a)
            return (chain(from: last, a), last.end)
        }
        // "Italy has been among the larger donors, having supplied two batteries": a perfect
        // participle clause after a comma has the main clause's subject.
        if s.start >= 2, a.tokens[s.start - 1].lower == "having", a.tokens[s.start - 2].lower == ",",
           let subject = a.actors.first(where: { m in m.end < s.start && !a.aside[m.start] && !m.isUkraineOrRussia && m.kind != .group && agentive(m, a) == true }) {
            return (chain(from: subject, a), subject.end)
        }
        // "… with German Chancellor Olaf Scholz, who promised more missiles": the party is the
        // name the relative clause hangs on, whatever preposition stands before it.
        if s.start >= 2, a.tokens[s.start - 1].lower == "who", a.tokens[s.start - 2].lower == ",",
           let head = a.actors.last(where: { $0.end == s.start - 2 }), !head.isUkraineOrRussia, head.kind != .group {
            return ([party(head, a)], s.start)
        }
        // "… with Germany, which has committed to deliver two further Patriot systems": a state's
        // relative clause has the state as its subject.
        if let relative = (max(0, s.start - 4)..<s.start).last(where: { ["which", "who"].contains(a.tokens[$0].lower) }), relative >= 2,
           a.tokens[(relative + 1)..<s.start].allSatisfy({ SentenceAnalysis.relativeAuxiliaries.contains($0.lower) }), a.tokens[relative - 1].lower == ",",
           let head = a.actors.last(where: { $0.end == relative - 1 }), !head.isUkraineOrRussia, head.kind == .state || head.kind == .organisation {
            // ("Hungary, Slovakia and the Czech Republic, which opted out": the whole list.)
            return (chain(from: head, a), s.start)
        }
        // "Finland will not send ground troops, the minister said after a meeting of coalition
        // ministers, but it could help with air policing": a pronoun opening the clause is its
        // subject, so no name between it and the earlier verb can be.
        // ("… and the United Kingdom reported that it had delivered": a reported clause's pronoun
        // is its speaker's.)
        if limit > 0, subjectPronoun(a, before: s.start, limit: limit) {
            let eligible = { (m: ActorMention) in !a.aside[m.start] && !m.isUkraineOrRussia && m.kind != .group && agentive(m, a) == true }
            // ("while Norway has said it will not deploy": the speaker named before the verb.)
            let that = (limit..<s.start).last(where: { a.tokens[$0].lower == "that" })
                ?? (limit..<s.start).last(where: { k in
                    L.speechVerbs.contains(a.tokens[k].lower) && k + 1 < s.start && ["it", "he", "she"].contains(a.tokens[k + 1].lower)
                        && k >= 1 && ["has", "have", "had", "and", "but"].contains(a.tokens[k - 1].lower)
                })
            if let that, let speaker = a.actors.last(where: { $0.start >= limit && $0.end <= that && eligible($0) }) {
                return ([party(speaker, a)], 0)
            }
            if let earlier = a.actors.last(where: { $0.end <= limit && eligible($0) }) { return ([party(earlier, a)], 0) }
        }
        var crossedSpeech: Int?
        var k = s.start - 1
        while k >= limit {
            let token = a.tokens[k]
            let inName = a.actors.contains { $0.start <= k && k < $0.end }
            // "Allies hope Trump will join": the hoper is not the one who joins.
            // ("Several donors said they were reluctant to fund repairs": reluctance is no undertaking.)
            if !inName, ["hope", "hopes", "hoped", "hoping", "want", "wants", "wanted", "reluctant", "hesitant"].contains(token.lower) { return (nil, 0) }
            // ("Coalition members that have so indicated will contribute": a speech verb right
            // before the trigger has no clause to report; it closes a relative clause.)
            if !a.aside[k], !inName, L.speechVerbs.contains(token.lower), crossedSpeech == nil, k + 1 != s.start {
                crossedSpeech = k
            }
            if let mention = a.actors.last(where: { $0.end - 1 == k }), !a.aside[mention.start] {
                let absolute = mention.end == s.start && mention.kind != .group && a.tokens[s.start].lower.hasSuffix("ing")
                // "Hours before Pistorius arrived": a person arriving brings no goods.
                if s.recipientSubject, mention.kind == .person, mention.end == s.start { return (nil, 0) }
                // "the British Army would receive its first Archers from Sweden": goods promised to
                // anyone but Ukraine are no aid.
                // ("The Czech army is taking delivery of its first Leopard tanks": its own purchase.)
                // ("Poland received American Abrams tanks": another army equipping itself.)
                if s.recipientSubject, !mention.isUkraineOrRussia, L.isModal(a.tokens[s.start].lower) || L.takingForms.contains(a.tokens[s.start].lower)
                    || (["received", "receives"].contains(a.tokens[s.start].lower) && mention.end == s.start && mention.kind != .group) {
                    return (nil, 0)
                }
                if let verdict = absolute ? true : agentive(mention, a) {
                    // A subject sits within a few words of its verb (asides aside).
                    let between = (mention.end..<s.start).filter { !a.aside[$0] && !a.tokens[$0].isJoinedHyphen }.count
                    // A possessive subject ("the UK's £2.26 billion share of the loans") or a
                    // speaker before "said that …" stands further from the verb.
                    let possessive = mention.end < a.tokens.count && a.tokens[mention.end].lower == "'s"
                    if let speech = crossedSpeech {
                        // "Oslo also said on Thursday that …": the speaker stands near its verb, the
                        // reported clause may be long.
                        // ("Italy, for its part, has repeatedly said": punctuation, auxiliaries and
                        // interjected adverbs do not part a speaker from its verb.)
                        let toSpeech = (mention.end..<speech).filter { !a.aside[$0] && a.tokens[$0].isWord && !speakerFillers.contains(a.tokens[$0].lower) }.count
                        let reported = ((speech + 1)..<s.start).filter { !a.aside[$0] }.count
                        // "Berlin … has not joined the Czech scheme but said …": a second predicate
                        // of the same subject stands further off.
                        let coordinated = a.tokens[mention.end..<speech].contains { ["but", "and"].contains($0.lower) }
                        if toSpeech > (coordinated ? 10 : 6) || reported > 18 { return (nil, 0) }
                    } else if between > (possessive ? 16 : 10) {
                        return (nil, 0)
                    }
                    if let speech = crossedSpeech, !pronounLeads(a, after: speech, before: s.start) {
                        // "Oslo said (that) restrictions … came into force", "Kallas said work on a
                        // package was under way": with no party of its own, the reported clause is
                        // the speaker's; a person or office speaks for their state or organisation.
                        let reportedNamesNone = !a.actors.contains { m in
                            m.start > speech && m.start < s.start && !m.isUkraineOrRussia && (m.kind != .demonym || m.governmentForm)
                                && agentive(m, a) == true
                        }
                        // Promises ("the troops would not serve …") need their own subject.
                        // "… confirmed that the launchers would be handed over by the summer": a passive
                        // promise about the goods is the speaker's promise.
                        // (Only for named goods: "troops would be deployed" may be anyone's troops.)
                        // "… confirmed that two more Patriot systems will arrive": goods on their way are
                        // the speaker's promise too.
                        // ("Paris has sent Mirage fighters, and the ministry said more would follow": more of
                        // the goods named before.)
                        let moreComing = a.tokens[(speech + 1)..<s.start].contains { $0.lower == "more" }
                            && a.categories.contains { $0.end <= speech && $0.category != .troops }
                        let goodsComing = s.status == .pledged && (L.arrivalVerbs.contains(a.tokens[s.end - 1].lower) || a.tokens[s.end - 1].lower == "follow")
                            && (a.categories.contains { $0.start > speech && $0.end <= s.start && $0.category != .troops } || moreComing)
                        let passivePromise = goodsComing || s.status == .pledged && a.tokens[s.start..<s.end].contains { $0.lower == "be" }
                            && a.tokens[s.start..<s.end].contains { SentenceAnalysis.participles.contains($0.lower) }
                            && ["the", "its", "their"].contains(a.tokens[min(speech + 1, s.start)].lower == "that" ? a.tokens[min(speech + 2, s.start)].lower : a.tokens[min(speech + 1, s.start)].lower)
                            && a.categories.contains { $0.start > speech && $0.end <= s.start && $0.category != .troops }
                        // "Sánchez said the aid would cover air defence and training", "… said a large part
                        // of the money would be spent on air defence": what the speaker's own aid will do
                        // is the speaker's promise.
                        let aidSubject = s.status == .pledged
                            && a.tokens[(speech + 1)..<s.start].contains { ["aid", "money", "funds", "package", "assistance", "contribution", "financing", "funding", "tranche"].contains($0.lower) }
                            && L.modalsPledge.contains(a.tokens[s.start].lower)
                        // "Lecornu said French intelligence would keep flowing to Ukraine", "McGuinty said
                        // the training mission would continue": the speaker's goods going on are the
                        // speaker's promise.
                        let goodsSubject = s.status == .pledged && L.modalsPledge.contains(a.tokens[s.start].lower)
                            && a.categories.contains { $0.start > speech && $0.end <= s.start && $0.category != .troops }
                            && !a.actors.contains { $0.start > speech && $0.start < s.start && $0.code == .ukraine }
                            && a.tokens[s.end - 1].lower != "make"
                        // "Spain said there were no plans to send troops": an impersonal "there" leaves
                        // the speaker as the one who has no plans.
                        let opening = speech + 1 < s.start && a.tokens[speech + 1].lower == "that" ? speech + 2 : speech + 1
                        let impersonal = opening < s.start && a.tokens[opening].lower == "there"
                        if reportedNamesNone, !mention.isUkraineOrRussia, mention.kind != .group, verdict,
                           // ("… said that a deployment of German ground troops was not planned": a refusal
                           // reported with no party of its own is the speaker's, as a plan under way is.)
                           [.considering, .allocated, .delivered, .withdrawn].contains(s.status) || passivePromise || aidSubject || goodsSubject || s.relativeHead != nil || impersonal
                            || (s.status == .declined && !L.isModal(a.tokens[s.start].lower)
                                && a.tokens[mention.end..<speech].allSatisfy { !$0.isWord || speakerFillers.contains($0.lower) }),
                           !(speech + 1..<s.start).contains(where: { k in
                               // ("the 50 vehicles it ordered …": a pronoun opening a relative clause on goods.)
                               pronouns.contains(a.tokens[k].lower) && !["its", "their"].contains(a.tokens[k].lower)
                                   && !a.categories.contains { $0.end <= k && k - $0.end <= 1 }
                                   && !(k > 0 && a.tokens[k - 1].lower.hasSuffix("s") && a.tokens[k - 1].isWord && !L.speechVerbs.contains(a.tokens[k - 1].lower))
                           }) {
                            return (chain(from: mention, a), mention.end)
                        }
                        return (nil, 0)
                    }
                    if mention.isUkraineOrRussia {
                        if s.recipientSubject, let first = a.actors.firstIndex(where: { m in
                            guard m.start > s.end, m.start > 0, !m.isUkraineOrRussia, m.kind != .group else { return false }
                            // "received … from the European Union"
                            var p = m.start - 1
                            while p > 0, L.determiners.contains(a.tokens[p].lower) { p -= 1 }
                            return a.tokens[p].lower == "from"
                        }) {
                            var donors = [party(a.actors[first], a)]
                            var index = first + 1
                            while index < a.actors.count {
                                let gap = a.tokens[a.actors[index - 1].end..<a.actors[index].start].map(\.lower)
                                guard [[","], ["and"], [",", "and"]].contains(gap) || gap.allSatisfy({ [",", "and", "the"].contains($0) }) && !gap.isEmpty,
                                      !a.actors[index].isUkraineOrRussia else { break }
                                donors.append(party(a.actors[index], a))
                                index += 1
                            }
                            // ("received €4.2 billion from the European Union and $3 billion from Japan":
                            // each sum from its own giver.)
                            for m in a.actors[index...] where m.start > 0 && a.tokens[m.start - 1].lower == "from" && !m.isUkraineOrRussia
                                && m.kind != .group && !donors.contains(where: { $0.code == m.code }) {
                                donors.append(party(m, a))
                            }
                            return (donors, mention.end)
                        }
                        // "Ukraine had received new Patriot missiles from partners": unnamed givers.
                        if s.recipientSubject, let givers = a.actors.first(where: { m in
                            m.start > s.end && m.kind == .group && m.start >= 1
                                && (a.tokens[m.start - 1].lower == "from" || (m.start >= 2 && a.tokens[m.start - 2].lower == "from" && L.determiners.contains(a.tokens[m.start - 1].lower)))
                        }) {
                            return ([party(givers, a)], mention.end)
                        }
                        // "Macron and his Ukrainian counterpart, Volodymyr Zelensky, on Monday signed …":
                        // the leader who met his counterpart signs for his state.
                        if !s.recipientSubject, let host = counterpartSubject(a, before: s.start, limit: limit) {
                            return ([party(host, a)], mention.end)
                        }
                        // "Britain, France and Ukraine signed a declaration": the other signatories act too.
                        // ("Lithuania and Ukraine on Thursday signed …": a day between them too.)
                        if !s.recipientSubject, mention.end == s.start || (mention.end..<s.start).allSatisfy({ L.adverbs.contains(a.tokens[$0].lower) || timeWord(a.tokens[$0].lower) }) {
                            let others = chain(from: mention, a).filter { $0.code != .ukraine && $0.code != .russia }
                            if !others.isEmpty { return (others, mention.end) }
                        }
                        // "received a first batch of interceptors paid for by Norway"
                        if s.recipientSubject, let by = (s.end..<a.tokens.count).first(where: { k in
                            a.tokens[k].lower == "by" && k >= 1 && ["financed", "funded", "paid", "donated", "provided", "supplied", "for"].contains(a.tokens[k - 1].lower)
                        }), let donor = a.actors.first(where: { $0.start > by && $0.start <= by + 2 && !$0.isUkraineOrRussia }) {
                            // ("supplied by Sweden and Denmark": every giver of the list.)
                            return (chain(from: lastCoordinated(with: donor, before: a.tokens.count, a), a), mention.end)
                        }
                        // "Ukraine received German Leopard tanks": the giver named by its adjective.
                        if s.recipientSubject, let giver = a.actors.first(where: { $0.start >= s.end && namesGiverOfGoods($0, a) }) {
                            return ([party(giver, a)], mention.end)
                        }
                        // "Of the G7's $50 billion ERA total, Ukraine has now received $32 billion"
                        if s.recipientSubject, let named = a.actors.first(where: { !$0.isUkraineOrRussia && $0.kind != .group && $0.kind != .demonym }) {
                            return ([party(named, a)], mention.end)
                        }
                        if s.recipientSubject, let donor = context.lastParty { return ([donor], mention.end) }
                        // "Germany is already Kyiv's largest European backer and has set aside …":
                        // a possessive Ukraine qualifies a noun; the subject stands before it.
                        // ("Ukraine's own industry could produce …" heads the subject: only after a copula.)
                        if !s.recipientSubject, mention.end < a.tokens.count, a.tokens[mention.end].lower == "'s", mention.start > limit,
                           a.tokens[max(limit, mention.start - 3)..<mention.start].contains(where: { L.be.contains($0.lower) || ["remains", "remained", "became", "becomes"].contains($0.lower) }) {
                            k = mention.start - 1
                            continue
                        }
                        // "Russia's assets will remain immobilised": Russia owning what is sanctioned
                        // is the object of someone's measure, not its party; look further back, or
                        // to the party of the text.
                        if mention.code == .russia, mention.end < a.tokens.count, a.tokens[mention.end].lower == "'s",
                           a.categories.contains(where: { $0.category == .sanctions }) {
                            k = mention.start - 1
                            continue
                        }
                        return (nil, 0)
                    }
                    // "The leaders of Britain and France … signed a declaration under which their two
                    // countries would deploy troops": a counted group pointing back at as many
                    // states named just before is those states.
                    if mention.kind == .group, let named = antecedents(of: mention, a) ?? appositiveMembers(of: mention, a) {
                        return (named, mention.end)
                    }
                    // "The Nordic countries will finance …" with no states named before: the group
                    // introduces itself rather than pointing back.
                    // "The 35 delegations also committed …": more than the states named so far.
                    if !verdict, mention.kind == .group, context.named.count < 2 || (mention.count ?? 0) > context.named.count {
                        return ([party(mention, a)], mention.end)
                    }
                    // "the Baltic states said they would contribute staff officers", "the other European
                    // leaders said they were prepared to lead …": a group that names its region or kind
                    // and speaks for itself is the party even where it points back at no one named.
                    // (A counted one, "the three Scandinavian countries", points back at states a
                    // text has named, even where they cannot be found.)
                    if !verdict, mention.kind == .group, mention.count == nil, describedGroup(mention, a) { return ([party(mention, a)], mention.end) }
                    if !verdict { return ([], 0) }
                    // "heating points funded by Estonia have been rolled out": the agent of a
                    // reduced relative; what it paid for is the subject before it.
                    if mention.start >= 2, a.tokens[mention.start - 1].lower == "by",
                       SentenceAnalysis.participles.contains(a.tokens[mention.start - 2].lower)
                        || (mention.start >= 3 && a.tokens[mention.start - 2].lower == "for" && SentenceAnalysis.participles.contains(a.tokens[mention.start - 3].lower)) {
                        return (chain(from: mention, a), limit)
                    }
                    return (chain(from: mention, a), mention.end)
                }
                k = mention.start - 1
                continue
            }
            k -= 1
        }
        // A fact reported with its source after it ("… entered into force, the EU said"): a
        // government or organisation vouching for its own act. Promises need their subject.
        // Direct speech ("\"The 20th package is in the works,\" Kallas told reporters") is the
        // speaker's own word, whatever its status.
        let quoted = a.tokens.first?.lower == "\""
        // "Work on a 21st package has already begun, according to two EU diplomats"
        // ("About 700,000 shells had been delivered by the end of the year, according to the Czech
        // government": a deed in the passive, vouched for by the government that did it.)
        if limit == 0, s.status == .considering || (s.status == .delivered && passiveTrigger(a, s)), let source = a.actors.first(where: { m in
            m.start > s.end && m.start >= 2 && !m.isUkraineOrRussia && m.kind != .group
                && a.tokens[max(0, m.start - 4)..<m.start].contains(where: { $0.lower == "according" })
        }), !a.actors.contains(where: { $0.start < s.start && !$0.isUkraineOrRussia }) {
            return ([party(source, a)], 0)
        }
        if limit == 0, let speakers = jointSpeakers(a, before: s.start, context: context) { return (speakers, 0) }
        // ("\"We will send two more Patriot systems,\" Pistorius told reporters": "we" in direct
        // speech is the speaker's state, whatever it promises.)
        let firstPerson = quoted && a.tokens[..<s.start].contains { ["we", "i"].contains($0.lower) }
        if limit == 0, [.allocated, .delivered, .withdrawn].contains(s.status) || (quoted && s.status == .considering) || firstPerson,
           let speaker = a.actors.first(where: { m in
               guard m.start > s.end, !m.isUkraineOrRussia, m.kind != .group, m.kind != .person || quoted,
                     m.kind != .demonym || m.governmentForm else { return false }
               // "the EU said", "the Dutch defence ministry said"
               var k = m.end
               // "the EU's foreign policy chief told reporters"
               while k < min(a.tokens.count, m.end + 5), ActorMatcher.governmentWords.contains(a.tokens[k].lower)
                   || ["ministry", "office", "spokesperson", "spokesman", "'s", "chief", "foreign", "policy", "delegation", "embassy", "mission"].contains(a.tokens[k].lower)
                   || ActorMatcher.titleWords.contains(a.tokens[k].lower) { k += 1 }
               // ("the EU delegation in Chișinău said": the seat of the speaker's office.)
               if k > m.end, k < a.tokens.count, a.tokens[k].lower == "in", let seat = a.actors.first(where: { $0.start == k + 1 && $0.kind == .capital }) {
                   k = seat.end
               }
               if k < a.tokens.count && L.speechVerbs.contains(a.tokens[k].lower) { return true }
               // "…," said Latvian Defence Minister Andris Sprūds: the speaker after the verb.
               var p = m.start - 1
               while p > s.end, L.determiners.contains(a.tokens[p].lower) || ActorMatcher.titleWords.contains(a.tokens[p].lower) { p -= 1 }
               return p > s.end && L.speechVerbs.contains(a.tokens[p].lower) && a.tokens[(s.end..<p)].contains { $0.lower == "\"" }
           }) {
            return ([party(speaker, a)], 0)
        }
        // "The first PURL package, financed by the Netherlands, was delivered": no agent after the
        // passive, so the financer named in the subject speaks for it.
        if s.status == .delivered || s.status == .pledged, s.start >= 1, passiveAuxiliaries.contains(a.tokens[s.start - 1].lower),
           let byIndex = (limit..<s.start).last(where: { a.tokens[$0].lower == "by" && $0 >= 1
               && ["financed", "funded", "paid", "donated", "provided", "bought", "purchased"].contains(a.tokens[$0 - 1].lower) }),
           let agent = a.actors.first(where: { m in m.start > byIndex && m.start <= byIndex + 2 && !m.isUkraineOrRussia }) {
            return ([party(agent, a)], limit)
        }
        // "The first missiles are expected to arrive …": the goods, not a party, are the subject.
        if ["expected", "due", "likely", "set"].contains(a.tokens[s.start].lower),
           a.categories.contains(where: { $0.start >= limit && $0.end <= s.start }) {
            return (nil, 0)
        }
        // "In Berlin, the defence ministry said two more IRIS-T units had been handed over": an
        // office speaking from a capital named first speaks for that capital's state.
        if let speech = crossedSpeech, a.tokens.count > 3, a.tokens[0].lower == "in",
           let place = a.actors.first(where: { $0.start == 1 && [.capital, .state].contains($0.kind) && !$0.isUkraineOrRussia }),
           place.end < speech, a.tokens[place.end].lower == ",",
           a.tokens[(place.end + 1)..<speech].contains(where: { officeNouns.contains($0.lower) || ["spokesperson", "spokesman", "spokeswoman"].contains($0.lower) }),
           !a.actors.contains(where: { $0.start > place.end && $0.start < speech && !$0.isUkraineOrRussia }) {
            return ([party(place, a)], 0)
        }
        // "Energy company DTEK said repairs could take days": a company speaking is no state.
        if let speech = crossedSpeech, a.tokens[limit..<speech].contains(where: { ["company", "firm", "operator", "utility", "manufacturer", "maker"].contains($0.lower) }) {
            return (nil, 0)
        }
        // No party before the trigger: lean on the previous sentences when this one names none
        // and does not start from a pronoun ("He did not say how many troops…").
        let named = a.actors.contains { !$0.isUkraineOrRussia }
            // ("\"These funds will help us …,\" Ukraine's finance minister said": Kyiv speaking of
            // what it receives commits no donor.)
            || a.actors.contains { $0.isUkraineOrRussia && [.person, .office].contains($0.kind) }
        let pronoun = a.tokens[limit..<s.start].contains { pronouns.contains($0.lower) && $0.lower != "its" && $0.lower != "their" }
        // ("… said the company had tripled output and could reach 60 fire units a year": a
        // manufacturer's plans are no state's.)
        let company = a.tokens[limit..<s.start].contains { ["company", "firm", "manufacturer", "maker", "producer", "contractor", "companies", "manufacturers"].contains($0.lower) }
        // ("Officials said the force would not be deployed along the contact line": a joint force
        // as the subject is many states' undertaking, not the last one named.)
        let jointBody = a.tokens[limit..<s.start].indices.contains { k in
            ["force", "mission", "coalition", "alliance"].contains(a.tokens[k].lower) && k > 0
                && (["the", "a", "this", "that"].contains(a.tokens[k - 1].lower) || (k > 1 && a.tokens[k - 2].lower == "the"))
        }
        if !named, !pronoun, !company, !jointBody, let party = context.lastParty, limit == 0 { return ([party], 0) }
        // "He added that a further package would follow", "On Tuesday they said they would set up
        // hubs": a pronoun speaker is the party (or parties) just named.
        if !named, limit == 0, let speech = crossedSpeech, speech >= 1, speech <= 4,
           let speaker = (0..<speech).last(where: { ["he", "she", "they"].contains(a.tokens[$0].lower) }) {
            let reportedPronoun = a.tokens[(speech + 1)..<s.start].contains { ["it", "he", "she", "they", "we"].contains($0.lower) }
            // ("Starmer and Macron met in Paris. On Tuesday they said they would set up hubs": with
            // no joint commitment before, the states the last two sentences named together.)
            if a.tokens[speaker].lower == "they",
               let parties = context.lastCommitment.flatMap({ $0.parties.count >= 2 ? $0.parties : nil }) ?? context.statesNamedTogether,
               !reportedPronoun || a.tokens[(speech + 1)..<s.start].contains(where: { $0.lower == "they" }) {
                return (parties, 0)
            }
            if a.tokens[speaker].lower != "they", let party = context.lastParty,
               !reportedPronoun || a.tokens[(speech + 1)..<s.start].contains(where: { ["he", "she"].contains($0.lower) }) {
                return ([party], 0)
            }
        }
        // A list item or clause that opens with its verb ("Will provide two Patriot systems",
        // "Bought one NASAMS system …") continues the party of the heading or sentence before.
        if s.start == limit, limit == 0, let party = context.lastParty { return ([party], 0) }
        // "South Korea will provide …, the ministry said, while reaffirming that it has no plans
        // to …": "it" stands for the party the sentence named in its first clause.
        if subjectPronoun(a, before: s.start, limit: limit),
           let earlier = a.actors.last(where: { m in m.end <= limit && !m.isUkraineOrRussia && m.kind != .group && agentive(m, a) == true }) {
            return ([party(earlier, a)], 0)
        }
        // "We will continue to supply Ukraine with air defence", inside a joint statement: "we"
        // is each state that signed it.
        if let voice = context.jointVoice, !s.recipientSubject, !a.actors.contains(where: { !$0.isUkraineOrRussia && $0.start < s.start }),
           firstPersonSubject(a, before: s.start, limit: limit) {
            return (voice, 0)
        }
        // "\"We will be responsible for the logistics hub …,\" he said": in direct speech "we" is the
        // speaker's government, the party the text is about.
        if a.tokens.first?.lower == "\"" || a.tokens.last?.lower == "\"", let party = context.lastParty, s.start - limit <= 4,
           a.tokens[limit..<s.start].contains(where: { ["we", "our"].contains($0.lower) }), !a.actors.contains(where: { !$0.isUkraineOrRussia && $0.start < s.start }) {
            return ([party], 0)
        }
        // "This year we will spend £4.5 billion on military support", in an interview or a
        // transcript: "we" opening the clause is the government the text has been quoting.
        // (Not what "we received", nor where the sentence names anyone else: "We have committed,
        // together with France, …".)
        if let party = context.lastParty, !s.recipientSubject, !a.actors.contains(where: { !$0.isUkraineOrRussia }),
           firstPersonSubject(a, before: s.start, limit: limit) {
            return ([party], 0)
        }
        // "He promised two more systems.", "It will provide another $1 billion.": a singular
        // subject pronoun opening the clause stands for the party just named.
        if let party = context.lastParty, !a.actors.contains(where: { !$0.isUkraineOrRussia && $0.start < s.start }),
           subjectPronoun(a, before: s.start, limit: limit) {
            return ([party], 0)
        }
        return (nil, 0)
    }

    static let passiveAuxiliaries: Set<String> = ["was", "were", "is", "are", "been", "be", "being", "has", "have", "had"]

    /// A participle after a form of "be": "were delivered", "had been handed over".
    static func passiveTrigger(_ a: SentenceAnalysis, _ s: StatusHit) -> Bool {
        s.start >= 1 && ["was", "were", "been", "is", "are"].contains(a.tokens[s.start - 1].lower)
    }

    /// The parties after "by" when the trigger is a passive participle ("were delivered by
    /// Spain and Italy"); nil when the trigger is active or no party follows "by".
    static func passiveAgents(_ a: SentenceAnalysis, status s: StatusHit) -> [Party]? {
        let covered = a.tokens[s.start..<s.end].contains { ["be", "been", "being"].contains($0.lower) }
        var k = s.start - 1
        while k >= 0, L.interjected.contains(a.tokens[k].lower) || ["also", "already", "recently", "now", "just", "successfully"].contains(a.tokens[k].lower) || L.sequenceAdverbs.contains(a.tokens[k].lower) {
            k -= 1
        }
        // "Patriot systems delivered by Germany": a reduced relative on the goods.
        // (Only a named party: "troops floated by some European capitals" reports an idea.)
        // ("the ERA framework agreed by the Group of Seven": a head noun may follow the name.)
        // ("€220 million committed by Italy and Germany": a sum as the head.)
        let reduced = s.end + 1 < a.tokens.count && a.tokens[s.end].lower == "by"
            && (a.categories.contains { hit in hit.end == s.start
                || (hit.end < s.start && s.start - hit.end <= 1 && ["framework", "loan", "loans", "facility", "programme", "program", "package", "scheme", "fund", "mechanism"].contains(a.tokens[hit.end].lower)) }
                || a.quantities.contains { $0.kind == .money && $0.end == s.start })
            && a.actors.contains { m in m.start >= s.end + 1 && m.start <= s.end + 2 && m.kind != .group }
        guard covered || reduced || (k >= 0 && passiveAuxiliaries.contains(a.tokens[k].lower) && !["has", "have", "had"].contains(a.tokens[k].lower)) else {
            return nil
        }
        var j = s.end
        while j < min(a.tokens.count, s.end + 9) {
            let word = a.tokens[j].lower
            if [",", ";", ":", "."].contains(word) || clauseBoundaries.contains(word) || L.speechVerbs.contains(word) { return nil }
            if word == "by" { break }
            j += 1
        }
        guard j < a.tokens.count, a.tokens[j].lower == "by" else { return nil }
        var start = j + 1
        while start < a.tokens.count, L.determiners.contains(a.tokens[start].lower) { start += 1 }
        // ("…, meaning the loan will be guaranteed by the other 24 member states": the rest of a
        // body as the agent acts for it, and the labels leave such a side effect of a joint loan
        // out; the subjects of the clause before, who stay out, do not act on it.)
        if a.actors.contains(where: { m in
            m.kind == .group && m.start > j && m.start < start && a.tokens[m.start..<m.end].contains { ["other", "remaining"].contains($0.lower) }
        }) { return [] }
        guard var index = a.actors.firstIndex(where: { $0.start == start }), !a.actors[index].isUkraineOrRussia,
              a.actors[index].kind != .demonym || a.actors[index].governmentForm else { return nil }
        var parties = [party(a.actors[index], a)]
        while index + 1 < a.actors.count {
            let next = a.actors[index + 1]
            let gap = a.tokens[a.actors[index].end..<next.start].map(\.lower)
            guard [[","], ["and"], [",", "and"], ["and", "the"], [",", "the"]].contains(gap), !next.isUkraineOrRussia else { break }
            parties.append(party(next, a))
            index += 1
        }
        return parties
    }

    /// nil: not a party here (object, place); false: a party that commits nothing (an anaphoric
    /// group); true: the acting party.
    static func agentive(_ m: ActorMention, _ a: SentenceAnalysis) -> Bool? {
        var p = m.start - 1
        // ("At least ten countries have said …": "at" belongs to the count, it is no preposition.)
        while p >= 0, L.determiners.contains(a.tokens[p].lower)
                || (a.tokens[p].lower == "at" && p + 1 < a.tokens.count && ["least", "most"].contains(a.tokens[p + 1].lower)) { p -= 1 }
        // "urged Germany to send": the party is asked, not committing.
        // "during the call that Rome would …": after a determiner the word is a noun, not a request.
        let nounAfterDeterminer = p >= 1 && ["the", "a", "an", "this", "that"].contains(a.tokens[p - 1].lower)
        if p >= 0, !nounAfterDeterminer, requestVerbs.contains(a.tokens[p].lower)
            || (p > 0 && a.tokens[p].lower == "on" && requestVerbs.contains(a.tokens[p - 1].lower)) {
            return nil
        }
        // "the prime ministers of Estonia and Latvia", "the government of Japan": the office speaks
        // for the state after "of".
        // ("Foreign ministers from France, Germany and Spain pledged …": "from" as well.)
        let officeOf = p >= 1 && ["of", "from"].contains(a.tokens[p].lower) && officeNouns.contains(a.tokens[p - 1].lower)
        if p >= 0, objectPrepositions.contains(a.tokens[p].lower), m.kind != .group || a.tokens[p].lower != "of", !officeOf {
            return nil
        }
        if m.kind == .demonym, !m.governmentForm { return nil }
        // "from bases in Poland and Romania": the second of two places is a place too.
        if [.state, .capital].contains(m.kind), p >= 1, ["and", "or"].contains(a.tokens[p].lower), let first = a.actors.last(where: { $0.end == p }),
           [.state, .capital].contains(first.kind),
           first.start >= 1, ["in", "from", "at", "near", "to", "into", "on"].contains(a.tokens[first.start - 1].lower),
           // ("ministers from France and Spain": both are the ministers' states.)
           !(first.start >= 2 && a.tokens[first.start - 1].lower == "from" && officeNouns.contains(a.tokens[first.start - 2].lower)) {
            return nil
        }
        // "its new plant in Unterlüß, Germany, will produce …": a state after a place and a comma
        // says where the place is.
        // ("At a meeting in Ramstein, Germany pledged …": with no comma after it, the state is the subject.)
        if m.kind == .state, p >= 2, a.tokens[p].lower == ",", a.tokens[p - 1].isCapitalized,
           m.end < a.tokens.count, a.tokens[m.end].lower == ",",
           !a.actors.contains(where: { $0.end == p }),
           (max(0, p - 4)..<(p - 1)).contains(where: { ["in", "at", "near", "from", "outside"].contains(a.tokens[$0].lower) }) {
            return nil
        }
        // "has not joined the Czech scheme but said …": a state's scheme after a verb and its
        // article is the verb's object, not the subject.
        if m.kind == .demonym, p >= 0, p < m.start - 1, ["the", "a", "an"].contains(a.tokens[m.start - 1].lower), a.tokens[p].isWord,
           a.tokens[p].lower.hasSuffix("ed") || ["join", "joins", "back", "backs", "support", "supports"].contains(a.tokens[p].lower) {
            return nil
        }
        // "restrictions mirroring the European Union's package": an owner inside an object.
        if p >= 0, m.end < a.tokens.count, a.tokens[m.end].lower == "'s", a.tokens[p].lower.hasSuffix("ing"), a.tokens[p].lower.count > 5 {
            return nil
        }
        if m.kind == .group, m.anaphoric { return false }
        // "former Prime Minister …", "Britain's opposition leader", "regional officials".
        if p >= 0, nonSpeakers.contains(a.tokens[p].lower) { return nil }
        if a.tokens[m.end..<min(a.tokens.count, m.end + 3)].contains(where: { nonSpeakers.contains($0.lower) && $0.lower != "shadow" }) { return nil }
        return true
    }

    /// Whether a group mention says more than a pointing noun: a region or kind of its members
    /// ("the Baltic states", "the Nordic and Baltic governments", "the other European leaders"),
    /// not only "the leaders" or "the three countries".
    static func describedGroup(_ m: ActorMention, _ a: SentenceAnalysis) -> Bool {
        a.tokens[m.start..<m.end].contains { token in
            token.isCapitalized && !L.determiners.contains(token.lower) && !["the", "these", "those", "both", "other"].contains(token.lower)
        }
    }

    /// The last name of the list that `first` opens ("Norway, Sweden and Denmark"), before `limit`.
    static func lastCoordinated(with first: ActorMention, before limit: Int, _ a: SentenceAnalysis) -> ActorMention {
        guard var index = a.actors.firstIndex(where: { $0.start == first.start }) else { return first }
        while index + 1 < a.actors.count {
            let next = a.actors[index + 1]
            guard next.end < limit, !next.isUkraineOrRussia, next.kind != .group,
                  a.tokens[a.actors[index].end..<next.start].allSatisfy({ [",", "and", "the"].contains($0.lower) }),
                  a.tokens[a.actors[index].end..<next.start].contains(where: { $0.lower == "and" || $0.lower == "," }) else { break }
            index += 1
        }
        return a.actors[index]
    }

    /// "The Netherlands, Sweden, Norway and Denmark", "Germany and other countries".
    static func chain(from mention: ActorMention, _ a: SentenceAnalysis) -> [Party] {
        var parties = [party(mention, a)]
        // "Donor countries including Denmark and the Netherlands": the group with examples is
        // one party (spec).
        if let first = a.actors.firstIndex(where: { $0.start == mention.start }) {
            var index = first
            while index > 0, a.actors[index - 1].kind != .group,
                  a.tokens[a.actors[index - 1].end..<a.actors[index].start].allSatisfy({ [",", "and", "the"].contains($0.lower) }) { index -= 1 }
            let head = a.actors[index]
            if index > 0, head.start >= 1, ["including", "like"].contains(a.tokens[head.start - 1].lower) || (head.start >= 2 && a.tokens[head.start - 1].lower == "as" && a.tokens[head.start - 2].lower == "such"),
               a.actors[index - 1].kind == .group, a.actors[index - 1].end >= head.start - 2 {
                return [party(a.actors[index - 1], a)]
            }
            // ("donor countries, led by Denmark, the Netherlands and Canada, would keep paying": the
            // leaders are examples of the group.)
            if index > 0, head.start >= 3, a.tokens[head.start - 1].lower == "by", ["led", "headed", "spearheaded"].contains(a.tokens[head.start - 2].lower),
               a.actors[index - 1].kind == .group, a.actors[index - 1].end >= head.start - 3, mention.end < a.tokens.count, a.tokens[mention.end].lower == "," {
                return [party(a.actors[index - 1], a)]
            }
        }
        guard var index = a.actors.firstIndex(where: { $0.start == mention.start }) else { return parties }
        while index > 0 {
            let previous = a.actors[index - 1]
            let gap = a.tokens[previous.end..<a.actors[index].start].map(\.lower)
            guard [[","], ["and"], [",", "and"], ["as", "well", "as"], ["or"], ["&"], ["nor"]].contains(gap.filter { !L.determiners.contains($0) }),
                  !previous.isUkraineOrRussia, agentive(previous, a) == true else { break }
            // "… attended by US envoys Witkoff and Kushner, the UK and France signed": a person
            // before a comma ends another phrase; a list of states does not run on into names.
            if previous.kind == .person, a.actors[index].kind != .person, gap.first == "," { break }
            parties.insert(party(previous, a), at: 0)
            index -= 1
        }
        return parties
    }

    /// The states a pointing group ("their two countries", "the three governments", "both
    /// countries") stands for: exactly as many distinct states or organisations named before it
    /// in the sentence, outside asides.
    static func antecedents(of group: ActorMention, _ a: SentenceAnalysis) -> [Party]? {
        let first = a.tokens[group.start].lower
        guard group.anaphoric || ["their", "both"].contains(first) else { return nil }
        var parties: [Party] = []
        var mentions: [ActorMention] = []
        for m in a.actors where m.end <= group.start && !a.aside[m.start] && m.kind != .group && !m.isUkraineOrRussia
            && (m.kind != .demonym || m.governmentForm) && !parties.contains(where: { $0.code == m.code }) {
            parties.append(party(m, a))
            mentions.append(m)
        }
        guard let count = group.count ?? (first == "both" ? 2 : nil) else {
            // "The leaders of Lithuania, Latvia and Estonia said their countries …": an uncounted
            // "their" group after one list of states is those states.
            let listed = mentions.count >= 2 && zip(mentions, mentions.dropFirst()).allSatisfy { pair in
                guard pair.0.end <= pair.1.start else { return false }
                let gap = a.tokens[pair.0.end..<pair.1.start].map(\.lower)
                return !gap.isEmpty && gap.allSatisfy { [",", "and"].contains($0) }
            }
            return first == "their" && listed ? parties : nil
        }
        if parties.count == count { return parties }
        // "Yoon spoke with Zelenskyy, when the two leaders agreed to share intelligence": Ukraine
        // counts among the leaders but receives; the others commit.
        let withUkraine = Set(a.actors.filter { m in m.end <= group.start && !a.aside[m.start] && m.code == .ukraine
            && [.person, .office].contains(m.kind) }.map(\.code))
        if !parties.isEmpty, parties.count + withUkraine.count == count { return parties }
        return nil
    }

    /// "Three member states — Hungary, Slovakia and the Czech Republic — will not take part": a
    /// counted group followed by a list of as many states set off by dashes, brackets or a colon
    /// is those states (spec: a full list of named states gives one claim per state).
    static func appositiveMembers(of group: ActorMention, _ a: SentenceAnalysis) -> [Party]? {
        guard let count = group.count, count >= 2, group.end < a.tokens.count,
              ["—", "–", "-", "(", ":", ","].contains(a.tokens[group.end].lower) else { return nil }
        var members: [ActorMention] = []
        var k = group.end + 1
        while let m = a.actors.first(where: { $0.start >= k && $0.start <= k + 1 }), m.kind == .state || m.kind == .capital, !m.isUkraineOrRussia,
              a.tokens[k..<m.start].allSatisfy({ ["the", "and", ","].contains($0.lower) }) {
            members.append(m)
            k = m.end
            while k < a.tokens.count, [",", "and"].contains(a.tokens[k].lower) { k += 1 }
            if members.count == count { break }
        }
        guard members.count == count, k < a.tokens.count, ["—", "–", "-", ")", ","].contains(a.tokens[k].lower) || members.last?.end == k else { return nil }
        return distinct(members.map { party($0, a) })
    }

    /// An agentless passive's giver from its subject or its place: "the final tranche of the UK's
    /// share was disbursed" (the owner), "56,000 soldiers have been trained in the UK" (the host).
    static func passiveOwner(_ a: SentenceAnalysis, status s: StatusHit, from left: Int) -> ActorMention? {
        guard a.tokens[max(0, s.start - 2)..<s.end].contains(where: { ["was", "were", "been", "is", "are", "be"].contains($0.lower) }) else { return nil }
        let eligible = { (m: ActorMention) in !m.isUkraineOrRussia && [.state, .capital].contains(m.kind) && !a.aside[m.start] }
        // ("in the UK": the article may stand between.)
        if ["trained", "instructed"].contains(a.tokens[s.end - 1].lower), let host = a.actors.first(where: { m in
            eligible(m) && m.start > s.end && m.start <= s.end + 3
                && (a.tokens[m.start - 1].lower == "in" || (a.tokens[m.start - 1].lower == "the" && a.tokens[m.start - 2].lower == "in"))
        }) {
            return host
        }
        let owners = a.actors.filter { m in
            eligible(m) && m.start >= left && m.end < s.start && a.tokens[m.end].lower == "'s"
        }
        return owners.count == 1 ? owners[0] : nil
    }

    /// The party of "X and his Ukrainian counterpart(, Name,) [on Monday] signed": X, when nothing
    /// but the counterpart's name, commas and a time stand between the counterpart and the verb.
    static func counterpartSubject(_ a: SentenceAnalysis, before start: Int, limit: Int) -> ActorMention? {
        guard max(limit, 3) < start, let k = (max(limit, 3)..<start).last(where: { ["counterpart", "counterparts"].contains(a.tokens[$0].lower) }),
              ["ukrainian", "ukraine's"].contains(a.tokens[k - 1].lower), ["his", "her", "their"].contains(a.tokens[k - 2].lower),
              a.tokens[k - 3].lower == "and",
              let host = a.actors.last(where: { $0.end == k - 3 && !$0.isUkraineOrRussia && $0.kind != .group }) else { return nil }
        let between = (k + 1)..<start
        guard between.allSatisfy({ j in
            a.tokens[j].lower == "," || timeWord(a.tokens[j].lower) || L.adverbs.contains(a.tokens[j].lower)
                || a.actors.contains { $0.isUkraineOrRussia && $0.start <= j && j < $0.end }
        }) else { return nil }
        return host
    }

    /// Words of a short time adverbial between a subject and its verb: "on Thursday", "last week",
    /// "this month", "on 12 March".
    static func timeWord(_ word: String) -> Bool {
        DateExpressions.weekdays[word] != nil || DateExpressions.months[word] != nil || word.allSatisfy(\.isNumber)
            || ["on", "last", "this", "week", "month", "year", "today", "yesterday", "earlier", "in", ","].contains(word)
    }

    /// Parties in order, each state or counted group once.
    static func distinct(_ parties: [Party]) -> [Party] {
        var unique: [Party] = []
        for party in parties where !unique.contains(where: { $0.code == party.code && $0.count == party.count }) { unique.append(party) }
        return unique
    }

    static func party(_ m: ActorMention, _ a: SentenceAnalysis) -> Party {
        // "The summit, attended by some 35 delegations, … the participants said they were ready":
        // the uncounted attendees are the group counted earlier in the sentence.
        // ("Leaders from 35 countries agreed that the coalition would provide …")
        if m.code.isGroup, m.count == nil, ["participants", "attendees", "signatories", "coalition"].contains(a.tokens[m.end - 1].lower),
           let counted = a.actors.last(where: { $0.code.isGroup && $0.count != nil && $0.end <= m.start }) {
            return Party(code: m.code, count: counted.count, trigger: m.trigger)
        }
        return Party(code: m.code, count: m.code.isGroup ? m.count : nil, trigger: m.trigger)
    }

    /// Whether the words between a speech verb and the trigger open with a pronoun for the
    /// speaker: "Stockholm said its donation would…", "Macron said he would…".
    static let speakerFillers: Set<String> = [
        "for", "its", "their", "part", "has", "have", "had", "repeatedly", "also", "already", "meanwhile", "however", "previously",
        "publicly", "again", "separately", "too", "now", "once", "in", "turn", "on", "other", "hand",
    ]

    static let timeAdverbialWords: Set<String> = [
        "in", "at", "last", "this", "earlier", "later", "previously", "already", "also", "week", "month", "year", "weekend",
        "morning", "afternoon", "evening", "night", "today", "yesterday", "days", "weeks", "months", "ago", ".",
        // (Month names and their abbreviations are `DateExpressions.months`.)
        // "said in a joint statement that they would", "said at a press conference it had".
        "a", "an", "the", "joint", "statement", "statements", "interview", "press", "conference", "briefing", "after", "during",
        "following", "talks", "meeting", "call", "speech", "televised", "written", "separate", "news",
        // "said separately it had", "said the same day it would", "said again on Monday that".
        "separately", "same", "day", "again", "publicly", "repeatedly", "late", "early",
        // "said in the spring it would", "said at the summit it had".
        "spring", "summer", "autumn", "winter", "summit", "ceremony", "forum", "parliament",
    ]

    static let reportAdverbs: Set<String> = [
        "only", "merely", "simply", "just", "privately", "openly", "clearly", "firmly", "explicitly", "recently", "formally", "officially",
    ]

    static func pronounLeads(_ a: SentenceAnalysis, after speech: Int, before end: Int) -> Bool {
        var k = speech + 1
        // "said last month it would", "said in September that it would", "said later on Tuesday it
        // had": a time adverbial may stand between the verb and the reported clause.
        // ("said only that it was open to …", "said privately it would": an adverb of manner too.)
        while k < end, k - speech <= 8, ["that", ",", "\"", "on"].contains(a.tokens[k].lower) || timeAdverbialWords.contains(a.tokens[k].lower)
                || reportAdverbs.contains(a.tokens[k].lower)
                || DateExpressions.weekdays[a.tokens[k].lower] != nil || DateExpressions.months[a.tokens[k].lower] != nil
                || (a.tokens[k].isNumber && k > speech + 1 && a.tokens[max(speech + 1, k - 2)..<k].contains { DateExpressions.months[$0.lower] != nil || timeAdverbialWords.contains($0.lower) }) {
            k += 1
        }
        if k < end && pronouns.contains(a.tokens[k].lower) { return true }
        // "said in the autumn that it could", "told reporters aboard Air Force One that he might":
        // a speech verb's own words (whom it told, where, when) end at "that", and a pronoun
        // right after it opens the reported clause.
        guard let that = ((speech + 1)..<min(end, speech + 12)).first(where: { a.tokens[$0].lower == "that" }),
              that + 1 < end, pronouns.contains(a.tokens[that + 1].lower),
              a.tokens[(speech + 1)..<that].allSatisfy({ $0.isWord && !["which", "who", "and", "but", "or"].contains($0.lower) }) else { return false }
        return true
    }

    /// Plural speakers a text names by their office: "the ministers", "the leaders".
    static let jointSpeakerNouns: Set<String> = [
        "ministers", "leaders", "governments", "countries", "allies", "partners", "participants", "signatories", "heads",
    ]

    /// "\"We will continue to strengthen Ukraine's air defence,\" the ministers said", after "the
    /// foreign ministers of Denmark, Estonia, … issued a joint statement": "we" in a quote given to
    /// the plural group just told is each state of that group (from the last two sentences).
    static func jointSpeakers(_ a: SentenceAnalysis, before start: Int, context: DocumentContext) -> [Party]? {
        guard a.tokens.first?.lower == "\"", a.tokens[..<start].contains(where: { $0.lower == "we" }),
              !a.actors.contains(where: { !$0.isUkraineOrRussia && $0.start < start }),
              let close = a.tokens.indices.first(where: { $0 > start && a.tokens[$0].lower == "\"" }),
              close + 3 < a.tokens.count, a.tokens[close + 1].lower == "the",
              jointSpeakerNouns.contains(a.tokens[close + 2].lower),
              L.speechVerbs.contains(a.tokens[close + 3].lower) else { return nil }
        return context.statesNamedTogether
    }

    /// Whether "we" is the subject right before the trigger ("we will spend", "we'll keep"), with
    /// only adverbs and auxiliaries between.
    static func firstPersonSubject(_ a: SentenceAnalysis, before start: Int, limit: Int) -> Bool {
        // ("we'll", "we're", "we've", "we'd": the clitic is its own token.)
        let k = indexBeforeAuxiliaries(a, before: start, limit: limit, auxiliaries: ["has", "had", "have", "did", "do", "'ll", "'re", "'ve", "'d"])
        return k >= limit && a.tokens[k].lower == "we"
    }

    /// The last token before `start` (not before `limit`) that is not an adverb, a form of "be"
    /// or one of `auxiliaries`: where a subject pronoun would stand ("He has also promised").
    static func indexBeforeAuxiliaries(_ a: SentenceAnalysis, before start: Int, limit: Int, auxiliaries: Set<String>) -> Int {
        var k = start - 1
        while k >= limit, L.adverbs.contains(a.tokens[k].lower) || L.be.contains(a.tokens[k].lower) || auxiliaries.contains(a.tokens[k].lower) {
            k -= 1
        }
        return k
    }

    /// Whether "it", "he" or "she" is the subject right before the trigger, opening its clause
    /// ("He also promised …", "…, and it will send …"), with only adverbs and auxiliaries between.
    static func subjectPronoun(_ a: SentenceAnalysis, before start: Int, limit: Int) -> Bool {
        let k = indexBeforeAuxiliaries(a, before: start, limit: limit, auxiliaries: ["has", "had", "have", "did", "does"])
        guard k >= limit, ["it", "he", "she"].contains(a.tokens[k].lower) else { return false }
        // "… was analysing in which form it could take part": an embedded question's subject.
        if k >= 2, ["which", "what"].contains(a.tokens[k - 2].lower) { return true }
        return k == 0 || [",", "and", "but", ";", "\"", "that", "instead", "also", "meanwhile", "separately", "now", "since",
                          "then", "however", "so", "today", "yesterday", "though", "although", "while", "whereas"].contains(a.tokens[k - 1].lower)
            // ("… but has said it would lead a monitoring mechanism": a report of the subject's own.)
            || (k >= 2 && L.speechVerbs.contains(a.tokens[k - 1].lower) && ["has", "have", "had", "and", "but"].contains(a.tokens[k - 2].lower))
    }

    /// "…, an official said, but has offered to": the trigger opens a predicate coordinated by
    /// "but"/"and" right after a comma or report, with no subject between.
    static func coordinatedPredicate(_ a: SentenceAnalysis, at start: Int, after left: Int) -> Bool {
        var k = start - 1
        while k > left, predicateFillers.contains(a.tokens[k].lower) { k -= 1 }
        guard k > left, ["but", "and", "yet"].contains(a.tokens[k].lower) else { return false }
        // ("could station troops … after a ceasefire but would not send soldiers": "but" with no
        // subject after it goes on with the same one, comma or not.)
        return a.tokens[k - 1].lower == "," || L.speechVerbs.contains(a.tokens[k - 1].lower) || a.tokens[k].lower != "and"
    }
    /// With no subject to act: the donor the object names. "Rheinmetall said it had handed over
    /// two of 12 Skyranger systems financed for Ukraine by the Netherlands", "the Treasury had
    /// disbursed the final tranche of Britain's £2.26 billion share", "60,000 recruits have been
    /// trained in Britain".
    static func donorInObject(_ a: SentenceAnalysis, status s: StatusHit, upTo right: Int) -> ActorMention? {
        guard [.delivered, .allocated, .pledged].contains(s.status), s.end < a.tokens.count else { return nil }
        // (The participle "financed … by" may itself read as a trigger; it describes the goods.)
        let participle = right < a.tokens.count && payerParticiples.contains(a.tokens[right].lower)
        let end = min(participle ? a.tokens.count : right, a.tokens.count, s.end + 25)
        let eligible = { (m: ActorMention) in !m.isUkraineOrRussia && m.kind != .group && m.kind != .demonym }
        if a.tokens[s.end - 1].lower == "trained", a.tokens[s.end].lower == "in",
           let place = a.actors.first(where: { $0.start == s.end + 1 && $0.kind == .state && eligible($0) }) {
            return place
        }
        for k in s.end..<end where a.tokens[k].lower == "by" && k >= 1 {
            // ("300 interceptor drones financed by the Netherlands": the trigger may be the payer's word itself.)
            guard (max(s.start, k - 3)..<k).contains(where: { payerParticiples.contains(a.tokens[$0].lower) }) else { continue }
            if let payer = a.actors.first(where: { $0.start > k && $0.start <= k + 2 && eligible($0) }) { return payer }
        }
        return a.actors.first { m in
            m.start >= s.end && m.end + 1 < end && a.tokens[m.end].lower == "'s" && eligible(m)
                && a.tokens[(m.end + 1)..<min(end, m.end + 7)].contains { ["share", "contribution", "portion", "tranche"].contains($0.lower) }
        }
    }

    /// "Patriot missiles bought for Ukraine with German and Dutch money had arrived": the nations
    /// whose money paid for goods whose verb has no party of its own.
    static func payersWithMoney(_ a: SentenceAnalysis, status s: StatusHit) -> [ActorMention] {
        guard [.delivered, .allocated, .pledged].contains(s.status) else { return [] }
        // (Only near the verb: "… earmarked for military aid, while Britain … with British money"
        // is another clause's.)
        for k in max(0, s.start - 12)..<min(a.tokens.count, s.end + 12) where a.tokens[k].lower == "with" {
            var j = k + 1
            var payers: [ActorMention] = []
            while j < a.tokens.count {
                if let m = a.actors.first(where: { $0.start == j && !$0.isUkraineOrRussia && ($0.kind == .demonym || $0.kind == .state) }) {
                    payers.append(m)
                    j = m.end
                    if j < a.tokens.count, a.tokens[j].lower == "'s" { j += 1 }
                } else if !payers.isEmpty, [",", "and"].contains(a.tokens[j].lower) {
                    j += 1
                } else {
                    break
                }
            }
            if !payers.isEmpty, j < a.tokens.count, ["money", "funds", "funding", "financing", "cash", "contributions"].contains(a.tokens[j].lower) {
                return payers
            }
        }
        return []
    }

    /// "… had handed over the jets, but said there were no plans to send more": the report is a
    /// second predicate of the sentence's subject, so what it reports is that subject's too.
    static func coordinatedReport(_ a: SentenceAnalysis, at start: Int, after left: Int) -> Bool {
        guard let speech = (left..<start).last(where: { L.speechVerbs.contains(a.tokens[$0].lower) }),
              coordinatedPredicate(a, at: speech, after: left),
              !a.actors.contains(where: { $0.start > speech && $0.start < start }) else { return false }
        return !a.tokens[(speech + 1)..<start].contains { ["he", "she", "it", "they", "we"].contains($0.lower) || clauseBoundaries.contains($0.lower) }
    }

    static let predicateFillers: Set<String> = [
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "may", "might", "also", "instead",
        "later", "since", "already", "then", "now", "still", "not", "been",
    ]

    /// Whether a reporting verb or "that" separates two triggers (then the second has its own subject).
    static func crossesReport(_ a: SentenceAnalysis, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        return (from..<to).contains { k in
            L.speechVerbs.contains(a.tokens[k].lower) || a.tokens[k].lower == "that"
                || (clauseBoundaries.contains(a.tokens[k].lower) && !prepositional(a, at: k, before: to))
        }
    }
}
