import MusterCore

/// Tables pasted as text whose columns are stages ("Donor | System | Pledged | Delivered", then
/// "Germany | IRIS-T SLM fire units | 8 | 6"): each row's donor gives its goods at every stage
/// its cell counts, so one row is a pledge of eight and a delivery of six. A stage whose count a
/// later, firmer stage repeats was fulfilled ("3 | 3" is three delivered, not also pledged), and
/// a zero is nothing yet.
enum TableColumns {
    /// The stage each column of a header row names, or nil when none does (then the table is
    /// no stage table and its rows are ordinary list items).
    static func stages(ofHeader a: SentenceAnalysis) -> [CommitmentStatus?]? {
        let cells = cells(a)
        guard cells.count >= 3, !a.actors.contains(where: { $0.start < cells[0].upperBound }) else { return nil }
        let stages = cells.map { cell -> CommitmentStatus? in
            // A stage column is named by its word alone ("Pledged", "Delivered").
            guard cell.count == 1 else { return nil }
            let word = a.tokens[cell.lowerBound].lower
            return StatusLexicon.verbs[word]?.status ?? StatusLexicon.nominals[word]
        }
        return stages.compactMap { $0 }.count >= 2 ? stages : nil
    }

    /// Token ranges of the cells between bars.
    static func cells(_ a: SentenceAnalysis) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = 0
        for k in a.tokens.indices where a.tokens[k].lower == "|" {
            cells.append(start..<k)
            start = k + 1
        }
        guard !cells.isEmpty else { return [] }
        cells.append(start..<a.tokens.count)
        return cells
    }

    /// The row's undertakings: one per stage column whose cell holds a count above zero, with the
    /// goods its cells name and the count in the goods' unit.
    static func claims(in a: SentenceAnalysis, stages: [CommitmentStatus?]) -> [(hit: CategoryHit, status: StatusHit, amount: QuantityMention?)] {
        let cells = cells(a)
        guard cells.count == stages.count, let goods = a.categories.first else { return [] }
        // ("IRIS-T SLM fire units", "SAMP/T batteries": counts of such goods are systems.)
        let countedAsSystems = a.tokens[goods.start..<min(a.tokens.count, goods.end + 2)].contains { CommitmentRules.unitNouns.contains($0.lower) }
        let unit = a.quantities.first { $0.kind == .count }?.quantity.unit ?? (countedAsSystems ? "systems" : nil)
        var counts: [(column: Int, count: QuantityMention)] = []
        for (column, cell) in cells.enumerated() where stages[column] != nil {
            guard let number = a.quantities.first(where: { $0.start >= cell.lowerBound && $0.end <= cell.upperBound }),
                  number.quantity.value > 0 else { continue }
            counts.append((column, number))
        }
        var out: [(CategoryHit, StatusHit, QuantityMention?)] = []
        for (column, number) in counts {
            guard let stage = stages[column] else { continue }
            let fulfilled = counts.contains { other in
                other.column != column && (stages[other.column]?.strength ?? 0) > stage.strength
                    && other.count.quantity.value == number.quantity.value
            }
            if fulfilled { continue }
            var amount = number
            if let unit {
                amount.quantity.unit = unit
                amount.kind = .count
            }
            let cell = cells[column]
            out.append((goods, StatusHit(start: cell.lowerBound, end: cell.upperBound, status: stage, trigger: a.tokens[cell.lowerBound].text),
                        unit == nil ? nil : amount))
        }
        return out
    }
}
