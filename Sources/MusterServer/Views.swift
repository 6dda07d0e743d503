import Foundation
import MusterCore
import MusterStore

/// Template contexts for records that appear on more than one page.
enum Views {
    static func commitment(_ record: CommitmentRecord, asOfQuery: String) -> [String: Any] {
        var out: [String: Any] = [
            "id": record.id, "link": "/commitments/\(record.id)\(asOfQuery)",
            "actor": Formatting.actor(record.actor, count: record.actorCount), "actorCode": record.actor.rawValue,
            "actorLink": "/actors/\(record.actor.rawValue)\(asOfQuery)",
            "category": Formatting.category(record.category), "status": record.status.rawValue,
            "statusDate": record.statusDate?.iso ?? "", "amount": Formatting.quantity(record.amount),
            "eur": Formatting.eur(record.amountEUR), "object": record.object ?? "",
        ]
        if let recipient = record.recipient { out["recipient"] = recipient.rawValue }
        if let corroboration = record.corroboration { out["corroboration"] = corroboration }
        return compact(out)
    }

    /// Drops empty strings: a Mustache section `{{#object}}` treats "" as true, and a missing
    /// key is what makes it false.
    static func compact(_ values: [String: Any]) -> [String: Any] {
        values.filter { !(($0.value as? String)?.isEmpty ?? false) }
    }

    static func claimFields(_ claim: Claim) -> [[String: Any]] {
        var fields: [(String, String)] = [("type", claim.typeName)]
        switch claim {
        case .commitment(let c):
            fields += [("actor", Formatting.actor(c.actor, count: c.actorCount)), ("category", Formatting.category(c.category)),
                       ("status", c.status.rawValue)]
            if let recipient = c.recipient { fields.append(("recipient", recipient.rawValue)) }
            if let amount = c.amount { fields.append(("amount", Formatting.quantity(amount))) }
            if let object = c.object { fields.append(("object", object)) }
            if let condition = c.condition { fields.append(("condition", condition)) }
        case .event(let e):
            if let name = e.name { fields.append(("name", name)) }
            if let date = e.date { fields.append(("date", date.iso)) }
            if let place = e.place { fields.append(("place", place)) }
            if !e.participants.isEmpty { fields.append(("participants", e.participants.map(\.rawValue).joined(separator: ", "))) }
        case .incident(let i):
            if let actor = i.actor { fields.append(("actor", actor.rawValue)) }
            if let target = i.target { fields.append(("target", target.rawValue)) }
            if let weapon = i.weapon { fields.append(("weapon", weapon.rawValue)) }
            if let launched = i.launched { fields.append(("launched", Formatting.quantity(launched))) }
            if let intercepted = i.intercepted { fields.append(("intercepted", Formatting.quantity(intercepted))) }
            if let date = i.date { fields.append(("date", date.iso)) }
        }
        return fields.map { ["name": $0.0, "value": $0.1] }
    }

    static func claim(_ stored: StoredClaim) -> [String: Any] {
        var out: [String: Any] = [
            "id": stored.id, "state": stored.state.rawValue, "quote": stored.effective.quote,
            "fields": claimFields(stored.effective), "documentID": stored.documentID,
            "documentLink": "/documents/\(stored.documentID)#claim-\(stored.id)",
        ]
        if let reviewer = stored.reviewer { out["reviewer"] = reviewer }
        if let reason = stored.reason { out["reason"] = reason }
        if let commitmentID = stored.commitmentID { out["commitmentLink"] = "/commitments/\(commitmentID)" }
        if let confidence = stored.confidence { out["confidence"] = confidencePercent(confidence) }
        return out
    }

    /// One ledger entry as a line of a timeline.
    static func entry(_ entry: LedgerEntry, asOfQuery: String) -> [String: Any] {
        let change = (try? JSONSerialization.jsonObject(with: Data(entry.change.utf8))) as? [String: Any] ?? [:]
        let text: String
        switch entry.kind {
        case "commitment":
            let actor = change["actor"] as? String ?? "?"
            let category = (change["category"] as? String ?? "").replacingOccurrences(of: "_", with: " ")
            let status = change["status"] as? String ?? ""
            text = "New commitment: \(actor), \(category) (\(status)), recorded by \(entry.who)"
        case "review":
            let claim = (change["claim"] as? NSNumber)?.int64Value ?? 0
            let state = change["state"] as? String ?? "reviewed"
            text = "Claim \(claim) \(state) by \(entry.who)" + (entry.why.map { ": \($0)" } ?? "")
        default:
            text = "\(entry.kind) entry by \(entry.who)"
        }
        var out: [String: Any] = ["seq": entry.seq, "date": entry.validDate?.iso ?? Formatting.day(ofRecorded: entry.recordedAt),
                                  "recorded": entry.recordedAt, "kind": entry.kind, "text": text]
        if let id = entry.commitmentID { out["link"] = "/commitments/\(id)\(asOfQuery)" }
        return out
    }

    static func selectOptions<T: RawRepresentable & Equatable>(_ all: [T], selected: T?) -> [[String: Any]]
        where T.RawValue == String {
        all.map { option in
            ["value": option.rawValue, "label": option.rawValue.replacingOccurrences(of: "_", with: " "),
             "selected": option == selected]
        }
    }
}
