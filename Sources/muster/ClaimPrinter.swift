import MusterCore
import MusterExtract

/// How `muster extract` shows claims: one JSON line each (the spec's format, plus an "explain"
/// member with --explain), or a readable list after the document text.
enum ClaimPrinter {
    static func jsonLine(_ claim: ExplainedClaim, explain: Bool) -> String {
        json(claim, explain: explain).serialized()
    }

    /// The claim's record, with the trigger words under "explain" when asked for.
    static func json(_ claim: ExplainedClaim, explain: Bool) -> JSONValue {
        guard explain, case .object(var members) = claim.claim.json else { return claim.claim.json }
        members.append(("explain", claim.explanation))
        return .object(members)
    }

    /// One JSON object holding the document record and its claims.
    static func jsonDocument(_ record: DocumentRecord, claims: [ExplainedClaim], explain: Bool) -> String {
        var members: [(String, JSONValue)] = [("document", record.json)]
        members.append(("claims", .array(claims.map { json($0, explain: explain) })))
        return JSONValue.object(members).serialized()
    }

    static func render(_ claims: [ExplainedClaim], explain: Bool) -> String {
        var lines = ["", "claims:    \(claims.count)"]
        for (number, explained) in claims.enumerated() {
            lines.append("")
            lines.append("\(number + 1). " + summary(explained.claim))
            lines.append("   quote: \(explained.claim.quote)")
            if explain {
                lines.append("   why:   actor «\(explained.actorTrigger ?? "—")», category «\(explained.categoryTrigger ?? "—")», "
                    + "status «\(explained.statusTrigger ?? "—")», amount «\(explained.amountTrigger ?? "—")»")
                // (How sure the learned model is; the review queue reads the least sure first.)
                if let confidence = explained.confidence {
                    lines.append("   confidence: \(confidencePercent(confidence))")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    static func summary(_ claim: Claim) -> String {
        switch claim {
        case .commitment(let c):
            let actor = c.actorCount.map { "\(c.actor) (\($0))" } ?? c.actor.rawValue
            var text = "commitment  \(actor) \(c.status.rawValue) \(c.category.rawValue)"
            if let amount = c.amount { text += ", " + describe(amount) }
            if let recipient = c.recipient { text += " → \(recipient)" }
            if let condition = c.condition { text += " [\(condition)]" }
            return text
        case .event(let e):
            return "event       \(e.name ?? "meeting") on \(e.date?.iso ?? "?") at \(e.place ?? "?"): "
                + e.participants.map(\.rawValue).joined(separator: ", ")
        case .incident(let i):
            var text = "incident    \(i.actor?.rawValue ?? "?") → \(i.target?.rawValue ?? "?") \(i.weapon?.rawValue ?? "?")"
            if let launched = i.launched { text += ", launched " + describe(launched) }
            if let intercepted = i.intercepted { text += ", intercepted " + describe(intercepted) }
            text += " on \(i.date?.iso ?? "?")"
            return text
        }
    }

    static func describe(_ q: Quantity) -> String {
        let qualifier = q.qualifier == .exact ? "" : q.qualifier.symbol + " "
        return qualifier + JSONValue.number(q.value).serialized() + " " + q.unit
    }
}
