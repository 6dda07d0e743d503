import Foundation
import MusterCore

extension SQLLedgerStore {
    public func document(id: Int64) throws -> StoredDocument? {
        try database.read { db in
            try db.row("""
                SELECT id, sha256, source, retrieved_at, title, published, text FROM document WHERE id = ?
                """, [id]).map { row in
                StoredDocument(id: row[0], sha256: row[1], source: row[2], retrievedAt: row[3], title: row[4],
                               published: (row[5] as String?).flatMap { Day(iso: $0) }, text: row[6])
            }
        }
    }

    public func claim(id: Int64) throws -> StoredClaim? {
        try database.read { db in
            try db.row("SELECT \(LedgerRows.claimColumns) FROM claim WHERE id = ?", [id]).map(LedgerRows.storedClaim)
        }
    }

    public func claims(state: ReviewState?, limit: Int?) throws -> [StoredClaim] {
        try database.read { db in
            var sql = "SELECT \(LedgerRows.claimColumns) FROM claim"
            var arguments: SQLArguments = []
            if let state {
                sql += " WHERE state = ?"
                arguments += [state.rawValue]
            }
            sql += " ORDER BY id"
            if let limit { sql += " LIMIT \(limit)" }
            return try db.rows(sql, arguments).map(LedgerRows.storedClaim)
        }
    }

    /// Current commitments come from the projection table. Views at a point in valid or
    /// recorded time pick, per commitment, the latest live statement through the
    /// `evidence_timeline` index: one seek per commitment, not a scan of the history.
    public func commitments(_ query: CommitmentQuery) throws -> [CommitmentRecord] {
        try database.read { db in
            var filters: [String] = []
            var arguments: SQLArguments = []
            if let actor = query.actor {
                filters.append("c.actor = ?")
                arguments += [actor.rawValue]
            }
            if let category = query.category {
                filters.append("c.category = ?")
                arguments += [category.rawValue]
            }
            if query.asOf == nil && query.recordedBefore == nil {
                let whereClause = (["c.evidence > 0"] + filters).joined(separator: " AND ")
                return try db.rows("""
                    SELECT c.id, c.actor, c.actor_count, c.recipient, c.category, c.object, c.status, c.status_date,
                           c.amount_value, c.amount_unit, c.amount_qualifier, c.amount_eur, c.corroboration
                    FROM commitment c WHERE \(whereClause) ORDER BY c.id
                    """, arguments).map(LedgerRows.commitmentRecord)
            }
            var live: [String] = []
            var timeArguments: SQLArguments = []
            if let asOf = query.asOf {
                live.append("x.valid_date <= ?")
                timeArguments += [asOf.iso]
            }
            if let before = query.recordedBefore {
                let stamp = RecordedTime.format(before)
                live.append("x.recorded_at < ?")
                live.append("(x.retracted_at IS NULL OR x.retracted_at >= ?)")
                timeArguments += [stamp, stamp]
            } else {
                live.append("x.retracted_at IS NULL")
            }
            let liveClause = live.joined(separator: " AND ")
            let whereClause = filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND ")
            let amountClause = liveClause.replacingOccurrences(of: "x.", with: "y.")
            // The same choice in each dialect's best form: SQLite seeks the chosen row by id from a
            // scalar subquery; PostgreSQL would hash-join those ids against a scan of all
            // evidence (47 ms for one actor at 50,000 entries), so it gets LATERAL joins, one
            // index seek per commitment.
            let latest = "ORDER BY x.valid_date DESC, x.strength DESC, x.seq DESC LIMIT 1"
            let latestAmount = "ORDER BY y.valid_date DESC, y.strength DESC, y.seq DESC LIMIT 1"
            let joins: String
            switch db.dialect {
            case .sqlite:
                joins = """
                    JOIN evidence e ON e.id = (SELECT x.id FROM evidence x WHERE x.commitment_id = c.id AND \(liveClause)
                                               \(latest))
                    LEFT JOIN evidence a ON a.id = (SELECT y.id FROM evidence y WHERE y.commitment_id = c.id
                                                    AND \(amountClause) AND y.amount_value IS NOT NULL \(latestAmount))
                    """
            case .postgres:
                joins = """
                    JOIN LATERAL (SELECT x.status, x.valid_date FROM evidence x
                                  WHERE x.commitment_id = c.id AND \(liveClause) \(latest)) e ON true
                    LEFT JOIN LATERAL (SELECT y.amount_value, y.amount_unit, y.amount_qualifier, y.amount_eur
                                       FROM evidence y WHERE y.commitment_id = c.id AND \(amountClause)
                                       AND y.amount_value IS NOT NULL \(latestAmount)) a ON true
                    """
            }
            let sql = """
                SELECT c.id, c.actor, c.actor_count, c.recipient, c.category, c.object, e.status, e.valid_date,
                       a.amount_value, a.amount_unit, a.amount_qualifier, a.amount_eur, NULL
                FROM commitment c
                \(joins)
                \(whereClause) ORDER BY c.id
                """
            return try db.rows(sql, timeArguments + timeArguments + arguments).map(LedgerRows.commitmentRecord)
        }
    }

    public func commitment(id: Int64) throws -> CommitmentRecord? {
        try database.read { db in
            try db.row("""
                SELECT c.id, c.actor, c.actor_count, c.recipient, c.category, c.object, c.status, c.status_date,
                       c.amount_value, c.amount_unit, c.amount_qualifier, c.amount_eur, c.corroboration
                FROM commitment c WHERE c.id = ?
                """, [id]).map(LedgerRows.commitmentRecord)
        }
    }

    public func evidence(commitment id: Int64) throws -> [Evidence] {
        try database.read { db in
            try db.rows("""
                SELECT e.claim_id, e.document_id, d.source, e.valid_date, e.status, c.quote, c.reviewer, e.retracted_at
                FROM evidence e JOIN claim c ON c.id = e.claim_id JOIN document d ON d.id = e.document_id
                WHERE e.commitment_id = ? ORDER BY e.seq
                """, [id]).map { row in
                let status: String = row[4]
                return Evidence(claimID: row[0], documentID: row[1], source: row[2],
                                validDate: (row[3] as String?).flatMap { Day(iso: $0) },
                                status: CommitmentStatus(rawValue: status) ?? .considering, quote: row[5],
                                reviewer: row[6], retracted: (row[7] as String?) != nil)
            }
        }
    }

    public func history(commitment id: Int64) throws -> [LedgerEntry] {
        try database.read { db in
            try db.rows("""
                SELECT seq, kind, who, recorded_at, valid_date, commitment_id, change, why, prev_hash, hash
                FROM entry WHERE commitment_id = ? ORDER BY seq
                """, [id]).map { row in
                LedgerEntry(seq: row[0], kind: row[1], who: row[2], recordedAt: row[3],
                            validDate: (row[4] as String?).flatMap { Day(iso: $0) }, commitmentID: row[5],
                            change: row[6], why: row[7], previousHash: row[8], hash: row[9])
            }
        }
    }

    /// Pledged (pledged, allocated or delivered) against delivered, per actor and category,
    /// with money valued in EUR on each statement's date.
    public func summary() throws -> [SummaryRow] {
        try database.read { db in
            try db.rows("""
                SELECT actor, category, count(*),
                       count(*) FILTER (WHERE status IN ('pledged', 'allocated', 'delivered')),
                       coalesce(sum(amount_eur) FILTER (WHERE status IN ('pledged', 'allocated', 'delivered')), 0.0),
                       count(*) FILTER (WHERE status = 'delivered'),
                       coalesce(sum(amount_eur) FILTER (WHERE status = 'delivered'), 0.0)
                FROM commitment WHERE evidence > 0
                GROUP BY actor, category ORDER BY actor, category
                """).map { row in
                let category: String = row[1]
                return SummaryRow(actor: ActorCode(row[0] as String),
                                  category: MusterCore.Category(rawValue: category) ?? .other,
                                  commitments: row[2], pledged: row[3], pledgedEUR: row[4], delivered: row[5],
                                  deliveredEUR: row[6])
            }
        }
    }

    public func coalitions() throws -> [Coalition] {
        try database.read { db in
            let coalitions = try db.rows("SELECT id, name FROM coalition ORDER BY name")
            return try coalitions.map { row in
                let id: Int64 = row[0]
                let members = try db.rows("""
                    SELECT actor, joined FROM coalition_member WHERE coalition_id = ? ORDER BY actor
                    """, [id]).map { member in
                    CoalitionMember(actor: ActorCode(member[0] as String),
                                    joined: (member[1] as String?).flatMap { Day(iso: $0) })
                }
                return Coalition(id: id, name: row[1], members: members)
            }
        }
    }

    /// Members (those who had joined by `asOf`) with a pledged, allocated or delivered
    /// commitment in the category, and those without.
    public func coverage(coalition name: String, category: MusterCore.Category, asOf: Day?) throws -> Coverage {
        guard let coalition = try coalitions().first(where: { $0.name == name }) else {
            throw LedgerError.noSuchCoalition(name)
        }
        let members = coalition.members.filter { member in
            guard let asOf, let joined = member.joined else { return true }
            return joined <= asOf
        }.map(\.actor)
        let firm: Set<CommitmentStatus> = [.pledged, .allocated, .delivered]
        let committed = Set(try commitments(CommitmentQuery(category: category, asOf: asOf))
            .filter { firm.contains($0.status) }.map(\.actor))
        return Coverage(coalition: name, category: category, members: members.count,
                        covered: members.filter { committed.contains($0) },
                        missing: members.filter { !committed.contains($0) })
    }

    public func status() throws -> LedgerStatus {
        try database.read { db in
            var claims: [ReviewState: Int] = [:]
            for state in ReviewState.allCases { claims[state] = 0 }
            for row in try db.rows("SELECT state, count(*) FROM claim GROUP BY state") {
                if let state = ReviewState(rawValue: row[0]) { claims[state] = row[1] }
            }
            return LedgerStatus(
                documents: try db.value("SELECT count(*) FROM document", as: Int.self) ?? 0, claims: claims,
                commitments: try db.value("SELECT count(*) FROM commitment WHERE evidence > 0", as: Int.self) ?? 0,
                entries: try db.value("SELECT coalesce(max(seq), 0) FROM entry", as: Int.self) ?? 0)
        }
    }
}

/// Rows of the ledger's tables decoded into its public types; shared by every query.
enum LedgerRows {
    static let claimColumns = "id, document_id, position, json, correction, state, reviewer, reason, commitment_id, confidence"

    static func storedClaim(_ row: SQLRow) throws -> StoredClaim {
        let decoder = JSONDecoder()
        let json: String = row[3]
        let correction = try (row[4] as String?).map { try decoder.decode(Claim.self, from: Data($0.utf8)) }
        let state: String = row[5]
        return StoredClaim(id: row[0], documentID: row[1], position: row[2],
                           claim: try decoder.decode(Claim.self, from: Data(json.utf8)), correction: correction,
                           state: ReviewState(rawValue: state) ?? .pending, reviewer: row[6], reason: row[7],
                           commitmentID: row[8], confidence: row[9])
    }

    static func amount(_ value: Double?, _ unit: String?, _ qualifier: String?) -> Quantity? {
        guard let value, let unit else { return nil }
        return Quantity(value: value, unit: unit,
                        qualifier: qualifier.flatMap(Quantity.Qualifier.init(rawValue:)) ?? .exact)
    }

    static func commitmentRecord(_ row: SQLRow) -> CommitmentRecord {
        let category: String = row[4]
        let status: String = row[6]
        return CommitmentRecord(
            id: row[0], actor: ActorCode(row[1] as String), actorCount: row[2],
            recipient: (row[3] as String?).map { ActorCode($0) }, category: MusterCore.Category(rawValue: category) ?? .other,
            object: row[5], status: CommitmentStatus(rawValue: status) ?? .considering,
            statusDate: (row[7] as String?).flatMap { Day(iso: $0) }, amount: amount(row[8], row[9], row[10]),
            amountEUR: row[11], corroboration: row[12])
    }
}
