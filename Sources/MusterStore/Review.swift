import Foundation
import MusterCore

/// Review decisions inside a write transaction: accept (possibly corrected, matched or linked
/// or split by hand) and reject.
enum Review {
    struct ClaimRow {
        var documentID: Int64
        var claim: Claim
        var state: ReviewState
        var commitmentID: Int64?
        var validDate: Day
    }

    static func load(_ db: any SQLConnection, claim id: Int64) throws -> ClaimRow {
        guard let row = try db.row("""
            SELECT c.document_id, c.json, c.state, c.commitment_id, d.published, d.retrieved_at
            FROM claim c JOIN document d ON d.id = c.document_id WHERE c.id = ?
            """, [id]) else { throw LedgerError.noSuchClaim(id) }
        let json: String = row[1]
        let claim = try JSONDecoder().decode(Claim.self, from: Data(json.utf8))
        let stateText: String = row[2]
        // A statement's valid date is its document's date; undated documents count from the
        // day they were retrieved.
        let published = (row[4] as String?).flatMap { Day(iso: $0) }
        let retrieved: String = row[5]
        let validDate = published ?? Day(iso: retrieved.prefix(10)) ?? Day(year: 1970, month: 1, day: 1)!
        return ClaimRow(documentID: row[0], claim: claim, state: ReviewState(rawValue: stateText) ?? .pending,
                        commitmentID: row[3], validDate: validDate)
    }

    static func validateActors(_ claim: Claim) throws {
        func check(_ actor: ActorCode?, _ field: String) throws {
            if let actor, !KnownActors.contains(actor) { throw LedgerError.unknownActor(actor.rawValue, field: field) }
        }
        switch claim {
        case .commitment(let c):
            try check(c.actor, "actor")
            try check(c.recipient, "recipient")
        case .event(let e):
            for participant in e.participants { try check(participant, "participants") }
        case .incident(let i):
            try check(i.actor, "actor")
            try check(i.target, "target")
        }
    }

    /// - Parameter known: the claim's row when the caller just wrote it (ingest), which saves
    ///   reading it back and decoding its JSON.
    static func accept(_ writer: inout LedgerWriter, claim id: Int64, reviewer: String, reason: String?,
                       correction: Claim?, target: AcceptTarget, known: ClaimRow? = nil) throws -> Int64? {
        guard !reviewer.isEmpty else { throw LedgerError.emptyReviewer }
        let db = writer.db
        let row = try known ?? load(db, claim: id)
        if (row.state == .accepted || row.state == .corrected), correction == nil, target == .match {
            throw LedgerError.alreadyReviewed(claim: id, state: row.state)
        }
        let effective = correction ?? row.claim
        try validateActors(effective)
        var commitmentID: Int64?
        var commitment: Commitment?
        if case .commitment(let c) = effective {
            commitment = c
            switch target {
            case .commitment(let linked):
                guard try db.exists("SELECT 1 FROM commitment WHERE id = ?", [linked])
                else { throw LedgerError.noSuchCommitment(linked) }
                commitmentID = linked
            case .new:
                commitmentID = try create(&writer, c, reviewer: reviewer, reason: reason, validDate: row.validDate)
            case .match:
                commitmentID = try match(db, c) ?? create(&writer, c, reviewer: reviewer, reason: reason,
                                                          validDate: row.validDate)
            }
        } else if target != .match {
            throw LedgerError.notACommitmentClaim(id)
        }
        let state: ReviewState = correction == nil ? .accepted : .corrected
        let change = ReviewChange(claim: id, state: state, commitment: commitmentID, correction: correction)
        let seq = try writer.append(.review, who: reviewer, validDate: row.validDate,
                                    commitmentID: commitmentID ?? row.commitmentID, change: change.json, why: reason)
        try Projection.review(db, seq: seq, recordedAt: writer.recordedAt, validDate: row.validDate, reviewer: reviewer,
                              reason: reason, claimID: id, state: state, commitmentID: commitmentID,
                              correction: correction?.json.serialized(), effective: commitment)
        return commitmentID
    }

    static func reject(_ writer: inout LedgerWriter, claim id: Int64, reviewer: String, reason: String) throws {
        guard !reviewer.isEmpty else { throw LedgerError.emptyReviewer }
        let db = writer.db
        let row = try load(db, claim: id)
        if row.state == .rejected { throw LedgerError.alreadyReviewed(claim: id, state: .rejected) }
        let change = ReviewChange(claim: id, state: .rejected, commitment: nil, correction: nil)
        let seq = try writer.append(.review, who: reviewer, validDate: row.validDate, commitmentID: row.commitmentID,
                                    change: change.json, why: reason)
        try Projection.review(db, seq: seq, recordedAt: writer.recordedAt, validDate: row.validDate, reviewer: reviewer,
                              reason: reason, claimID: id, state: .rejected, commitmentID: nil, correction: nil,
                              effective: nil)
    }

    /// The commitment an accepted claim belongs to: same actor, recipient and category, a
    /// compatible group size, and a compatible object (the closest match wins, then the oldest).
    static func match(_ db: any SQLConnection, _ c: Commitment) throws -> Int64? {
        let key = ObjectKey.normalize(c.object)
        let rows = try db.rows("""
            SELECT id, object_key, actor_count FROM commitment
            WHERE actor = ? AND category = ? AND recipient IS NOT DISTINCT FROM ? ORDER BY id
            """, [c.actor.rawValue, c.category.rawValue, c.recipient?.rawValue])
        var best: (id: Int64, score: Int)?
        for row in rows {
            let count: Int? = row[2]
            if let count, let mine = c.actorCount, count != mine { continue }
            let score = ObjectKey.compatibility(key, row[1])
            if score > 0, score > (best?.score ?? 0) { best = (row[0], score) }
        }
        return best?.id
    }

    static func create(_ writer: inout LedgerWriter, _ c: Commitment, reviewer: String, reason: String?,
                       validDate: Day) throws -> Int64 {
        let id = try writer.db.nextID("commitment")
        try writer.append(.commitment, who: reviewer, validDate: validDate, commitmentID: id,
                          change: CommitmentChange(commitment: id, from: c).json, why: reason)
        try Projection.createCommitment(writer.db, id: id, commitment: c, validDate: validDate)
        return id
    }
}
