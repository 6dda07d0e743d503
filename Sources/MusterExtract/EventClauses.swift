import MusterCore

/// The clause-level readings of event mentions: who attended from a list sentence, whether the
/// occasion is arranged for later or dates other news, and whether a party follows a host verb.
extension EventRules {
    /// Openings of a sentence that lists who attended the occasion just told: "Among them were
    /// …", "Attendees included …", "Also present were …".
    static let attendanceOpenings: [[String]] = [
        ["among", "them"], ["among", "those"], ["among", "the", "leaders"], ["among", "the", "attendees"],
        ["among", "the", "participants"], ["attendees", "included"], ["participants", "included"],
        ["those", "attending", "included"], ["those", "present", "included"], ["also", "present", "were"],
        ["also", "attending", "were"], ["also", "in", "attendance", "were"], ["they", "included"],
    ]

    /// The parties a sentence names as attending the occasion told just before: a list after
    /// an attendance opening, or a party "represented by" its minister. Nil for any other sentence.
    static func attendees(in a: SentenceAnalysis) -> [(ActorCode, String)]? {
        let words = a.tokens.map(\.lower)
        let opens = attendanceOpenings.contains { opening in words.starts(with: opening) }
        // "Turkey was represented by its foreign minister": the party before the verb attended.
        let represented = words.indices.first { i in
            words[i] == "represented" && i + 1 < words.count && words[i + 1] == "by" && i > 0 && ["was", "were"].contains(words[i - 1])
        }
        // "US envoys Witkoff and Kushner also took part.", "Zelenskyy addressed the leaders in
        // person.": parties before a verb of attending whose object is the occasion just told.
        let attending = represented == nil && !opens ? attendingVerb(words) : nil
        guard opens || represented != nil || attending != nil else { return nil }
        let limit = represented ?? attending
        var found: [(ActorCode, String)] = []
        for m in a.actors where m.kind != .group && !m.led && (limit.map { m.end <= $0 } ?? true) {
            if m.kind == .demonym, !m.governmentForm { continue }
            var p = m.start - 1
            while p >= 0, StatusLexicon.determiners.contains(words[p]) { p -= 1 }
            if p >= 0, locative.contains(words[p]) { continue }
            if !found.contains(where: { $0.0 == m.code }) { found.append((m.code, m.trigger)) }
        }
        return found.isEmpty ? nil : found
    }

    /// Where "took part", "attended", "participated" or "addressed" stands when nothing but the
    /// occasion just told, its audience or the way of attending follows; nil otherwise.
    static func attendingVerb(_ words: [String]) -> Int? {
        guard let v = words.firstIndex(where: { ["took", "attended", "participated", "addressed"].contains($0) }) else { return nil }
        var k = v + 1
        if words[v] == "took" {
            guard k < words.count, words[k] == "part" else { return nil }
            k += 1
        }
        let rest = words[k...].filter { ![".", ",", "\""].contains($0) }
        let allowed: Set<String> = [
            "in", "the", "person", "by", "video", "link", "via", "videolink", "remotely", "online", "also", "too", "as", "well",
            "meeting", "summit", "talks", "call", "leaders", "gathering", "session", "conference", "ministers", "participants",
        ]
        return rest.allSatisfy(allowed.contains) ? v : nil
    }

    /// "last week", "in 2022", "days ago": the sentence tells of earlier news. "An earlier
    /// version of this article" names a thing, not a time.
    static func pointsToEarlierNews(_ a: SentenceAnalysis) -> Bool {
        a.dates.contains { mention in
            guard case .past = mention.kind else { return false }
            let word = a.tokens[mention.start].lower
            // "earlier in the day", "earlier today", "earlier on Saturday": the day of the report.
            if word == "earlier", sameDayAfterEarlier(a.tokens.map(\.lower), mention.start) { return false }
            // ("earlier that day": the day just told, which `daysFromPrevious` gives.)
            if word == "earlier", mention.start + 2 < a.tokens.count, a.tokens[mention.start + 1].lower == "that",
               a.tokens[mention.start + 2].lower == "day" { return false }
            let adjective = ["earlier", "previous"].contains(word) && mention.start > 0
                && StatusLexicon.determiners.contains(a.tokens[mention.start - 1].lower)
            return !adjective
        }
    }

    /// "earlier in the day", "earlier today", "earlier on Monday": a time of the reported day.
    static func sameDayAfterEarlier(_ words: [String], _ at: Int) -> Bool {
        let next = words[(at + 1)..<min(words.count, at + 4)]
        return next.starts(with: ["in", "the", "day"]) || next.first == "today" || next.starts(with: ["this", "morning"])
            || (next.first == "on" && next.count > 1 && DateExpressions.weekdays[next[next.startIndex + 1]] != nil)
    }

    /// "were due to meet in Geneva later this week", "is expected to meet Trump", "Japan will host a
    /// recovery conference": an occasion arranged for later, told before its word.
    static func arrangedBefore(_ words: [String], at: Int) -> Bool {
        let clause = (words[..<at].lastIndex(where: { [",", ";", "—"].contains($0) }) ?? -1) + 1
        guard clause < at else { return false }
        // ("Japan will host a recovery conference in 2027", "Trump said he would meet Putin".)
        if let modal = words[clause..<at].lastIndex(where: { ["will", "would", "'ll", "shall"].contains($0) }),
           words[(modal + 1)..<min(at + 1, modal + 4)].contains(where: { ["meet", "host", "hold", "convene", "gather", "visit", "travel"].contains($0) }) {
            return true
        }
        guard let to = words[clause..<at].lastIndex(of: "to"), to >= 1 else { return false }
        return ["due", "set", "scheduled", "expected", "planning", "plan", "plans", "planned", "slated", "poised", "hoping", "hopes"].contains(words[to - 1])
            && to + 1 < words.count && ["meet", "hold", "gather", "convene", "host", "attend", "join", "travel", "visit", "speak", "talk"].contains(words[to + 1])
    }

    /// Whether the words after the meeting noun arrange it for later: "to be held in Tokyo",
    /// "would take place in Rome", also past a comma and the rest of its name.
    static func isArranged(_ words: [String], after at: Int) -> Bool {
        // ("A video conference of the coalition, co-chaired by …, is scheduled for Tuesday": past
        // the commas of the rest of its description, up to the sentence's end.)
        if let verb = words[(at + 1)...].prefix(24).firstIndex(where: { ["scheduled", "slated"].contains($0) }), verb >= 1,
           ["is", "are", "was", "were"].contains(words[verb - 1]), !words[(at + 1)..<verb].contains(where: { [";", "."].contains($0) }) {
            return true
        }
        var k = at + 1
        while k + 2 < words.count, k < at + 16, ![";", ".", "—"].contains(words[k]) {
            if ["to", "would", "will"].contains(words[k]), (words[k + 1] == "be" && arrangedParticiples.contains(words[k + 2]))
                || (words[k + 1] == "take" && words[k + 2] == "place") {
                return true
            }
            k += 1
        }
        return false
    }

    /// "Hours before the meeting, …", "Ahead of the summit, …": a sentence that opens with a time
    /// phrase pointing at an occasion already named ("the", "that"). Returns where the phrase
    /// ends (its comma); nil for any other placement.
    static func openingReference(_ words: [String], at: Int) -> Int? {
        guard at >= 2, ["the", "that", "this"].contains(words[at - 1]) else { return nil }
        // Only a time before the occasion: "After the meeting, Zelensky told reporters …" is
        // mostly told by one who took part.
        // ("On the eve of the meeting, Zelensky held a call with Merz": the eve is before it too.)
        guard let t = words[..<(at - 1)].lastIndex(where: { $0 == "before" || $0 == "ahead" || $0 == "eve" }), t <= 3, at - t <= 3 else { return nil }
        guard let comma = words[at...].firstIndex(of: ","), comma - at <= 8 else { return nil }
        return comma
    }

    /// "On the sidelines of the summit, …", "On the margins of the meeting, …": an opening that
    /// places the clause after its comma at an occasion already named; where the comma stands.
    static func openingMargins(_ words: [String], at: Int) -> Int? {
        guard at >= 4, at <= 7, ["the", "that", "this"].contains(words[at - 1]), words[at - 2] == "of",
              ["sidelines", "margins", "sideline", "margin"].contains(words[at - 3]) else { return nil }
        guard let comma = words[at...].firstIndex(of: ","), comma - at <= 8 else { return nil }
        return comma
    }

    /// "Aug. 15 — …", "- December 3, 2025: …": an entry of a timeline, opening with its day and a
    /// dash or colon.
    static func timelineEntry(_ a: SentenceAnalysis, _ words: [String]) -> Bool {
        guard let mark = words.prefix(7).indices.first(where: { $0 >= 2 && ["—", "–", ":", "-"].contains(words[$0]) }) else { return false }
        return a.dates.contains { m in
            if m.start <= 1, m.start < mark, case .day(let day) = m.kind, day != nil { return true }
            return false
        }
    }

    /// ", who attended a dinner on Tuesday, met …": the comma closing a relative aside (opened by
    /// ", who" or ", which") that holds the word at `at`, if it does.
    static func relativeAsideEnd(_ words: [String], around at: Int) -> Int? {
        guard let open = words[..<at].lastIndex(where: { $0 == "who" || $0 == "which" }), open >= 1, words[open - 1] == ",",
              !words[open..<at].contains(","), let close = words[at...].firstIndex(of: ","), close - at <= 12 else { return nil }
        return close
    }

    /// Where a meeting beside another occasion is held: "on the sidelines of", "on the fringes of".
    static let marginNouns: Set<String> = ["sidelines", "margins", "sideline", "margin", "fringes"]

    /// "met Zelensky on the sidelines of the summit", "talks on the margins of the meeting": where
    /// "on the sidelines" stands after the occasion word, if it does.
    static func sidelinesAfter(_ words: [String], _ at: Int) -> Int? {
        guard at + 3 < words.count else { return nil }
        return words[(at + 1)...].indices.first { k in
            k >= 2 && marginNouns.contains(words[k]) && words[k - 1] == "the"
                && ["on", "at"].contains(words[k - 2])
        }
    }

    /// "hosted Zelensky", "phoned the German chancellor": a party (after a determiner or a
    /// title) right after the verb.
    static func partyFollows(_ a: SentenceAnalysis, after i: Int, person: Bool = false, group: Bool = false) -> Bool {
        var k = i + 1
        while k < a.tokens.count, StatusLexicon.determiners.contains(a.tokens[k].lower) { k += 1 }
        guard let m = a.actors.first(where: { $0.start >= k && $0.start <= k + 3 }), m.kind != .group || group else { return false }
        // "received the Ukrainian President": a head of state named by title.
        if person, m.kind != .person, m.kind != .office, !(m.kind == .demonym && m.governmentForm) { return false }
        // "received Germany's pledge": the party owns the thing received.
        if m.end < a.tokens.count, a.tokens[m.end].lower == "'s" { return false }
        // Only title words may stand between: "hosted Prime Minister Starmer".
        return (k..<m.start).allSatisfy { a.tokens[$0].isCapitalized || ActorMatcher.titleWords.contains(a.tokens[$0].lower) }
    }

    /// "a day after", "the day after", "one day after", "two days after" before the occasion in
    /// its clause: where the phrase starts and how many days it counts back, or nil.
    static func dayAfterPhrase(_ words: [String], before at: Int, from clauseStart: Int) -> (start: Int, days: Int)? {
        var k = max(clauseStart, 1)
        while k + 1 < at {
            if words[k] == "day", words[k + 1] == "after", ["a", "the", "one"].contains(words[k - 1]) { return (k - 1, 1) }
            if words[k] == "days", words[k + 1] == "after", let days = NumberWords.units[words[k - 1]] ?? Int(words[k - 1]),
               (2...5).contains(days) {
                return (k - 1, days)
            }
            k += 1
        }
        return nil
    }

    /// "spoke with", "spoke on Tuesday with", "had spoken by phone on Sunday with": the word
    /// after a talking verb once the day it names is skipped.
    static func talkPartner(_ words: [String], after i: Int) -> Int? {
        var k = i + 1
        if k + 3 < words.count, words[k] == "earlier" || words[k] == "later", words[(k + 1)...(k + 3)].elementsEqual(["in", "the", "day"]) {
            k += 4
        }
        // "had spoken by phone on Sunday with …".
        var medium: Int?
        if k + 1 < words.count, words[k] == "by", callMedia.contains(words[k + 1]) { medium = k; k += 2 }
        // ("had spoken on Sunday evening with …", "spoke twice this week with …".)
        while k < words.count, k < i + 7, words[k] == "on" || words[k] == "earlier" || words[k] == "later"
                || DateExpressions.weekdays[words[k]] != nil || ["today", "yesterday", "overnight"].contains(words[k])
                || ["morning", "afternoon", "evening", "night", "twice", "again", "briefly", "separately", "this", "last", "week", "weekend"].contains(words[k]) {
            k += 1
        }
        // "spoke by phone on Sunday." with no partner after: the medium still makes the call.
        if let medium, k >= words.count || !["with", "to"].contains(words[k]) { return medium }
        return k < words.count ? k : nil
    }

    /// "with his British counterpart", "with her Swedish and Danish counterparts" from `start`
    /// on: where the possessive stands, or nil.
    static func counterpartAfter(_ words: [String], _ start: Int) -> Int? {
        var k = start
        while k + 1 < words.count {
            if words[k] == "with", ["his", "her", "their"].contains(words[k + 1]),
               words[(k + 2)..<min(words.count, k + 7)].contains(where: { $0 == "counterpart" || $0 == "counterparts" }) {
                return k + 1
            }
            k += 1
        }
        return nil
    }

    /// "agreed early on Friday", "struck the deal early Friday": an outcome reached in the small
    /// hours, at the end of an occasion that began the day before.
    static let outcomeVerbs: Set<String> = ["agreed", "reached", "struck", "sealed", "clinched", "approved", "endorsed"]

    /// Whether the sentence's named day is one on which an outcome came "early", after the night.
    static func concludedEarly(_ words: [String], _ dates: [DateMention]) -> Bool {
        guard let mention = dates.first(where: { if case .day = $0.kind { return !$0.isVague } else { return false } }) else {
            // "EU leaders agreed overnight to …", in a report with no day of its own: the talks
            // began the day before the report.
            return dates.contains { m in
                m.start >= 1 && m.start < words.count && words[m.start] == "overnight" && outcomeVerbs.contains(words[m.start - 1])
            }
        }
        var k = mention.start - 1
        if k >= 0, words[k] == "on" { k -= 1 }
        guard k >= 1, words[k] == "early" else { return false }
        return words[max(0, k - 4)..<k].contains(where: outcomeVerbs.contains)
    }

    /// "Stubb and Zelensky spoke on Tuesday", "Trump and Putin spoke for two hours": two parties
    /// joined by "and" right before a talking verb with no partner after it talked with each
    /// other. "Macron and Merz spoke at the conference" gave speeches.
    static func pairSpoke(_ a: SentenceAnalysis, verbAt i: Int) -> Bool {
        guard pairSubject(a, verbAt: i) else { return false }
        var k = i + 1
        while k < a.tokens.count, a.tokens[k].lower == "on" || DateExpressions.weekdays[a.tokens[k].lower] != nil
                || ["today", "yesterday", "again", "briefly", "earlier"].contains(a.tokens[k].lower) {
            k += 1
        }
        return k >= a.tokens.count || [",", ".", ";", "for"].contains(a.tokens[k].lower)
    }

    /// "Stubb and Zelensky spoke", "The President of Ukraine and the Prime Minister of Denmark
    /// discussed": two different parties joined by "and" right before the verb (or its "have").
    static func pairSubject(_ a: SentenceAnalysis, verbAt i: Int) -> Bool {
        var v = i
        if v > 0, ["have", "had", "has"].contains(a.tokens[v - 1].lower) { v -= 1 }
        guard let second = a.actors.last(where: { $0.end == v }), second.kind != .group,
              second.start > 0 else { return false }
        var c = second.start - 1
        // "and the Prime Minister of Denmark": the title before the party.
        while c > 0, c > second.start - 5, a.tokens[c].lower != "and",
              ["of", "the"].contains(a.tokens[c].lower) || ActorMatcher.titleWords.contains(a.tokens[c].lower) {
            c -= 1
        }
        guard a.tokens[c].lower == "and", let first = a.actors.last(where: { $0.end == c }), first.kind != .group,
              first.code != second.code else { return false }
        return true
    }

    /// Words before a party that name a delegation rather than a place: "delegations from Kyiv
    /// and Washington".
    static let envoyNouns: Set<String> = [
        "delegation", "delegations", "representatives", "officials", "envoys", "negotiators", "teams", "team", "ministers",
        "leaders",
    ]

    /// A party after a preposition that still took part: "spoke to Trump", "delegations from
    /// Kyiv", "in the European Council meeting" (the party names the occasion itself).
    static func partyDespitePreposition(_ words: [String], preposition p: Int, actorEnd: Int, at: Int) -> Bool {
        if words[p] == "to", p > 0, (0..<p).contains(where: { talkVerbs.contains(words[$0]) && talkPartner(words, after: $0) == p }) {
            return true
        }
        if words[p] == "from", p > 0, envoyNouns.contains(words[p - 1]) { return true }
        // "presented the package to his Ukrainian counterpart in a phone call": a counterpart is
        // a person the party dealt with, whatever preposition names them.
        if ["to", "with", "for"].contains(words[p]), actorEnd < words.count, ["counterpart", "counterparts"].contains(words[actorEnd]) { return true }
        // "hosted a working lunch for Zelenskyy and Merz": the guests of the occasion.
        if words[p] == "for", p == at + 1 { return true }
        return words[p] == "in" && actorEnd == at
    }

    /// "Both leaders met", "The two presidents discussed": the parties of the occasion just
    /// told, as "they" would be, when the clause names no party before the occasion.
    static func pairReference(_ words: [String], before at: Int, from clauseStart: Int) -> Bool {
        let heads: Set<String> = ["leaders", "presidents", "men", "ministers", "sides", "heads"]
        var k = clauseStart
        while k + 1 < at {
            if words[k] == "both" || (words[k] == "two" && k > 0 && words[k - 1] == "the"), heads.contains(words[k + 1]) { return true }
            k += 1
        }
        return false
    }

    /// "joined Zelensky in Kyiv", "joined Starmer at Downing Street": a party went to meet
    /// another; "joined Starmer in pledging troops" only did the same thing.
    static func joinedInPerson(_ a: SentenceAnalysis, after i: Int) -> Bool {
        guard let m = a.actors.first(where: { $0.start > i && $0.start <= i + 4 }) else { return false }
        let k = m.end
        guard k + 1 < a.tokens.count, ["in", "at", "for"].contains(a.tokens[k].lower) else { return false }
        let next = a.tokens[k + 1].lower
        return !(next.hasSuffix("ing") && !a.tokens[k + 1].isCapitalized) && next != "a" && next != "an"
    }

    /// When a sentence names two days, one right after a speech verb ("said on Sunday",
    /// "told reporters on Monday") and one after the occasion ("his meeting with Trump on
    /// Friday"), the occasion's own day; nil otherwise.
    static func occasionDay(_ words: [String], _ dates: [DateMention], at: Int) -> DateMention? {
        let days = dates.filter { mention in
            if case .day(let day) = mention.kind { return day != nil && !mention.isVague } else { return false }
        }
        guard days.count >= 2 else { return nil }
        func spoken(_ m: DateMention) -> Bool {
            var k = m.start - 1
            if k >= 0, words[k] == "on" { k -= 1 }
            if k >= 1, words[k] == "reporters" { k -= 1 }
            return k >= 0 && (StatusLexicon.speechVerbs.contains(words[k]) || ["speaking", "announced", "recalled", "added"].contains(words[k]))
        }
        guard days.contains(where: spoken) else { return nil }
        return days.filter { !spoken($0) && $0.start > at && $0.start - at <= 8 }.first
    }
}
