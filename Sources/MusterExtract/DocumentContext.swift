import MusterCore

/// A party a claim is attributed to: an actor code and, for groups, the count of states.
struct Party: Hashable, Sendable {
    var code: ActorCode
    var count: Int?
    var trigger: String
}

/// What earlier sentences of the document established, for sentences that lean on them ("The
/// first batch has already been delivered", "Kyiv already received …").
struct DocumentContext: Sendable {
    var published: Day?
    /// The last state or organisation (not Ukraine or Russia) the text named.
    var lastParty: Party? {
        get { sentencesSinceParty <= 2 ? recentParty : nil }
        set { recentParty = newValue }
    }
    private var recentParty: Party?
    /// Sentences since the text last named a party: leaning on one further back misattributes.
    private var sentencesSinceParty = 0
    /// Parties and status of the last commitment, for "the package includes …".
    var lastCommitment: (parties: [Party], status: CommitmentStatus, trigger: String)?
    /// The category of the first commitment of the last sentence that gave any: "the deal" in
    /// the next sentence is that undertaking (the sale of missiles, not the support equipment).
    var lastCommitmentCategory: MusterCore.Category?
    /// The last commitment whose sentence named a package: "the package also contains …"
    /// takes *its* status, not that of a delivery reported in between.
    var lastPackage: (parties: [Party], status: CommitmentStatus, trigger: String)?
    /// States and organisations named so far: "the three Scandinavian countries" points back at
    /// them when there are at least three.
    var named: Set<ActorCode> = []
    /// The category the document talks about most, for "pledged they would be involved in that
    /// effort".
    var topic: MusterCore.Category?
    /// The document is about military aid (money without an object becomes `equipment`).
    var military = false
    /// The category the last two sentences spoke of ("… a loan backed by the assets. Belgium
    /// would agree only if …"): nearer than the document's topic.
    var recentCategory: MusterCore.Category? { sentencesSinceCategory <= 2 ? lastCategory : nil }
    private var lastCategory: MusterCore.Category?
    private var sentencesSinceCategory = 99
    /// The document reports a summit of the EU's leaders ("European Council", "EU summit", "EU
    /// leaders"): there, "leaders" on their own are the Union's.
    var euSummit = false
    /// The document speaks of sanctions somewhere ("a 20th package" is then a sanctions round).
    var sanctionsMentioned = false
    /// The day of the attack the document reports, for incident sentences that give none.
    var attackDay: Day?
    /// What each scheme the text named buys ("the Czech-led ammunition initiative" → ammunition),
    /// for later money paid "to the initiative".
    var schemes: [String: MusterCore.Category] = [:]
    static let schemeNouns: Set<String> = ["initiative", "scheme", "mechanism", "programme", "program", "coalition", "fund"]
    /// Why status triggers gave no commitment, collected only for `muster extract --trace`.
    var joinNotes: [String]?

    init(published: Day?, analyses: [SentenceAnalysis]) {
        self.published = published
        var counts: [MusterCore.Category: Int] = [:]
        var order: [MusterCore.Category] = []
        var militaryWords = 0
        for analysis in analyses {
            for hit in analysis.categories {
                if counts[hit.category] == nil { order.append(hit.category) }
                if hit.category == .sanctions { sanctionsMentioned = true }
                counts[hit.category, default: 0] += 1
                if hit.category != .financial, hit.category != .sanctions, hit.category != .humanitarian { militaryWords += 1 }
            }
            for token in analysis.tokens where token.classes.contains(.militaryWord) { militaryWords += 1 }
        }
        // Token pairs, not substring searches: this runs on every sentence of every document.
        // ("Coalition members will …", "the Coalition welcomes …": a coalition's statement that
        // cites a European Council decision is not an EU summit; its "leaders" are the coalition's.)
        var euSummitPhrases = 0, coalitionWords = 0
        for a in analyses {
            for k in a.tokens.indices.dropLast() {
                let first = a.tokens[k].lower, second = a.tokens[k + 1].lower
                if (first == "european" && second == "council") || (first == "eu" && (second == "summit" || second == "leaders"))
                    || (first == "union" && second == "leaders") {
                    euSummitPhrases += 1
                }
                if first == "coalition", a.tokens[k].isCapitalized || second == "of" || second == "members" { coalitionWords += 1 }
            }
        }
        euSummit = euSummitPhrases > 0 && coalitionWords <= euSummitPhrases
        topic = order.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
        if let best = topic { topic = order.first { counts[$0] == counts[best] } }
        military = militaryWords >= 2
        attackDay = IncidentRules.attackDay(analyses)
    }

    /// The states (and organisations) each of the last eight sentences named, in order, the
    /// latest last: "The three leaders also reaffirmed …" points back at the sentence that named
    /// three leaders' states.
    var recentStates: [[Party]] = []

    /// The states the later of the last two sentences that named two or more named together:
    /// what a plural "they" or "we" just told stands for.
    var statesNamedTogether: [Party]? { recentStates.suffix(2).last { $0.count >= 2 } }

    /// The states a counted pointing group at the start of a sentence ("The three leaders", "the
    /// two governments") stands for when it names none before it: those of the latest of the last
    /// eight sentences that named exactly as many.
    func antecedentsInRecentSentences(of group: ActorMention, _ a: SentenceAnalysis) -> [Party]? {
        guard group.anaphoric, let count = group.count, count >= 2,
              !a.actors.contains(where: { $0.end <= group.start && !$0.isUkraineOrRussia }) else { return nil }
        return recentStates.last { $0.count == count }
    }

    /// The states a joint statement speaks for, while the text is that statement ("We, the
    /// Foreign Ministers of France, Germany, Poland and the United Kingdom, condemn …"): its
    /// "we will …" is each of theirs, not the last party named.
    var jointVoice: [Party]?
    /// "…, the Ministers issued the following joint statement:" opened `jointVoice` for the
    /// states just named; it stays open only if the next sentence opens with "we".
    private var voiceAnnounced = false

    mutating func absorb(_ analysis: SentenceAnalysis) {
        var states: [Party] = []
        for m in analysis.actors where !analysis.aside[m.start] && [.state, .capital, .person, .office, .demonym].contains(m.kind)
            && !m.isUkraineOrRussia && !m.code.isGroup && (m.kind != .demonym || m.governmentForm) && !states.contains(where: { $0.code == m.code }) {
            states.append(Party(code: m.code, count: nil, trigger: m.trigger))
        }
        followJointVoice(analysis, states: states)
        recentStates.append(states)
        if recentStates.count > 8 { recentStates.removeFirst() }
        // "the ammunition initiative", "the Czech-led initiative that has supplied Ukraine with
        // ammunition", "Under the scheme, … delivered 1.8 million rounds": the first goods named
        // near a scheme are what it buys.
        for (k, token) in analysis.tokens.enumerated() where Self.schemeNouns.contains(token.lower) && schemes[token.lower] == nil {
            let near = analysis.categories.filter { $0.category != .financial && $0.category != .troops && abs($0.start - k) <= 12 }
            if let nearest = near.min(by: { abs($0.start - k) < abs($1.start - k) }) { schemes[token.lower] = nearest.category }
        }
        sentencesSinceParty += 1
        sentencesSinceCategory += 1
        if let last = analysis.categories.last {
            lastCategory = last.category
            sentencesSinceCategory = 0
        }
        for mention in analysis.actors where !analysis.aside[mention.start] {
            guard mention.kind != .group, !mention.isUkraineOrRussia else { continue }
            if mention.kind == .demonym, !mention.governmentForm { continue }
            named.insert(mention.code)
            // "… deployed in Britain to train recruits. Smaller teams have provided …": a place is
            // not the party a following sentence leans on.
            if CommitmentRules.agentive(mention, analysis) == nil { continue }
            recentParty = Party(code: mention.code, count: nil, trigger: mention.trigger)
            sentencesSinceParty = 0
            named.insert(mention.code)
        }
    }

    /// Opens, carries and closes `jointVoice` as the text enters and leaves a joint statement.
    private mutating func followJointVoice(_ a: SentenceAnalysis, states: [Party]) {
        let words = a.tokens.map(\.lower)
        let opening = words.first == "\"" ? 1 : 0
        let opensWithWe = words.count > opening && words[opening] == "we"
        // (The apposition runs to the comma after its list: "of A, B and C,".)
        if opensWithWe, words.count > opening + 2, words[opening + 1] == ",", words[opening + 2] == "the",
           let close = words.indices.last(where: { k in k > opening + 2 && words[k] == "," && a.actors.contains { $0.end == k } }) {
            let named = a.actors.filter { $0.start > opening + 2 && $0.end <= close && $0.kind == .state && !$0.isUkraineOrRussia }
            var voice: [Party] = []
            for m in named where !voice.contains(where: { $0.code == m.code }) { voice.append(Party(code: m.code, count: nil, trigger: m.trigger)) }
            if voice.count >= 2 { jointVoice = voice }
        } else if voiceAnnounced, !opensWithWe {
            jointVoice = nil
        }
        voiceAnnounced = false
        // "…, the Ministers issued the following joint statement:" (the states in this sentence or
        // the one before). Set now, as the next sentence is read before it is absorbed.
        if words.last == ":", zip(words, words.dropFirst()).contains(where: { $0.0 == "joint" && ["statement", "declaration", "communique", "communiqué"].contains($0.1) }),
           let signatories = [states, recentStates.last ?? []].first(where: { $0.count >= 2 }) {
            jointVoice = signatories
            voiceAnnounced = true
        }
        // The statement ends with its closing quotation mark.
        if words.count > 1, words.last == "\"" { jointVoice = nil }
    }
}
