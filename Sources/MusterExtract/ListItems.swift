import MusterCore

/// Country-by-country lists ("Here is what they pledged:" then "Germany: four IRIS-T systems
/// and €500 million for shells."): an item names its party before a colon or dash and what it
/// gives after it, usually with no verb. Such an item takes the status the list's lead gave, a
/// participle of its own ("18 howitzers, delivered in September"), or a pledge.
enum ListItems {
    static let bullets: Set<String> = ["-", "•", "*", "–", "—", "·", "▪"]
    static let labelMarks: Set<String> = [":", "—", "–", "-"]

    /// Adds a status at the label mark of each verbless list item.
    static func resolveAll(_ analyses: inout [SentenceAnalysis]) {
        var listStatus: CommitmentStatus?
        for index in analyses.indices {
            let a = analyses[index]
            if let mark = labelMark(a) {
                // (A noun of the label, "Slovenia's contribution:", gives way to the item's status.)
                guard a.statuses.allSatisfy({ $0.start < mark }), a.categories.contains(where: { $0.start > mark }) else { continue }
                let own = a.tokens[(mark + 1)...].lazy.compactMap { StatusLexicon.verbs[$0.lower]?.status }.first
                // ("Hungary: no weapons, only humanitarian aid": an item may refuse.)
                let refuses = a.tokens[(mark + 1)...].prefix(3).contains { ["no", "not", "none", "nothing"].contains($0.lower) }
                let status = refuses ? .declined : own ?? listStatus ?? a.statuses.last?.status ?? .pledged
                analyses[index].statuses = [StatusHit(start: mark, end: mark + 1, status: status, trigger: "")]
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

    /// Where the label of a list item ends: "Germany:", "- Sweden:", "• Canada —", "3. Norway:".
    static func labelMark(_ a: SentenceAnalysis) -> Int? {
        var k = 0
        while k < a.tokens.count, bullets.contains(a.tokens[k].lower) || (a.tokens[k].isNumber && k + 1 < a.tokens.count && a.tokens[k + 1].lower == ".") {
            k += a.tokens[k].isNumber ? 2 : 1
        }
        guard let party = a.actors.first(where: { $0.start == k }), party.end < a.tokens.count,
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
}
