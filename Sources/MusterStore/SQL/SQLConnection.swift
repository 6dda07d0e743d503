import Foundation

/// Where the SQL the two backends understand differently is chosen. Everything else is written
/// once, in the subset both accept (`IS NOT DISTINCT FROM`, `FILTER (WHERE …)`, `ON CONFLICT …
/// DO UPDATE`, row-value `UPDATE … SET (a, b) = (SELECT …)`, numbered placeholders `?1`).
public enum SQLDialect: String, Sendable {
    case sqlite
    case postgres
}

/// One open transaction on a ledger database. The ledger's logic (review, projection, hash
/// chain, CSV, rates) is written against this and nothing else, so it exists once for both
/// backends. Not `Sendable`: a connection belongs to the thread running its transaction.
///
/// Placeholders are `?` (positional) or `?N` (numbered, when one value is used twice); the
/// PostgreSQL connection rewrites them to `$N`.
public protocol SQLConnection: AnyObject {
    var dialect: SQLDialect { get }
    /// Next free id per table within this transaction (see `nextID`).
    var allocatedIDs: [String: Int64] { get set }

    /// Runs one statement; returns how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int
    /// Runs one query and returns all its rows.
    func rows(_ sql: String, _ arguments: SQLArguments) throws -> [SQLRow]

    /// Reads a large table in key order without holding it all in memory (see the default
    /// implementation; SQLite streams one cursor instead).
    func forEachChunk(_ sql: String, _ arguments: SQLArguments, keyColumn: Int, chunk: Int,
                      _ body: (SQLRow) throws -> Void) throws
}

extension SQLConnection {
    @discardableResult
    func execute(_ sql: String) throws -> Int { try execute(sql, []) }

    func rows(_ sql: String) throws -> [SQLRow] { try rows(sql, []) }

    func row(_ sql: String, _ arguments: SQLArguments = []) throws -> SQLRow? {
        try rows(sql, arguments).first
    }

    /// The first column of the first row, nil when there is no row or it is NULL.
    func value<T: SQLDecodable>(_ sql: String, _ arguments: SQLArguments = [], as type: T.Type = T.self) throws -> T? {
        guard let row = try rows(sql, arguments).first, let first = row.values.first else { return nil }
        if case .null = first { return nil }
        return T.decode(first)
    }

    func exists(_ sql: String, _ arguments: SQLArguments = []) throws -> Bool {
        try !rows(sql, arguments).isEmpty
    }

    /// Allocates the next id of `table` (max + 1, then counting up in memory). Ids are chosen by
    /// the application, never by a database sequence: writers are serialised (SQLite's write
    /// lock, PostgreSQL's chain-head row lock), so max + 1 is free, and a distributed engine
    /// needs no cluster-wide sequence.
    func nextID(_ table: String) throws -> Int64 {
        if let next = allocatedIDs[table] {
            allocatedIDs[table] = next + 1
            return next
        }
        let next = (try value("SELECT coalesce(max(id), 0) + 1 FROM \(table)", as: Int64.self)) ?? 1
        allocatedIDs[table] = next + 1
        return next
    }

    /// Forgets allocated ids (after a statement that deletes rows, such as a projection rebuild).
    func resetIDs() { allocatedIDs = [:] }

    /// `forEachChunk` with the usual chunk size.
    func forEachChunk(_ sql: String, _ arguments: SQLArguments = [], keyColumn: Int = 0,
                      _ body: (SQLRow) throws -> Void) throws {
        try forEachChunk(sql, arguments, keyColumn: keyColumn, chunk: 5_000, body)
    }

    /// Reads a large table in key order, `chunk` rows at a time, so the whole table is never in
    /// memory at once (keyset pagination: one index range scan per chunk).
    /// `sql` must end with `WHERE <key> > ? ORDER BY <key> LIMIT ?` and return the key as
    /// column `keyColumn`.
    func forEachChunk(_ sql: String, _ arguments: SQLArguments, keyColumn: Int, chunk: Int,
                      _ body: (SQLRow) throws -> Void) throws {
        var after: Int64 = Int64.min
        while true {
            let page = try rows(sql, arguments + [after, chunk])
            for row in page { try body(row) }
            guard page.count == chunk, let last = page.last else { return }
            after = last[keyColumn]
        }
    }
}

/// A ledger database: runs closures in read or write transactions.
public protocol SQLDatabase: Sendable {
    var dialect: SQLDialect { get }
    /// A consistent snapshot for several reads.
    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T
    /// One write transaction, serialised against every other writer of the ledger (the entry
    /// chain is assigned last + 1 inside it), committed when `body` returns, rolled back when it
    /// throws.
    func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T
}
