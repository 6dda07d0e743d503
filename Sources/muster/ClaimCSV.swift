import MusterCore
import MusterExtract
import MusterStore

/// `muster extract --format csv`: one row per claim, the columns every claim type shares first,
/// so a spreadsheet can filter commitments, events and incidents in one sheet.
enum ClaimCSV {
    static let header = [
        "document", "type", "actor", "actor_count", "recipient_or_target", "category_or_weapon", "status",
        "amount_value", "amount_unit", "amount_qualifier", "intercepted_value", "date", "place",
        "participants", "condition", "object", "quote",
    ]

    static func render(documentID: String, claims: [ExplainedClaim]) -> String {
        var lines = [CSV.line(header)]
        for explained in claims {
            lines.append(CSV.line(row(documentID: documentID, explained.claim)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(documentID: String, _ claim: Claim) -> [String] {
        func number(_ value: Int?) -> String { value.map(String.init) ?? "" }
        func quantity(_ value: Quantity?) -> [String] {
            guard let value else { return ["", "", ""] }
            return [CSV.number(value.value), value.unit, value.qualifier.rawValue]
        }
        switch claim {
        case .commitment(let c):
            return [documentID, "commitment", c.actor.rawValue, number(c.actorCount), c.recipient?.rawValue ?? "",
                    c.category.rawValue, c.status.rawValue] + quantity(c.amount)
                + ["", "", "", "", c.condition ?? "", c.object ?? "", c.quote]
        case .event(let e):
            return [documentID, "event", "", "", "", "", ""] + quantity(nil)
                + ["", e.date?.iso ?? "", e.place ?? "", e.participants.map(\.rawValue).joined(separator: " "),
                   "", e.name ?? "", e.quote]
        case .incident(let i):
            return [documentID, "incident", i.actor?.rawValue ?? "", "", i.target?.rawValue ?? "",
                    i.weapon?.rawValue ?? "", ""] + quantity(i.launched)
                + [i.intercepted.map { CSV.number($0.value) } ?? "", i.date?.iso ?? "", "", "", "", "", i.quote]
        }
    }
}
