import MusterCore

/// A commitment a sentence could report, whether or not the rules found it: a party the sentence
/// names (or the one just spoken of), a category it names (or the one just told) and one of its
/// status words, described by the words around them. `ClaimModel` weighs these descriptions
/// (learned from the labelled sets) to score the commitments the rules gave, for the review queue.
struct ClaimCandidate: Sendable {
    var party: Party
    var category: MusterCore.Category
    var status: StatusHit
    var sentence: Int
    var features: [String]

    /// The scorer's key: one commitment per actor, count, category and status in a document.
    var key: String { ClaimCandidates.key(party.code, party.count, category, status.status) }
}

enum ClaimCandidates {
    typealias L = StatusLexicon

    static func key(_ code: ActorCode, _ count: Int?, _ category: MusterCore.Category, _ status: CommitmentStatus) -> String {
        "\(code)|\(code.isGroup ? count ?? -1 : -1)|\(category.rawValue)|\(status.rawValue)"
    }

    /// At most this many parties per status word, the nearest first: a long list sentence would
    /// otherwise give hundreds of candidates.
    static let partiesPerStatus = 8

    /// The candidates of one sentence. `ruled` are the keys the rules gave for this sentence,
    /// `ruledBefore` those they gave for the sentences before it.
    static func candidates(in a: SentenceAnalysis, sentence: Int, ruled: Set<String>, ruledBefore: Set<String>,
                           context: DocumentContext) -> [ClaimCandidate] {
        guard !a.statuses.isEmpty else { return [] }
        let eligible = a.actors.filter { !$0.isUkraineOrRussia }
        // Words inside a name read as "@actor": a weight for "romania" before a verb would learn
        // the labelled pages' countries, not how reports are written.
        var lowered = a.tokens.map(\.lower)
        for m in a.actors { for k in m.start..<m.end { lowered[k] = "@actor" } }
        let firstPerson = lowered.contains { ["we", "our", "us"].contains($0) }
        let quoted = a.tokens.contains { ["\"", "“", "”"].contains($0.text) }
        // What the rules gave in this sentence, by part: a candidate beside a commitment of the same
        // party, or of another party with the same status, reads differently from one alone.
        let ruledParts = ruled.map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
        var out: [ClaimCandidate] = []
        for s in a.statuses {
            // Categories: for each one the sentence names, the hit nearest the status word; with
            // none, the category just told.
            var hits: [MusterCore.Category: CategoryHit] = [:]
            for hit in a.categories {
                if let old = hits[hit.category], distance(old.start, old.end, s) <= distance(hit.start, hit.end, s) { continue }
                hits[hit.category] = hit
            }
            var categories: [(MusterCore.Category, CategoryHit?)] = hits.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key, $0.value) }
            if categories.isEmpty, let recent = context.recentCategory { categories = [(recent, nil)] }
            guard !categories.isEmpty else { continue }
            let nearest = eligible.sorted { distance($0.start, $0.end, s) < distance($1.start, $1.end, s) }.prefix(partiesPerStatus)
            var parties: [(Party, ActorMention?)] = nearest.map { (CommitmentRules.party($0, a), $0) }
            if let carried = context.lastParty, !parties.contains(where: { $0.0.code == carried.code }) {
                parties.append((carried, nil))
            }
            let nearestBefore = eligible.last { $0.end <= s.start }
            for (party, mention) in parties {
                let shared = partyFeatures(party, mention, s, a, lowered, nearestBefore: nearestBefore, eligible: eligible)
                for (category, hit) in categories {
                    var f = shared
                    let k = key(party.code, party.count, category, s.status)
                    let st = "\(s.status.rawValue)"
                    f.append("st=\(st)")
                    f.append("cat=\(category.rawValue)")
                    f.append("st|cat=\(st)|\(category.rawValue)")
                    if ruled.contains(k) {
                        f.append("r"); f.append("r|st=\(st)"); f.append("r|cat=\(category.rawValue)")
                    } else {
                        if ruledBefore.contains(k) { f.append("rd") }
                        if ruledParts.isEmpty { f.append("s-none") }
                        let code = "\(party.code)"
                        if ruledParts.contains(where: { $0[0] == code }) { f.append("s-party") }
                        if ruledParts.contains(where: { $0[2] == category.rawValue && $0[3] == st }) { f.append("s-catst") }
                        if ruledParts.contains(where: { $0[3] == st && $0[0] != code }) { f.append("s-st-other") }
                    }
                    if let hit {
                        let after = hit.start >= s.end
                        f.append("cpos=\(after ? "a" : "b")\(bucket(distance(hit.start, hit.end, s)))")
                        f.append("ct=\(hit.trigger.lowercased())")
                        if let mention, hit.start >= mention.end, hit.end <= s.start { f.append("c-between") }
                    } else {
                        f.append("catctx")
                    }
                    if firstPerson { f.append("we") }
                    if quoted { f.append("q") }
                    f.append("nact=\(min(eligible.count, 4))")
                    f.append("nst=\(min(a.statuses.count, 3))")
                    out.append(ClaimCandidate(party: party, category: category, status: s, sentence: sentence, features: f))
                }
            }
        }
        return out
    }

    /// What the party's mention and the words between it and the status word say.
    static func partyFeatures(_ party: Party, _ mention: ActorMention?, _ s: StatusHit, _ a: SentenceAnalysis, _ lowered: [String],
                              nearestBefore: ActorMention?, eligible: [ActorMention]) -> [String] {
        var f = ["b", "t=\(s.trigger.lowercased())", "t0=\(lowered[s.start])"]
        f.append("sp=\(s.start > 0 ? lowered[s.start - 1] : "^")")
        if s.recipientSubject { f.append("recip") }
        if s.strong { f.append("strong") }
        if s.relativeHead != nil { f.append("relhead") }
        if party.code.isGroup { f.append(party.count == nil ? "grp" : "grpn") }
        guard let m = mention else {
            f.append("ctx")
            return f
        }
        let kind = "\(m.kind)"
        f.append("k=\(kind)")
        f.append("k|st=\(kind)|\(s.status.rawValue)")
        if m.anaphoric { f.append("anaph") }
        if m.governmentForm { f.append("gov") }
        if m.start <= 1 { f.append("start") }
        if eligible.first?.start == m.start { f.append("first") }
        if a.aside.indices.contains(m.start), a.aside[m.start] { f.append("aside") }
        f.append("ap=\(m.start > 0 ? lowered[m.start - 1] : "^")")
        f.append("an=\(m.end < lowered.count ? lowered[m.end] : "$")")
        let before = m.end <= s.start
        let gap = distance(m.start, m.end, s)
        f.append("pos=\(before ? "b" : "a")\(bucket(gap))")
        f.append("pos|st=\(before ? "b" : "a")\(bucket(gap))|\(s.status.rawValue)")
        guard before else { return f }
        if nearestBefore?.start == m.start { f.append("near") }
        let between = Array(lowered[m.end..<s.start])
        let words = between.filter { ($0.first?.isLetter ?? false) || $0 == "@actor" }
        for w in words.count > 10 ? Array(words.prefix(5) + words.suffix(5)) : words { f.append("w=\(w)") }
        if words.count > 10 { f.append("long") }
        if between.contains(where: { L.speechVerbs.contains($0) }) { f.append("x-speech") }
        if between.contains("that") { f.append("x-that") }
        if between.contains(",") { f.append("x-comma") }
        if between.contains(where: { ["who", "which", "whose"].contains($0) }) { f.append("x-rel") }
        if between.contains(where: { ["and", "but", "while", "whereas"].contains($0) }) { f.append("x-conj") }
        if between.contains(where: { ["he", "she", "it", "they"].contains($0) }) { f.append("x-pron") }
        if eligible.contains(where: { $0.start >= m.end && $0.end <= s.start }) { f.append("x-actor") }
        return f
    }

    /// Tokens between a span and the status word (0 when they touch or overlap).
    static func distance(_ start: Int, _ end: Int, _ s: StatusHit) -> Int {
        if end <= s.start { return s.start - end }
        if start >= s.end { return start - s.end }
        return 0
    }

    static func bucket(_ d: Int) -> Int {
        switch d {
        case 0...1: return 0
        case 2...3: return 1
        case 4...6: return 2
        case 7...10: return 3
        case 11...15: return 4
        default: return 5
        }
    }
}
