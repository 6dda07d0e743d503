import MusterCore

/// Stage 1: finds the parties a sentence names, in one longest-match pass of the name trie over
/// its tokens, then groups ("26 of Ukraine's allies") and titles ("French President Emmanuel
/// Macron" is one mention).
struct ActorMatcher: Sendable {
    let reference: ReferenceData

    static let titleWords: Set<String> = [
        "president", "prime", "minister", "ministers", "chancellor", "secretary", "general", "secretary-general",
        "defence", "defense", "foreign", "finance", "special", "envoy", "deputy", "leader", "chief", "head",
        "king", "queen", "commissioner", "spokesperson", "spokesman", "spokeswoman", "ambassador", "high",
        "representative", "outgoing", "incoming", "elect", "policy", "vice", "counterpart", "affairs", "state",
        "and", "-", "'s", "of", "the", "mr", "mr.", "ms", "mrs", "his", "her", "army", "commander", "senior",
        "official", "adviser", "advisor", "national", "security", "council",
        // "Saudi Crown Prince Mohammed bin Salman", "Qatar's Emir Sheikh Tamim".
        "crown", "prince", "emir", "sheikh",
    ]

    /// Nouns after a demonym that make it speak for its state.
    static let governmentWords: Set<String> = [
        "government", "president", "prime", "premier", "chancellor", "minister", "ministry", "foreign", "defence",
        "defense", "finance", "officials", "authorities", "leader", "leadership", "parliament", "cabinet",
        "administration", "counterpart", "side", "envoy", "delegation", "delegations", "diplomats", "troops", "presidency", "king", "ambassador",
        "deputy", "head", "chief", "secretary", "embassy", "state", "army", "navy", "military", "forces", "armed", "air",
        // The state acting through its people: "Canadian instructors have trained …".
        "instructors", "trainers", "soldiers", "personnel", "experts", "engineers", "crews", "pilots", "sailors",
        "specialists", "deminers", "contingent", "coast", "marines", "special",
        // Those who negotiate for it: "Ukrainian negotiators met US officials", "the French and British leaders".
        "negotiators", "representatives", "leaders", "team", "mediators",
    ]

    /// Capitalised heads of a state's own bodies after its demonym ("the Spanish Council of
    /// Ministers", "the Saudi Fund for Development", "the Swiss Federal Council").
    static let stateBodies: Set<String> = ["council", "fund", "treasury", "senate", "agency", "federal", "national", "export-import", "exim"]

    /// "-led", "-funded": a compound that makes a name the party behind an undertaking.
    static let leadParticiples: Set<String> = ["led", "funded", "financed", "backed", "sponsored", "run", "organised", "organized", "initiated", "brokered"]

    /// Nouns that take "of" before a group: "a handful of countries", "most of the allies".
    static let groupQuantifiers: Set<String> = [
        "dozen", "dozens", "handful", "number", "majority", "most", "some", "several", "many", "all", "half", "third",
        "two-thirds", "group", "each", "none", "few", "bulk", "rest", "one",
    ]

    static let qualifierWords: Set<String> = [
        "more", "than", "over", "nearly", "almost", "about", "around", "roughly", "approximately", "least", "at",
        "up", "some", "just", "under",
    ]

    func mentions(in tokens: [Token], on date: Day?) -> [ActorMention] {
        var found: [ActorMention] = []
        var groupNouns: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            var advanced = false
            for match in reference.actors.matches(in: tokens, at: i) {
                guard let entry = pick(match.payloads, tokens: tokens, range: match.start..<match.end, on: date) else { continue }
                advanced = true
                let range = match.start..<match.end
                i = match.end
                switch entry.kind {
                case .notActor:
                    break
                case .groupNoun:
                    groupNouns.append(range)
                default:
                    guard let code = entry.code else { break }
                    let next = match.end < tokens.count ? tokens[match.end] : nil
                    // "US$1 billion" is a currency; "Iranian-designed" an adjective.
                    if let next, !next.spaceBefore, next.lower == "$" { break }
                    // "the Czech-led initiative", "a UK-funded scheme": the party that leads or pays.
                    let led = next?.isJoinedHyphen == true && match.end + 1 < tokens.count
                        && Self.leadParticiples.contains(tokens[match.end + 1].lower)
                    if entry.kind == .demonym, let next, next.isJoinedHyphen, !led { break }
                    var mention = ActorMention(start: range.lowerBound, end: led ? range.upperBound + 2 : range.upperBound, code: code,
                                               kind: kind(entry.kind), trigger: text(tokens, led ? range.lowerBound..<(range.upperBound + 2) : range))
                    if led {
                        mention.governmentForm = true
                        mention.led = true
                        i = match.end + 2
                        found.append(mention)
                        break
                    }
                    if entry.kind == .demonym {
                        let plural = tokens[range.upperBound - 1].lower.hasSuffix("s")
                        // "the Czech ammunition initiative": a state's own scheme speaks for it.
                        let scheme = tokens[match.end..<min(tokens.count, match.end + 3)].contains { ["initiative", "scheme"].contains($0.lower) }
                        // "the Norwegian contribution will finance …": the state's own undertaking.
                        let undertaking = next.map { ["contribution", "donation", "pledge", "package", "offer", "commitment", "funding", "support"].contains($0.lower) } ?? false
                        // "The Dutch have delivered …", "the British will send …": "the" and a demonym
                        // with a verb after it name the nation.
                        let nation = range.lowerBound > 0 && tokens[range.lowerBound - 1].lower == "the" && (next.map {
                            ["have", "has", "had", "will", "would", "are", "were", "could", "may", "might", "said", "say", "also", "already",
                             "pledged", "promised", "sent", "delivered", "announced", "offered", "agreed", "plan", "want", "do", "did", "cannot"].contains($0.lower)
                        } ?? false)
                        // "The Spanish Council of Ministers", "the Saudi Fund for Development": a
                        // state body named with a capital.
                        let body = next.map { $0.isCapitalized && Self.stateBodies.contains($0.lower) } ?? false
                        // "Ukrainian brigades received 40 vehicles": the nation's units as recipients.
                        let units = next.map { ["brigades", "units", "battalions", "gunners", "defenders"].contains($0.lower) } ?? false
                            && match.end + 1 < tokens.count && ["received", "receive", "have", "had", "got", "will"].contains(tokens[match.end + 1].lower)
                        mention.governmentForm = plural || scheme || undertaking || nation || body || units || (next.map { Self.governmentWords.contains($0.lower) } ?? false)
                    }
                    found.append(mention)
                }
                break
            }
            if !advanced { i += 1 }
        }
        // "PARIS, Sept 4 (Reuters) -", "STOCKHOLM:", "KYIV —": a dateline names a place.
        if let first = found.first, first.start == 0, first.kind == .capital || first.kind == .state, first.end < tokens.count,
           // ("US negotiators offered …", "UK, France and Germany …" open with the party itself.)
           (tokens[0].isAllCaps && tokens[0].text.count > 2 && [",", ":", "—", "(", "-", "–"].contains(tokens[first.end].lower))
            // ("Germany: four IRIS-T systems" labels a list item with its state; a dateline names a city.)
            || ([":", "—", "("].contains(tokens[first.end].lower) && (first.kind == .capital || tokens[first.end].lower == "(")) {
            found.removeFirst()
        }
        found = mergeGroups(found, groupNouns, tokens)
        // "the Norwegian Ministry of Defence": an office named for one state's government but
        // qualified by another's demonym is that other state's office.
        for index in stride(from: found.count - 2, through: 0, by: -1)
        where found[index].kind == .demonym && found[index + 1].kind == .office && found[index].end == found[index + 1].start
            && found[index].code != found[index + 1].code {
            var office = found[index + 1]
            office.code = found[index].code
            office.start = found[index].start
            office.trigger = text(tokens, office.start..<office.end)
            found[index] = office
            found.remove(at: index + 1)
        }
        // "Of the coalition's 35 members, 26 have pledged …": the part after the comma acts, and
        // it is the part that is counted.
        for index in found.indices where found[index].kind == .group {
            let m = found[index]
            var of = m.start - 1
            while of > 0, ["the", "its", "their", "coalition", "'s", "group", "alliance"].contains(tokens[of].lower) { of -= 1 }
            guard of >= 0, tokens[of].lower == "of", of == 0 || [",", ";", "—"].contains(tokens[of - 1].lower) else { continue }
            // ("Of the 12 countries at the meeting, nine …": a place may follow the group.)
            guard let comma = tokens[m.end..<min(tokens.count, m.end + 5)].firstIndex(where: { $0.lower == "," }),
                  tokens[m.end..<comma].allSatisfy({ $0.isWord && StatusLexicon.verbs[$0.lower] == nil }),
                  comma + 2 < tokens.count else { continue }
            let part = tokens[comma + 1]
            let value: Double? = part.isNumber ? part.number : NumberWords.value(part.lower).map(Double.init)
            guard let value, value >= 2, value.rounded() == value, !tokens[comma + 2].isNumber else { continue }
            found[index].count = Int(value)
            found[index].end = comma + 2
            found[index].trigger = text(tokens, m.start..<(comma + 2))
            found[index].anaphoric = false
        }
        // "NATO allies had delivered …": the alliance's members, an uncounted group, not the
        // alliance; "neighbouring NATO territory": an adjective, no party at all.
        for index in found.indices where found[index].code == ActorCode("NATO") && Self.memberNouns.contains(tokens[found[index].end - 1].lower) {
            found[index].code = .group
            found[index].kind = .group
        }
        // (The reference data names "NATO allies" and "NATO members" whole, so the name ends on
        // the noun.)
        found.removeAll { m in
            m.code == ActorCode("NATO") && m.end < tokens.count && ["territory", "country", "member", "soil", "airspace", "ally", "state"].contains(tokens[m.end].lower)
        }
        // "members of the Defence Forces", "members of parliament": people of one body, not states.
        found.removeAll { m in
            guard m.kind == .group, m.count == nil, m.end - m.start == 1, ["members", "member"].contains(tokens[m.start].lower),
                  m.end + 1 < tokens.count, tokens[m.end].lower == "of" else { return false }
            return tokens[(m.end + 1)..<min(tokens.count, m.end + 5)].contains { Self.bodiesOfPeople.contains($0.lower) }
        }
        // "Canadian Armed Forces members have trained …": people of the body just named, not states.
        let officeEnds = Set(found.filter { $0.kind == .office }.map(\.end))
        found.removeAll { m in
            m.kind == .group && m.count == nil && m.end - m.start == 1 && ["members", "member"].contains(tokens[m.start].lower)
                && officeEnds.contains(m.start)
        }
        // "the coalition parties", "the governing coalition": a government's parties, not states.
        found.removeAll { m in
            m.kind == .group && tokens[m.end - 1].lower == "coalition"
                && ((m.end < tokens.count && tokens[m.end].lower == "parties") || (m.start > 0 && ["governing", "ruling"].contains(tokens[m.start - 1].lower)))
        }
        // "joined the drone coalition", "the IT coalition", "the demining capability coalition": a
        // coalition named for what it supplies is a scheme, not a group of states that acts.
        found.removeAll { m in
            m.kind == .group && m.end - m.start == 1 && tokens[m.start].lower == "coalition" && m.start > 0
                && ["drone", "drones", "it", "demining", "capability", "armour", "armor", "artillery", "maritime", "jet", "jets",
                    "tank", "tanks", "f-16", "air", "ew", "electronic", "ammunition", "shell", "skills", "training", "de-mining", "logistics"].contains(tokens[m.start - 1].lower)
        }
        // "the Estonian-led demining coalition": the group is the leader's undertaking, not a party.
        let ledEnds = Set(found.filter(\.led).map(\.end))
        found.removeAll { m in m.kind == .group && (max(0, m.start - 3)...m.start).contains { ledEnds.contains($0) } }
        // "Russian and Ukrainian delegations": the first demonym shares the noun of the second.
        if found.count > 1 {
            for index in stride(from: found.count - 2, through: 0, by: -1) where found[index].kind == .demonym {
                let next = found[index + 1]
                let gap = tokens[found[index].end..<next.start].map(\.lower)
                if next.kind == .demonym, next.governmentForm, gap == ["and"] || gap == [","] { found[index].governmentForm = true }
            }
        }
        return mergeTitles(found, tokens)
    }

    private func kind(_ kind: ReferenceData.ActorEntry.Kind) -> ActorMention.Kind {
        switch kind {
        case .state: return .state
        case .demonym: return .demonym
        case .capital: return .capital
        case .office: return .office
        case .organisation: return .organisation
        case .person: return .person
        case .groupNoun, .notActor: return .group
        }
    }

    /// The entry whose capitalisation fits the text and whose office term covers the date; with
    /// no date, the most recent holder.
    private func pick(_ entries: [ReferenceData.ActorEntry], tokens: [Token], range: Range<Int>,
                      on date: Day?) -> ReferenceData.ActorEntry? {
        let words = tokens[range].filter { !$0.isJoinedHyphen }
        var best: ReferenceData.ActorEntry?
        for entry in entries where casingFits(entry.alias, words) {
            if entry.kind == .person {
                if let date {
                    if let from = entry.validFrom, date < from { continue }
                    if let to = entry.validTo, date >= to { continue }
                    return entry
                }
                // Without a date, the most recent holder: the one a reader today would mean.
                if best == nil || (entry.validFrom?.daysSinceEpoch ?? .min) > (best?.validFrom?.daysSinceEpoch ?? .min) {
                    best = entry
                }
            } else {
                return entry
            }
        }
        return best
    }

    private func casingFits(_ alias: [String], _ words: [Token]) -> Bool {
        guard alias.count == words.count else { return false }
        for (name, token) in zip(alias, words) {
            let nameToken = Token(start: 0, end: 0, text: name, lower: "", kind: .word, spaceBefore: true)
            if nameToken.isAllCaps {
                if token.text != name { return false }
            } else if nameToken.isCapitalized, !token.isCapitalized {
                return false
            }
        }
        return true
    }

    /// "two-thirds", "half", "a third", "three quarters" ending at token `end`.
    static func fraction(_ tokens: [Token], endingAt end: Int) -> Double? {
        let denominators: [String: Double] = ["half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5]
        guard end >= 0, let denominator = denominators[tokens[end].lower] else { return nil }
        if denominator == 2 { return 0.5 }
        var k = end - 1
        if k >= 0, tokens[k].isJoinedHyphen || tokens[k].lower == "-" { k -= 1 }
        guard k >= 0 else { return nil }
        let numerator: Double? = ["a": 1, "one": 1, "two": 2, "three": 3, "four": 4][tokens[k].lower]
        return numerator.map { $0 / denominator }
    }

    /// Bodies whose members are people ("members of the armed forces", "of the delegation").
    static let bodiesOfPeople: Set<String> = [
        "forces", "force", "parliament", "staff", "team", "teams", "delegation", "army", "armed", "military", "crew", "crews",
        "unit", "units", "public", "committee", "cabinet", "congress", "senate", "bundestag", "opposition", "party", "police",
        "guard", "family", "families", "press", "board",
    ]

    /// "NATO allies", "NATO members": the alliance's members, not the alliance.
    static let memberNouns: Set<String> = ["allies", "members", "countries", "states", "nations", "governments", "partners"]
    static let collectiveHeads: Set<String> = ["leaders", "allies", "partners", "participants", "signatories"]

    /// Extends each group noun leftwards over its modifiers and count ("more than 30", "26 of
    /// Ukraine's", "the three Scandinavian") and replaces the mentions it swallows.
    private func mergeGroups(_ mentions: [ActorMention], _ nouns: [Range<Int>], _ tokens: [Token]) -> [ActorMention] {
        guard !nouns.isEmpty else { return Self.partitives(mentions, tokens) }
        var mentions = mentions
        var groups: [ActorMention] = []
        var index = nouns.count - 1
        while index >= 0 {
            let noun = nouns[index]
            var start = noun.lowerBound
            var j = start - 1
            while j >= 0 {
                let t = tokens[j]
                if index > 0, nouns[index - 1].upperBound == j + 1 {
                    index -= 1
                    start = nouns[index].lowerBound
                    j = start - 1
                    continue
                }
                if t.lower == "'s", let owner = mentions.lastIndex(where: { $0.end == j }), mentions[owner].kind != .group {
                    start = mentions[owner].start
                    j = start - 1
                    continue
                }
                if t.lower == "of" {
                    guard j > 0, tokens[j - 1].isNumber || NumberWords.value(tokens[j - 1].lower) != nil
                        || Self.groupQuantifiers.contains(tokens[j - 1].lower)
                        || (index > 0 && nouns[index - 1].upperBound == j) else { break }
                    start = j; j -= 1
                    continue
                }
                // "the eight Nordic and Baltic countries": two modifiers joined by "and".
                if t.lower == "and", j >= 1, reference.groupModifiers.contains(tokens[j - 1].lower),
                   reference.groupModifiers.contains(tokens[j + 1].lower) || nouns.contains(where: { $0.lowerBound == j + 1 }) {
                    start = j; j -= 1
                    continue
                }
                if reference.groupModifiers.contains(t.lower) || Self.qualifierWords.contains(t.lower) || t.isNumber
                    || t.classes.contains(.numberWord) || t.isJoinedHyphen {
                    start = j; j -= 1
                    continue
                }
                break
            }
            // Trim words that cannot open a group phrase ("at", "up", "of").
            while start < noun.lowerBound, ["of", "at", "up", "-"].contains(tokens[start].lower) { start += 1 }
            let range = start..<noun.upperBound
            var count: Int?
            for index in range {
                let t = tokens[index]
                // "a dozen", "two dozen", "dozens of" (no number).
                if t.lower == "dozen" {
                    let before = index > range.lowerBound ? tokens[index - 1] : nil
                    let times = before.flatMap { $0.isNumber ? $0.number.map { Int($0) } : NumberWords.value($0.lower) } ?? 1
                    count = 12 * times
                    break
                }
                if t.lower == "dozens" { break }
                if index + 1 < range.upperBound, tokens[index + 1].lower == "dozen" { continue }
                if t.isNumber, let value = t.number, value >= 2, value < 1000, value.rounded() == value { count = Int(value); break }
                if let (value, _) = NumberWords.read(tokens, at: index), value >= 2 { count = Int(value); break } // "twenty-six"
            }
            // "two-thirds of the 30 nations", "half of the 26 allies": the share, counted.
            if let total = count, let of = (max(1, range.lowerBound - 1)..<range.upperBound).first(where: { tokens[$0].lower == "of" }),
               let share = Self.fraction(tokens, endingAt: of - 1) {
                count = Int((Double(total) * share).rounded())
            }
            let head = tokens[noun.lowerBound].lower
            let determiner = tokens[range.lowerBound].lower
            var group = ActorMention(start: range.lowerBound, end: range.upperBound, code: .group, kind: .group,
                                     count: count, trigger: text(tokens, range))
            group.anaphoric = ["the", "these", "those", "both"].contains(determiner) && head != "coalition"
            // "The leaders agreed …", "the allies pledged …": without a count, the people at the
            // table act as the group itself rather than pointing back at states already named.
            if determiner == "the", count == nil, range.count == 2, Self.collectiveHeads.contains(head) { group.anaphoric = false }
            // "Finland and the other Nordic countries": the others beside a named state are an
            // unnamed group of their own (spec: "X and other European leaders" → X and a GROUP).
            if determiner == "the", count == nil, range.lowerBound >= 2, tokens[range.lowerBound - 1].lower == "and",
               range.lowerBound + 1 < range.upperBound, tokens[range.lowerBound + 1].lower == "other",
               mentions.contains(where: { $0.end == range.lowerBound - 1 && $0.kind == .state }) {
                group.anaphoric = false
            }
            // "the leaders of the 27 member states", "the 27 EU countries": the Union deciding.
            if count == 27, tokens[range].contains(where: { ["member", "eu", "european", "union"].contains($0.lower) }) {
                group.code = ActorCode("EU")
                group.kind = .organisation
                group.count = nil
                group.anaphoric = false
            }
            mentions.removeAll { $0.start >= range.lowerBound && $0.end <= range.upperBound }
            groups.append(group)
            index -= 1
        }
        return Self.partitives((mentions + groups).sorted { $0.start < $1.start }, tokens)
    }

    /// Counts below this in "N of them" are more often goods than states ("four of them have
    /// arrived").
    static let pronounPartitiveMinimum = 10

    /// "26 of the coalition's 35 members": the share acts, so the whole it is counted from is
    /// no second group. "26 of them committed": a counted share of states named before is a
    /// group of its own.
    static func partitives(_ mentions: [ActorMention], _ tokens: [Token]) -> [ActorMention] {
        var out: [ActorMention] = []
        for mention in mentions {
            if mention.kind == .group, let share = out.last, share.kind == .group, share.count != nil,
               share.end + 1 == mention.start, tokens[share.end].lower == "'s",
               tokens[share.start..<share.end].contains(where: { $0.lower == "of" }) {
                continue
            }
            out.append(mention)
        }
        for k in tokens.indices.dropLast(2) where tokens[k].isNumber && tokens[k + 1].lower == "of"
            && ["them", "those", "these"].contains(tokens[k + 2].lower) {
            guard let value = tokens[k].number, value >= Double(pronounPartitiveMinimum), value < 1000, value.rounded() == value,
                  !out.contains(where: { $0.start <= k && $0.end > k }) else { continue }
            out.append(ActorMention(start: k, end: k + 3, code: .group, kind: .group, count: Int(value),
                                    trigger: text(tokens, k..<(k + 3))))
        }
        return out.sorted { $0.start < $1.start }
    }

    /// "French President Emmanuel Macron", "NATO Secretary-General Mark Rutte": mentions of the
    /// same party separated only by title words become one.
    private func mergeTitles(_ mentions: [ActorMention], _ tokens: [Token]) -> [ActorMention] {
        var out: [ActorMention] = []
        for mention in mentions {
            if var last = out.last, last.code == mention.code, last.kind != .group, mention.kind != .group,
               mention.start - last.end <= 5,
               tokens[last.end..<mention.start].allSatisfy({ Self.titleWords.contains($0.lower) || ($0.isCapitalized && $0.isWord) }) {
                last.end = mention.end
                last.trigger = text(tokens, last.start..<mention.end)
                if rank(mention.kind) > rank(last.kind) { last.kind = mention.kind }
                last.governmentForm = true
                out[out.count - 1] = last
            } else {
                out.append(mention)
            }
        }
        return out
    }

    private func rank(_ kind: ActorMention.Kind) -> Int {
        switch kind {
        case .person: return 5
        case .office: return 4
        case .organisation: return 3
        case .state: return 2
        case .capital: return 1
        case .demonym, .group: return 0
        }
    }
}

/// The source text of a token range (tokens keep their own text; spacing is restored).
func text(_ tokens: [Token], _ range: Range<Int>) -> String {
    var out = ""
    for index in range {
        if index > range.lowerBound, tokens[index].spaceBefore { out += " " }
        out += tokens[index].text
    }
    return out
}
