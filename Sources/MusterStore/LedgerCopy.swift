import Foundation

/// Moves a whole ledger between stores (SQLite file ⇄ PostgreSQL, or file to file): every
/// table row for row, so documents keep their bytes and text, claims their reviews, entries
/// their `seq` and hashes, and the projection and rates come across as they are rather than
/// being recomputed.
public enum LedgerCopy {
    public struct Report: Sendable, Equatable {
        /// Rows copied per table, in copy order.
        public var rows: [String: Int]
        public var entries: Int
    }

    struct Table {
        let name: String
        let columns: [String]
        /// The integer key to page by; nil for small tables read whole.
        let key: String?
    }

    /// Parents before children, so foreign keys hold at every insert. Generated search
    /// columns are left out: each backend computes its own. Accounts, tokens, signed-out
    /// sessions and server settings (the session secret) come along, so the copy is served to
    /// the same people and existing sign-ins stay valid; failed sign-ins do not (rate-limit
    /// state, pruned within a day anyway).
    static let tables: [Table] = [
        Table(name: "document", columns: ["id", "sha256", "source", "retrieved_at", "title", "published", "text", "bytes"],
              key: "id"),
        Table(name: "commitment", columns: [
            "id", "actor", "actor_count", "recipient", "category", "object", "object_key", "status", "status_date",
            "status_strength", "amount_date", "amount_strength", "amount_value", "amount_unit", "amount_qualifier",
            "amount_eur", "evidence", "corroboration",
        ], key: "id"),
        Table(name: "claim", columns: [
            "id", "document_id", "position", "type", "json", "quote", "state", "reviewer", "reason", "correction",
            "commitment_id", "confidence",
        ], key: "id"),
        Table(name: "evidence", columns: [
            "id", "claim_id", "commitment_id", "document_id", "seq", "valid_date", "recorded_at", "status", "strength",
            "amount_value", "amount_unit", "amount_qualifier", "amount_eur", "retracted_at",
        ], key: "id"),
        Table(name: "coalition", columns: ["id", "name"], key: "id"),
        Table(name: "coalition_member", columns: ["coalition_id", "actor", "joined"], key: nil),
        Table(name: "coalition_requirement", columns: [
            "coalition_id", "category", "valid_from", "amount_value", "amount_unit", "amount_qualifier", "note", "seq",
        ], key: nil),
        Table(name: "entry", columns: [
            "seq", "kind", "who", "recorded_at", "valid_date", "commitment_id", "change", "why", "prev_hash", "hash",
        ], key: "seq"),
        Table(name: "rate", columns: ["currency", "day", "per_eur"], key: nil),
        Table(name: "account", columns: ["id", "name", "role", "password_hash", "created_at", "removed_at"], key: "id"),
        Table(name: "api_token", columns: ["id", "account_id", "label", "hash", "created_at", "revoked_at"], key: "id"),
        Table(name: "ended_session", columns: ["nonce", "expires"], key: nil),
        Table(name: "server_setting", columns: ["name", "value"], key: nil),
    ]

    /// Verifies the source's hash chain, copies everything in ONE transaction on the target,
    /// and verifies the target's chain inside that transaction before committing, so a target
    /// is either a verified copy or untouched. Refuses a target that holds anything.
    public static func copy(from source: any LedgerStore, to target: any LedgerStore) throws -> Report {
        guard let from = source as? any SQLLedgerStore, let to = target as? any SQLLedgerStore else {
            throw LedgerError.badLocation(target.location, problem: "copy needs SQL-backed ledgers")
        }
        let before = try from.verify()
        if let broken = before.firstBroken {
            throw LedgerError.chainBroken("source \(source.location)", seq: broken.seq, problem: broken.problem)
        }
        return try to.database.write { dst in
            for table in tables {
                if try dst.exists("SELECT 1 FROM \(table.name) LIMIT 1") { throw LedgerError.targetNotEmpty(target.location) }
            }
            var counts: [String: Int] = [:]
            try from.database.read { src in
                for table in tables {
                    counts[table.name] = try copy(table, from: src, to: dst)
                }
            }
            let after = try EntryChain.verify(dst)
            if let broken = after.firstBroken {
                throw LedgerError.chainBroken("target \(target.location)", seq: broken.seq, problem: broken.problem)
            }
            guard after.entries == before.entries else {
                throw LedgerError.chainBroken("target \(target.location)", seq: Int64(after.entries),
                                              problem: "\(after.entries) entries copied, the source has \(before.entries)")
            }
            return Report(rows: counts, entries: after.entries)
        }
    }

    private static func copy(_ table: Table, from src: any SQLConnection, to dst: any SQLConnection) throws -> Int {
        let columns = table.columns.joined(separator: ", ")
        // Several rows per INSERT: one round trip per batch on a server database.
        let perStatement = max(1, 1_000 / table.columns.count)
        var pending: [SQLRow] = []
        var count = 0
        func flush() throws {
            guard !pending.isEmpty else { return }
            let row = "(" + Array(repeating: "?", count: table.columns.count).joined(separator: ", ") + ")"
            let values = Array(repeating: row, count: pending.count).joined(separator: ", ")
            var arguments: SQLArguments = []
            arguments.reserveCapacity(pending.count * table.columns.count)
            for row in pending { arguments += row.values.map { $0 as (any SQLBindable)? } }
            try dst.execute("INSERT INTO \(table.name) (\(columns)) VALUES \(values)", arguments)
            count += pending.count
            pending.removeAll(keepingCapacity: true)
        }
        func add(_ row: SQLRow) throws {
            pending.append(row)
            if pending.count == perStatement { try flush() }
        }
        if let key = table.key {
            let keyColumn = table.columns.firstIndex(of: key) ?? 0
            try src.forEachChunk("SELECT \(columns) FROM \(table.name) WHERE \(key) > ? ORDER BY \(key) LIMIT ?", [],
                                 keyColumn: keyColumn, chunk: 2_000, add)
        } else {
            for row in try src.rows("SELECT \(columns) FROM \(table.name) ORDER BY \(columns)") { try add(row) }
        }
        try flush()
        return count
    }
}
