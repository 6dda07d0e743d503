import MusterCore

/// What a commitment is about, found by the category lexicon.
struct CategoryHit: Sendable {
    var start: Int
    var end: Int
    var category: MusterCore.Category
    var carriesMoney: Bool
    var trigger: String
}

/// One sentence with everything the stages found in it: the input of the claim rules.
struct SentenceAnalysis: Sendable {
    var sentence: Sentence
    var tokens: [Token]
    var actors: [ActorMention]
    var categories: [CategoryHit]
    var quantities: [QuantityMention]
    var statuses: [StatusHit]
    var dates: [DateMention]
    /// The document's published day, to count back from ("a day after the talks").
    var published: Day?
    /// Tokens inside a parenthetical ("—part of a broader coalition—", "(US$577 million)").
    var aside: [Bool]
    /// The party a country-by-country list item names before its colon ("Canada: 80 armoured
    /// vehicles delivered; a further C$500 million pledged"): who acts on the item's verbs when
    /// no subject of their own stands before them. Set by `ListItems`.
    var listLabel: ActorMention?
    /// The label's other parties when it names several jointly ("Denmark / Norway / Sweden
    /// (joint):"): they give the item together with `listLabel`.
    var listJoint: [ActorMention] = []
    /// The stage each column names, for a row of a table whose columns are stages ("Donor |
    /// System | Pledged | Delivered"). Set by `ListItems`; read by `TableColumns`.
    var tableStages: [CommitmentStatus?]?
    /// For an item of a list under a stage heading ("Recently delivered", then "155mm artillery
    /// ammunition (30,000 rounds)"): the heading's stage and the state the page is about, who
    /// gives the items. Set by `ListItems`; read by `CommitmentRules.sentenceLevelClaims`.
    var headedList: (status: StatusHit, party: ActorCode)?

    static let modifierBlockers: Set<String> = [
        "attack", "attacks", "strike", "strikes", "production", "industry", "manufacturers", "manufacturer",
        "factory", "factories", "threat", "threats", "war", "warfare", "broadsides", "alert", "barrage", "raid",
        "raids", "operators", "makers",
    ]

    init(_ sentence: Sentence, reference: ReferenceData, published: Day?) {
        self.sentence = sentence
        let tokens = Tokenizer.tokenize(sentence.text)
        self.tokens = tokens
        let actors = ActorMatcher(reference: reference).mentions(in: tokens, on: published)
        self.actors = actors
        let states = actors.filter { $0.kind != .organisation && $0.kind != .group }.map(\.code.rawValue)
        self.quantities = QuantityParser(reference: reference, sentenceStates: states).quantities(in: tokens)
        var statuses = StatusFinder.hits(in: tokens, mentionEnds: Set(actors.map(\.end)))
        self.dates = DateExpressions.find(in: tokens, published: published)
        self.published = published
        self.aside = SentenceAnalysis.asides(tokens, actors)
        let categories = SentenceAnalysis.categories(tokens, actors, reference)
        self.categories = categories
        if categories.contains(where: { $0.category == .sanctions }) {
            statuses = StatusFinder.withSanctionsVerbs(statuses, tokens, actors)
        }
        // "weapons sent to Ukraine", "the aid delivered last year": a participle right after the
        // thing it describes reports no decision of its own.
        let objectEnds = Set(categories.map(\.end))
        let moneyEnds = Set(self.quantities.filter { $0.kind == .money }.map(\.end))
        // ", paid for from the defence budget": the same participle after a comma.
        // ", paid for by Berlin and delivered from US production": participles coordinated in a
        // passive adjunct after a comma all describe the noun before it.
        var zones: [Range<Int>] = []
        for (index, token) in tokens.enumerated() where token.lower == "," && index + 2 < tokens.count {
            let word = tokens[index + 1].lower
            guard SentenceAnalysis.participles.contains(word) || (word.hasSuffix("ed") && StatusLexicon.verbs[word] == nil) else { continue }
            guard ["by", "from", "with", "through", "under", "via", "for"].contains(tokens[index + 2].lower) else { continue }
            let end = tokens[(index + 1)...].firstIndex { [",", ";", ":", "—"].contains($0.lower) } ?? tokens.count
            zones.append((index + 1)..<end)
        }
        func inAdjunctZone(_ start: Int) -> Bool {
            zones.contains { $0.contains(start) } && SentenceAnalysis.participles.contains(tokens[start].lower)
        }
        let kept = statuses.filter { hit in
            // "approved a new Extended Fund Facility": a capitalised word inside a named instrument
            // is part of its name, not a verb.
            if hit.start > 0, tokens[hit.start].isCapitalized, categories.contains(where: { $0.start <= hit.start && hit.start < $0.end && $0.end - $0.start >= 2 }) {
                return false
            }
            if SentenceAnalysis.describesPrepositionalNoun(tokens, hit) { return false }
            guard SentenceAnalysis.participles.contains(tokens[hit.start].lower) else { return true }
            // (", possibly stationed in …": an adverb may stand between.)
            let afterComma = hit.start >= 1 && (tokens[hit.start - 1].lower == "," && objectEnds.contains(hit.start - 1)
                || (hit.start >= 2 && tokens[hit.start - 1].lower.hasSuffix("ly") && tokens[hit.start - 2].lower == ","))
            // ", financed by the cash balances …", ", backed by …": a participle adjunct describes
            // the noun phrase before the comma.
            // ("Japan, a G7 member, pledged to help with demining": a verb phrase of several words
            // after an aside is the subject's verb, not an adjunct.)
            let adjunct = hit.start >= 1 && tokens[hit.start - 1].lower == "," && hit.end < tokens.count && hit.end == hit.start + 1
                && ["by", "from", "with", "through", "under", "via"].contains(tokens[hit.end].lower)
            // "heating points funded by Estonia have been rolled out": a reduced relative, whose
            // agent acts through the clause's own verb.
            // ("The price cap was first introduced by the G7": an adverb may stand after the auxiliary.)
            var auxiliary = hit.start - 1
            while auxiliary > 0, StatusLexicon.adverbs.contains(tokens[auxiliary].lower) || StatusLexicon.sequenceAdverbs.contains(tokens[auxiliary].lower) {
                auxiliary -= 1
            }
            let reduced = hit.end < tokens.count && tokens[hit.end].lower == "by" && hit.start >= 1
                && !StatusLexicon.be.contains(tokens[max(0, auxiliary)].lower) && !["has", "have", "had"].contains(tokens[max(0, auxiliary)].lower)
            // "Patriot systems delivered by Germany last year helped repel …": with a named agent
            // and no later trigger to act through, the participle is the only report of the deed.
            // ("with an initial €220 million committed by Italy and Germany": a sum, too.)
            let agentOnly = hit.end + 2 < tokens.count && tokens[hit.end].lower == "by"
                && (objectEnds.contains(hit.start) || moneyEnds.contains(hit.start))
                && actors.contains { m in m.kind != .group && m.kind != .demonym
                    && (m.start == hit.end + 1 || (m.start == hit.end + 2 && tokens[hit.end + 1].lower == "the")) }
                && !statuses.contains { $0.start > hit.end }
            if agentOnly { return true }
            // ("The ammunition initiative delivered about 1.8 million shells": a participle with a
            // counted object of its own is the clause's verb, even right after a category's noun.)
            let ownCountedObject = hit.end == hit.start + 1 && StatusFinder.countedObject(tokens, after: hit.start)
            return !((objectEnds.contains(hit.start) && !ownCountedObject) || afterComma || adjunct || reduced || inAdjunctZone(hit.start))
        }
        // "could send ammunition for the jets it has already delivered": the main verb governs
        // its object; the relative clause's verb speaks only of the head noun it describes.
        self.statuses = SentenceAnalysis.droppingHabitsAndSuperseded(kept, tokens).enumerated().map { index, hit in
            var hit = hit
            // "the first 40 of the vehicles … had arrived": goods arriving are delivered by their
            // donor, not received by a party.
            if hit.recipientSubject, tokens[hit.start].lower == "arrived",
               categories.contains(where: { $0.end <= hit.start && hit.start - $0.end <= 8 && !tokens[$0.end..<hit.start].contains { [",", "that"].contains($0.lower) } }) {
                hit.recipientSubject = false
            }
            // (The first trigger too when a reporting verb is the main clause: "Spain said the tanks
            // it promised had arrived".)
            if index > 0 || tokens[..<hit.start].contains(where: { StatusLexicon.speechVerbs.contains($0.lower) }) {
                hit.relativeHead = SentenceAnalysis.relativeHead(tokens, before: hit.start)
            }
            return hit
        }
    }

    /// "which traditionally adopts EU measures": what a party usually does is no decision.
    static let habitualAdverbs: Set<String> = ["traditionally", "usually", "normally", "typically", "routinely", "customarily"]

    /// Drops a trigger told as a habit ("usually adopts"), and a readiness inside a relative
    /// clause after its party ("Australia, which had said it was open to contributing, has since
    /// ruled out …") when the main verb says the party has since refused. (An offer since
    /// cancelled stays: it was held, then taken back.)
    static func droppingHabitsAndSuperseded(_ hits: [StatusHit], _ tokens: [Token]) -> [StatusHit] {
        var hits = hits.filter { hit in
            !(max(0, hit.start - 2)..<hit.start).contains { habitualAdverbs.contains(tokens[$0].lower) }
        }
        guard let later = hits.first(where: { hit in
            hit.start >= 2 && tokens[hit.start - 1].lower == "since" && ["has", "have", "had"].contains(tokens[hit.start - 2].lower)
                && hit.status == .declined
        }) else { return hits }
        guard let open = tokens[..<later.start].indices.first(where: { k in
            k + 1 < later.start && tokens[k].lower == "," && ["which", "who"].contains(tokens[k + 1].lower)
        }), let close = tokens[(open + 2)..<later.start].lastIndex(where: { $0.lower == "," }) else { return hits }
        hits.removeAll { $0.start > open && $0.start < close && $0.status == .considering }
        return hits
    }

    static let relativeSubjects: Set<String> = ["it", "they", "we", "he", "she", "that", "which"]
    static let relativeAuxiliaries: Set<String> = [
        "has", "have", "had", "was", "were", "is", "are", "been", "already", "previously", "recently", "earlier",
        "just", "once", "first", "also",
    ]

    /// Reporting gerunds: "…, saying he could impose sanctions" opens a reported clause.
    static let speechGerunds: Set<String> = [
        "saying", "adding", "warning", "arguing", "insisting", "noting", "stressing", "telling", "stating", "explaining",
    ]

    /// Where the head noun ends when the words before a trigger read "<noun> (that|it|they)
    /// (has already) <trigger>"; nil when the trigger opens no relative clause.
    static func relativeHead(_ tokens: [Token], before start: Int) -> Int? {
        var k = start - 1
        while k >= 0, relativeAuxiliaries.contains(tokens[k].lower) { k -= 1 }
        guard k >= 1, relativeSubjects.contains(tokens[k].lower), isRelativeHead(tokens[k - 1]) else { return nil }
        // "analysing in which form it could take part", "what role they would play": an embedded
        // question, whose pronoun is the clause's subject.
        if k >= 2, ["which", "what", "whose"].contains(tokens[k - 2].lower) { return nil }
        // "said separately it would put", "said the same day it had imposed": a personal pronoun a
        // few words after a reporting verb opens the reported clause, not a relative one.
        if !["that", "which"].contains(tokens[k].lower),
           let speech = (max(0, k - 4)..<k).last(where: { StatusLexicon.speechVerbs.contains(tokens[$0].lower) }),
           !tokens[max(0, k - 4)..<k].contains(where: { ["that", "which"].contains($0.lower) }),
           !tokens[speech..<k].contains(where: { $0.lower == "," }) {
            return nil
        }
        return k
    }

    private static func isRelativeHead(_ head: Token) -> Bool {
        guard head.isWord else { return false }
        let word = head.lower
        // "said it has sent", "and they delivered": a new clause, not a relative one.
        if StatusLexicon.speechVerbs.contains(word) || StatusLexicon.verbs[word] != nil || StatusLexicon.progressive[word] != nil {
            return false
        }
        // "…, saying he could impose sanctions": a reporting gerund opens the reported clause.
        if speechGerunds.contains(word) { return false }
        // "said on Tuesday it would deliver", "said last week they had sent": a time ends an
        // adverbial, and the pronoun opens the reported clause.
        if DateExpressions.weekdays[word] != nil || DateExpressions.months[word] != nil
            || ["week", "month", "year", "weekend", "today", "yesterday", "morning", "evening", "night", "earlier", "later", "statement",
                "day", "afternoon", "hours", "weeks", "months", "days"].contains(word) {
            return false
        }
        // "part of it would go …": a preposition or determiner heads no relative clause.
        if CommitmentRules.objectPrepositions.contains(word) || StatusLexicon.determiners.contains(word) { return false }
        if ["and", "but", "or", "as", "because", "since", "so", "while", "when", "where", "if", "though", "although",
            "that", "which", "now", "then", "yet", "after", "before", "until", "once", "whether", "what", "how"].contains(word) {
            return false
        }
        return true
    }

    static let trainingPurpose: Set<String> = ["train", "instruct", "mentor", "drill"]
    static let deminingWords = ["demining", "de-mining", "mine-clearing", "mine clearance", "mine action"]
    static let airMissionWords: Set<String> = ["police", "policing", "patrol", "patrolling", "airspace", "skies"]
    static let clauseContrasts: Set<String> = ["but", "while", "whereas", "though", "although", "instead"]

    /// "to train …" later in the same clause (up to the next comma or full stop).
    static func hasTrainingPurpose(_ tokens: [Token], after end: Int) -> Bool {
        var j = end
        while j + 1 < tokens.count, j < end + 16, tokens[j].kind != .punct || tokens[j].isJoinedHyphen {
            // "would not send ground troops but is ready to train brigades": a contrast opens
            // another clause, whose purpose is not the troops'.
            if clauseContrasts.contains(tokens[j].lower) { return false }
            if tokens[j].lower == "to", trainingPurpose.contains(tokens[j + 1].lower) { return true }
            // "personnel to help train recruits"
            if tokens[j].lower == "to", tokens[j + 1].lower == "help", j + 2 < tokens.count, trainingPurpose.contains(tokens[j + 2].lower) { return true }
            // "personnel who are helping train Ukrainian soldiers", "personnel training recruits".
            if tokens[j].lower == "helping", trainingPurpose.contains(tokens[j + 1].lower) || (tokens[j + 1].lower == "to" && j + 2 < tokens.count && trainingPurpose.contains(tokens[j + 2].lower)) { return true }
            if ["training", "instructing", "mentoring"].contains(tokens[j].lower), j == end || ["who", "are", "were", "been", "currently"].contains(tokens[j - 1].lower) { return true }
            j += 1
        }
        return false
    }
    static let verbOnly: Set<String> = ["train", "equip", "finance", "trained", "fund"]
    /// Verbs of guarding a sky: "protect Ukrainian airspace", "policing the skies over Ukraine".
    static let guardVerbs: Set<String> = [
        "protect", "protecting", "protects", "secure", "securing", "defend", "defending", "police", "policing", "patrol",
        "patrolling", "guard", "guarding", "shield", "shielding", "close", "closing", "cover", "covering",
    ]
    static let verbContext: Set<String> = [
        "to", "and", "will", "would", "could", "may", "might", "help", "helping", "helped", "or", ",", "also", "jointly",
        "'ll", "can", "shall", "has", "have", "had", "been", "be", "further",
    ]
    /// "under an opt-out agreed at the summit", "in a deal signed last year": a participle after
    /// the noun a preposition governs, itself followed by a time or place, describes that noun
    /// (a reduced relative clause); no one undertakes anything by it.
    static func describesPrepositionalNoun(_ tokens: [Token], _ hit: StatusHit) -> Bool {
        let i = hit.start
        guard i >= 3, hit.end < tokens.count, participles.contains(tokens[i].lower) || ["agreed", "reached", "struck"].contains(tokens[i].lower),
              ["at", "during", "in", "on", "last", "earlier", "this", "since"].contains(tokens[hit.end].lower) else { return false }
        let noun = tokens[i - 1]
        guard noun.isWord, !noun.isCapitalized, StatusLexicon.verbs[noun.lower] == nil, !StatusLexicon.be.contains(noun.lower),
              !StatusLexicon.adverbs.contains(noun.lower) else { return false }
        // ("an opt-out": a hyphenated noun is one word.)
        var start = i - 1
        while start >= 2, tokens[start - 1].isJoinedHyphen, tokens[start - 2].isWord { start -= 2 }
        // The determiner right before the noun, or one adjective before that.
        guard start >= 2 else { return false }
        let determinerAt = StatusLexicon.determiners.contains(tokens[start - 1].lower) ? start - 1
            : (start >= 3 && StatusLexicon.determiners.contains(tokens[start - 2].lower) && tokens[start - 1].isWord ? start - 2 : nil)
        guard let d = determinerAt, d >= 1 else { return false }
        // (Not "of", "from", "between": "Leaders of the coalition of the willing agreed on Tuesday"
        // is the subject's own verb.)
        return ["under", "in", "with", "through", "via", "within", "after", "following", "despite", "into"].contains(tokens[d - 1].lower)
    }

    static let participles: Set<String> = [
        "sent", "delivered", "deployed", "supplied", "provided", "pledged", "promised", "committed", "announced",
        "approved", "allocated", "earmarked", "transferred", "donated", "offered", "imposed", "adopted", "released",
        "signed", "disbursed", "handed", "received", "shipped", "dispatched", "paid", "financed", "funded",
        "introduced", "purchased", "bought", "ordered", "extended", "trained", "equipped", "stationed", "lent",
        "gifted", "backed", "bankrolled",
    ]

    private static func categories(_ tokens: [Token], _ actors: [ActorMention], _ reference: ReferenceData) -> [CategoryHit] {
        var out: [CategoryHit] = []
        var i = 0
        while i < tokens.count {
            guard let match = reference.categories.matches(in: tokens, at: i).first, let entry = match.payloads.first else {
                i += 1
                continue
            }
            i = match.end
            // "drone attacks", "drone production": the weapon qualifies something else.
            if match.end < tokens.count, modifierBlockers.contains(tokens[match.end].lower) { continue }
            // "Russian drones" are the aggressor's, not a commitment's object.
            if actors.contains(where: { $0.end == match.start && $0.code == .russia }) { continue }
            if match.start >= 2, tokens[match.start - 1].lower == "of", tokens[match.start - 2].lower == "production" { continue }
            // "fund the production of long-range strike drones": what is produced is not given.
            if match.start >= 2, let of = (max(1, match.start - 5)..<match.start).last(where: { tokens[$0].lower == "of" }),
               ["production", "manufacturing", "manufacture"].contains(tokens[of - 1].lower),
               tokens[(of + 1)..<match.start].allSatisfy({ $0.isWord || $0.isJoinedHyphen || $0.lower == "-" }) {
                continue
            }
            // "train Ukrainian troops": Ukraine's own soldiers are not a deployment.
            if entry.category == .troops, actors.contains(where: { $0.end == match.start && $0.code == .ukraine }) { continue }
            // "drones for the Armed Forces of Ukraine": nor are they after "of".
            if entry.category == .troops, match.end < tokens.count, tokens[match.end].lower == "of",
               actors.contains(where: { $0.start == match.end + 1 && $0.isUkraineOrRussia }) { continue }
            // "Kyiv's forces", "Russia's troops": the parties' own soldiers; "joined forces": an idiom.
            if entry.category == .troops, match.start >= 1, tokens[match.start - 1].lower == "'s",
               actors.contains(where: { $0.end == match.start - 1 && $0.isUkraineOrRussia }) { continue }
            // "keep the assets immobilised" is a sanction; "immobilised Russian assets" names the money.
            if entry.category == .sanctions, ["immobilised", "immobilized", "frozen"].contains(tokens[match.end - 1].lower),
               match.end < tokens.count, tokens[match.end].isCapitalized || ["assets", "russian", "sovereign", "central", "funds", "reserves", "money"].contains(tokens[match.end].lower) {
                continue
            }
            // "the Rapid Support Forces", "the Armed Forces of …": a capitalised name of an army.
            // ("sending Self-Defense Forces", without an article, is a deployment.)
            // ("from the Swedish Armed Forces": the capitalised "Armed Forces" too.)
            if entry.category == .troops, match.end - match.start <= 2, tokens[match.end - 1].lower == "forces",
               tokens[match.end - 1].isCapitalized, tokens[match.start].isCapitalized,
               match.start >= 1, tokens[match.start - 1].isCapitalized, tokens[match.start - 1].isWord {
                var k = match.start - 1
                while k > 0, tokens[k].isCapitalized || tokens[k].isJoinedHyphen { k -= 1 }
                if tokens[k].lower == "the" { continue }
            }
            // "help rebuild Ukraine's armed forces": rebuilding an army is not civil reconstruction.
            if entry.category == .humanitarian, ["rebuild", "rebuilding", "restore", "restoring"].contains(tokens[match.start].lower),
               tokens[match.end..<min(tokens.count, match.end + 4)].contains(where: { ["forces", "army", "military", "armed"].contains($0.lower) }) {
                continue
            }
            // "air-defence ammunition", "air defence missiles": rounds for air defence are air
            // defence (interceptors), not a second category.
            if entry.category == .ammunition, let last = out.last, last.category == .airDefense, last.end == match.start { continue }
            // "Russia's energy sector", "Russia's air defences": the aggressor's own, not an object
            // given (its frozen assets and the sanctions on it are).
            if entry.category != .financial, entry.category != .sanctions, match.start >= 2, tokens[match.start - 1].lower == "'s",
               actors.contains(where: { $0.end == match.start - 1 && $0.code == .russia }) {
                continue
            }
            if tokens[match.start].lower == "forces", match.start >= 1,
               ["joined", "join", "joining", "joins", "combined", "combine", "market", "security", "russian", "ukrainian"].contains(tokens[match.start - 1].lower) {
                continue
            }
            // "in use against Shahed-type drones": the target, not the object given.
            if (max(0, match.start - 4)..<match.start).contains(where: { tokens[$0].lower == "against" }),
               (max(0, match.start - 4)..<match.start).allSatisfy({ tokens[$0].lower == "against" || tokens[$0].isJoinedHyphen || tokens[$0].isCapitalized || tokens[$0].lower == "-" || ["type", "style", "russian", "the"].contains(tokens[$0].lower) || $0 < match.start - 3 }) {
                continue
            }
            // ("a contract to produce interceptor drones for Ukraine": made for Ukraine, they are given.)
            let madeForUkraine = match.start >= 1 && ["producing", "produce"].contains(tokens[match.start - 1].lower)
                && match.end + 1 < tokens.count && tokens[match.end].lower == "for" && ["ukraine", "kyiv"].contains(tokens[match.end + 1].lower)
            if match.start >= 1, !madeForUkraine, ["producing", "produce", "evade", "circumvent", "against", "artificial", "emotional",
                                  "business", "market", "commuter", "passenger", "freight"].contains(tokens[match.start - 1].lower) { continue }
            // "train", "equip", "finance" name a category only as verbs ("to train", "will equip").
            if SentenceAnalysis.verbOnly.contains(tokens[match.start].lower), match.end - match.start == 1 {
                let before = match.start > 0 ? tokens[match.start - 1].lower : ""
                guard SentenceAnalysis.verbContext.contains(before) || actors.contains(where: { $0.end == match.start }) else { continue }
            }
            // "100 soldiers … to train recruits": personnel whose stated task is training are
            // trainers (training), not a deployment.
            if entry.category == .troops, SentenceAnalysis.hasTrainingPurpose(tokens, after: match.end) {
                out.append(CategoryHit(start: match.start, end: match.end, category: .training, carriesMoney: false,
                                       trigger: text(tokens, match.start..<match.end)))
                continue
            }
            // "making the rounds": rounds are ammunition when counted or "of ammunition".
            if tokens[match.start].lower == "rounds", match.end - match.start == 1 {
                let counted = match.start > 0 && (tokens[match.start - 1].isNumber || tokens[match.start - 1].classes.contains(.numberWord))
                let ofAmmunition = match.end + 1 < tokens.count && tokens[match.end].lower == "of"
                // "155mm rounds", "120-mm rounds": a calibre names ammunition.
                let calibre = match.start > 0 && (tokens[match.start - 1].lower.hasSuffix("mm") || ["calibre", "caliber"].contains(tokens[match.start - 1].lower))
                guard counted || ofAmmunition || calibre else { continue }
            }
            // "train crews on Patriot systems": the system is what the training is about.
            if entry.category != .training, match.start >= 2, tokens[match.start - 1].lower == "on",
               out.last?.category == .training, match.start - (out.last?.end ?? 0) <= 4 {
                continue
            }
            out.append(CategoryHit(start: match.start, end: match.end, category: entry.category, carriesMoney: entry.carriesMoney,
                                   trigger: text(tokens, match.start..<match.end)))
        }
        // "help secure Ukraine's airspace", "protect Ukrainian airspace": guarding Ukraine's sky is air
        // defence ("its airspace", "Greek airspace": a state's own sky is not).
        let lexiconHits = out.count
        for k in tokens.indices where ["airspace", "skies", "sky"].contains(tokens[k].lower) && !out.contains(where: { $0.start <= k && $0.end > k }) {
            var j = k - 1
            var ukrainian = false
            while j >= max(0, k - 4), tokens[j].lower == "the" || tokens[j].lower == "'s" || ["ukraine", "ukrainian", "kyiv"].contains(tokens[j].lower) {
                if ["ukraine", "ukrainian"].contains(tokens[j].lower) { ukrainian = true }
                j -= 1
            }
            let over = k + 2 < tokens.count && tokens[k + 1].lower == "over" && tokens[k + 2].lower == "ukraine"
            guard j >= 0, ukrainian || over, SentenceAnalysis.guardVerbs.contains(tokens[j].lower) else { continue }
            out.append(CategoryHit(start: j, end: k + 1, category: .airDefense, carriesMoney: false, trigger: text(tokens, j..<(k + 1))))
        }
        // (Lexicon hits come in order; a sky guarded starts at its verb, earlier than some of them.)
        if out.count > lexiconHits { out.sort { $0.start < $1.start } }
        // "cover the costs of smaller contributors" is money; "cover the cost of flying equipment"
        // or "of missiles" buys what it names.
        let costHits = out
        out.removeAll { hit in
            let words = hit.trigger.lowercased()
            guard hit.category == .financial, words.hasSuffix(" cost") || words.hasSuffix(" costs"),
                  hit.end < tokens.count, tokens[hit.end].lower == "of" else { return false }
            return costHits.contains { $0.start > hit.end && $0.start <= hit.end + 3 && $0.category != .financial }
        }
        // "lead maritime demining operations in the Black Sea", "the Defence Forces' expertise in
        // demining": clearing mines at sea, or as operations a state leads, or by its forces'
        // expertise is a security task (other, as every annotator so far labelled it); demining
        // equipment and money for demining stay humanitarian.
        for index in out.indices where out[index].category == .humanitarian
            && SentenceAnalysis.deminingWords.contains(where: { out[index].trigger.lowercased().hasSuffix($0) }) {
            let hit = out[index]
            let before = tokens[max(0, hit.start - 2)..<hit.start].map(\.lower)
            let after = tokens[hit.end..<min(tokens.count, hit.end + 5)].map(\.lower)
            let atSea = before.contains { ["maritime", "naval", "expertise"].contains($0) }
                || (["operations", "operation", "missions", "mission"].contains(after.first ?? "")
                    && tokens[max(0, hit.start - 4)..<hit.start].contains { ["lead", "leading", "led", "conduct", "charge"].contains($0.lower) })
                || (after.first == "in" && after.dropFirst().prefix(2).contains("black")) || after.prefix(2) == ["at", "sea"]
            if atSea { out[index].category = .other }
        }
        // "station 12 Rafale jets to police Ukrainian airspace", "aircraft for air patrols": jets
        // committed to an air mission are air defence (spec: air missions → air_defense).
        // ("jets were needed because the air force takes part in air policing": a reason is not
        // the mission the jets are given to.)
        func airMission(after end: Int) -> Bool {
            var k = end
            while k < min(tokens.count, end + 12) {
                let word = tokens[k].lower
                if [",", ";", "because", "needed", "while", "since", "as", "arguing"].contains(word) { return false }
                // ("deployed in the country's airspace": guarding one's own sky gives nothing.)
                // ("to protect Irish airspace": a state's own sky named by its adjective.)
                if word == "airspace", k >= 1, actors.contains(where: { $0.end == k && $0.kind == .demonym && $0.code != .ukraine }) { return false }
                if word == "airspace", k >= 1, ["its", "own", "national"].contains(tokens[k - 1].lower)
                    || (k >= 2 && tokens[k - 1].lower == "'s" && tokens[k - 2].lower == "country") { return false }
                if SentenceAnalysis.airMissionWords.contains(word)
                    || (word == "air" && k + 1 < tokens.count && ["component", "mission", "missions", "cover", "patrols"].contains(tokens[k + 1].lower)) {
                    return true
                }
                k += 1
            }
            return false
        }
        // (Aircraft beside ships or troops are part of a presence "at sea or in the air": troops.)
        func presence() -> Bool { tokens.contains { ["ships", "vessels", "warships", "frigates", "naval"].contains($0.lower) } }
        for index in out.indices where out[index].category == .equipment
            && CommitmentRules.aircraftWords.contains(where: { out[index].trigger.lowercased().contains($0) }) && airMission(after: out[index].end) && !presence() {
            out[index].category = .airDefense
        }
        // "transformers, gas turbine units and other equipment": the rest of a civil list.
        let civil = out.filter { $0.category == .humanitarian }
        out.removeAll { hit in
            hit.category == .equipment && hit.start >= 1 && (tokens[hit.start - 1].lower == "other" || ["spare parts", "parts", "equipment"].contains(hit.trigger.lowercased()))
                && civil.contains { $0.end <= hit.start && hit.start - $0.end <= 8 }
        }
        // "Patriot launchers and missiles": a bare noun coordinated after an air-defence system
        // shares its modifier.
        for index in out.indices.dropFirst() where out[index].category == .ammunition && out[index - 1].category == .airDefense
            && out[index].end - out[index].start == 1 && ["missiles", "missile", "munitions", "rounds", "interceptors"].contains(tokens[out[index].start].lower)
            && tokens[out[index - 1].end..<out[index].start].allSatisfy({ ["and", ",", "&"].contains($0.lower) }) && out[index].start > out[index - 1].end {
            out[index].category = .airDefense
        }
        // "Aster missiles for its SAMP/T systems", "ammunition for the anti-aircraft guns": munitions
        // for an air-defence system are air defence.
        for index in out.indices where out[index].category == .ammunition {
            let hit = out[index]
            if out.contains(where: { other in
                other.category == .airDefense && other.start > hit.end && other.start - hit.end <= 4
                    && tokens[hit.end].lower == "for"
            }) {
                out[index].category = .airDefense
            }
        }
        // "drones produced in Ukraine for its armed forces": the army that receives the goods is
        // their destination, not troops given, when other goods are named before it.
        let goodsBefore = out
        out.removeAll { hit in
            guard hit.category == .troops, hit.start >= 2,
                  ["armed", "army", "military", "forces", "soldiers", "troops"].contains(tokens[hit.start].lower) else { return false }
            // "for its armed forces", "for Ukraine's armed forces"
            let owner = tokens[hit.start - 1].lower == "'s" ? hit.start - 2 : hit.start - 1
            guard owner >= 1, tokens[owner - 1].lower == "for",
                  ["its", "their"].contains(tokens[owner].lower) || ["ukraine", "kyiv"].contains(tokens[owner].lower) else { return false }
            return goodsBefore.contains { $0.end < owner && $0.category != .troops && $0.category != .financial }
        }
        // "150 instructors …, the largest contingent it has provided": a collective noun for the
        // people sent is the trainers the sentence names, not troops besides them.
        if out.contains(where: { $0.category == .training && ["instructors", "trainers", "instructor"].contains(tokens[$0.end - 1].lower) }) {
            out.removeAll { $0.category == .troops && ["contingent", "contingents", "rotation", "team", "teams"].contains(tokens[$0.end - 1].lower) }
        }
        // "the French armed forces ministry said": the name of an office, not troops.
        out.removeAll { hit in
            hit.category == .troops && hit.end < tokens.count
                && ["ministry", "minister", "ministers", "chief", "chiefs", "commander", "command", "spokesperson", "spokesman", "spokeswoman"].contains(tokens[hit.end].lower)
        }
        // "two more IRIS-T fire units and several hundred guided missiles for them": munitions
        // for the air-defence system just named.
        for index in out.indices where out[index].category == .ammunition && out[index].end + 1 < tokens.count
            && tokens[out[index].end].lower == "for" && ["them", "it", "those", "these"].contains(tokens[out[index].end + 1].lower)
            && out.contains(where: { $0.category == .airDefense && $0.end <= out[index].start && out[index].start - $0.end <= 10 }) {
            out[index].category = .airDefense
        }
        // "repairs to the power grid", "the repair of damaged power plants": repairing civil
        // infrastructure is civil aid, not logistics.
        let civilTargets = out.filter { $0.category == .humanitarian }
        out.removeAll { hit in
            hit.category == .logistics && ["repair", "repairs", "maintenance", "repairing"].contains(tokens[hit.end - 1].lower)
                && civilTargets.contains { other in
                    other.start > hit.end && other.start - hit.end <= 5 && ["to", "of", "for"].contains(tokens[hit.end].lower)
                }
        }
        // "financial and humanitarian aid": an adjective coordinated before an aid phrase shares
        // its noun ("financial" alone names nothing).
        for hit in out where hit.start >= 2 && tokens[hit.start - 1].lower == "and" && hit.end - hit.start >= 2
            && ["aid", "assistance", "support"].contains(tokens[hit.end - 1].lower) {
            let adjective = tokens[hit.start - 2].lower
            let shared: MusterCore.Category? = ["financial": .financial, "economic": .financial, "budgetary": .financial,
                                                "military": .equipment, "humanitarian": .humanitarian][adjective]
            if let shared, shared != hit.category, !out.contains(where: { $0.end == hit.start - 1 }) {
                out.append(CategoryHit(start: hit.start - 2, end: hit.start - 1, category: shared, carriesMoney: hit.carriesMoney,
                                       trigger: tokens[hit.start - 2].text + " " + tokens[hit.end - 1].text))
            }
        }
        out.sort { $0.start < $1.start }
        // "the cost of flying donated equipment", "transport of ammunition": the cargo of a
        // logistics service is not a second undertaking.
        var cargo: Set<Int> = []
        for (index, hit) in out.enumerated() where hit.category == .logistics && index + 1 < out.count {
            let next = out[index + 1]
            if next.category != .logistics, next.start - hit.end <= 2,
               tokens[hit.end..<next.start].allSatisfy({ !["and", ",", "or"].contains($0.lower) }) {
                cargo.insert(index + 1)
            }
        }
        // "missions carrying donated equipment": what a flight carries is cargo too.
        for (index, hit) in out.enumerated() where index > 0 || hit.start > 0 {
            var p = hit.start - 1
            while p > 0, StatusLexicon.determiners.contains(tokens[p].lower) || tokens[p].lower.hasSuffix("ed") { p -= 1 }
            if p >= 0, ["carrying", "ferrying", "transporting", "hauling"].contains(tokens[p].lower) { cargo.insert(index) }
        }
        if !cargo.isEmpty { out = out.enumerated().filter { !cargo.contains($0.offset) }.map(\.element) }
        // "Belgium demanded guarantees before it agrees" to a loan backed by the assets: in a
        // sentence about loans, assets or risks, guarantees are money.
        // ("a 500 million euro guarantee", "war-risk cover worth up to 1 billion kroner", "provide
        // guarantees alongside the bloc's grants": a guarantee with a sum or beside grants, credit
        // or insurance is money too.)
        let aboutMoney = tokens.contains { ["loan", "loans", "assets", "reparations", "euroclear", "risks", "liabilities", "borrowing", "liability",
                                            "million", "billion", "bn", "grants", "grant", "credit", "insurance", "cover", "investors", "lending", "financing"].contains($0.lower) }
        if aboutMoney {
            for index in out.indices where out[index].category == .securityGuarantee && ["guarantees", "guarantee"].contains(out[index].trigger.lowercased()) {
                out[index].category = .financial
            }
        }
        // "guarantees for the new borrowing": a guarantee of a loan is money, not a defence pact.
        let all = out
        // ("guarantees for World Bank lending": the loan may be named by its verb; the guarantee is
        // then the money.)
        for index in out.indices where out[index].category == .securityGuarantee {
            let after = tokens[out[index].end..<min(tokens.count, out[index].end + 5)]
            if after.first?.lower == "for", after.contains(where: { ["lending", "borrowing", "credit", "credits"].contains($0.lower) }) {
                out[index].category = .financial
            }
        }
        out.removeAll { hit in
            hit.category == .securityGuarantee && all.contains { other in
                other.category == .financial && other.start > hit.end && other.start - hit.end <= 4
                    // ("guarantees for World Bank lending": a lender's name may stand between.)
                    && tokens[hit.end..<other.start].allSatisfy { ["for", "on", "of", "the", "its", "their", "a", "new", "joint"].contains($0.lower) || $0.isCapitalized }
            }
        }
        // "will host the force's main logistics base": the force owns the logistics it names; it
        // is not sent itself. (Its headquarters or components, staffed, are a part in it.)
        let snapshot = out
        out.removeAll { hit in
            hit.category == .troops && hit.end < tokens.count && tokens[hit.end].lower == "'s"
                && snapshot.contains { $0.category == .logistics && $0.start > hit.end && $0.start - hit.end <= 3 }
        }
        // "two IRIS-T SLM systems with missiles", "600 IRIS-T SLM guided missiles": plain missiles
        // in a sentence about air defence systems are their interceptors.
        // (Not across another party: "Germany will finance two Patriot systems, and the United
        // Kingdom reported that it had delivered 300 missiles".)
        let systems = out.contains { $0.category == .airDefense } ? out.filter { $0.category == .airDefense } : []
        for index in out.indices where !systems.isEmpty && out[index].category == .ammunition
            && ["missiles", "missile", "guided missiles"].contains(out[index].trigger.lowercased()) {
            let missiles = out[index]
            if systems.contains(where: { system in
                let (from, to) = system.start < missiles.start ? (system.end, missiles.start) : (missiles.end, system.start)
                return !(from..<max(from, to - 1)).contains { k in
                    tokens[k].lower == ";" || (tokens[k].lower == "," && ["and", "while", "but", "whereas"].contains(tokens[k + 1].lower))
                } && !(from..<to).contains { ["while", "whereas"].contains(tokens[$0].lower) }
            }) {
                out[index].category = .airDefense
            }
        }
        return out
    }

    /// Words that open a finite verb phrase, so the clause they stand in continues a subject named earlier.
    static func resumesMainClause(_ word: String) -> Bool {
        StatusLexicon.isModal(word) || StatusLexicon.be.contains(word)
            || ["has", "have", "had", "said", "says", "also", "can", "cannot", "did", "does", "plans", "wants", "intends"].contains(word)
            || StatusLexicon.verbs[word] != nil
    }

    /// Marks dash pairs and brackets as asides, except brackets that only repeat a name ("(EU)").
    private static func asides(_ tokens: [Token], _ actors: [ActorMention]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            let spacedHyphen = t.lower == "-" && t.spaceBefore && i + 1 < tokens.count && tokens[i + 1].spaceBefore
            // ", which Paris and London have championed," describes, it does not act.
            // A long one ("Germany, which has overtaken the United States as Ukraine's largest
            // supplier of military aid this year, will provide …") closes at the comma the main
            // clause's verb follows.
            // ("Belgium, where most of the assets are held, said …": a place's relative too.)
            let placeRelative = i + 1 < tokens.count && tokens[i + 1].lower == "where" && actors.contains { $0.end == i && $0.kind == .state }
            if t.lower == ",", i + 1 < tokens.count, ["which", "who", "whom", "whose"].contains(tokens[i + 1].lower) || placeRelative,
               let close = tokens[(i + 2)..<min(tokens.count, i + 16)].firstIndex(where: { $0.lower == "," })
                ?? tokens[(i + 2)..<min(tokens.count, i + 36)].indices.first(where: { k in
                    tokens[k].lower == "," && k + 1 < tokens.count && resumesMainClause(tokens[k + 1].lower)
                }) {
                for k in i...close { mask[k] = true }
                i = close + 1
                continue
            }
            // "Berlin, the largest European supplier of artillery ammunition to Kyiv, has …": an
            // apposition after a name describes it and holds no verb of its own.
            // ("Estonia, one of the loudest voices for more support, said …", "Norway, among the largest
            // donors, …", "The Netherlands and Denmark, two of its biggest backers, said …": a ranking
            // describes the name too; so does a contrast: "Britain, outside the EU, has imposed …",
            // "Norway, unlike Sweden, …".)
            if t.lower == ",", i + 2 < tokens.count, ["the", "a", "an", "among", "outside", "unlike"].contains(tokens[i + 1].lower)
                || (["one", "two", "three", "both", "all"].contains(tokens[i + 1].lower) && tokens[i + 2].lower == "of"),
               actors.contains(where: { $0.end == i && $0.kind != .group && !$0.isUkraineOrRussia }),
               let close = tokens[(i + 2)..<min(tokens.count, i + 16)].firstIndex(where: { $0.lower == "," }),
               close + 1 < tokens.count, resumesMainClause(tokens[close + 1].lower),
               // ("Norway, a founder with one of Europe's best-equipped armies, has …": a verb inside a
               // hyphenated compound is an adjective's part, not a clause's verb.)
               !tokens.indices[(i + 2)..<close].contains(where: { k in
                   (resumesMainClause(tokens[k].lower) && !tokens[k - 1].isJoinedHyphen) || ["which", "who", "that"].contains(tokens[k].lower)
               }) {
                for k in i...close { mask[k] = true }
                i = close + 1
                continue
            }
            // ", repaid from the profits of frozen assets," describes the noun before it.
            if t.lower == ",", i + 1 < tokens.count, i > 0, tokens[i + 1].isWord,
               participles.contains(tokens[i + 1].lower) || (tokens[i + 1].lower.hasSuffix("ed") && StatusLexicon.verbs[tokens[i + 1].lower] == nil),
               let close = tokens[(i + 2)..<min(tokens.count, i + 16)].firstIndex(where: { $0.lower == "," }) {
                for k in i...close { mask[k] = true }
                i = close + 1
                continue
            }
            // ", as we have repeatedly said," interrupts the clause it sits in. "France and the United
            // Kingdom, as lead nations, will establish …": a role after a name describes it; its
            // noun ("nations", "the largest donors") is no party of its own.
            if t.lower == ",", i + 1 < tokens.count, tokens[i + 1].lower == "as",
               let close = tokens[(i + 2)..<min(tokens.count, i + 10)].firstIndex(where: { $0.lower == "," }) {
                let inside = tokens[(i + 2)..<close]
                let speech = inside.contains { StatusLexicon.speechVerbs.contains($0.lower) }
                let role = actors.contains(where: { $0.end == i && $0.kind != .group && !$0.isUkraineOrRussia })
                    && close + 1 < tokens.count && resumesMainClause(tokens[close + 1].lower)
                    && !inside.contains(where: { resumesMainClause($0.lower) })
                if speech || role {
                    for k in i...close { mask[k] = true }
                    i = close + 1
                    continue
                }
            }
            if t.lower == "—" || spacedHyphen || t.lower == "(" {
                let closer = t.lower == "(" ? ")" : t.lower
                var j = i + 1
                func closes(_ k: Int) -> Bool {
                    let spaced = tokens[k].lower == "-" && tokens[k].spaceBefore && (k + 1 == tokens.count || tokens[k + 1].spaceBefore)
                    if closer == ")" { return tokens[k].lower == ")" }
                    return tokens[k].lower == "—" || spaced // "Twenty-six" does not close "- … -"
                }
                while j < tokens.count, !closes(j) { j += 1 }
                if j < tokens.count {
                    let onlyName = t.lower == "(" && actors.contains { $0.start == i + 1 && $0.end == j }
                    if !onlyName { for k in i...j { mask[k] = true } }
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return mask
    }
}
