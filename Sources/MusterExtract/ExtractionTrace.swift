import MusterCore

/// What each stage found in each sentence, for `muster extract --trace`: when a claim is
/// missing or wrong, an analyst (or a maintainer writing a rule) sees which stage lost it —
/// an actor not recognised, no status trigger, a category word not in the lexicon.
extension ClaimExtractor {
    public func trace(sentences: [Sentence], published: Day?, title: String? = nil) -> [String] {
        let analyses = resolvedAnalyses(sentences: sentences, published: published, title: title)
        var context = DocumentContext(published: published, analyses: analyses)
        return analyses.enumerated().map { index, a in
            context.joinNotes = []
            let claims = CommitmentRules.commitments(in: a, context: &context)
            defer { context.absorb(a) }
            var lines = ["[\(index + 1)] \(a.sentence.text)"]
            func words(_ start: Int, _ end: Int) -> String { text(a.tokens, start..<min(end, a.tokens.count)) }
            if !a.actors.isEmpty {
                lines.append("    actors:     " + a.actors.map { m in
                    var note = "\(m.code)"
                    if let count = m.count { note += " ×\(count)" }
                    if m.anaphoric { note += " anaphoric" }
                    if m.governmentForm { note += " government" }
                    return "«\(words(m.start, m.end))» \(m.kind) \(note)"
                }.joined(separator: ", "))
            }
            if !a.statuses.isEmpty {
                lines.append("    statuses:   " + a.statuses.map { s in
                    "«\(words(s.start, s.end))» \(s.status.rawValue)" + (s.relativeHead != nil ? " (relative clause)" : "")
                }.joined(separator: ", "))
            }
            if !a.categories.isEmpty {
                lines.append("    categories: " + a.categories.map { "«\(words($0.start, $0.end))» \($0.category.rawValue)" }.joined(separator: ", "))
            }
            if !a.quantities.isEmpty {
                lines.append("    quantities: " + a.quantities.map { q in
                    var note = "«\(words(q.start, q.end))» \(q.kind)"
                    if q.isRate { note += " rate" }
                    if q.isConversion { note += " conversion" }
                    return note
                }.joined(separator: ", "))
            }
            // How the stages were joined: the commitments this sentence gave on its own, and the
            // triggers that gave none, with the reason.
            let joined = claims.compactMap { claim -> String? in
                guard case .commitment(let c) = claim.claim else { return nil }
                return "\(c.actor)\(c.actorCount.map { "×\($0)" } ?? "") \(c.category.rawValue) \(c.status.rawValue)"
            }
            if !joined.isEmpty { lines.append("    joined:     " + joined.joined(separator: ", ")) }
            if let notes = context.joinNotes, !notes.isEmpty { lines.append("    unjoined:   " + notes.joined(separator: ", ")) }
            return lines.joined(separator: "\n")
        }
    }
}
