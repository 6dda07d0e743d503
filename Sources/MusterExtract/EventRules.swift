import MusterCore

/// Stage 3b: meetings, summits and calls. Each sentence mentions at most one; the document's
/// mentions of one event ("a summit in London", "after the summit") merge into one event whose
/// participants are the parties named as taking part (never `GROUP`).
enum EventRules {
    struct Mention: Sendable {
        var isCall: Bool
        var noun: String
        var name: String?
        var date: Day?
        var dateLabel: String?
        var place: String?
        var participants: [ActorCode]
        var triggers: [String]
        var quote: String
        /// Only refers to an event reported elsewhere ("following the meeting", "at the event").
        var reference: Bool
        /// A participant is a person, office, organisation or government, not just a country name.
        var official = false
        /// "they held a phone call with …": the subject is a plural pronoun standing for the
        /// parties of the event the text reported before.
        var pronounSubject = false
        /// "…, he told reporters at a meeting of …": a singular pronoun before the occasion,
        /// with no party named before it, stands for the party just named.
        var speakerPronoun = false
        /// "The meeting was chaired by …": points at the occasion the text has just told.
        var definite = false
        /// "EU leaders agreed … The leaders met in Brussels": the head noun of a definite group
        /// subject ("leaders") that points back at a party named with it just before.
        var groupSubject: String?
        /// "The G7 agreed the scheme at its summit": an organisation's own summit, the one
        /// occasion that has a single party.
        var ownOccasion = false
        /// No day of its own in a sentence about earlier news ("last week, days after a
        /// meeting"): not the occasion of the day the report names.
        var earlier = false
        /// "discussed the plans with his British counterpart": the one whose counterpart met is
        /// not named before the possessive, so it is the party the text has just spoken of.
        var counterpartSubject = false
        /// The day the nearest sentence before named, for an occasion that ends up with no day.
        var fallbackDate: Day?
        /// "held bilateral talks with his counterparts from A, B and C": one of several
        /// one-to-one meetings, kept apart from the occasion they were held beside.
        var bilateral = false
        /// "A day earlier, officials held talks …", "The next day they met …": days from the
        /// occasion the text told just before.
        var daysFromPrevious: Int?
        /// The sentence tells a time of some kind ("on Tuesday", "last month", "in June 2024"),
        /// or tells the occasion as held ("a summit held at the Élysée Palace").
        var timed = false
    }

    /// "NATO ambassadors met on Thursday", "EU foreign ministers meeting in Brussels on Monday":
    /// a body's own members meeting as that body: the body, its members' role and the occasion
    /// verb in a row (the role may be part of the body's mention).
    static func membersMet(_ words: [String], bodyEnd: Int, at: Int) -> Bool {
        guard bodyEnd <= at, at - bodyEnd <= 3, at >= 1, ["met", "meeting", "meet", "gathered"].contains(words[at]),
              memberRoles.contains(words[at - 1]) else { return false }
        return words[bodyEnd..<at].allSatisfy { memberRoles.contains($0) || roleQualifiers.contains($0) }
    }

    /// "hosted by French President Emmanuel Macron", "Malta hosted": the party hosts the occasion.
    static func hosts(_ words: [String], _ m: ActorMention) -> Bool {
        (m.start >= 2 && words[m.start - 1] == "by" && ["hosted", "convened"].contains(words[m.start - 2]))
            || (m.end < words.count && ["hosted", "convened"].contains(words[m.end]))
    }

    /// "talks with Russia", "between Ukraine and Russia", "the US, Ukraine and Russia": Russia,
    /// named as a country, in a list of parties or after a word of meeting with it. `wordBefore`:
    /// the word before the mention and its determiners (-1 at the sentence's start).
    static func russiaAtTheTable(_ a: SentenceAnalysis, _ words: [String], _ m: ActorMention, wordBefore k: Int) -> Bool {
        guard k >= 0 else { return true }
        if ["with", "between", "and", ",", "&"].contains(words[k]) { return true }
        guard m.end < words.count else { return false }
        var next = m.end + 1
        while next < words.count, StatusLexicon.determiners.contains(words[next]) { next += 1 }
        return words[m.end] == "and" || (words[m.end] == "," && a.actors.contains { $0.start == next })
    }

    static let memberRoles: Set<String> = ["ministers", "ambassadors", "leaders", "envoys", "diplomats", "chiefs", "governments", "members"]
    static let roleQualifiers: Set<String> = [
        "foreign", "defence", "defense", "finance", "economy", "energy", "interior", "trade", "affairs", "'", "'s", "member", "state", "states",
    ]

    /// "in June 2024", "In December", "last month", "two years ago": a month, a year, or a week,
    /// month or year counted from now, which the day expressions leave to the past or do not read.
    /// (Not a time counted from another occasion: an occasion told "after a meeting", "before the
    /// summit", "on the eve of" or "hours later" with no day is referred to, or its day is not
    /// read; on the tuning pool such events were wrong 21 times in 26.)
    static func tellsATime(_ words: [String]) -> Bool {
        words.indices.contains { k in
            let word = words[k]
            if word == "ago" { return true }
            if DateExpressions.months[word] != nil, word != "may" || (k > 0 && ["in", "since", "early", "late", "mid"].contains(words[k - 1])) { return true }
            if word.count == 4, let year = Int(word), (1990...2100).contains(year) { return true }
            return k > 0 && ["week", "month", "year", "weekend"].contains(word) && ["last", "this", "earlier", "previous"].contains(words[k - 1])
        }
    }

    /// "a day earlier", "two days before", "the day before", "a day later", "the next day",
    /// "the following day" standing on their own (not "the day before the summit"): the shift
    /// in days from the day the text told just before.
    static func daysFromPrevious(_ words: [String]) -> Int? {
        let counts: [String: Int] = ["a": 1, "one": 1, "two": 2, "three": 3, "the": 1]
        for k in words.indices.dropFirst() where k + 1 < words.count && ["day", "days"].contains(words[k]) {
            let next = words[k + 1]
            let closes = k + 2 >= words.count || [",", ".", ";", "—"].contains(words[k + 2])
            if let n = counts[words[k - 1]], ["earlier", "before"].contains(next), closes || next == "earlier",
               words[k - 1] != "the" || next == "before" {
                return -n
            }
            if let n = counts[words[k - 1]], next == "later", words[k - 1] != "the" { return n }
            if k >= 2, words[k - 1] == "next" || words[k - 1] == "following", words[k - 2] == "the", words[k] == "day",
               [",", "."].contains(next) || k == 2 {
                return 1
            }
        }
        // "in a phone call earlier that day", "later that day", "the same day": the day just told.
        for k in words.indices where k + 2 < words.count && words[k + 2] == "day" {
            if (["earlier", "later"].contains(words[k]) && words[k + 1] == "that") || (["that", "the"].contains(words[k]) && words[k + 1] == "same") {
                return 0
            }
        }
        // "Starmer later held a separate call with Trump", "Later, Macron spoke with …": later on
        // the day just told ("later this week", "a later date", "later in March" are other days).
        if let k = words.firstIndex(of: "later"), k <= 3, k + 1 < words.count,
           !["this", "next", "in", "on", "that", "date", "stage", "years", "months", "weeks", "than"].contains(words[k + 1]),
           k == 0 || !["a", "the", "two", "three", "days", "weeks", "months", "years", "day"].contains(words[k - 1]) {
            return 0
        }
        return nil
    }

    /// "The previous meeting", "the last round of talks": an earlier occasion of the same format.
    static func earlierRound(_ words: [String]) -> Bool {
        words.indices.dropFirst().dropLast().contains { k in
            ["previous", "last", "preceding"].contains(words[k]) && ["the", "its", "their"].contains(words[k - 1])
                && ["meeting", "round", "summit", "session", "talks", "trilateral", "gathering"].contains(words[k + 1])
        }
    }

    /// Texts two parties sign at a meeting.
    static let signedTexts: Set<String> = [
        "agreement", "declaration", "memorandum", "accord", "treaty", "pact", "roadmap", "communique",
        // "signed a letter of intent", "a charter", "a protocol on …".
        "intent", "charter", "protocol", "deal",
    ]

    /// "A and B (on Monday) signed a … agreement", on a day the sentence names.
    static func signsTogether(_ a: SentenceAnalysis, verbAt k: Int) -> Bool {
        guard (a.dates.namedDay ?? nil) != nil,
              a.tokens[(k + 1)..<min(a.tokens.count, k + 6)].contains(where: { signedTexts.contains($0.lower) }),
              let second = a.actors.last(where: { $0.end <= k && $0.kind != .group }), second.start > 0,
              a.tokens[second.end..<k].allSatisfy({ DateExpressions.weekdays[$0.lower] != nil || ["on", "also", "today", "yesterday"].contains($0.lower) })
        else { return false }
        var c = second.start - 1
        if c > 0, a.tokens[c].lower == "the" { c -= 1 }
        guard a.tokens[c].lower == "and", let first = a.actors.last(where: { $0.end == c }), first.kind != .group,
              first.code != second.code else { return false }
        return true
    }

    /// "The agreement was signed (in London on Tuesday) by Healey and Ukraine's defence minister",
    /// a text signed by two parties named after "by", before the clause's next comma.
    static func signedBy(_ a: SentenceAnalysis, _ words: [String], verbAt k: Int) -> Bool {
        // ("an agreement signed at the airport by …": the reduced relative too.)
        guard k >= 2, signedTexts.contains(words[k - 1])
                || (["was", "were"].contains(words[k - 1]) && words[max(0, k - 5)..<(k - 1)].contains(where: signedTexts.contains)),
              let by = words[(k + 1)..<min(words.count, k + 12)].firstIndex(of: "by") else { return false }
        let end = words[by...].firstIndex(where: { [",", ";"].contains($0) }) ?? words.count
        let codes = Set(a.actors.filter { $0.start > by && $0.end <= end && $0.kind != .group }.map(\.code))
        return codes.count >= 2
    }

    /// "where he spoke to reporters alongside Zelenskyy": an appearance before the press with
    /// its audience named between the verb and "alongside".
    static func spokeToThePress(_ words: [String], before i: Int) -> Bool {
        guard i >= 3 else { return false }
        let window = words[(i - 3)..<i]
        return window.contains(where: appearanceVerbs.contains) && window.contains { ["reporters", "journalists", "press", "media"].contains($0) }
    }

    /// "On the margins, Shmyhal held bilateral talks with his counterparts from the Netherlands,
    /// Norway and Japan": as many meetings as partners, each between the subject and one of them.
    /// ("held phone conversations with Starmer and Carney": calls told in the plural are one per
    /// partner, as the labels have them.)
    static func bilateralSplit(_ event: Mention, _ a: SentenceAnalysis) -> [Mention] {
        let words = a.tokens.map(\.lower)
        let pluralCalls = event.isCall && ["conversations", "calls"].contains(event.noun)
        guard !event.isCall || pluralCalls,
              let marker = pluralCalls ? words.firstIndex(of: event.noun) : words.firstIndex(where: { $0 == "bilateral" || $0 == "separate" }),
              let with = words[marker...].firstIndex(of: "with") else { return [event] }
        let partners = a.actors.filter { m in
            m.start > with && m.kind != .group && m.kind != .organisation
                && (event.participants.contains(m.code) || (m.kind == .state && !pluralCalls))
        }
        var partnerCodes: [ActorCode] = []
        for m in partners where !partnerCodes.contains(m.code) { partnerCodes.append(m.code) }
        let subject = event.participants.filter { code in
            !partnerCodes.contains(code) && a.actors.contains { $0.start < marker && $0.code == code }
        }
        guard partnerCodes.count >= 2, !subject.isEmpty else { return [event] }
        return partnerCodes.map { partner in
            var one = event
            one.participants = subject + [partner]
            one.triggers = one.participants.map { code in a.actors.first { $0.code == code }?.trigger ?? code.rawValue }
            one.bilateral = true
            return one
        }
    }

    /// Words after "met" that make it "fulfilled" rather than "held a meeting" when no party
    /// follows them ("met all the benchmarks", "met its targets").
    static let objectOpeners: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "these", "those", "this", "all", "every", "most", "some",
        "many", "each", "both", "our", "any",
    ]

    /// Nouns that name meetings only among officials ("a trading session", "a conversation").
    static let weakNouns: Set<String> = ["session", "conversation", "event", "gathering", "dinner", "lunch", "breakfast"]

    static let meetingNouns: Set<String> = [
        "meeting", "summit", "talks", "conference", "session", "gathering", "event", "dinner", "lunch", "breakfast",
        "consultations", "forum",
    ]
    static let callNouns: Set<String> = ["call", "conversation", "conversations", "talk", "videoconference", "teleconference"]
    /// "a separate call", "a brief conversation": words between the article and a call noun.
    static let callAdjectives: Set<String> = ["separate", "brief", "short", "lengthy", "long", "second", "further", "follow-up", "private", "hour-long", "late-night", "rare"]
    /// "a video conference", "the online meeting": words that make a meeting noun a call.
    static let remoteModifiers: Set<String> = ["video", "online", "virtual", "phone", "telephone"]
    static let meetingVerbs: Set<String> = ["met", "convened", "gathered"]
    /// "gathered in Paris", "gathered virtually": where or how parties came together; "gathered
    /// evidence" or "gathered pace" is no occasion.
    static let gatheringFollowers: Set<String> = ["in", "at", "for", "on", "with", "around", "virtually", "online", "together", "via", "by", ","]
    /// "flew to Paris on Tuesday to meet Macron": a journey told in the past whose purpose was
    /// the meeting.
    static let travelVerbs: Set<String> = ["travelled", "traveled", "flew", "arrived", "went", "came", "headed", "visited", "journeyed"]
    /// "spoke with", "had spoken by phone with": talking verbs that make a call when a party
    /// follows.
    static let talkVerbs: Set<String> = ["spoke", "spoken", "talked"]
    /// "discussed the package by phone with …": the medium names a call whatever the verb.
    static let callMedia: Set<String> = ["phone", "telephone", "videoconference", "videolink"]
    /// "Macron hosted Zelensky", "Starmer phoned Trump": verbs that make an occasion only
    /// with a party right after them ("hosted a conference" leaves the noun to tell).
    static let hostVerbs: Set<String> = ["hosted", "phoned", "telephoned", "rang", "received", "welcomed", "joined"]
    /// Host verbs that also take things ("received the systems", "welcomed the decision",
    /// "joined the coalition"): an occasion only with a person or an office after them.
    static let personalHostVerbs: Set<String> = ["received", "welcomed", "joined"]
    static let starts: Set<String> = meetingNouns.union(callNouns).union(meetingVerbs).union(talkVerbs).union(callMedia)
        .union(hostVerbs).union(counterpartVerbs).union(["sat", "meet", "meets", "alongside", "beside", "next"])
    /// "Speaking alongside Rutte", "Standing next to Merz": a joint appearance before the press.
    static let appearanceVerbs: Set<String> = ["speaking", "standing", "appearing", "spoke", "stood", "appeared"]
    /// "the summit conclusions say", "the meeting's communiqué": a meeting noun qualifying a
    /// document reports what the paper says, not who met.
    static let documentNouns: Set<String> = [
        "conclusions", "communique", "communiqué", "declaration", "statement", "agenda", "documents", "document",
        "readout", "text", "draft", "minutes",
    ]
    /// "Rubio skipped the meeting": the subject stayed away.
    static let absenceVerbs: Set<String> = [
        "skipped", "skips", "skip", "skipping", "missed", "misses", "boycotted", "boycotts", "boycotting", "shunned",
        "snubbed", "snubs",
    ]
    /// "to be held in Tokyo", "to take place in Rome": an occasion still to come.
    static let arrangedParticiples: Set<String> = ["held", "hosted", "convened", "organised", "organized", "staged"]
    static let future: Set<String> = [
        "potential", "upcoming", "next", "future", "planned", "proposed", "possible", "prospective", "forthcoming",
    ]
    /// "Zelenskyy secures a meeting with Trump", "Kyiv requested talks": an occasion obtained or
    /// asked for is still to be held.
    static let soughtVerbs: Set<String> = ["secures", "secured", "requests", "requested", "seeks", "sought", "wants", "demands", "demanded"]
    static let nameModifiers: Set<String> = [
        "security", "emergency", "leaders", "leaders'", "coalition", "peace", "press", "news", "phone", "video",
        "virtual", "online", "joint", "bilateral", "trilateral", "ministerial", "defence", "defense", "ministers",
        "telephone", "'s",
    ]
    static let temporal: Set<String> = ["after", "following", "before", "since", "ahead"]
    /// "after meeting his Swedish counterpart": "meeting" as a verb after these still tells of a meeting.
    static let gerundOpeners: Set<String> = ["after", "before", "while", "when", "since", "by"]
    /// "ahead of any ceasefire talks", "a commitment to peace talks": a process, not an occasion,
    /// when the sentence gives it no day.
    static let processModifiers: Set<String> = ["peace", "ceasefire", "accession", "membership", "any"]
    /// "a summit that began on Thursday": the occasion's own first day.
    static let beginVerbs: Set<String> = ["began", "started", "opened", "begun"]
    /// "discussed the plans with his British counterpart": verbs that make talks with a counterpart.
    static let counterpartVerbs: Set<String> = ["discussed"]
    static let locative: Set<String> = ["in", "at", "into", "across", "for", "against", "on", "to", "from", "over", "toward", "towards"]

    /// The first word from `start` on that names an occasion where parties met or spoke: where it
    /// stands, whether it is a call, and the noun that names it.
    static func occasionWord(in a: SentenceAnalysis, _ words: [String], from start: Int) -> (Int, Bool, String)? {
        var found: (Int, Bool, String)?
        for (i, word) in words.enumerated() where i >= start {
            guard a.tokens[i].classes.contains(.eventWord) else { continue }
            let before = i > 0 ? words[i - 1] : ""
            if meetingNouns.contains(word) {
                // "in meeting its deadline": a verb.
                // "after meeting his Swedish counterpart" meets a party.
                if word == "meeting", i + 1 < words.count, StatusLexicon.determiners.contains(words[i + 1]) || before == "in" {
                    if gerundOpeners.contains(before), meetsParties(a, after: i) { found = (i, false, "meeting"); break }
                    continue
                }
                if word == "talks", processModifiers.contains(before) || (before == "of" && i > 1 && words[i - 2] == "round"),
                   a.dates.namedDay == nil {
                    continue
                }
                // ("his talks with Zelenskyy in Berlin" names its partner: an occasion.)
                if word == "talks", CommitmentRules.pronouns.contains(before),
                   !(i + 1 < words.count && words[i + 1] == "with" && a.actors.contains(where: { $0.start == i + 2 || $0.start == i + 3 })) {
                    continue
                }
                // "held intergovernmental consultations" met; "asked for consultations under
                // Article 4" only requested them.
                if word == "consultations", !words[max(0, i - 3)..<i].contains(where: ["held", "intergovernmental", "bilateral"].contains) {
                    continue
                }
                if i + 1 < words.count, documentNouns.contains(words[i + 1]) { continue }
                // "Iwaya told a news conference in Tokyo": one party speaking; only a joint one,
                // or one held with another party, is an occasion where parties met.
                if word == "conference", ["news", "press"].contains(before),
                   !words[max(0, i - 3)..<i].contains("joint"),
                   !words[(i + 1)..<min(words.count, i + 4)].contains(where: { $0 == "with" || $0 == "alongside" }) {
                    continue
                }
                // "a video conference of the coalition" is a call like "the call was co-chaired by …".
                found = (i, remoteModifiers.contains(before), word)
            } else if callNouns.contains(word), StatusLexicon.determiners.contains(before) || ["phone", "video", "telephone", "'s"].contains(before)
                        // ("held a separate call with Trump", "a brief phone call")
                        || (i >= 2 && StatusLexicon.determiners.contains(words[i - 2]) && callAdjectives.contains(before))
                        || !["talk", "call", "conversation", "conversations"].contains(word) {
                found = (i, true, word)
            } else if talkVerbs.contains(word), let k = talkPartner(words, after: i), ["with", "to", "by"].contains(words[k]) {
                found = (i, true, "call")
            } else if talkVerbs.contains(word), pairSpoke(a, verbAt: i) {
                found = (i, true, "call")
            } else if ["alongside", "beside", "next"].contains(word),
                      appearanceVerbs.contains(before) || spokeToThePress(words, before: i),
                      word != "next" || (i + 1 < words.count && words[i + 1] == "to"),
                      partyFollows(a, after: word == "next" ? i + 1 : i) {
                found = (i, false, "press conference")
            } else if word == "sat", i + 3 < words.count, words[i + 1] == "down", words[i + 2] == "with", partyFollows(a, after: i + 2) {
                found = (i, false, "meeting")
            } else if word == "meet" || word == "meets", timelineEntry(a, words),
                      meetsParties(a, after: i) || (i + 1 < words.count && gatheringFollowers.contains(words[i + 1])) {
                // "Aug. 15 — Trump and Putin meet in Alaska": a timeline tells what happened on its
                // day in the present tense.
                found = (i, false, "meeting")
            } else if word == "meet", before == "to", words[..<i].contains(where: travelVerbs.contains), partyFollows(a, after: i) {
                found = (i, false, "meeting")
            } else if callMedia.contains(word), before == "by" || before == "over" || before == "via"
                        || (before == "the" && i > 1 && ["over", "on"].contains(words[i - 2])) {
                found = (i, true, "call")
            } else if word == "received", i > 0, ["was", "were"].contains(before), i + 1 < words.count, words[i + 1] == "by",
                      partyFollows(a, after: i + 1, person: true) {
                // "Zelenskyy was received by Pope Leo".
                found = (i, false, "meeting")
            } else if word == "hosted", i + 1 < words.count, partyFollows(a, after: i, group: true) {
                // "Tusk hosted leaders from the Nordic and Baltic states …, including Zelenskyy".
                found = (i, false, "meeting")
            } else if hostVerbs.contains(word), partyFollows(a, after: i, person: personalHostVerbs.contains(word)),
                      word != "joined" || joinedInPerson(a, after: i) {
                let call = ["phoned", "telephoned", "rang"].contains(word)
                found = (i, call, call ? "call" : "meeting")
            } else if meetingVerbs.contains(word) {
                if word == "met", !meetsParties(a, after: i) { continue }
                if word == "gathered", i + 1 >= words.count || !gatheringFollowers.contains(words[i + 1]) { continue }
                found = (i, false, "meeting")
            }
            if found != nil { break }
        }
        return found
    }

    static func mention(in a: SentenceAnalysis) -> Mention? {
        let words = a.tokens.map(\.lower)
        var found = occasionWord(in: a, words, from: 0)
        // "Before the summit, Martin spoke by phone with Zelensky", "On the sidelines of the
        // summit, …": an occasion named in an opening phrase dates the clause after it, which may
        // tell an occasion of its own; that one comes first.
        if let first = found, let end = openingReference(words, at: first.0) ?? openingMargins(words, at: first.0) {
            found = occasionWord(in: a, words, from: end + 1) ?? first
        }
        // "Zelenskyy, who attended a dinner hosted by the king on Tuesday, met Trump on Wednesday":
        // an occasion in a relative aside is background; the one the sentence tells comes after it.
        var aside: Range<Int>?
        if let first = found, let close = relativeAsideEnd(words, around: first.0),
           let later = occasionWord(in: a, words, from: close + 1) {
            found = later
            aside = first.0..<close
        }
        // "Pevkur discussed the plans with his British counterpart": talks, by phone when the
        // sentence says so.
        // "The President of Ukraine and the Prime Minister of Denmark discussed defence": the
        // two talked.
        if found == nil, let k = words.firstIndex(where: counterpartVerbs.contains), pairSubject(a, verbAt: k) {
            let call = words.contains { callMedia.contains($0) }
            found = (k, call, call ? "call" : "talks")
        }
        if found == nil, let k = words.firstIndex(where: counterpartVerbs.contains), counterpartAfter(words, k) != nil {
            let call = words.contains { callMedia.contains($0) }
            found = (k, call, call ? "call" : "talks")
        }
        // "Ukraine and the United Kingdom on Monday signed an agreement in Kyiv": two parties
        // signing a text together on a named day met to do it.
        if found == nil, let k = words.firstIndex(of: "signed"), signsTogether(a, verbAt: k) || signedBy(a, words, verbAt: k) {
            found = (k, false, "meeting")
        }
        guard let (at, isCall, noun) = found else { return nil }
        let window = words[max(0, at - 3)..<at]
        if window.contains(where: future.contains) || window.contains(where: soughtVerbs.contains) { return nil }
        // "The conference in Rome on 10-11 July will show …": an occasion still to come is the
        // subject of a future verb in its own clause.
        var f = at + 1
        // A reported clause ("after meeting Zelensky on Friday that France will send jets") has
        // its own verb; a relative one right after the noun ("a summit that will …") does not.
        // (A signing's text may say what will follow: "signed an agreement under which London will …".)
        while words[at] != "signed", f < words.count, f < at + 10, ![",", ";", ":", "—"].contains(words[f]), words[f] != "that" || f == at + 1 {
            if ["will", "'ll"].contains(words[f]) || (["is", "are"].contains(words[f]) && f + 1 < words.count && ["due", "set", "scheduled", "expected", "planned", "slated"].contains(words[f + 1])) {
                if !CommitmentRules.pronouns.contains(words[f - 1]) { return nil }
            }
            f += 1
        }
        // "the Conference for Reconstruction, to be held in Tokyo later this year": arranged, not held.
        if isArranged(words, after: at) || arrangedBefore(words, at: at) { return nil }
        // "if Kyiv commits to peace talks": talks in a conditional clause have not been held.
        if CommitmentRules.hypothetical(a, before: at) { return nil }
        // "at a board meeting later in March", "a summit next week": still to come.
        if words[(at + 1)..<min(words.count, at + 3)].contains(where: { $0 == "later" || $0 == "next" }) { return nil }
        // "would hold a call on Tuesday", "will host talks": an occasion someone is to hold.
        if at >= 3, words[(at - 3)..<at].contains(where: { ["hold", "host", "convene", "have"].contains($0) }),
           words[max(0, at - 5)..<at].contains(where: { ["will", "would", "'ll", "to"].contains($0) }) {
            return nil
        }
        // "are expected to announce contributions at the NATO summit", "is due to sign it at the
        // meeting": what someone is to do at an occasion puts the occasion ahead.
        let clauseOpens = (words[..<at].lastIndex(where: { [",", ";", "—"].contains($0) }) ?? -1) + 1
        let before = Array(words[max(clauseOpens, at - 10)..<at])
        if zip(before, before.dropFirst()).contains(where: { ["expected", "due", "scheduled", "slated"].contains($0.0) && $0.1 == "to" }) {
            return nil
        }
        // "remained open to talks with Washington", "called for talks": talks wished for, not held.
        if at >= 2, (words[at - 2] == "open" && words[at - 1] == "to")
            || (words[at - 1] == "for" && ["ready", "call", "calls", "called", "calling", "push", "pushed", "pushing", "pressed"].contains(words[at - 2])) {
            return nil
        }
        // "after talks with London next month", "on the eve of the meeting": still to come.
        let ahead = words[at..<min(words.count, at + 10)]
        let clauseAhead = at..<(ahead.firstIndex(where: { [",", ";", "—"].contains($0) }) ?? ahead.endIndex)
        if clauseAhead.contains(where: { k in words[k] == "next" && k + 1 < words.count && ["week", "month", "year"].contains(words[k + 1]) }) {
            return nil
        }
        let behind = words[max(0, at - 6)..<at]
        if behind.contains("eve"), behind.contains("on") { return nil }
        if StatusFinder.isNegated(a.tokens, before: at) { return nil }
        var reference = noun == "event"
        if window.contains(where: temporal.contains) { reference = true }

        var participants: [ActorCode] = []
        var triggers: [String] = []
        var official = false
        // "Nato ministers met in Brussels; the US secretary skipped the meeting": a party in
        // another clause of the sentence did not take part.
        let clauseStart = (words[..<at].lastIndex(of: ";") ?? -1) + 1
        var clauseEnd = words[at...].firstIndex(of: ";") ?? words.count
        // "The US secretary of state skipped the meeting": the subject stayed away.
        if words[clauseStart..<at].contains(where: absenceVerbs.contains) { return nil }
        // "Hours before the meeting, Ukraine's air force said Russia had fired …": an opening
        // phrase that dates the news by an occasion told elsewhere; the clause after its comma
        // is other news, with its own parties and day.
        let opening = openingReference(words, at: at)
        // "a meeting between the two presidents": the two parties of the sentence met, even the
        // one named as a place ("halted aid to Kyiv days after a meeting between the two").
        let betweenTheTwo = words[(at + 1)..<min(words.count, at + 4)].elementsEqual(["between", "the", "two"])
        if let end = opening { clauseEnd = min(clauseEnd, end) }
        // "Trump met Zelensky on the sidelines of the summit": a one-to-one meeting held beside an
        // occasion; the occasion's own parties (after "of") did not take part in it.
        let sideline = sidelinesAfter(words, at)
        // ("On the sidelines of the summit, Zelenskyy held a separate meeting with Witkoff": the
        // same, told in an opening phrase; the summit's own parties are not this meeting's.)
        // ("Speaking on the sidelines of the meeting, Rutte said …" tells no meeting of its own.)
        let marginsOpening = at > (words.firstIndex(of: ",") ?? words.count) && ["on", "at"].contains(words[0]) && words[1] == "the"
            && marginNouns.contains(words[2]) && words[3] == "of"
        if let k = sideline { clauseEnd = min(clauseEnd, k) }
        for (index, m) in a.actors.enumerated() where m.kind != .group && m.start >= clauseStart && m.end <= clauseEnd {
            // (The host of the dinner in the aside is no party to the meeting after it.)
            if let aside, aside.contains(m.start) { continue }
            // "his Swedish and Danish counterparts" are the ministers of those states.
            if m.kind == .demonym, !m.governmentForm,
               !words[m.end..<min(words.count, m.end + 3)].contains(where: { $0 == "counterpart" || $0 == "counterparts" }) {
                continue
            }
            // "the Czech-led initiative", "US-made jets": a party named in a compound modifier;
            // "the Trump-Putin call" joins two parties and keeps both.
            if m.led || (m.end + 1 < a.tokens.count && a.tokens[m.end].isJoinedHyphen && !a.actors.contains(where: { $0.start == m.end + 1 })) {
                continue
            }
            var p = m.start - 1
            while p >= 0, StatusLexicon.determiners.contains(words[p]) { p -= 1 }
            // "and Y" after a located "in X" stays located.
            if p >= 0, words[p] == "and", index > 0, p == a.actors[index - 1].end {
                var q = a.actors[index - 1].start - 1
                while q >= 0, StatusLexicon.determiners.contains(words[q]) { q -= 1 }
                if q >= 0, locative.contains(words[q]),
                   !partyDespitePreposition(words, preposition: q, actorEnd: a.actors[index - 1].end, at: at) { continue }
            }
            if p >= 0, locative.contains(words[p]), !betweenTheTwo, !partyDespitePreposition(words, preposition: p, actorEnd: m.end, at: at) {
                continue
            }
            // "pledged to increase the economic costs on Russia": Russia named as a country is the
            // subject of the talk, not a party at the table, unless it is met or talked with.
            if m.code == .russia, m.kind == .state, !russiaAtTheTable(a, words, m, wordBefore: p) { continue }
            if !participants.contains(m.code) {
                participants.append(m.code)
                triggers.append(m.trigger)
            }
            let plural = m.kind == .demonym && m.trigger.hasSuffix("s")
            if [.person, .office, .organisation].contains(m.kind) || (m.kind == .demonym && m.governmentForm && !plural) {
                official = true
            }
        }
        // A group after "the" points back even where commitments read "The leaders agreed" as the
        // group itself.
        let subjectGroup = a.actors.first { group in
            group.kind == .group && group.start >= clauseStart && group.end <= at
                && (group.anaphoric || ["the", "these", "those"].contains(words[group.start]))
        }
        let groupSubject = subjectGroup.flatMap { group in
            a.actors.contains { $0.kind != .group && $0.start < at && $0.start >= clauseStart } ? nil : words[group.end - 1]
        }
        // ("At the White House, he met Trump": a place before the pronoun is no party.)
        let speakerPronoun = words[clauseStart..<at].contains { $0 == "he" || $0 == "she" }
            && !a.actors.contains { m in
                m.start < at && m.kind != .group && !m.isUkraineOrRussia
                    && !(m.kind == .office && (m.start >= 1 && ["at", "in"].contains(words[m.start - 1])
                        || (m.start >= 2 && ["at", "in"].contains(words[m.start - 2]) && words[m.start - 1] == "the")))
            }
        let pronounSubject = (words[0..<at].contains { $0 == "they" || $0 == "we" } || pairReference(words, before: at, from: clauseStart))
            && !a.actors.contains { $0.start < at && $0.kind != .group && participants.contains($0.code) }
        var dates = opening.map { end in a.dates.filter { $0.start < end } } ?? a.dates
        if let aside { dates = dates.filter { !aside.contains($0.start) } }
        var date = dates.namedDay ?? nil
        // "Zelenskyy said on Sunday that his meeting with Trump on Friday had been productive":
        // of two days, the one told with the occasion, not the one the words were said on.
        if let own = occasionDay(words, dates, at: at), case .day(let day) = own.kind { date = day }
        // "EU leaders agreed early on Friday, after talks through the night": the occasion began
        // the day before.
        if let day = date, concludedEarly(words, dates) { date = day.adding(days: -1) }
        // "at a summit in Brussels that began on Thursday": the first day, not the day it ended.
        if let begun = dates.first(where: { m in
            m.start >= 1 && (beginVerbs.contains(words[m.start - 1]) || (m.start >= 2 && words[m.start - 1] == "on" && beginVerbs.contains(words[m.start - 2])))
        }), case .day(let day) = begun.kind, let day {
            date = day
        }
        // "made the remark on Wednesday, a day after she took part in a meeting": the occasion
        // is the day before the one the sentence names (or before the report's own day); "two
        // days after", two days before it.
        let dayBefore = dayAfterPhrase(words, before: at, from: clauseStart)
        // "a day after a phone call with Putin on Thursday": a day named after the phrase is the
        // occasion's own.
        if let phrase = dayBefore, !dates.contains(where: { $0.start > phrase.start }) {
            let anchor = dates.isEmpty ? a.published : (dates.namedDay ?? nil)
            date = anchor?.adding(days: -phrase.days)
        }
        // "held a phone call earlier in the day": the day of the report.
        if date == nil, dates.isEmpty || dates.allSatisfy({ $0.start < words.count && words[$0.start] == "earlier" }),
           words.indices.contains(where: { words[$0] == "earlier" && sameDayAfterEarlier(words, $0) }) {
            date = a.published
        }
        // "the 31st meeting of the Ukraine Defense Contact Group": a format named for Ukraine meets
        // with Ukraine at the table, though its name is not read as the state.
        if !participants.contains(.ukraine), !participants.isEmpty, ukraineFormat(words) {
            participants.append(.ukraine)
            triggers.append("Ukraine")
        }
        let isNoun = meetingNouns.contains(words[at]) || callNouns.contains(words[at])
        let ownOccasion = participants.count == 1 && a.actors.contains { m in
            guard m.code == participants[0] else { return false }
            // "a summit hosted by Keir Starmer", "Malta hosted the third meeting": its host.
            if hosts(words, m) { return true }
            return m.kind == .organisation && m.end <= at
                && ((m.end < at && words[at - 1] == "its") || membersMet(words, bodyEnd: m.end, at: at))
        }
        let counterpartSubject = counterpartAfter(words, clauseStart).map { possessive in
            !a.actors.contains { $0.kind != .group && $0.start < possessive && $0.start >= clauseStart && !$0.isUkraineOrRussia }
        } ?? false
        return Mention(isCall: isCall, noun: noun, name: isNoun ? name(a, at: at) : nil, date: date,
                       dateLabel: dates.namedLabel, place: place(a),
                       participants: participants, triggers: triggers, quote: a.sentence.text,
                       reference: reference, official: official, pronounSubject: pronounSubject, speakerPronoun: speakerPronoun,
                       definite: isDefinite(words, at), groupSubject: groupSubject,
                       ownOccasion: ownOccasion, earlier: date == nil && dayBefore == nil && pointsToEarlierNews(a),
                       counterpartSubject: counterpartSubject,
                       bilateral: (sideline != nil || marginsOpening) && !isCall,
                       daysFromPrevious: date == nil && dayBefore == nil ? daysFromPrevious(words) : nil,
                       timed: !a.dates.isEmpty || tellsATime(words) || (at + 1 < words.count && arrangedParticiples.contains(words[at + 1])))
    }

    /// "the meeting", "that call", "the video call": the occasion already told (modifiers of its
    /// name may stand between).
    static func isDefinite(_ words: [String], _ at: Int) -> Bool {
        var k = at - 1
        while k >= 0, k > at - 3, nameModifiers.contains(words[k]) { k -= 1 }
        return k >= 0 && ["the", "that"].contains(words[k])
    }

    /// "met Zelenskyy", "met with", "met in Paris": a meeting; "met all the benchmarks": not.
    static func meetsParties(_ a: SentenceAnalysis, after i: Int) -> Bool {
        var k = i + 1
        var skipped = false
        while k < a.tokens.count, objectOpeners.contains(a.tokens[k].lower) { k += 1; skipped = true }
        guard skipped else { return true }
        // "met the Ambassador of Ukraine", "met the Prime Minister of Japan": a title before the party.
        var t = k
        while t < a.tokens.count, t < k + 4, a.tokens[t].isCapitalized || ["of", "the", "to"].contains(a.tokens[t].lower),
              !a.actors.contains(where: { $0.start == t }) {
            t += 1
        }
        return a.actors.contains { $0.start == t } && (t == k || ActorMatcher.titleWords.contains(a.tokens[k].lower))
    }

    /// "security summit", "meeting of the Coalition of the Willing".
    static func name(_ a: SentenceAnalysis, at i: Int) -> String? {
        var start = i
        while start > 0, start > i - 3, !StatusLexicon.determiners.contains(a.tokens[start - 1].lower),
              a.tokens[start - 1].isCapitalized || nameModifiers.contains(a.tokens[start - 1].lower) {
            start -= 1
        }
        var end = i + 1
        if end + 1 < a.tokens.count, a.tokens[end].lower == "of" {
            var k = end + 1
            if a.tokens[k].lower == "the" { k += 1 }
            var last = end
            while k < a.tokens.count, a.tokens[k].isCapitalized || ["of", "the"].contains(a.tokens[k].lower) {
                if a.tokens[k].isCapitalized { last = k + 1 }
                k += 1
            }
            if last > end { end = last }
        }
        return text(a.tokens, start..<end)
    }

    /// "in Paris", "at the Élysée Palace", "at Ramstein Air Base".
    static func place(_ a: SentenceAnalysis) -> String? {
        for (i, t) in a.tokens.enumerated() where t.lower == "in" || t.lower == "at" {
            var k = i + 1
            if k < a.tokens.count, a.tokens[k].lower == "the" { k += 1 }
            var end = k
            while end < a.tokens.count, end - k < 4, a.tokens[end].isCapitalized, a.tokens[end].isWord,
                  DateExpressions.weekdays[a.tokens[end].lower] == nil, DateExpressions.months[a.tokens[end].lower] == nil {
                end += 1
            }
            if end > k { return text(a.tokens, k..<end) }
        }
        return nil
    }

    /// Two mentions naming two places, neither named in the other's sentence ("the Elysee Palace
    /// in Paris" is in Paris).
    static func differentPlaces(_ e: Mention, _ m: Mention) -> Bool {
        guard let a = e.place, let b = m.place else { return false }
        return a != b && !m.quote.contains(a) && !e.quote.contains(b)
    }

    /// Merges a document's mentions: same kind (call or meeting) and compatible days; a mention
    /// without a day joins the event with the same noun, else the latest one.
    static func merge(_ mentions: [Mention], leaders: [(ActorCode, String)] = [], members: [ActorCode: Set<ActorCode>] = [:],
                      published: Day? = nil) -> [ExplainedClaim] {
        var events: [Mention] = []
        for m in mentions {
            let candidates = events.indices.filter { index in
                let e = events[index]
                guard e.isCall == m.isCall else { return false }
                // One of several one-to-one meetings joins only a mention of the same pair.
                if e.bilateral || m.bilateral { return Set(e.participants) == Set(m.participants) }
                // "held a call with Merz on Thursday … Earlier on Thursday, Zelensky spoke with
                // Stubb": calls that each name their own partner are two calls.
                if e.isCall, !m.definite, e.participants.count >= 2, m.participants.count >= 2,
                   Set(e.participants).intersection(m.participants).count < 2 {
                    return false
                }
                if (m.earlier && (e.date != nil || e.dateLabel != nil)) || (e.earlier && (m.date != nil || m.dateLabel != nil)) {
                    return false
                }
                if let a = e.date, let b = m.date {
                    // "Stubb met Zelenskyy in Kyiv on Wednesday … The foreign ministers of France,
                    // Germany and Poland met in Warsaw on Wednesday": the same day in two places,
                    // among parties that share no one, is two occasions.
                    if a == b, differentPlaces(e, m),
                       !e.participants.isEmpty, !m.participants.isEmpty, Set(e.participants).isDisjoint(with: m.participants) {
                        return false
                    }
                    return a == b
                }
                if let a = e.dateLabel, let b = m.dateLabel { return a == b }
                // Talks in Istanbul are not the summit in Brussels; "the Elysee Palace in Paris" is in Paris.
                if differentPlaces(e, m) { return false }
                return true
            }
            let chosen = candidates.first { events[$0].noun == m.noun } ?? candidates.last
            if let index = chosen {
                var e = events[index]
                for (code, trigger) in zip(m.participants, m.triggers) where !e.participants.contains(code) {
                    e.participants.append(code)
                    e.triggers.append(trigger)
                }
                if e.date == nil { e.date = m.date }
                if e.fallbackDate == nil { e.fallbackDate = m.fallbackDate }
                if e.dateLabel == nil { e.dateLabel = m.dateLabel }
                e.official = e.official || m.official
                e.timed = e.timed || m.timed
                e.ownOccasion = e.ownOccasion && m.ownOccasion
                if e.place == nil { e.place = m.place }
                if e.reference, !m.reference { e.name = m.name; e.quote = m.quote; e.reference = false; e.noun = m.noun }
                events[index] = e
            } else {
                events.append(m)
            }
        }
        // "EU leaders agreed at a summit … Belgian Prime Minister Bart De Wever refused …": the
        // people of the body's member states a report about its summit names took part in it.
        // (Bodies in a fixed order: a dictionary's own order changes from run to run.)
        for index in events.indices where !events[index].isCall && ["summit", "council"].contains(events[index].noun) {
            for (body, states) in members.sorted(by: { $0.key < $1.key }) where events[index].participants.contains(body) {
                for (code, trigger) in leaders where states.contains(code) && !events[index].participants.contains(code) {
                    events[index].participants.append(code)
                    events[index].triggers.append(trigger)
                }
            }
        }
        return events.filter {
            ($0.participants.count >= 2 || ($0.ownOccasion && $0.participants.count == 1)) && ($0.official || !weakNouns.contains($0.noun))
                // "Witkoff, who attended the meeting alongside Kushner, said …", "the summit came a
                // day after …": in a dated report, an occasion no mention of which tells any time is
                // one referred to, not one reported; such events were wrong three times in four.
                // ("a summit held at the Élysée Palace": an occasion told as held is reported.)
                && !(published != nil && $0.date == nil && $0.fallbackDate == nil && !$0.timed)
        }.map { e in
            let date = e.date ?? (e.dateLabel == nil ? e.fallbackDate : nil)
            let event = Event(name: e.name, date: date, place: e.place, participants: e.participants, quote: e.quote)
            return ExplainedClaim(claim: .event(event), actorTrigger: e.triggers.joined(separator: "; "),
                                  categoryTrigger: e.noun, statusTrigger: nil, amountTrigger: nil)
        }
    }

    /// Meeting formats named for Ukraine: "Ukraine Defense Contact Group", "Ukraine Recovery
    /// Conference".
    static let ukraineFormats: [[String]] = [
        ["ukraine", "defense", "contact", "group"], ["ukraine", "defence", "contact", "group"],
        ["ukraine", "recovery", "conference"],
    ]

    static func ukraineFormat(_ words: [String]) -> Bool {
        ukraineFormats.contains { format in
            words.indices.contains { k in k + format.count <= words.count && words[k..<(k + format.count)].elementsEqual(format) }
        }
    }
}
