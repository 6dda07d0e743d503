import Foundation
import MusterCore

// Reads the web app and JSON API need beyond `LedgerStore`: keyset-paginated listings
// (`after` is the last id of the previous page, so a page costs one index range scan however
// deep it is) and the latest ledger entries for the overview's timeline.

/// A document without its text, for listings.
public struct DocumentListing: Sendable, Equatable {
    public var id: Int64
    public var sha256: String
    public var source: String
    public var retrievedAt: String
    public var title: String?
    public var published: Day?
    public var claims: Int
}

/// Where a page of the review queue ended: the last claim's confidence (nil when unscored) and id.
/// As text (`token`), "<confidence>_<id>" or "-_<id>", for links and the API.
public struct ReviewQueueCursor: Sendable, Equatable {
    public var confidence: Double?
    public var id: Int64

    public init(confidence: Double?, id: Int64) {
        self.confidence = confidence
        self.id = id
    }

    public init(after claim: StoredClaim) {
        self.init(confidence: claim.confidence, id: claim.id)
    }

    /// Swift's shortest round-trip form of the confidence, so the next page starts exactly after it.
    public var token: String { "\(confidence.map { "\($0)" } ?? "-")_\(id)" }

    /// Reads `token`; nil when the text is not one.
    public init?(token: String) {
        let parts = token.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 2, let id = Int64(parts[1]), id > 0 else { return nil }
        if parts[0] == "-" {
            self.init(confidence: nil, id: id)
        } else if let value = Double(parts[0]), value >= 0, value <= 1 {
            self.init(confidence: value, id: id)
        } else {
            return nil
        }
    }
}

extension SQLLedgerStore {
    public func documents(after: Int64?, limit: Int) throws -> [DocumentListing] {
        try database.read { db in
            try db.rows("""
                SELECT d.id, d.sha256, d.source, d.retrieved_at, d.title, d.published,
                       (SELECT count(*) FROM claim c WHERE c.document_id = d.id)
                FROM document d WHERE d.id > ? ORDER BY d.id LIMIT ?
                """, [after ?? 0, limit]).map { row in
                DocumentListing(id: row[0], sha256: row[1], source: row[2], retrievedAt: row[3], title: row[4],
                                published: (row[5] as String?).flatMap { Day(iso: $0) }, claims: row[6])
            }
        }
    }

    public func claims(after: Int64?, state: ReviewState?, document: Int64?, limit: Int) throws -> [StoredClaim] {
        try database.read { db in
            var sql = "SELECT \(LedgerRows.claimColumns) FROM claim WHERE id > ?"
            var arguments: SQLArguments = [after ?? 0]
            if let state {
                sql += " AND state = ?"
                arguments += [state.rawValue]
            }
            if let document {
                sql += " AND document_id = ?"
                arguments += [document]
            }
            sql += " ORDER BY id LIMIT ?"
            arguments += [limit]
            return try db.rows(sql, arguments).map(LedgerRows.storedClaim)
        }
    }

    public func reviewQueue(after: ReviewQueueCursor?, limit: Int) throws -> [StoredClaim] {
        try database.read { db in
            var sql = "SELECT \(LedgerRows.claimColumns) FROM claim WHERE state = 'pending'"
            var arguments: SQLArguments = []
            if let after {
                let rank = after.confidence ?? 2.0
                // (Written as a range on the rank first, so both databases bound the index scan with
                // it instead of filtering every pending row: PostgreSQL does not for the OR form.)
                sql += " AND \(Schema.reviewRank) >= ? AND (\(Schema.reviewRank) > ? OR id > ?)"
                arguments += [rank, rank, after.id]
            }
            sql += " ORDER BY \(Schema.reviewRank), id LIMIT ?"
            arguments += [limit]
            return try db.rows(sql, arguments).map(LedgerRows.storedClaim)
        }
    }

    /// Titles of the given documents (nil for an untitled one), without reading their text: the
    /// review queue shows a title per claim, and its claims come from many documents.
    public func documentTitles(_ ids: Set<Int64>) throws -> [Int64: String?] {
        guard !ids.isEmpty else { return [:] }
        return try database.read { db in
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
            var titles: [Int64: String?] = [:]
            for row in try db.rows("SELECT id, title FROM document WHERE id IN (\(marks))", ids.sorted().map { $0 as (any SQLBindable)? }) {
                titles[row[0] as Int64] = row[1] as String?
            }
            return titles
        }
    }

    /// The latest entries that concern a commitment or a review, newest first; with
    /// `validOnOrBefore`, only those whose valid date is on or before that day.
    public func recentEntries(limit: Int, validOnOrBefore day: Day?) throws -> [LedgerEntry] {
        try database.read { db in
            var sql = """
                SELECT seq, kind, who, recorded_at, valid_date, commitment_id, change, why, prev_hash, hash
                FROM entry WHERE commitment_id IS NOT NULL
                """
            var arguments: SQLArguments = []
            if let day {
                sql += " AND valid_date <= ?"
                arguments += [day.iso]
            }
            sql += " ORDER BY seq DESC LIMIT ?"
            arguments += [limit]
            return try db.rows(sql, arguments).map { row in
                LedgerEntry(seq: row[0], kind: row[1], who: row[2], recordedAt: row[3],
                            validDate: (row[4] as String?).flatMap { Day(iso: $0) }, commitmentID: row[5],
                            change: row[6], why: row[7], previousHash: row[8], hash: row[9])
            }
        }
    }

    /// Cheap liveness check: the file is open and answers a query.
    public func ping() throws {
        _ = try database.read { db in try db.value("SELECT 1", as: Int.self) }
    }
}

/// How many commitments an actor has in a category at a status, and their EUR value: the
/// overview's grid and totals, read without loading every commitment.
public struct StatusCount: Sendable, Equatable {
    public var actor: ActorCode
    public var category: MusterCore.Category
    public var status: CommitmentStatus
    public var count: Int
    /// Sum of the EUR values known (commitments without one add nothing).
    public var eur: Double

    public init(actor: ActorCode, category: MusterCore.Category, status: CommitmentStatus, count: Int, eur: Double) {
        self.actor = actor
        self.category = category
        self.status = status
        self.count = count
        self.eur = eur
    }
}

extension SQLLedgerStore {
    /// Current commitments counted by actor, category and status: one GROUP BY over the
    /// projection.
    public func statusCounts() throws -> [StatusCount] {
        try database.read { db in
            try db.rows("""
                SELECT actor, category, status, count(*), coalesce(sum(amount_eur), 0.0) FROM commitment
                WHERE evidence > 0 GROUP BY actor, category, status
                """).compactMap { row in
                guard let category = MusterCore.Category(rawValue: row[1]),
                      let status = CommitmentStatus(rawValue: row[2]) else { return nil }
                return StatusCount(actor: ActorCode(row[0] as String), category: category, status: status,
                                   count: row[3], eur: row[4])
            }
        }
    }

    /// Claims waiting for review (the `claim_by_state` index answers it).
    public func pendingCount() throws -> Int {
        try database.read { db in try db.value("SELECT count(*) FROM claim WHERE state = 'pending'", as: Int.self) ?? 0 }
    }
}

extension SQLLedgerStore {
    /// The sequence number of the last ledger entry: it grows with every write that changes
    /// what the ledger says (documents, claims, reviews, coalitions), so a response computed at
    /// one value stays right until it changes. One primary-key seek.
    public func latestSeq() throws -> Int64 {
        try database.read { db in try db.value("SELECT coalesce(max(seq), 0) FROM entry", as: Int64.self) ?? 0 }
    }
}
