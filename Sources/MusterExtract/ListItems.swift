import MusterCore

/// Country-by-country lists ("Here is what they pledged:" then "Germany: four IRIS-T systems
/// and €500 million for shells."): an item names its party before a colon or dash and what it
/// gives after it, usually with no verb. Such an item takes the status the list's lead gave, a
/// participle of its own ("18 howitzers, delivered in September"), or a pledge.
enum ListItems {
    static let bullets: Set<String> = ["-", "•", "*", "–", "—", "·", "▪"]
    static let labelMarks: Set<String> = [":", "—", "–", "-", "|"]
    static let auxiliariesAndPronouns: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "may", "might",
        "should", "shall", "can", "must", "it", "they", "he", "she", "we", "that", "which", "who", "not",
    ]

    /// Adds a status at the label mark of each verbless list item, and at each further part of an
    /// item split by semicolons ("Canada: 80 armoured vehicles delivered since February; a
    /// further C$500 million pledged in military aid" is two undertakings of Canada's).
    static func resolveAll(_ analyses: inout [SentenceAnalysis], home: ActorCode? = nil) {
        var listStatus: CommitmentStatus?
        var tableStages: [CommitmentStatus?]?
        var heading: StatusHit?
        for index in analyses.indices {
            let a = analyses[index]
            // "Recently delivered", then one line per item with no verb: the page's own state
            // gives each item at the heading's stage, until running text resumes.
            if let stage = stageHeading(a) {
                heading = stage
                analyses[index].statuses = []
                continue
            }
            if let stage = heading, let home, isBareItem(a) {
                analyses[index].headedList = (stage, home)
                continue
            }
            heading = nil
            // A stage table's header names stages, not undertakings; its rows are read by column.
            if let stages = TableColumns.stages(ofHeader: a) {
                tableStages = stages
                analyses[index].statuses = []
                continue
            }
            if let stages = tableStages, TableColumns.cells(a).count == stages.count, let label = label(a), a.tokens[label.mark].lower == "|" {
                analyses[index].listLabel = label.parties.last
                analyses[index].listJoint = label.parties.dropLast()
                analyses[index].tableStages = stages
                analyses[index].statuses = []
                continue
            }
            tableStages = nil
            if let (mark, labelled) = label(a) {
                analyses[index].listLabel = labelled.count > 1 ? labelled.last : a.actors.first { $0.end == mark || $0.end + 2 == mark }
                analyses[index].listJoint = labelled.dropLast()
                // (A noun of the label, "Slovenia's contribution:", gives way to the item's status.)
                // (An item with a clause of its own, "Germany: Berlin will send …", keeps its verbs.)
                // (A verb after a pronoun tells of other goods, "on top of €500 million it paid in
                // August", and stays beside the item's own.)
                let pronounVerb = { (s: StatusHit) in s.start > mark + 1 && subjectBefore(a, s.start, mark: mark) }
                // ("Germany: Merz said in January that German forces could deploy …": a reported
                // clause is the item's own, whatever "that" opens it.)
                let speaker = a.actors.first { $0.start > mark && $0.start <= mark + 3 && !$0.isUkraineOrRussia }
                let reported = speaker.map { m in
                    m.end < a.tokens.count && StatusLexicon.speechVerbs.contains(a.tokens[m.end].lower)
                        && a.statuses.contains { $0.start > m.end && !bareParticiple(a, $0) }
                } ?? false
                guard !reported, a.statuses.allSatisfy({ $0.start < mark || bareParticiple(a, $0) || pronounVerb($0) }) else { continue }
                let parts = itemParts(a, after: mark)
                var statuses = a.statuses.filter { $0.start < mark || ($0.start > mark && pronounVerb($0) && !bareParticiple(a, $0)) }
                for part in parts where names(a, goodsIn: part) {
                    let own = part.lazy.filter { ownParticiple(a, $0, mark: mark) }.compactMap { StatusLexicon.verbs[a.tokens[$0].lower]?.status }.first
                    // ("Hungary: no weapons, only humanitarian aid": an item may refuse.)
                    let refuses = part.dropFirst().prefix(3).contains { ["no", "not", "none", "nothing"].contains(a.tokens[$0].lower) }
                    // ("Belgium — up to $150 million — subject to parliamentary approval": not yet decided.)
                    let pending = part.contains { k in a.tokens[k].lower == "subject" && k + 1 < a.tokens.count && a.tokens[k + 1].lower == "to" }
                    let status = refuses ? .declined : (pending ? .considering : nil) ?? own ?? listStatus ?? a.statuses.last(where: { $0.start < mark })?.status ?? .pledged
                    statuses.append(StatusHit(start: part.lowerBound, end: part.lowerBound + 1, status: status, trigger: ""))
                }
                if statuses.contains(where: { $0.trigger.isEmpty && $0.start >= mark }) {
                    analyses[index].statuses = statuses.sorted { $0.start < $1.start }
                }
                continue
            }
            // "Here is what the allies pledged:", "Deliveries so far:": a lead that ends in a colon.
            if a.tokens.last?.lower == ":" {
                listStatus = a.statuses.last?.status
                    ?? a.tokens.lazy.compactMap { StatusLexicon.nominals[$0.lower] ?? StatusLexicon.verbs[$0.lower]?.status }.first
            } else {
                listStatus = nil
            }
        }
    }

    /// The parts of an item after its label, split at semicolons; each starts at its mark.
    static func itemParts(_ a: SentenceAnalysis, after mark: Int) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = mark
        for k in (mark + 1)..<a.tokens.count where a.tokens[k].lower == ";" {
            parts.append(start..<k)
            start = k
        }
        parts.append(start..<a.tokens.count)
        return parts
    }

    /// Whether a part names goods or a sum.
    static func names(_ a: SentenceAnalysis, goodsIn part: Range<Int>) -> Bool {
        a.categories.contains { part.contains($0.start) && $0.start > part.lowerBound }
            || a.quantities.contains { part.contains($0.start) && $0.kind == .money && !$0.isRate && !$0.isConversion }
    }

    /// Whether the verb at `k` is the item's own participle ("80 vehicles delivered since
    /// February"), not one with an auxiliary or a subject of its own ("€500 million it paid in
    /// August", "transformers that Tokyo said had been handed over"), which tells of other goods.
    static func ownParticiple(_ a: SentenceAnalysis, _ k: Int, mark: Int) -> Bool {
        k > mark + 1 && !auxiliariesAndPronouns.contains(a.tokens[k - 1].lower) && !a.actors.contains { $0.end == k }
            && !subjectBefore(a, k, mark: mark) && !meansOfGoods(a, k)
    }

    /// "air-defence interceptors purchased through PURL": a participle right on its goods that
    /// says how they are got describes them; the item's stage is the list's.
    static func meansOfGoods(_ a: SentenceAnalysis, _ k: Int) -> Bool {
        k + 1 < a.tokens.count && a.categories.contains { $0.end == k }
            && ["through", "via", "under", "from", "with"].contains(a.tokens[k + 1].lower)
    }

    /// Whether a pronoun within six words before `k` (after the label) is the verb's own subject.
    static func subjectBefore(_ a: SentenceAnalysis, _ k: Int, mark: Int) -> Bool {
        a.tokens[max(mark + 1, k - 6)..<k].contains { ["it", "they", "that", "which", "who"].contains($0.lower) }
    }

    /// A trigger that is a bare participle of the item ("80 vehicles delivered since February"),
    /// not a verb with an auxiliary or a subject of its own.
    static func bareParticiple(_ a: SentenceAnalysis, _ s: StatusHit) -> Bool {
        guard s.end == s.start + 1, s.start >= 1, a.tokens[s.start].lower.hasSuffix("ed") || ["paid", "sent", "given", "made"].contains(a.tokens[s.start].lower) else { return false }
        let before = a.tokens[s.start - 1].lower
        return !auxiliariesAndPronouns.contains(before) && !a.actors.contains { $0.end == s.start }
    }

    /// Where the label of a list item ends ("Germany:", "- Sweden:", "• Canada —", "3. Norway:")
    /// and the parties it names: one, or several given jointly ("Denmark / Norway / Sweden
    /// (joint) |", "Estonia and Latvia:").
    static func label(_ a: SentenceAnalysis) -> (mark: Int, parties: [ActorMention])? {
        var k = 0
        while k < a.tokens.count, bullets.contains(a.tokens[k].lower) || (a.tokens[k].isNumber && k + 1 < a.tokens.count && a.tokens[k + 1].lower == ".") {
            k += a.tokens[k].isNumber ? 2 : 1
        }
        guard var first = a.actors.first(where: { $0.start == k }) else { return nil }
        var joint: [ActorMention] = []
        var next = first.end
        while next + 1 < a.tokens.count, ["/", "and", "&", ","].contains(a.tokens[next].lower),
              let partner = a.actors.first(where: { $0.start == next + 1 && [.state, .organisation].contains($0.kind) && !$0.isUkraineOrRussia }) {
            joint.append(first)
            first = partner
            next = partner.end
        }
        if !joint.isEmpty, next + 2 < a.tokens.count, a.tokens[next].lower == "(", a.tokens[next + 1].lower == "joint", a.tokens[next + 2].lower == ")" {
            next += 3
        }
        if !joint.isEmpty {
            guard !joint[0].isUkraineOrRussia, [.state, .organisation].contains(joint[0].kind), next < a.tokens.count, labelMarks.contains(a.tokens[next].lower) else { return nil }
            return (next, joint + [first])
        }
        guard let mark = singleLabelMark(a, party: first, start: k) else { return nil }
        return (mark, [first])
    }

    private static func singleLabelMark(_ a: SentenceAnalysis, party: ActorMention, start k: Int) -> Int? {
        guard party.end < a.tokens.count,
              // (A person before a colon is a headline quoting them: "Fico: no weapons from our stocks".)
              !party.isUkraineOrRussia, [.state, .organisation].contains(party.kind),
              labelMarks.contains(a.tokens[party.end].lower)
                // "Slovenia's contribution: €10 million for demining."
                || (party.end + 2 < a.tokens.count && a.tokens[party.end].lower == "'s"
                    && StatusLexicon.nominals[a.tokens[party.end + 1].lower] != nil && labelMarks.contains(a.tokens[party.end + 2].lower)),
              // A label is short: "Germany:", not "Germany, which leads the group:".
              party.end - k <= 4 else { return nil }
        return labelMarks.contains(a.tokens[party.end].lower) ? party.end : party.end + 2
    }

    /// A short heading over a list that names a stage and nothing else: "Recently delivered",
    /// "Deliveries contracted with industry". A verb decides over a noun ("contracted" over
    /// "deliveries"); a heading has no final stop, no party and no goods of its own.
    static func stageHeading(_ a: SentenceAnalysis) -> StatusHit? {
        guard (1...6).contains(a.tokens.count), a.tokens.allSatisfy(\.isWord), a.actors.isEmpty, a.categories.isEmpty else { return nil }
        if let verb = a.tokens.indices.last(where: { StatusLexicon.verbs[a.tokens[$0].lower] != nil }),
           let status = StatusLexicon.verbs[a.tokens[verb].lower]?.status {
            return StatusHit(start: 0, end: 0, status: status, trigger: a.tokens[verb].text)
        }
        if let noun = a.tokens.indices.first(where: { StatusLexicon.nominals[a.tokens[$0].lower] != nil }),
           let status = StatusLexicon.nominals[a.tokens[noun].lower] {
            return StatusHit(start: 0, end: 0, status: status, trigger: a.tokens[noun].text)
        }
        return nil
    }

    /// An item of such a list: goods with their count and nothing that acts ("IRIS-T SLM air
    /// defence systems (2 fire units) with missiles"): no verb of its own, no party, no full stop,
    /// and more than one word ("Training" alone is the next section's subheading).
    static func isBareItem(_ a: SentenceAnalysis) -> Bool {
        (2...25).contains(a.tokens.count) && !a.categories.isEmpty && a.statuses.isEmpty
            && a.actors.allSatisfy(\.isUkraineOrRussia) && a.tokens.last.map { ![".", "!", "?"].contains($0.lower) } ?? false
    }
}
