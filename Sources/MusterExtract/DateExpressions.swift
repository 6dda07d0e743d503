import MusterCore

/// When a sentence says something happened, relative to the document's published day.
struct DateMention: Sendable {
    enum Kind: Sendable {
        /// A day the text names: a weekday, "overnight", "4 September".
        case day(Day?)
        /// A time before the reported news: "last December", "in 2022", "recently".
        case past
    }
    var start: Int
    var kind: Kind

    /// "overnight", "today": the published day, which a named weekday or date overrides.
    var isVague = false
    /// The weekday or date as named ("thursday", "9-4"), to tell two days apart even when
    /// there is no published day to resolve them against.
    var label: String?
}

extension Array where Element == DateMention {
    /// The day the sentence names, a weekday or date before "overnight"; nil inside when the
    /// day cannot be resolved; nil outside when the sentence names none.
    var namedDay: Day?? {
        var vague: Day??
        for mention in self {
            guard case .day(let day) = mention.kind else { continue }
            if !mention.isVague { return .some(day) }
            if vague == nil { vague = .some(day) }
        }
        return vague
    }

    /// The label of the day `namedDay` comes from.
    var namedLabel: String? {
        first { mention in
            if case .day = mention.kind { return !mention.isVague } else { return false }
        }?.label
    }

    var pointsToThePast: Bool {
        contains { if case .past = $0.kind { return true } else { return false } }
    }
}

enum DateExpressions {
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let pastWords: Set<String> = ["previously", "recently", "ago", "earlier", "formerly", "historically"]

    static let starts: Set<String> = Set(weekdays.keys).union(months.keys).union(pastWords)
        .union(["overnight", "today", "tonight", "yesterday", "night", "past", "last", "morning", "afternoon", "evening"])

    /// Words that put the weekday after them ahead of the news ("starting Monday", "by Friday").
    static let ahead: Set<String> = ["starting", "from", "until", "till", "by", "beginning", "coming", "effective"]

    static func find(in tokens: [Token], published: Day?) -> [DateMention] {
        var out: [DateMention] = []
        for (i, t) in tokens.enumerated() where t.isWord || t.isNumber {
            if t.isWord, !t.classes.contains(.dateWord) { continue }
            let word = t.lower
            if let weekday = weekdays[word] {
                if i > 0, ["last", "next"].contains(tokens[i - 1].lower), word != "last" {
                    out.append(DateMention(start: i, kind: tokens[i - 1].lower == "last" ? .day(published.map { lastWeek($0, weekday) }) : .past))
                    continue
                }
                // "a ceasefire starting Monday", "by Friday": a day ahead, not the day of the news.
                if i > 0, ahead.contains(tokens[i - 1].lower)
                    || (i > 1 && tokens[i - 1].lower == "on" && ahead.contains(tokens[i - 2].lower)) { continue }
                out.append(DateMention(start: i, kind: .day(published?.latest(weekday: weekday)), label: "weekday \(weekday)"))
            } else if word == "overnight" || word == "today" || word == "tonight"
                        || (i > 0 && tokens[i - 1].lower == "this" && ["morning", "afternoon", "evening"].contains(word)) {
                out.append(DateMention(start: i, kind: .day(published), isVague: true))
            } else if word == "yesterday" {
                out.append(DateMention(start: i, kind: .day(published?.adding(days: -1))))
            } else if word == "night", i > 0, tokens[i - 1].lower == "last" {
                out.append(DateMention(start: i, kind: .day(published), isVague: true))
            } else if word == "past", i + 1 < tokens.count, tokens[i + 1].lower == "day" {
                out.append(DateMention(start: i, kind: .day(published), isVague: true))
            } else if word == "ago", i >= 2, ["days", "day"].contains(tokens[i - 1].lower),
                      let n = tokens[i - 2].number.map({ Int($0) }) ?? NumberWords.value(tokens[i - 2].lower), n >= 1, n <= 6 {
                // "two days ago": a day counted back from the report's own.
                out.append(DateMention(start: i - 2, kind: .day(published?.adding(days: -n))))
            } else if word == "ago", i >= 2, tokens[i - 1].lower == "week", ["a", "one"].contains(tokens[i - 2].lower) {
                // "hosted Zelensky at the White House a week ago": seven days back.
                out.append(DateMention(start: i - 2, kind: .day(published?.adding(days: -7))))
            } else if pastWords.contains(word) {
                out.append(DateMention(start: i, kind: .past))
            } else if word == "last", i + 1 < tokens.count,
                      months[tokens[i + 1].lower] != nil || ["year", "month", "week", "summer", "winter", "spring", "autumn"].contains(tokens[i + 1].lower) {
                out.append(DateMention(start: i, kind: .past))
            } else if t.isNumber, let value = t.number, value >= 1990, value <= 2100, value.rounded() == value,
                      i > 0, ["in", "since", "of", "until"].contains(tokens[i - 1].lower),
                      let published, Int(value) < published.year {
                out.append(DateMention(start: i, kind: .past))
            } else if let month = months[word], word != "may" || (i + 1 < tokens.count && tokens[i + 1].isNumber) || (i > 0 && tokens[i - 1].isNumber)
                        || (i > 1 && tokens[i - 1].lower == "of" && (tokens[i - 2].isNumber || ["st", "nd", "rd", "th"].contains(tokens[i - 2].lower))),
                      t.isCapitalized {
                if let day = explicitDay(tokens, monthAt: i, month: month, published: published) {
                    out.append(DateMention(start: i, kind: .day(day), isVague: isDateline(tokens, monthAt: i),
                                           label: "month \(month) " + (day.map { "\($0.day)" } ?? text(tokens, i..<min(tokens.count, i + 3)))))
                }
            }
        }
        return out
    }

    /// "PARIS, Jan 7 — Britain and France will …": the date of a wire dateline is the day the
    /// copy was filed; a weekday the story names ("signed on Tuesday") is the day of the news.
    static func isDateline(_ tokens: [Token], monthAt i: Int) -> Bool {
        guard i >= 2, i <= 5, tokens[i - 1].lower == ",", tokens[0..<(i - 1)].allSatisfy({ $0.isCapitalized }) else { return false }
        return tokens[(i + 1)..<min(tokens.count, i + 4)].contains { ["—", "–", "-", "--", "(", ":"].contains($0.lower) }
    }

    /// Capitalised words a year may follow ("In 2022", "Since 2014", "September 2022"): the
    /// year is still a date after them, unlike after a model's name ("Mirage 2000").
    static func startsYearPhrase(_ word: String) -> Bool {
        ["in", "since", "until", "by", "from", "of", "before", "after", "during"].contains(word) || months[word] != nil
    }

    /// "last Friday": the Friday of the week before the report's, as news writers use it ("on
    /// Friday" would name the latest one).
    static func lastWeek(_ published: Day, _ weekday: Int) -> Day {
        published.latest(weekday: 1).adding(days: -7 + weekday - 1)
    }

    /// "4 September", "Aug. 6", "September 4, 2025": the year is the text's, else the published
    /// day's (the latest such day on or before it); without either, nil.
    static func explicitDay(_ tokens: [Token], monthAt i: Int, month: Int, published: Day?) -> Day?? {
        var dayNumber: Int?
        var k = i + 1
        if k < tokens.count, tokens[k].lower == "." { k += 1 }
        if k < tokens.count, tokens[k].isNumber, let v = tokens[k].number, v >= 1, v <= 31, v.rounded() == v {
            dayNumber = Int(v)
            k += 1
        } else if i > 0, tokens[i - 1].isNumber, let v = tokens[i - 1].number, v >= 1, v <= 31, v.rounded() == v {
            dayNumber = Int(v)
            k = i + 1
        } else if i > 1, tokens[i - 1].lower == "of" {
            // "the 4th of September", "the 4 of September"
            var p = i - 2
            if p > 0, ["st", "nd", "rd", "th"].contains(tokens[p].lower) { p -= 1 }
            if tokens[p].isNumber, let v = tokens[p].number, v >= 1, v <= 31, v.rounded() == v {
                dayNumber = Int(v)
                k = i + 1
            }
        }
        guard let dayNumber else { return nil }
        if k < tokens.count, tokens[k].lower == "," { k += 1 }
        if k < tokens.count, tokens[k].isNumber, let y = tokens[k].number, y >= 1990, y <= 2100 {
            return .some(Day(year: Int(y), month: month, day: dayNumber))
        }
        guard let published else { return .some(nil) }
        if let sameYear = Day(year: published.year, month: month, day: dayNumber), sameYear <= published.adding(days: 1) {
            return .some(sameYear)
        }
        return .some(Day(year: published.year - 1, month: month, day: dayNumber))
    }
}
