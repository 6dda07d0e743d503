import Foundation
import MusterCore

/// Current state (commitments, their evidence, review states, coalitions and their
/// requirements) as a function of the
/// entries. Writers append an entry and call the matching `apply`; `rebuild` clears the
/// projection and replays every entry through the same functions, so the two cannot diverge.
enum Projection {
    static func createCommitment(_ db: any SQLConnection, id: Int64, commitment c: Commitment, validDate: Day) throws {
        try db.execute("""
            INSERT INTO commitment (id, actor, actor_count, recipient, category, object, object_key, status, status_date,
                                    status_strength)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id, c.actor.rawValue, c.actorCount, c.recipient?.rawValue, c.category.rawValue,
                                     c.object, ObjectKey.normalize(c.object), c.status.rawValue, validDate.iso,
                                     c.status.strength])
    }

    /// Records a review decision. `effective` is the claim as accepted (the correction when
    /// there is one), nil for a rejection.
    static func review(_ db: any SQLConnection, seq: Int64, recordedAt: String, validDate: Day, reviewer: String,
                       reason: String?, claimID: Int64, state: ReviewState, commitmentID: Int64?,
                       correction: String?, effective: Commitment?) throws {
        let claimRow = try db.row("SELECT commitment_id, document_id FROM claim WHERE id = ?", [claimID])
        let previous: Int64? = claimRow?[0]
        let documentID: Int64? = claimRow?[1]
        try db.execute("""
            UPDATE claim SET state = ?, reviewer = ?, reason = ?, correction = ?, commitment_id = ? WHERE id = ?
            """, [state.rawValue, reviewer, reason, correction, state == .rejected ? nil : commitmentID, claimID])
        // A new decision supersedes the claim's earlier evidence, if any.
        let retracted = try db.execute("UPDATE evidence SET retracted_at = ? WHERE claim_id = ? AND retracted_at IS NULL",
                                       [recordedAt, claimID]) > 0
        if let commitmentID, let effective, state != .rejected {
            let eur = try effective.amount.flatMap { try RateTable.valueInEUR($0, on: validDate, in: db) }
            try db.execute("""
                INSERT INTO evidence (id, claim_id, commitment_id, document_id, seq, valid_date, recorded_at, status,
                                      strength, amount_value, amount_unit, amount_qualifier, amount_eur)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [try db.nextID("evidence"), claimID, commitmentID, documentID, seq, validDate.iso, recordedAt,
                                         effective.status.rawValue, effective.status.strength,
                                         effective.amount?.value, effective.amount?.unit,
                                         effective.amount?.qualifier.rawValue, eur])
            if retracted || previous != nil {
                try recompute(db, commitment: commitmentID)
            } else {
                try addLatest(db, commitment: commitmentID, document: documentID, validDate: validDate,
                              status: effective.status, amount: effective.amount, eur: eur)
            }
        }
        if let previous, previous != commitmentID || state == .rejected {
            try recompute(db, commitment: previous)
        }
    }

    /// The common case, one more live statement: updates the commitment in place instead of
    /// re-reading its whole history. The new entry has the highest `seq`, so it wins whenever
    /// its (valid date, strength) is at least the current one's — the same order `recompute`
    /// applies.
    static func addLatest(_ db: any SQLConnection, commitment id: Int64, document: Int64?, validDate: Day,
                          status: CommitmentStatus, amount: Quantity?, eur: Double?) throws {
        // The row just inserted counts, so "another document" means more than one row.
        let sameDocument = try db.value("""
            SELECT count(*) FROM evidence WHERE commitment_id = ? AND document_id = ? AND retracted_at IS NULL
            """, [id, document], as: Int.self) ?? 0
        // Whether the new statement sets the status, decided here from the current row rather
        // than by CASE expressions in one UPDATE: an UPDATE that names `status` fires the
        // commitment_fts trigger (an FTS5 delete and insert, pages written) even when the value
        // stays the same, so `status` is written only when it changes. Same rule as before:
        // no evidence yet, a later day, or the same day and at least the same strength.
        guard let row = try db.row("""
            SELECT evidence, status, status_date, status_strength FROM commitment WHERE id = ?
            """, [id]) else { return }
        let evidence: Int = row[0]
        let currentStatus: String = row[1]
        let statusDate: String? = row[2]
        let statusStrength: Int = row[3]
        let day = validDate.iso
        let wins = evidence == 0 || statusDate.map { day > $0 || (day == $0 && status.strength >= statusStrength) } ?? false
        let newDocument = sameDocument > 1 ? 0 : 1
        if !wins {
            try db.execute("""
                UPDATE commitment SET evidence = evidence + 1, corroboration = corroboration + ? WHERE id = ?
                """, [newDocument, id])
        } else if currentStatus == status.rawValue {
            try db.execute("""
                UPDATE commitment SET evidence = evidence + 1, corroboration = corroboration + ?,
                                      status_date = ?, status_strength = ?
                WHERE id = ?
                """, [newDocument, day, status.strength, id])
        } else {
            try db.execute("""
                UPDATE commitment SET evidence = evidence + 1, corroboration = corroboration + ?,
                                      status = ?, status_date = ?, status_strength = ?
                WHERE id = ?
                """, [newDocument, status.rawValue, day, status.strength, id])
        }
        guard let amount else { return }
        // ?1 id, ?2 value, ?3 unit, ?4 qualifier, ?5 eur, ?6 day, ?7 strength
        try db.execute("""
            UPDATE commitment SET amount_value = ?2, amount_unit = ?3, amount_qualifier = ?4,
                                  amount_eur = ?5, amount_date = ?6, amount_strength = ?7
            WHERE id = ?1 AND (amount_date IS NULL OR ?6 > amount_date
                               OR (?6 = amount_date AND ?7 >= amount_strength))
            """, [id, amount.value, amount.unit, amount.qualifier.rawValue, eur, validDate.iso, status.strength])
    }

    /// Sets a commitment's current status, amount and counts from its live evidence: the latest
    /// statement by valid date wins; on the same day the stronger status; then the later entry.
    static func recompute(_ db: any SQLConnection, commitment id: Int64) throws {
        try db.execute("""
            UPDATE commitment SET
                status = coalesce((SELECT status FROM evidence WHERE commitment_id = ?1 AND retracted_at IS NULL
                                   ORDER BY valid_date DESC, strength DESC, seq DESC LIMIT 1), status),
                status_date = coalesce((SELECT valid_date FROM evidence WHERE commitment_id = ?1 AND retracted_at IS NULL
                                   ORDER BY valid_date DESC, strength DESC, seq DESC LIMIT 1), status_date),
                status_strength = coalesce((SELECT strength FROM evidence WHERE commitment_id = ?1 AND retracted_at IS NULL
                                   ORDER BY valid_date DESC, strength DESC, seq DESC LIMIT 1), status_strength),
                amount_value = NULL, amount_unit = NULL, amount_qualifier = NULL, amount_eur = NULL,
                amount_date = NULL, amount_strength = NULL,
                evidence = (SELECT count(*) FROM evidence WHERE commitment_id = ?1 AND retracted_at IS NULL),
                corroboration = (SELECT count(DISTINCT document_id) FROM evidence
                                 WHERE commitment_id = ?1 AND retracted_at IS NULL)
            WHERE id = ?1
            """, [id])
        // The amount comes from the latest statement that gives one.
        try db.execute("""
            UPDATE commitment SET (amount_value, amount_unit, amount_qualifier, amount_eur, amount_date, amount_strength) =
                (SELECT amount_value, amount_unit, amount_qualifier, amount_eur, valid_date, strength FROM evidence
                 WHERE commitment_id = ?1 AND retracted_at IS NULL AND amount_value IS NOT NULL
                 ORDER BY valid_date DESC, strength DESC, seq DESC LIMIT 1)
            WHERE id = ?1 AND EXISTS (SELECT 1 FROM evidence WHERE commitment_id = ?1 AND retracted_at IS NULL
                                       AND amount_value IS NOT NULL)
            """, [id])
    }

    static func addCoalition(_ db: any SQLConnection, id: Int64, name: String) throws {
        try db.execute("INSERT INTO coalition (id, name) VALUES (?, ?)", [id, name])
    }

    static func addMember(_ db: any SQLConnection, coalition: Int64, actor: ActorCode, joined: Day?) throws {
        try db.execute("""
            INSERT INTO coalition_member (coalition_id, actor, joined) VALUES (?, ?, ?)
            ON CONFLICT (coalition_id, actor) DO UPDATE SET joined = excluded.joined
            """, [coalition, actor.rawValue, joined?.iso])
    }

    /// Clears the projection and replays every entry, in one transaction.
    static func rebuild(_ db: any SQLConnection) throws {
        try db.execute("DELETE FROM evidence")
        try db.execute("""
            UPDATE claim SET state = 'pending', reviewer = NULL, reason = NULL, correction = NULL, commitment_id = NULL
            """)
        try db.execute("DELETE FROM commitment")
        try db.execute("DELETE FROM coalition_member")
        try db.execute("DELETE FROM coalition_requirement")
        try db.execute("DELETE FROM coalition")
        db.resetIDs()
        let decoder = JSONDecoder()
        try db.forEachChunk("""
            SELECT seq, kind, who, recorded_at, valid_date, commitment_id, change, why FROM entry
            WHERE seq > ? ORDER BY seq LIMIT ?
            """) { row in
            let seq: Int64 = row[0]
            let kindText: String = row[1]
            guard let kind = EntryKind(rawValue: kindText) else { return }
            let changeText: String = row[6]
            let validDate = (row[4] as String?).flatMap { Day(iso: $0) }
            switch kind {
            case .document, .claim:
                return // evidence-store rows, not projection
            case .commitment:
                let change = try decoder.decode(CommitmentChange.self, from: Data(changeText.utf8))
                try createCommitment(db, id: change.commitment, commitment: change.asCommitment,
                                     validDate: validDate ?? Day(year: 1970, month: 1, day: 1)!)
            case .review:
                let change = try decoder.decode(ReviewChange.self, from: Data(changeText.utf8))
                var effective: Commitment?
                if change.state != .rejected {
                    if let correction = change.correction {
                        if case .commitment(let c) = correction { effective = c }
                    } else if let json = try db.value("SELECT json FROM claim WHERE id = ?", [change.claim],
                                                      as: String.self),
                              case .commitment(let c) = try decoder.decode(Claim.self, from: Data(json.utf8)) {
                        effective = c
                    }
                }
                let correctionText = change.correction.map { $0.json.serialized() }
                try review(db, seq: seq, recordedAt: row[3], validDate: validDate ?? Day(year: 1970, month: 1, day: 1)!,
                           reviewer: row[2], reason: row[7], claimID: change.claim, state: change.state,
                           commitmentID: change.commitment, correction: correctionText, effective: effective)
            case .coalition:
                let data = Data(changeText.utf8)
                if try decoder.decode(CoalitionEntryProbe.self, from: data).sets == RequirementChange.marker {
                    try setRequirement(db, seq: seq, change: try decoder.decode(RequirementChange.self, from: data))
                } else {
                    let change = try decoder.decode(CoalitionChange.self, from: data)
                    try addCoalition(db, id: change.coalition, name: change.name)
                }
            case .member:
                let change = try decoder.decode(MemberChange.self, from: Data(changeText.utf8))
                try addMember(db, coalition: change.coalition, actor: change.actor, joined: change.joined)
            }
        }
    }
}

/// A commitment's identity, normalised for matching: lower case, letters and digits, leading
/// articles dropped ("The IRIS-T systems" and "IRIS-T systems" are one object).
enum ObjectKey {
    static func normalize(_ object: String?) -> String {
        guard let object else { return "" }
        return words(object).joined(separator: " ")
    }

    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: current.append(byte)
            default: flush()
            }
        }
        flush()
        while let first = words.first, ["the", "a", "an"].contains(first) { words.removeFirst() }
        return words
    }

    /// How well two objects match: 3 the same, 2 one's words contain the other's, 1 one of them
    /// unstated, 0 different undertakings.
    static func compatibility(_ a: String, _ b: String) -> Int {
        if a == b { return 3 }
        if a.isEmpty || b.isEmpty { return 1 }
        let wa = Set(a.split(separator: " ")), wb = Set(b.split(separator: " "))
        return wa.isSubset(of: wb) || wb.isSubset(of: wa) ? 2 : 0
    }
}
