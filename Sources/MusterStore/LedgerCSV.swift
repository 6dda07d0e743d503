import Foundation
import MusterCore

/// CSV export and import of claims with their review decisions.
///
/// A row is one claim: the document it was read from (by SHA-256, with source, title and
/// dates), its position there, its review (state, reviewer, reason), its `type`, and the
/// claim as the ledger uses it (the correction, when corrected, with the original claim as JSON
/// in `original`). A commitment claim's fields have columns of their own, so a spreadsheet can
/// filter and sum them; an event or incident is carried whole as JSON in `claim_json`.
/// `commitment_ref` numbers commitments in order of first appearance in the file so that
/// claims grouped into one commitment stay grouped on import. Importing an export into
/// an empty ledger and exporting again gives the same text.
enum LedgerCSV {
    static let header = [
        "document_sha256", "document_source", "document_title", "published", "retrieved_at", "position",
        "state", "reviewer", "reason", "commitment_ref", "type", "actor", "actor_count", "recipient", "category",
        "status", "amount_value", "amount_unit", "amount_qualifier", "condition", "object", "quote", "claim_json", "original",
    ]

    static func export(_ db: any SQLConnection) throws -> String {
        var out = CSV.line(header) + "\n"
        var refs: [Int64: Int] = [:]
        let decoder = JSONDecoder()
        try db.forEachChunk("""
            SELECT d.sha256, d.source, d.title, d.published, d.retrieved_at, c.position, c.state, c.reviewer, c.reason,
                   c.commitment_id, c.json, c.correction, c.id
            FROM claim c JOIN document d ON d.id = c.document_id
            WHERE c.id > ? ORDER BY c.id LIMIT ?
            """, keyColumn: 12) { row in
            let json: String = row[10]
            let correctionText: String? = row[11]
            let effectiveText = correctionText ?? json
            let effective = try decoder.decode(Claim.self, from: Data(effectiveText.utf8))
            var ref = ""
            if let commitment = row[9] as Int64? {
                if refs[commitment] == nil { refs[commitment] = refs.count + 1 }
                ref = String(refs[commitment]!)
            }
            let position: Int = row[5]
            var fields: [String] = [
                row[0], row[1], (row[2] as String?) ?? "", (row[3] as String?) ?? "", row[4], String(position),
                row[6], (row[7] as String?) ?? "", (row[8] as String?) ?? "", ref, effective.typeName,
            ]
            if case .commitment(let c) = effective {
                fields += [c.actor.rawValue, c.actorCount.map(String.init) ?? "", c.recipient?.rawValue ?? "",
                           c.category.rawValue, c.status.rawValue, c.amount.map { CSV.number($0.value) } ?? "",
                           c.amount?.unit ?? "", c.amount?.qualifier.rawValue ?? "", c.condition ?? "", c.object ?? "",
                           c.quote, ""]
            } else {
                fields += Array(repeating: "", count: 10) + [effective.quote, effective.json.serialized()]
            }
            fields.append(correctionText == nil ? "" : json)
            out += CSV.line(fields) + "\n"
        }
        return out
    }

    /// One parsed, validated row.
    struct ImportRow {
        var row: Int
        var sha256: String
        var document: NewDocument
        var position: Int
        var state: ReviewState
        var reviewer: String?
        var reason: String?
        var commitmentRef: Int?
        var effective: Claim
        var original: Claim?
    }

    /// Parses and validates every row before anything is written, so a bad row refuses the
    /// whole file with its row number and field.
    static func parse(_ text: String) throws -> [ImportRow] {
        let rows: [[String]]
        do {
            rows = try CSV.parse(text)
        } catch let failure as CSV.Failure {
            throw LedgerError.badRow(row: failure.row, field: "-", problem: failure.problem)
        }
        guard let head = rows.first else { return [] }
        var column: [String: Int] = [:]
        for (index, name) in head.enumerated() { column[name] = index }
        for name in header where column[name] == nil {
            throw LedgerError.badRow(row: 1, field: name, problem: "missing column")
        }
        var result: [ImportRow] = []
        for (offset, fields) in rows.dropFirst().enumerated() {
            let rowNumber = offset + 2
            func value(_ name: String) -> String {
                let index = column[name]!
                return index < fields.count ? fields[index] : ""
            }
            func optional(_ name: String) -> String? {
                let text = value(name)
                return text.isEmpty ? nil : text
            }
            func bad(_ field: String, _ problem: String) -> LedgerError {
                .badRow(row: rowNumber, field: field, problem: problem)
            }
            func day(_ name: String) throws -> Day? {
                guard let text = optional(name) else { return nil }
                guard let day = Day(iso: text) else { throw bad(name, "bad date \"\(text)\", expected YYYY-MM-DD") }
                return day
            }
            func actor(_ name: String) throws -> ActorCode? {
                guard let text = optional(name) else { return nil }
                let code = ActorCode(text)
                guard KnownActors.contains(code) else { throw bad(name, "unknown actor code \"\(text)\"") }
                return code
            }
            func integer(_ name: String) throws -> Int? {
                guard let text = optional(name) else { return nil }
                guard let number = Int(text) else { throw bad(name, "not a whole number: \"\(text)\"") }
                return number
            }
            let sha = value("document_sha256")
            guard sha.utf8.count == 64, sha.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
            else { throw bad("document_sha256", "expected 64 lower-case hex digits") }
            let published = try day("published")
            guard let retrievedAt = RecordedTime.parse(value("retrieved_at")) else {
                throw bad("retrieved_at", "bad time \"\(value("retrieved_at"))\", expected YYYY-MM-DDTHH:MM:SS.ffffffZ")
            }
            guard let position = try integer("position"), position >= 0 else {
                throw bad("position", "expected a position of 0 or more")
            }
            guard let state = ReviewState(rawValue: value("state")) else {
                throw bad("state", "unknown review state \"\(value("state"))\"")
            }
            if state != .pending, optional("reviewer") == nil { throw bad("reviewer", "a reviewed claim needs a reviewer") }
            if state == .rejected, optional("reason") == nil { throw bad("reason", "a rejection needs a reason") }
            let effective: Claim
            switch value("type") {
            case "commitment":
                guard let actorCode = try actor("actor") else { throw bad("actor", "missing actor") }
                guard let category = MusterCore.Category(rawValue: value("category")) else {
                    throw bad("category", "unknown category \"\(value("category"))\"")
                }
                guard let status = CommitmentStatus(rawValue: value("status")) else {
                    throw bad("status", "unknown status \"\(value("status"))\"")
                }
                var amount: Quantity?
                if let text = optional("amount_value") {
                    guard let number = Double(text), number.isFinite else {
                        throw bad("amount_value", "not a number: \"\(text)\"")
                    }
                    guard let unit = optional("amount_unit") else { throw bad("amount_unit", "an amount needs a unit") }
                    guard let qualifier = Quantity.Qualifier(rawValue: optional("amount_qualifier") ?? "exact") else {
                        throw bad("amount_qualifier", "unknown qualifier \"\(value("amount_qualifier"))\"")
                    }
                    amount = Quantity(value: number, unit: unit, qualifier: qualifier)
                }
                effective = .commitment(Commitment(
                    actor: actorCode, actorCount: try integer("actor_count"), recipient: try actor("recipient"),
                    category: category, status: status, amount: amount, condition: optional("condition"),
                    object: optional("object"), quote: value("quote")))
            case "event", "incident":
                guard let claim = try? JSONDecoder().decode(Claim.self, from: Data(value("claim_json").utf8)),
                      claim.typeName == value("type") else {
                    throw bad("claim_json", "not a\(value("type") == "event" ? "n" : "") \(value("type")) in the JSON of spec/claims.md")
                }
                do {
                    try Review.validateActors(claim)
                } catch let error as LedgerError {
                    throw bad("claim_json", error.description)
                }
                effective = claim
            default:
                throw bad("type", "unknown claim type \"\(value("type"))\", expected commitment, event or incident")
            }
            var original: Claim?
            if let text = optional("original") {
                guard let claim = try? JSONDecoder().decode(Claim.self, from: Data(text.utf8)) else {
                    throw bad("original", "not a claim in the JSON of spec/claims.md")
                }
                original = claim
            }
            if state == .corrected, original == nil { throw bad("original", "a corrected claim needs its original") }
            let document = NewDocument(bytes: [], source: value("document_source"), retrievedAt: retrievedAt,
                                       title: optional("document_title"), published: published, text: "")
            result.append(ImportRow(row: rowNumber, sha256: sha, document: document, position: position, state: state,
                                    reviewer: optional("reviewer"), reason: optional("reason"),
                                    commitmentRef: try integer("commitment_ref"), effective: effective,
                                    original: original))
        }
        return result
    }

    /// Applies validated rows in the caller's transaction. A claim already present (same
    /// document and position) is skipped, so importing a file twice changes nothing.
    static func apply(_ rows: [ImportRow], writer: inout LedgerWriter, who: String) throws -> ImportOutcome {
        let db = writer.db
        var added = 0
        var skipped = 0
        var commitments: [Int: Int64] = [:]
        for row in rows {
            let documentID: Int64
            if let existing = try db.value("SELECT id FROM document WHERE sha256 = ?", [row.sha256], as: Int64.self) {
                documentID = existing
            } else {
                documentID = try LedgerWrites.ingest(&writer, document: row.document, sha256: row.sha256,
                                                          storeBytes: false, claims: [], who: who, acceptAs: nil)
                    .documentID
            }
            if try db.exists("SELECT 1 FROM claim WHERE document_id = ? AND position = ?", [documentID, row.position]) {
                skipped += 1
                continue
            }
            let stored = row.original ?? row.effective
            let validDate = row.document.published ?? RecordedTime.day(row.document.retrievedAt)
            let claimID = try LedgerWrites.insertClaim(&writer, document: documentID, position: row.position,
                                                            claim: stored, who: who, validDate: validDate)
            added += 1
            guard row.state != .pending, let reviewer = row.reviewer else { continue }
            do {
                if row.state == .rejected {
                    try Review.reject(&writer, claim: claimID, reviewer: reviewer, reason: row.reason ?? "")
                    continue
                }
                var target = AcceptTarget.match
                if let ref = row.commitmentRef, case .commitment = row.effective { target = commitments[ref].map { .commitment($0) } ?? .new }
                let correction: Claim? = row.state == .corrected ? row.effective : nil
                let id = try Review.accept(&writer, claim: claimID, reviewer: reviewer, reason: row.reason,
                                           correction: correction, target: target)
                if let ref = row.commitmentRef, let id { commitments[ref] = id }
            } catch let error as LedgerError {
                throw LedgerError.badRow(row: row.row, field: "-", problem: error.description)
            }
        }
        return ImportOutcome(rows: rows.count, claimsAdded: added, skipped: skipped)
    }
}
