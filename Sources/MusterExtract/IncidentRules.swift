import MusterCore

/// Stage 3c: attacks with launched and intercepted counts. Each counted weapon becomes a part
/// (launched or intercepted, by the nearest attack or interception verb); the document's parts
/// are merged by attacker, weapon and day.
enum IncidentRules {
    struct Part: Sendable {
        var actor: ActorCode?
        var target: ActorCode?
        var weapon: Weapon
        var quantity: Quantity
        var intercepted: Bool
        var date: Day?
        var quote: String
        var actorTrigger: String?
        var verbTrigger: String
        var countTrigger: String
        /// Cited from before the reported attack ("recently", "last December").
        var past = false
        /// Index of the sentence, to add "shot down" and "jammed" figures of one report.
        var sentence = 0
        /// The sentence names the day itself; otherwise the day is the report's attack day, and
        /// the part may complete an attack told on a day of its own.
        var ownDate = false
    }

    static let attackVerbs: Set<String> = [
        "launched", "launch", "launches", "launching", "fired", "fire", "fires", "firing", "attacked", "struck",
        "deployed", "sent", "used", "targeted", "retaliating", "retaliated", "unleashed", "shelled", "hurled",
        "pounded", "battered", "bombarded", "pummelled", "pummeled", "hammered",
    ]
    /// "19 drones entered Polish airspace", "crossed into Poland": weapons that reached a state
    /// other than the one attacked, which becomes the incident's target.
    static let incursionVerbs: Set<String> = ["entered", "crossed", "violated", "strayed"]
    /// "The previous attack involved 810 drones": verbs that count an attack's weapons only when
    /// an attack noun comes before them.
    static let compositionVerbs: Set<String> = ["involved", "included", "comprised", "featured"]
    /// "NASAMS fire units", "fire control": "fire" as a noun modifier, not the verb.
    static let fireCompounds: Set<String> = ["unit", "units", "control", "power", "support", "systems", "system", "teams"]
    /// "a ballistic missile at Kyiv", "a single missile struck …": words that may follow one
    /// counted weapon (anything else continues a compound: "a missile system").
    static let afterSingleWeapon: Set<String> = [
        "at", "on", "into", "toward", "towards", "and", "that", "which", "was", "struck", "hit", "from", "over", "in",
        "against", "targeting", "slammed", "crashed",
    ]
    /// "on western Ukraine", "at Kyiv": a party after one of these is the place attacked.
    static let targetPrepositions: Set<String> = ["on", "at", "against", "in", "into", "over", "across", "toward", "towards"]
    static let interceptVerbs: [[String]] = [
        ["shot", "down"], ["shoot", "down"], ["shooting", "down"], ["intercepted"], ["downed"], ["destroyed"],
        ["neutralised"], ["neutralized"], ["jammed"], ["suppressed"], ["repelled"], ["intercepting"],
    ]
    static let attackNouns: Set<String> = ["attack", "attacks", "strike", "strikes", "barrage", "assault", "bombardment", "raid", "raids"]
    static let tallies: [[String]] = [
        ["this", "week"], ["past", "week"], ["last", "week"], ["this", "month"], ["past", "month"], ["last", "month"],
        ["since", "the", "start"], ["since", "the", "beginning"], ["so", "far", "this"], ["per", "day"], ["every", "day"],
        ["in", "total"], ["this", "year"],
    ]
    static let hostile: Set<ActorCode> = ["RU", "BY", "IR", "KP"]

    /// The day of the attack a document reports: the first attack sentence that dates itself
    /// ("overnight", "on Monday") without pointing to the past.
    static func attackDay(_ analyses: [SentenceAnalysis]) -> Day? {
        for a in analyses where isAttackContext(a) {
            if a.dates.pointsToThePast { continue }
            if let day = a.dates.namedDay { return day }
        }
        return nil
    }

    static func isAttackContext(_ a: SentenceAnalysis) -> Bool {
        a.tokens.contains { $0.classes.contains(.attackWord) }
    }

    static func parts(in a: SentenceAnalysis, reference: ReferenceData, attackDay: Day?, sentence: Int = 0) -> [Part] {
        let words = a.tokens.map(\.lower)
        guard a.quantities.contains(where: { $0.kind != .money }) || words.contains("a") || words.contains("an") else { return [] }
        var counts: [(Quantity, Weapon, Int, String)] = []
        for q in a.quantities {
            if q.kind == .count, let weapon = Weapon(rawValue: q.quantity.unit) {
                counts.append((q.quantity, weapon, q.start, q.trigger))
            } else if q.kind == .bare, q.start > 0, a.tokens[q.start - 1].lower == "at",
                      words[max(0, q.start - 5)..<q.start].contains("number"), let weapon = firstWeapon(a, reference) {
                counts.append((Quantity(value: q.quantity.value, unit: weapon.rawValue, qualifier: q.quantity.qualifier), weapon, q.start, q.trigger))
            }
        }
        // "32 of them", "of which 61 were downed", "45 of the 60 drones": a share of the count
        // before or after it, with that count's weapon.
        for q in a.quantities where q.kind == .bare {
            let after = words[q.end..<min(words.count, q.end + 3)]
            let before = words[max(0, q.start - 2)..<q.start]
            var weapon: Weapon?
            if after.starts(with: ["of", "them"]) || after.starts(with: ["of", "those"]) || after.starts(with: ["of", "which"])
                || Array(before) == ["of", "which"] {
                weapon = counts.last(where: { $0.2 < q.start })?.1
            } else if after.first == "of", let total = counts.first(where: { $0.2 > q.end && $0.2 <= q.end + 2 }) {
                weapon = total.1
            } else if after.first == "of", q.end + 2 < a.tokens.count, ["the", "these", "those"].contains(words[q.end + 1]),
                      let match = reference.weapons.matches(in: a.tokens, at: q.end + 2).first {
                // "296 of the drones": a share of the weapons the text counted before.
                weapon = match.payloads.first
            } else if q.start > 0, words[q.start - 1] == "another" || words[q.start - 1] == "further" {
                // "… and electronic warfare suppressed another 415": more of the same weapon.
                weapon = counts.last(where: { $0.2 < q.start })?.1
            }
            if let weapon {
                counts.append((Quantity(value: q.quantity.value, unit: weapon.rawValue, qualifier: q.quantity.qualifier), weapon, q.start, q.trigger))
            }
        }
        // "an experimental hypersonic missile" is one missile; so is "a single Iskander-M ballistic
        // missile struck" and "a ballistic missile at Odesa".
        for (i, word) in words.enumerated() where word == "a" || word == "an" {
            var k = i + 1
            while k < min(a.tokens.count, i + 7) {
                if let match = reference.weapons.matches(in: a.tokens, at: k).first, let weapon = match.payloads.first {
                    let next = match.end < a.tokens.count ? a.tokens[match.end] : nil
                    let single = a.tokens[match.end - 1].lower.hasSuffix("s") == false
                    if single, next.map({ ($0.kind == .punct && !$0.isJoinedHyphen) || afterSingleWeapon.contains($0.lower) }) ?? true {
                        counts.append((Quantity(value: 1, unit: weapon.rawValue), weapon, i, text(a.tokens, i..<match.end)))
                    }
                    break
                }
                if a.tokens[k].kind == .punct, !a.tokens[k].isJoinedHyphen { break }
                k += 1
            }
        }
        // A past attack cited for comparison keeps no day; otherwise the sentence's own day, else
        // the day of the attack the document reports.
        var date = attackDay
        if a.dates.pointsToThePast {
            // "Earlier this month, on November 8, Russia launched …": a past attack keeps the
            // calendar day the text gives it, and no other.
            date = a.dates.first { $0.label?.hasPrefix("month") == true }.flatMap { mention in
                if case .day(let day) = mention.kind { return day } else { return nil }
            }
        } else if let own = a.dates.namedDay {
            date = own
        }
        let ownDate = a.dates.pointsToThePast || a.dates.namedDay != nil
        // "The previous record attack, on 7 September, …": an attack cited for comparison.
        let cited = words.indices.contains { i in
            (attackNouns.contains(words[i]) || words[i] == "record") && words[max(0, i - 3)..<i].contains { ["previous", "earlier"].contains($0) }
        }
        // "19 drones crossed into Poland": the state the weapons reached is the target.
        let incursionTarget: ActorCode? = words.contains(where: incursionVerbs.contains)
            ? a.actors.first { !$0.isUkraineOrRussia && !hostile.contains($0.code) && $0.kind != .group && $0.kind != .organisation }?.code
            : nil

        var parts: [Part] = []
        guard !counts.isEmpty else { return [] }
        // "the second strike this week: on Tuesday, Russia fired …" is one attack on a named
        // day; without one, "this week" or "since the start" makes the count a tally.
        // The day must come before the count, and the tally phrase not between them ("Over the
        // past week, Russia launched 1,200 drones, Zelensky said on Sunday" stays a tally).
        let firstCount = counts.map(\.2).min() ?? 0
        let namedDayAt = a.dates.last { mention in
            guard case .day = mention.kind, !mention.isVague, mention.label != nil else { return false }
            return mention.start < firstCount
        }?.start
        for phrase in tallies {
            guard let at = firstIndex(words, phrase) else { continue }
            // "Earlier this month, a swarm of 19 drones …": a past attack, not a tally.
            if at > 0, words[at - 1] == "earlier" { continue }
            guard let day = namedDayAt, at < day || at > firstCount else { return [] }
        }
        if countsAPeriod(words) { return [] }
        let shares = Set(counts.compactMap { c in
            counts.contains { $0.2 < c.2 && $0.2 >= c.2 - 3 && $0.2 + 1 < a.tokens.count && a.tokens[$0.2 + 1].lower == "of" } ? c.2 : nil
        })
        for (quantity, weapon, start, trigger) in counts {
            guard let (verbAt, verbEnd, intercepts) = verb(a, around: start, cited: cited) else { continue }
            // "destroyed 87 Ukrainian drones", "19 Russian drones crossed": the weapon's own
            // demonym names the attacker, whoever reports it.
            let own = ownDemonym(words, from: start) ?? attackDemonym(words, before: start)
            var intercepted = intercepts
            // In "45 of the 60 drones were shot down" the 60 were launched.
            if shares.contains(start) { intercepted = false }
            var actor: ActorCode? = .russia
            var actorTrigger: String?
            if let own {
                actor = own
                actorTrigger = own == .ukraine ? "Ukrainian" : "Russian"
            } else if let mention = a.actors.last(where: { $0.end <= verbAt && $0.kind != .group && ($0.end == verbAt || !isPlaceAttacked($0, words))
                && ($0.end == verbAt || CommitmentRules.agentive($0, a) != nil) }) {
                if hostile.contains(mention.code), intercepts, !words.contains(where: attackVerbs.contains) {
                    // "Russia's defence ministry said it destroyed 102 drones", with no attack by
                    // Russia told in the sentence: Ukraine attacked and Russia intercepted.
                    actor = .ukraine
                    actorTrigger = mention.trigger
                } else if hostile.contains(mention.code) {
                    actor = mention.code
                    actorTrigger = mention.trigger
                } else if mention.code == .ukraine, !intercepts {
                    actor = .ukraine
                    actorTrigger = mention.trigger
                } else if mention.code != .ukraine, incursionTarget == nil {
                    continue // a supporter sending drones is aid, not an attack
                }
                // With weapons crossing into a neighbour, a neighbour named before the verb reports
                // or defends; the attacker stays Russia.
            }
            var target: ActorCode? = actor == .ukraine ? .russia : (actor.map(hostile.contains) == true ? .ukraine : nil)
            if let incursionTarget, actor != .ukraine { target = incursionTarget }
            parts.append(Part(actor: actor, target: target, weapon: weapon, quantity: quantity, intercepted: intercepted,
                              date: date, quote: a.sentence.text, actorTrigger: actorTrigger,
                              verbTrigger: text(a.tokens, verbAt..<verbEnd), countTrigger: trigger,
                              past: a.dates.pointsToThePast || cited, sentence: sentence, ownDate: ownDate))
        }
        return parts
    }

    /// The attack or interception verb nearest before the count in its clause, else just after it.
    static func verb(_ a: SentenceAnalysis, around start: Int, cited: Bool = false) -> (Int, Int, Bool)? {
        func at(_ k: Int) -> (Int, Int, Bool)? {
            let word = a.tokens[k].lower
            if attackVerbs.contains(word) {
                let next = k + 1 < a.tokens.count ? a.tokens[k + 1].lower : ""
                if word.hasPrefix("fire"), fireCompounds.contains(next) { return nil }
                return (k, k + 1, false)
            }
            if incursionVerbs.contains(word) { return (k, k + 1, false) }
            // Only for an attack cited for comparison: the current attack's breakdown ("the attack
            // involved 18 missiles, …, 306 drones") is not its stated total.
            if cited, compositionVerbs.contains(word), a.tokens[..<k].contains(where: { attackNouns.contains($0.lower) || $0.lower == "record" }) {
                return (k, k + 1, false)
            }
            for phrase in interceptVerbs where k + phrase.count <= a.tokens.count
                && zip(a.tokens[k..<(k + phrase.count)], phrase).allSatisfy({ $0.lower == $1 }) {
                return (k, k + phrase.count, true)
            }
            return nil
        }
        // "95 were lost from radar or jammed": a mixed figure is neither launched nor intercepted.
        var k = start + 1
        while k < min(a.tokens.count, start + 8), a.tokens[k].kind != .punct || a.tokens[k].isJoinedHyphen {
            if a.tokens[k].lower == "lost" { return nil }
            k += 1
        }
        // A passive right after the count is its own verb: "120 drones were shot down".
        k = start + 1
        while k < min(a.tokens.count, start + 8) {
            if ["were", "was", "been"].contains(a.tokens[k].lower), k + 1 < a.tokens.count {
                var v = k + 1
                while v < min(a.tokens.count, k + 3), ["either", "all", "successfully", "reportedly", "also"].contains(a.tokens[v].lower) { v += 1 }
                if let found = at(v) { return found }
            }
            if a.tokens[k].kind == .punct, !a.tokens[k].isJoinedHyphen { break }
            k += 1
        }
        k = start - 1
        while k >= 0, a.tokens[k].lower != ";" {
            if let found = at(k) { return found }
            k -= 1
        }
        k = start + 1
        while k < min(a.tokens.count, start + 8) {
            if let found = at(k) { return found }
            k += 1
        }
        return nil
    }

    /// "jammed", "electronically suppressed": the electronic share of an interception figure.
    /// "Ukrainian drones", "45 Russian missiles": the attacker a count's own demonym names, read
    /// from the count to its noun (before any punctuation).
    static func ownDemonym(_ words: [String], from start: Int) -> ActorCode? {
        var k = start
        while k < min(words.count, start + 4) {
            switch words[k] {
            case "ukrainian": return .ukraine
            case "russian": return .russia
            case ",", ";", ":", ".", "(", "and", "of": if k > start { return nil }
            default: break
            }
            k += 1
        }
        return nil
    }

    /// "in response to a Ukrainian attack on an airfield with six missiles": the demonym before
    /// the attack noun the count is the means of.
    static func attackDemonym(_ words: [String], before start: Int) -> ActorCode? {
        guard start > 0, words[start - 1] == "with" else { return nil }
        var k = start - 2
        while k > 0, k > start - 14, ![",", ";", ":"].contains(words[k]) {
            if attackNouns.contains(words[k]) {
                switch words[k - 1] {
                case "ukrainian": return .ukraine
                case "russian": return .russia
                default: return nil
                }
            }
            k -= 1
        }
        return nil
    }

    /// "a strike on western Ukraine, firing …": a party after "on", "at", "against" (an
    /// adjective may stand between) is where the attack went, not who made it.
    static func isPlaceAttacked(_ m: ActorMention, _ words: [String]) -> Bool {
        var p = m.start - 1
        if p >= 0, !targetPrepositions.contains(words[p]), p > 0, words[p].first?.isLetter == true,
           ["western", "eastern", "northern", "southern", "central", "the"].contains(words[p]) {
            p -= 1
        }
        return p >= 0 && targetPrepositions.contains(words[p])
    }

    static func isJamming(_ verb: String) -> Bool {
        verb.hasPrefix("jam") || verb.hasPrefix("suppress")
    }

    static func firstWeapon(_ a: SentenceAnalysis, _ reference: ReferenceData) -> Weapon? {
        for k in 0..<a.tokens.count {
            if let match = reference.weapons.matches(in: a.tokens, at: k).first { return match.payloads.first }
        }
        return nil
    }

    /// Time nouns that make "alone" after them a period's tally ("in January alone").
    static let periodNouns: Set<String> = ["week", "weeks", "month", "months", "year", "days"]

    /// "in September alone", "in the first two weeks of October alone", "during November",
    /// "in recent weeks": a count over a period, not one attack. A month with a day number
    /// ("on November 8") names a day and stays.
    static func countsAPeriod(_ words: [String]) -> Bool {
        for (i, word) in words.enumerated() {
            if word == "alone", i > 0, periodNouns.contains(words[i - 1]) || DateExpressions.months[words[i - 1]] != nil {
                return true
            }
            if word == "recent", i + 1 < words.count, ["weeks", "months", "days"].contains(words[i + 1]) { return true }
            // "in the first two weeks of October": a stretch of a month.
            if ["weeks", "days"].contains(word), i + 2 < words.count, words[i + 1] == "of", DateExpressions.months[words[i + 2]] != nil {
                return true
            }
            if ["during", "throughout"].contains(word), i + 1 < words.count, let _ = DateExpressions.months[words[i + 1]],
               !(i + 2 < words.count && words[i + 2].first?.isNumber == true) {
                return true
            }
        }
        return false
    }

    static func firstIndex(_ words: [String], _ phrase: [String]) -> Int? {
        guard words.count >= phrase.count else { return nil }
        for i in 0...(words.count - phrase.count) where words[i] == phrase[0] {
            if Array(words[i..<(i + phrase.count)]) == phrase { return i }
        }
        return nil
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        for i in 0...(words.count - phrase.count) where words[i] == phrase[0] {
            if Array(words[i..<(i + phrase.count)]) == phrase { return true }
        }
        return false
    }

    /// One incident per attacker, weapon and day: launched from one sentence, intercepted from another.
    static func merge(_ parts: [Part]) -> [ExplainedClaim] {
        var incidents: [(Incident, ExplainedClaim)] = []
        var past: [Bool] = []
        var interceptedIn: [Int?] = []
        var interceptVerb: [String] = []
        var ownDate: [Bool] = []
        for part in parts {
            func same(_ i: Int) -> Bool {
                incidents[i].0.actor == part.actor && incidents[i].0.weapon == part.weapon && incidents[i].0.target == part.target
                    && past[i] == part.past
            }
            // "Russia launched 497 drones on Saturday night … Air defences destroyed 459 drones": a
            // figure without a day of its own completes the attack told with one, and the other way round.
            let exact = incidents.indices.first { same($0) && incidents[$0].0.date == part.date }
            let completed = exact ?? incidents.indices.first { i in
                same(i) && !part.past && ownDate[i] != part.ownDate && nextDays(incidents[i].0.date, part.date)
                    && (part.intercepted ? incidents[i].0.intercepted == nil : incidents[i].0.launched == nil)
            }
            if let index = completed {
                var (incident, explained) = incidents[index]
                if part.intercepted, let sum = incident.intercepted, interceptedIn[index] == part.sentence,
                   isJamming(part.verbTrigger) != isJamming(interceptVerb[index]) {
                    // "shot down 700, and 47 more were jammed": one report, one total.
                    incident.intercepted = Quantity(value: sum.value + part.quantity.value, unit: sum.unit, qualifier: sum.qualifier)
                } else if part.intercepted, incident.intercepted == nil {
                    incident.intercepted = part.quantity
                    interceptedIn[index] = part.sentence
                    interceptVerb[index] = part.verbTrigger
                }
                if !part.intercepted, incident.launched == nil {
                    incident.launched = part.quantity
                    incident.quote = part.quote
                    explained.amountTrigger = part.countTrigger
                    explained.statusTrigger = part.verbTrigger
                }
                if part.ownDate, !ownDate[index] {
                    incident.date = part.date
                    ownDate[index] = true
                }
                explained.claim = .incident(incident)
                incidents[index] = (incident, explained)
            } else {
                let incident = Incident(actor: part.actor, target: part.target, weapon: part.weapon,
                                        launched: part.intercepted ? nil : part.quantity,
                                        intercepted: part.intercepted ? part.quantity : nil, date: part.date, quote: part.quote)
                past.append(part.past)
                ownDate.append(part.ownDate)
                interceptedIn.append(part.intercepted ? part.sentence : nil)
                interceptVerb.append(part.intercepted ? part.verbTrigger : "")
                incidents.append((incident, ExplainedClaim(claim: .incident(incident), actorTrigger: part.actorTrigger,
                                                           categoryTrigger: part.weapon.rawValue, statusTrigger: part.verbTrigger,
                                                           amountTrigger: part.countTrigger)))
            }
        }
        // "499 air attack assets, 479 drones and 20 missiles": with both weapons counted apart,
        // the combined figure of the same attack is their sum, not an incident of its own.
        let kept = incidents.indices.filter { i in
            let incident = incidents[i].0
            // Without a day, two figures may be two attacks ("the largest since February 7, when …").
            guard incident.weapon == .dronesAndMissiles, incident.date != nil else { return true }
            let apart = Set(incidents.indices.filter { j in
                incidents[j].0.actor == incident.actor && incidents[j].0.date == incident.date && past[j] == past[i]
            }.compactMap { incidents[$0].0.weapon })
            return !(apart.contains(.drones) && apart.contains(.missiles))
        }
        return kept.map { incidents[$0].1 }
    }

    /// Two days at most one apart ("on Saturday night" told for the report of Sunday).
    static func nextDays(_ a: Day?, _ b: Day?) -> Bool {
        guard let a, let b else { return false }
        return a.adding(days: 1) == b || b.adding(days: 1) == a
    }
}
