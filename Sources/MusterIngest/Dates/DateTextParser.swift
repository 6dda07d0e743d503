import MusterCore

/// Reads the calendar day in a date line or byline phrase as news sites print it:
/// "September 05, 2025", "Sept. 4, 2025", "4 September 2025", "26th Nov, 2024",
/// "10.07.2025" (European day.month.year), "2025-09-04" (ISO), with weekdays, clock times and
/// "Published:"/"Updated" around them. A date without a year is not a `Day` and reads as nil.
public enum DateTextParser {
    /// The day when `text` is a date line: one date and nothing but date-line words around it
    /// (weekday, clock time, time zone, "Published", separators). "Talks on 4 September 2025
    /// ended" is not a date line and gives nil.
    public static func parse(_ text: Substring) -> Day? {
        parse(tokens: DateTokenizer.tokens(text))
    }

    /// `parse(_:)` on a line already tokenised (the line classifier asks twice of each line).
    static func parse(tokens: [DateToken]) -> Day? {
        var found: Day?
        var foundNumeric = false
        var index = 0
        while index < tokens.count {
            if let (day, next) = date(in: tokens, at: index) {
                // "05/12/2026 May 12, 2026": a numeric date read day-first agrees with the spelled
                // one once read month-first; the spelled one decides.
                if let earlier = found, earlier != day {
                    guard Day(year: earlier.year, month: earlier.day, day: earlier.month) == day else { return nil }
                    if !foundNumeric {
                        index = next
                        continue
                    }
                }
                found = day
                foundNumeric = numeric(tokens, index) != nil
                index = next
            } else if let next = counter(in: tokens, at: index) {
                // "15 April 2026 | 8 min read": a reading-time or view counter beside the date.
                index = next
            } else if let next = clockTime(in: tokens, at: index) ?? zoneOffset(in: tokens, at: index) {
                index = next
            } else if isLineNoise(tokens[index]) {
                index += 1
            } else {
                return nil
            }
        }
        return found
    }

    public static func parse(_ text: String) -> Day? { parse(text[...]) }

    /// "8 min read", "1,204 views": a number and a counter noun.
    private static func counter(in tokens: [DateToken], at start: Int) -> Int? {
        var index = start
        guard index < tokens.count, tokens[index].number != nil else { return nil }
        index += 1
        // ("1,204": the thousands group.)
        while index + 1 < tokens.count, tokens[index].isMark(UInt8(ascii: ",")), tokens[index].glued,
              tokens[index + 1].glued, tokens[index + 1].number != nil { index += 2 }
        guard index < tokens.count, let word = tokens[index].word, LineClassifier.counterWords.contains(word) else { return nil }
        index += 1
        while index < tokens.count, let word = tokens[index].word, LineClassifier.counterWords.contains(word) { index += 1 }
        return index
    }

    /// The day on a line that opens with a publication label ("Published on March 12, 2026, at
    /// 6:15 pm (Paris) · Updated at 7:02 pm · Reading time 3 min", "Issued on: 12/02/2026 -
    /// 18:21 Modified: …"): the date right after the label, whatever the line carries after it.
    static func labelledDate(tokens: [DateToken]) -> Day? {
        var index = 0
        if index < tokens.count, tokens[index].word == "first" { index += 1 }
        guard index < tokens.count, let label = tokens[index].word, DateWords.publicationLabels.contains(label) else { return nil }
        index += 1
        while index < tokens.count, index < 6, tokens[index].word == "on" || (tokens[index].word == nil && tokens[index].number == nil) {
            index += 1
        }
        return date(in: tokens, at: index)?.0
    }

    /// The first date written anywhere in `text` ("Mohammad Ali Published November 26, 2024 |
    /// 01:40 PM" → 2024-11-26), for bylines and metadata lines that carry more than the date.
    public static func firstDate(in text: Substring) -> Day? {
        firstDate(tokens: DateTokenizer.tokens(text))
    }

    /// `firstDate(in:)` on a line already tokenised.
    static func firstDate(tokens: [DateToken]) -> Day? {
        for index in tokens.indices {
            if let (day, _) = date(in: tokens, at: index) { return day }
        }
        return nil
    }

    /// True when `text` is only a clock time ("03:15 pm", "15:30 CET"), a line pages print
    /// under the date and that carries no day.
    public static func isClockTime(_ text: Substring) -> Bool {
        isClockTime(tokens: DateTokenizer.tokens(text))
    }

    static func isClockTime(tokens: [DateToken]) -> Bool {
        var index = 0
        var sawTime = false
        while index < tokens.count {
            if let next = clockTime(in: tokens, at: index) {
                sawTime = true
                index = next
            } else if let next = zoneOffset(in: tokens, at: index) {
                index = next
            } else if isLineNoise(tokens[index]) {
                index += 1
            } else {
                return false
            }
        }
        return sawTime
    }

    /// "14.50 GMT Canada to fund shells": a clock time (and zone) opening a line that goes on
    /// with words.
    static func opensWithClockTime(tokens: [DateToken]) -> Bool {
        guard var index = clockTime(in: tokens, at: 0) else { return false }
        while index < tokens.count, let next = zoneOffset(in: tokens, at: index) ?? (isLineNoise(tokens[index]) ? index + 1 : nil) {
            index = next
        }
        return index < tokens.count
    }

    // MARK: - Grammar

    /// Tries each date shape at `start`; returns the day and the index after the date.
    static func date(in tokens: [DateToken], at start: Int) -> (Day, Int)? {
        // (A label with nothing after it, "Published:" alone on its line, leaves no token to read.)
        guard start < tokens.count else { return nil }
        // A date never starts glued to a preceding number or word ("A2025-01-01" is an id).
        if start > 0, tokens[start].glued, tokens[start - 1].number != nil || tokens[start - 1].word != nil {
            return nil
        }
        return numeric(tokens, start) ?? spacedDayMonthYear(tokens, start) ?? dayMonthYear(tokens, start) ?? monthDayYear(tokens, start)
    }

    /// "22. 1. 2026": the Central European numeric date with a space after each point.
    private static func spacedDayMonthYear(_ tokens: [DateToken], _ start: Int) -> (Day, Int)? {
        guard start + 4 < tokens.count, let day = tokens[start].number, tokens[start].width <= 2,
              tokens[start + 1].isMark(UInt8(ascii: ".")), tokens[start + 1].glued,
              let month = tokens[start + 2].number, tokens[start + 2].width <= 2, !tokens[start + 2].glued,
              tokens[start + 3].isMark(UInt8(ascii: ".")), tokens[start + 3].glued,
              let year = tokens[start + 4].number, tokens[start + 4].width == 4, !tokens[start + 4].glued,
              (1900...2199).contains(year)
        else { return nil }
        // ("2025:" fine; a digit glued after the year is not a date.)
        if start + 5 < tokens.count, tokens[start + 5].glued, tokens[start + 5].number != nil { return nil }
        return Day(year: year, month: month, day: day).map { ($0, start + 5) }
    }

    /// 2025-09-04, 2025/09/04, 10.07.2025, 10/07/2025, 4-7-2025: all glued together.
    private static func numeric(_ tokens: [DateToken], _ start: Int) -> (Day, Int)? {
        guard start + 4 < tokens.count,
              let first = tokens[start].number, let second = tokens[start + 2].number,
              let third = tokens[start + 4].number,
              tokens[start + 1].glued, tokens[start + 2].glued, tokens[start + 3].glued, tokens[start + 4].glued
        else { return nil }
        let separator: UInt8
        switch tokens[start + 1].kind {
        case .mark(let byte) where byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/"):
            separator = byte
        default: return nil
        }
        guard tokens[start + 3].isMark(separator) else { return nil }
        let end = start + 5
        // Another glued digit group after it means a version number or an IP address; a bare
        // point after it ends the date ("2025.09.05." as Hungarian pages print it).
        if end + 1 < tokens.count, tokens[end].glued, tokens[end].isMark(separator), tokens[end + 1].glued,
           tokens[end + 1].number != nil {
            return nil
        }
        if tokens[start].width == 4 {
            // Year first: ISO order only.
            guard tokens[start + 2].width <= 2, tokens[start + 4].width <= 2 else { return nil }
            return Day(year: first, month: second, day: third).map { ($0, end) }
        }
        // "12/18/25 7:45 AM ET": a two-digit year after slashes is the US month-first form
        // (unless that is impossible); after points or dashes it is day-first.
        if tokens[start].width <= 2, tokens[start + 2].width <= 2, tokens[start + 4].width == 2 {
            let year = 2000 + third
            if separator == UInt8(ascii: "/"), !(first > 12 && second <= 12) {
                return Day(year: year, month: first, day: second).map { ($0, end) }
            }
            return Day(year: year, month: second, day: first).map { ($0, end) }
        }
        guard tokens[start].width <= 2, tokens[start + 2].width <= 2, tokens[start + 4].width == 4 else { return nil }
        // Day first (European), unless that is impossible and month-first (US) is not.
        if separator == UInt8(ascii: "/"), second > 12, first <= 12 {
            return Day(year: third, month: first, day: second).map { ($0, end) }
        }
        return Day(year: third, month: second, day: first).map { ($0, end) }
    }

    /// "4 September 2025", "26th Nov, 2024", "4 Sept. 2025", "4th of July 2025".
    private static func dayMonthYear(_ tokens: [DateToken], _ start: Int) -> (Day, Int)? {
        var index = start
        guard let day = dayNumber(tokens, &index) else { return nil }
        // ("4th of July", "19 de dezembro de 2025".)
        if index < tokens.count, ["of", "de", "del"].contains(tokens[index].word) { index += 1 }
        guard let month = monthName(tokens, &index), let year = yearNumber(tokens, &index) else { return nil }
        return Day(year: year, month: month, day: day).map { ($0, index) }
    }

    /// The first month and day with no year after them ("Feb 12", "12 February"): a wire
    /// dateline's date, whose year the article must supply.
    static func monthAndDay(tokens: [DateToken]) -> (month: Int, day: Int)? {
        for start in tokens.indices {
            var index = start
            if let month = monthName(tokens, &index), let day = dayNumber(tokens, &index) { return (month, day) }
            index = start
            if let day = dayNumber(tokens, &index), let month = monthName(tokens, &index) { return (month, day) }
        }
        return nil
    }

    /// "September 05, 2025", "Sept. 4, 2025", "Nov 26th 2024".
    private static func monthDayYear(_ tokens: [DateToken], _ start: Int) -> (Day, Int)? {
        var index = start
        guard let month = monthName(tokens, &index), let day = dayNumber(tokens, &index),
              let year = yearNumber(tokens, &index) else { return nil }
        return Day(year: year, month: month, day: day).map { ($0, index) }
    }

    /// One or two digits, optionally glued to an ordinal suffix ("5", "05", "26th").
    private static func dayNumber(_ tokens: [DateToken], _ index: inout Int) -> Int? {
        guard index < tokens.count, let value = tokens[index].number, tokens[index].width <= 2,
              (1...31).contains(value) else { return nil }
        // A clock time ("15:30") or a decimal ("4.2") is not a day.
        if index + 1 < tokens.count, tokens[index + 1].glued,
           tokens[index + 1].isMark(UInt8(ascii: ":"))
            || (tokens[index + 1].isMark(UInt8(ascii: ".")) && index + 2 < tokens.count && tokens[index + 2].number != nil) {
            return nil
        }
        index += 1
        if index < tokens.count, tokens[index].glued, let word = tokens[index].word, DateWords.ordinalSuffixes.contains(word) {
            index += 1
        } else if index + 1 < tokens.count, tokens[index].glued, tokens[index].isMark(UInt8(ascii: ".")),
                  let word = tokens[index + 1].word, DateWords.month(word) != nil {
            // "15. Jan 2026": the ordinal point of Central European dates.
            index += 1
        }
        return value
    }

    /// A month name or abbreviation, with its abbreviation point ("Sept.") skipped.
    private static func monthName(_ tokens: [DateToken], _ index: inout Int) -> Int? {
        guard index < tokens.count, let word = tokens[index].word, let month = DateWords.month(word) else { return nil }
        index += 1
        if index < tokens.count, tokens[index].glued, tokens[index].isMark(UInt8(ascii: ".")) { index += 1 }
        return month
    }

    /// A four-digit year, optionally after a comma ("Nov, 2024", "05, 2025").
    private static func yearNumber(_ tokens: [DateToken], _ index: inout Int) -> Int? {
        var cursor = index
        if cursor < tokens.count, tokens[cursor].isMark(UInt8(ascii: ",")) || ["de", "del"].contains(tokens[cursor].word) { cursor += 1 }
        guard cursor < tokens.count, let year = tokens[cursor].number, tokens[cursor].width == 4,
              (1900...2199).contains(year) else { return nil }
        // "2025:" fine; "2025.5" or "20251" are not years.
        if cursor + 1 < tokens.count, tokens[cursor + 1].glued, tokens[cursor + 1].number != nil { return nil }
        index = cursor + 1
        return year
    }

    /// "15:30", "03:15 pm", "10:04:59", "14.30 BST" (the British point form).
    static func clockTime(in tokens: [DateToken], at start: Int) -> Int? {
        // "14h05", "9h": the French form.
        if start + 1 < tokens.count, let hour = tokens[start].number, tokens[start].width <= 2, hour <= 24,
           tokens[start + 1].glued, tokens[start + 1].word == "h" {
            if start + 2 < tokens.count, tokens[start + 2].glued, tokens[start + 2].width == 2, (tokens[start + 2].number ?? 60) < 60 { return start + 3 }
            return start + 2
        }
        guard start + 2 < tokens.count, let hour = tokens[start].number, tokens[start].width <= 2, hour <= 24,
              tokens[start + 1].isMark(UInt8(ascii: ":")) || tokens[start + 1].isMark(UInt8(ascii: ".")),
              tokens[start + 1].glued,
              let minute = tokens[start + 2].number, tokens[start + 2].width == 2, minute < 60, tokens[start + 2].glued
        else { return nil }
        var index = start + 3
        // "10.07.2025" is a date, not 10.07 o'clock followed by junk.
        if tokens[start + 1].isMark(UInt8(ascii: ".")), index < tokens.count, tokens[index].glued,
           tokens[index].isMark(UInt8(ascii: ".")) {
            return nil
        }
        if index + 1 < tokens.count, tokens[index].isMark(UInt8(ascii: ":")), tokens[index].glued,
           tokens[index + 1].number != nil, tokens[index + 1].width == 2 {
            index += 2
        }
        return index
    }

    /// The offset of "GMT+2", "UTC-05:00", "GMT+0300": a signed number glued to a zone word.
    static func zoneOffset(in tokens: [DateToken], at start: Int) -> Int? {
        guard start >= 2, tokens[start].number != nil, tokens[start].width <= 4, tokens[start].glued,
              tokens[start - 1].isMark(UInt8(ascii: "+")) || tokens[start - 1].isMark(UInt8(ascii: "-")),
              let zone = tokens[start - 2].word, ["gmt", "utc"].contains(zone) else { return nil }
        var index = start + 1
        if index + 1 < tokens.count, tokens[index].isMark(UInt8(ascii: ":")), tokens[index].glued,
           tokens[index + 1].number != nil { index += 2 }
        return index
    }

    private static func isLineNoise(_ token: DateToken) -> Bool {
        switch token.kind {
        case .mark: return true
        case .word(let word): return DateWords.lineNoise.contains(word) || DateWords.weekdays.contains(word)
        case .number: return false
        }
    }
}
