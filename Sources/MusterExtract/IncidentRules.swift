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
    }

    static let attackVerbs: Set<String> = [
        "launched", "launch", "launches", "launching", "fired", "fire", "fires", "firing", "attacked", "struck",
        "deployed", "sent", "used", "targeted", "retaliating", "retaliated", "unleashed", "shelled", "hurled",
    ]
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
        // "an experimental hypersonic missile" is one missile.
        for (i, word) in words.enumerated() where word == "a" || word == "an" {
            var k = i + 1
            while k < min(a.tokens.count, i + 5) {
                if let match = reference.weapons.matches(in: a.tokens, at: k).first, let weapon = match.payloads.first {
                    let next = match.end < a.tokens.count ? a.tokens[match.end] : nil
                    let single = a.tokens[match.end - 1].lower.hasSuffix("s") == false
                    if single, next.map({ $0.kind == .punct && !$0.isJoinedHyphen }) ?? true {
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
            guard let day = namedDayAt, at < day || at > firstCount else { return [] }
        }
        if countsAPeriod(words) { return [] }
        let shares = Set(counts.compactMap { c in
            counts.contains { $0.2 < c.2 && $0.2 >= c.2 - 3 && $0.2 + 1 < a.tokens.count && a.tokens[$0.2 + 1].lower == "of" } ? c.2 : nil
        })
        for (quantity, weapon, start, trigger) in counts {
            guard let (verbAt, verbEnd, intercepts) = verb(a, around: start) else { continue }
            var intercepted = intercepts
            // In "45 of the 60 drones were shot down" the 60 were launched.
            if shares.contains(start) { intercepted = false }
            var actor: ActorCode? = .russia
            var actorTrigger: String?
            if let mention = a.actors.last(where: { $0.end <= verbAt && $0.kind != .group && ($0.end == verbAt || CommitmentRules.agentive($0, a) != nil) }) {
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
                } else if mention.code != .ukraine {
                    continue // a supporter sending drones is aid, not an attack
                }
            }
            let target: ActorCode? = actor == .ukraine ? .russia : (actor.map(hostile.contains) == true ? .ukraine : nil)
            parts.append(Part(actor: actor, target: target, weapon: weapon, quantity: quantity, intercepted: intercepted,
                              date: date, quote: a.sentence.text, actorTrigger: actorTrigger,
                              verbTrigger: text(a.tokens, verbAt..<verbEnd), countTrigger: trigger, past: a.dates.pointsToThePast,
                              sentence: sentence))
        }
        return parts
    }

    /// The attack or interception verb nearest before the count in its clause, else just after it.
    static func verb(_ a: SentenceAnalysis, around start: Int) -> (Int, Int, Bool)? {
        func at(_ k: Int) -> (Int, Int, Bool)? {
            if attackVerbs.contains(a.tokens[k].lower) { return (k, k + 1, false) }
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
        for part in parts {
            if let index = incidents.indices.first(where: { incidents[$0].0.actor == part.actor && incidents[$0].0.weapon == part.weapon
                && incidents[$0].0.date == part.date && past[$0] == part.past }) {
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
                explained.claim = .incident(incident)
                incidents[index] = (incident, explained)
            } else {
                let incident = Incident(actor: part.actor, target: part.target, weapon: part.weapon,
                                        launched: part.intercepted ? nil : part.quantity,
                                        intercepted: part.intercepted ? part.quantity : nil, date: part.date, quote: part.quote)
                past.append(part.past)
                interceptedIn.append(part.intercepted ? part.sentence : nil)
                interceptVerb.append(part.intercepted ? part.verbTrigger : "")
                incidents.append((incident, ExplainedClaim(claim: .incident(incident), actorTrigger: part.actorTrigger,
                                                           categoryTrigger: part.weapon.rawValue, statusTrigger: part.verbTrigger,
                                                           amountTrigger: part.countTrigger)))
            }
        }
        return incidents.map(\.1)
    }
}
