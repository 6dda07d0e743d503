import MusterCore

/// Reads a document's sentences and returns the commitments, events and incidents they report
/// (spec/claims.md). Pure and deterministic: the same sentences and date give the same claims.
public struct ClaimExtractor: Sendable {
    public let reference: ReferenceData
    /// Scores the rules' commitments for the review queue; nil leaves them unscored.
    public let model: ClaimModel?

    public init(reference: ReferenceData = .bundled, model: ClaimModel? = .bundled) {
        self.reference = reference
        self.model = model
    }

    /// Claims from sentences already split (for example by ingest).
    /// (Unscored: the confidence is not part of a claim, so the candidates are not read.)
    public func extract(sentences: [Sentence], published: Day?, title: String? = nil) -> [Claim] {
        read(sentences: sentences, published: published, title: title, candidates: false).claims.map(\.claim)
    }

    /// Claims from a document's text, split into sentences by the same splitter ingest uses.
    public func extract(text: String, published: Day?) -> [Claim] {
        extract(sentences: SentenceSplitter().split(text), published: published)
    }

    /// Claims from a document's text with the words that triggered them.
    public func explain(text: String, published: Day?) -> [ExplainedClaim] {
        explain(sentences: SentenceSplitter().split(text), published: published)
    }

    /// Each sentence analysed, with the document-level readings applied: bare titles and capitals
    /// resolved against the state the document is about (the headline helps tell which), and
    /// country-by-country list items. The claims and the trace both start here.
    func resolvedAnalyses(sentences: [Sentence], published: Day?, title: String?) -> [SentenceAnalysis] {
        var analyses = sentences.map { SentenceAnalysis($0, reference: reference, published: published) }
        let headline = title.map { SentenceAnalysis(Sentence(start: 0, end: $0.utf8.count, text: $0), reference: reference, published: published) }
        HomeOffices.resolveAll(&analyses, headline: headline)
        ListItems.resolveAll(&analyses, home: HomeOffices.home(analyses, headline: headline))
        return analyses
    }

    /// Claims with, for each, the words that gave its actor, category, status and amount.
    /// `title`, the headline, gives no claims of its own but tells which state a report about one
    /// state is about ("Estonia to send more shells … The defence minister said …").
    public func explain(sentences: [Sentence], published: Day?, title: String? = nil) -> [ExplainedClaim] {
        let read = read(sentences: sentences, published: published, title: title, candidates: model != nil)
        guard let model else { return read.claims }
        return model.scored(read.claims, candidates: read.candidates)
    }

    /// The candidate commitments of a document with their features and keys, one JSON object per
    /// line, for `scripts/train-claim-model.py` (`muster extract --candidates`).
    public func candidateLines(sentences: [Sentence], published: Day?, title: String? = nil) -> [String] {
        read(sentences: sentences, published: published, title: title, candidates: true).candidates.map { c in
            JSONValue.object([("key", .string(c.key)), ("sentence", .number(Double(c.sentence))),
                              ("f", .array(c.features.map { .string($0) }))]).serialized()
        }
    }

    /// A correction notice: "Correction, Feb. 6: …", "An earlier version of the 16:40 entry said …".
    static func correctionNotice(_ a: SentenceAnalysis) -> Bool {
        let words = a.tokens.map(\.lower)
        if words.count > 1, words[0] == "correction", [":", ",", "—", "-"].contains(words[1]) { return true }
        return words.indices.dropLast(3).contains { k in
            words[k] == "earlier" && words[k + 1] == "version" && words[k + 2] == "of" && (k == 0 || ["an", ":"].contains(words[k - 1]))
        }
    }

    /// An explainer's subheading told as an indirect question ("How the money will be spent",
    /// "What the loan will pay for"): it announces the paragraphs below and commits no one.
    static func questionHeading(_ a: SentenceAnalysis) -> Bool {
        guard let first = a.tokens.first, let last = a.tokens.last else { return false }
        return ["how", "what", "why", "where", "when", "who"].contains(first.lower) && a.tokens.count <= 9 && last.isWord
    }

    /// The rules' claims and, when asked, every candidate commitment with its features.
    func read(sentences: [Sentence], published: Day?, title: String?, candidates collect: Bool)
        -> (claims: [ExplainedClaim], candidates: [ClaimCandidate]) {
        let analyses = resolvedAnalyses(sentences: sentences, published: published, title: title)
        // Muster's claims are about the war in Ukraine: a text that never names Ukraine or
        // Russia (a page about car tariffs) yields none.
        let onTopic = analyses.contains { analysis in analysis.actors.contains { $0.isUkraineOrRussia } }
        guard onTopic else { return ([], []) }
        var candidates: [ClaimCandidate] = []
        var ruledBefore: Set<String> = []
        var context = DocumentContext(published: published, analyses: analyses)
        var commitments: [ExplainedClaim] = []
        var events: [EventRules.Mention] = []
        var parts: [IncidentRules.Part] = []
        var lastEventSentence = Int.min
        // "Defence Minister Tore O. Sandvik … Sandvik made the announcement after talks with his
        // Ukrainian counterpart": the surname of a person named in full earlier speaks for the
        // same party when it opens an event sentence.
        var surnames: [String: (ActorCode, String)] = [:]
        var lastPerson: (sentence: Int, party: Party)?
        // Each state's first person the document names, for the summits of the bodies they belong to.
        var leaders: [(ActorCode, String)] = []
        var lastSubject: (sentence: Int, party: Party)?
        for (index, analysis) in analyses.enumerated() {
            // (The context as the sentence found it, kept only when candidates are read: a copy
            // the rules then change costs a real copy per sentence.)
            let contextBefore = collect ? context : nil
            // "Correction: An earlier version of this article said Italy would contribute troops":
            // what a page says it got wrong is no one's undertaking.
            let found = Self.correctionNotice(analysis) || Self.questionHeading(analysis) ? [] : CommitmentRules.commitments(in: analysis, context: &context)
            commitments += found
            if let contextBefore {
                let ruled = Set(found.compactMap { explained -> String? in
                    guard case .commitment(let c) = explained.claim else { return nil }
                    return ClaimCandidates.key(c.actor, c.actorCount, c.category, c.status)
                })
                candidates += ClaimCandidates.candidates(in: analysis, sentence: index, ruled: ruled, ruledBefore: ruledBefore, context: contextBefore)
                ruledBefore.formUnion(ruled)
            }
            if var event = EventRules.mention(in: analysis) {
                // "they held a call with Trump": they are the parties of the event just reported.
                if event.pronounSubject, let previous = events.last {
                    for (code, trigger) in zip(previous.participants, previous.triggers) where !event.participants.contains(code) {
                        event.participants.append(code)
                        event.triggers.append(trigger)
                    }
                    event.official = event.official || previous.official
                    // With no day of its own it continues the occasion just told.
                    if event.date == nil, event.dateLabel == nil {
                        event.date = previous.date
                        event.dateLabel = previous.dateLabel
                    }
                }
                // "The previous meeting took place in Paris on 14 November 2025": an earlier round
                // of the format just told, among its parties, on its own day.
                if event.participants.count < 2, event.date != nil, let previous = events.last(where: { $0.participants.count >= 2 }), previous.date != event.date,
                   EventRules.earlierRound(analysis.tokens.map(\.lower)) {
                    for (code, trigger) in zip(previous.participants, previous.triggers) where !event.participants.contains(code) {
                        event.participants.append(code)
                        event.triggers.append(trigger)
                    }
                    event.official = event.official || previous.official
                }
                // "… told the contact group on Wednesday. The meeting was chaired by …", "Robles
                // announced on Thursday … She made the announcement after a videoconference of …":
                // an occasion with no day of its own, in a sentence not about earlier news, happened
                // on the day the nearest sentence before (of the last three) named.
                // An occasion told as such takes that day at once; one only referred to ("after the
                // talks") keeps it in reserve, for when no mention it merges with gives a day.
                // ("… joined a video conference on Monday night. "We have said …," he told reporters
                // on Tuesday. The call, hosted by …": a definite occasion is the one a sentence told
                // with its day, not the day someone spoke since.)
                let dated = { (previous: SentenceAnalysis) in (previous.dates.namedDay ?? nil) != nil }
                let toldOccasion = { (previous: SentenceAnalysis) in
                    dated(previous) && previous.tokens.contains { EventRules.meetingNouns.contains($0.lower) || EventRules.callNouns.contains($0.lower) }
                }
                if event.date == nil, event.dateLabel == nil, !event.earlier,
                   let previous = (event.definite ? analyses[max(0, index - 3)..<index].last(where: toldOccasion) : nil)
                    ?? analyses[max(0, index - 3)..<index].last(where: dated),
                   !previous.dates.pointsToThePast, var day = previous.dates.namedDay {
                    if let named = day, EventRules.concludedEarly(previous.tokens.map(\.lower), previous.dates) { day = named.adding(days: -1) }
                    if !event.reference || (event.definite && previous.sentence.text == analyses[index - 1].sentence.text) {
                        event.date = day
                        event.dateLabel = previous.dates.namedLabel
                    } else {
                        event.fallbackDate = day
                    }
                }
                // "A day earlier, Ukrainian officials held talks with the American team": a day
                // counted from the occasion just told.
                if let shift = event.daysFromPrevious, let base = events.last?.date {
                    event.date = base.adding(days: shift)
                    event.dateLabel = nil
                    event.earlier = false
                }
                // "He told the House that he had co-chaired the meeting", "…, he told reporters at a
                // meeting of …": he is the party just named.
                let opensWithPronoun = analysis.tokens.first.map { ["he", "she"].contains($0.lower) } ?? false
                // "Zelenskyy arrived in Berlin on Sunday. He met Merz": with no other party just
                // named, he is the last person named, Ukraine's and Russia's included.
                if opensWithPronoun || event.speakerPronoun,
                   // ("Zelensky says he spoke to …": the person the sentence itself names first.)
                   let party = analysis.actors.first(where: { $0.kind == .person && analysis.tokens[..<$0.start].allSatisfy { !["he", "she"].contains($0.lower) } })
                    .map({ Party(code: $0.code, count: nil, trigger: $0.trigger) })
                    ?? lastSubject.flatMap({ index - $0.sentence <= 2 ? $0.party : nil })
                    ?? context.lastParty ?? lastPerson.flatMap({ index - $0.sentence <= 2 ? $0.party : nil }),
                   !event.participants.contains(party.code) {
                    event.participants.append(party.code)
                    event.triggers.append(party.trigger)
                }
                // "EU leaders agreed … The leaders met in Brussels": the party named with the same
                // head noun in the last sentences before.
                if let noun = event.groupSubject,
                   let antecedent = analyses[max(0, index - 3)..<index].last(where: { previous in
                       previous.actors.contains { $0.kind != .group && $0.trigger.lowercased().hasSuffix(" " + noun) }
                   }) {
                    for m in antecedent.actors where m.kind != .group && !event.participants.contains(m.code)
                        && m.trigger.lowercased().hasSuffix(" " + noun) {
                        event.participants.append(m.code)
                        event.triggers.append(m.trigger)
                        event.official = true
                    }
                }
                var first = 0
                if let opening = analysis.tokens.first?.lower, ["mr", "ms", "mrs"].contains(opening) { first = 1 }
                if first < analysis.tokens.count, !analysis.actors.contains(where: { $0.start <= first && $0.end > first }),
                   let (code, trigger) = surnames[analysis.tokens[first].text], !event.participants.contains(code) {
                    event.participants.append(code)
                    event.triggers.append(trigger)
                    event.official = true
                }
                // "Pevkur discussed the plans with his British counterpart": the party just spoken of.
                if event.counterpartSubject, event.participants.count < 2, let party = context.lastParty, !event.participants.contains(party.code) {
                    event.participants.append(party.code)
                    event.triggers.append(party.trigger)
                    event.official = true
                }
                // (One-to-one meetings "on the margins of the meeting" with no day of their own were
                // held on the day of the occasion they name: the first dated one of that name, else
                // the last dated one.)
                let words = Set(analysis.tokens.map(\.lower))
                let occasionDay = (events.first(where: { $0.date != nil && words.contains($0.noun) }) ?? events.last(where: { $0.date != nil }))?.date
                // ("On the sidelines of the summit, the prime ministers held a video call with
                // Zelensky": an occasion on the margins of another is on its day.)
                let margins = words.contains("sidelines") || words.contains("margins")
                events += EventRules.bilateralSplit(event, analysis).map { one in
                    var one = one
                    if one.bilateral || margins, one.date == nil, let occasionDay { one.date = occasionDay }
                    return one
                }
                lastEventSentence = index
            } else if !events.isEmpty, index - lastEventSentence <= 2, let attendees = EventRules.attendees(in: analysis) {
                // "Among them were …": the parties join the occasion just told.
                let last = events.count - 1
                for (code, trigger) in attendees where !events[last].participants.contains(code) {
                    events[last].participants.append(code)
                    events[last].triggers.append(trigger)
                }
                events[last].official = true
                lastEventSentence = index
            }
            for m in analysis.actors where m.kind == .person && !leaders.contains(where: { $0.0 == m.code }) {
                leaders.append((m.code, m.trigger))
            }
            if let person = analysis.actors.last(where: { $0.kind == .person || $0.kind == .office }) {
                lastPerson = (index, Party(code: person.code, count: nil, trigger: person.trigger))
            }
            // "Zelenskyy spoke with Macron on Sunday. Later that day he also spoke with Merz": "he"
            // is the person who opened the sentence before, not the one he spoke with.
            if let first = analysis.actors.first, first.start <= 1, first.kind == .person {
                lastSubject = (index, Party(code: first.code, count: nil, trigger: first.trigger))
            } else if !analysis.actors.isEmpty {
                lastSubject = nil
            }
            for m in analysis.actors where m.kind == .person && m.end - m.start >= 2 {
                surnames[analysis.tokens[m.end - 1].text] = (m.code, m.trigger)
            }
            // "Austrian Chancellor Hanna Berger": a title and a name after a government demonym.
            for m in analysis.actors where m.kind == .demonym && m.governmentForm {
                var k = m.end
                while k < analysis.tokens.count, analysis.tokens[k].isWord, analysis.tokens[k].isCapitalized { k += 1 }
                let last = analysis.tokens[k - 1].lower
                if k - m.end >= 2, ActorMatcher.titleWords.contains(analysis.tokens[m.end].lower), !ActorMatcher.titleWords.contains(last) {
                    surnames[analysis.tokens[k - 1].text] = (m.code, text(analysis.tokens, m.start..<k))
                }
            }
            parts += IncidentRules.parts(in: analysis, reference: reference, attackDay: context.attackDay, sentence: index)
            context.absorb(analysis)
        }
        let leadQuotes = Set(sentences.prefix(2).map(\.text))
        let merged = ClaimMerger.dropLeadSummaries(ClaimMerger.foldTroopsConsidered(ClaimMerger.mergeCommitments(commitments)), leadQuotes: leadQuotes)
        return (merged + EventRules.merge(events, leaders: leaders, members: reference.members, published: context.published) + IncidentRules.merge(parts), candidates)
    }
}
