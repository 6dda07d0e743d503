import Foundation
import GRDB

/// `SQLDatabase` on a GRDB `DatabasePool` (SQLite, WAL). Reads run on the pool's readers,
/// writes on its single writer (`BEGIN IMMEDIATE`); statements are GRDB cached statements, so
/// the ingest path prepares each statement once per connection, as before the abstraction.
struct GRDBDatabase: SQLDatabase {
    let pool: DatabasePool

    var dialect: SQLDialect { .sqlite }

    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try pool.read { db in try body(GRDBConnection(db)) }
    }

    func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try pool.write { db in try body(GRDBConnection(db)) }
    }
}

final class GRDBConnection: SQLConnection {
    let db: Database
    var allocatedIDs: [String: Int64] = [:]

    init(_ db: Database) { self.db = db }

    var dialect: SQLDialect { .sqlite }

    private func bound(_ arguments: SQLArguments) -> StatementArguments {
        StatementArguments(arguments.map { Self.databaseValue($0?.sqlValue ?? .null) as (any DatabaseValueConvertible)? })
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int {
        try db.cachedStatement(sql: sql).execute(arguments: bound(arguments))
        return db.changesCount
    }

    func rows(_ sql: String, _ arguments: SQLArguments) throws -> [SQLRow] {
        var result: [SQLRow] = []
        try each(sql, arguments) { result.append($0) }
        return result
    }

    /// One cursor over the whole range (SQLite reads it in place; `LIMIT -1` is no limit), instead
    /// of the default's pages: no query per page, no re-seek.
    func forEachChunk(_ sql: String, _ arguments: SQLArguments, keyColumn: Int, chunk: Int,
                      _ body: (SQLRow) throws -> Void) throws {
        try each(sql, arguments + [Int64.min, -1], body)
    }

    private func each(_ sql: String, _ arguments: SQLArguments, _ body: (SQLRow) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: bound(arguments))
        while let row = try cursor.next() {
            var values: [SQLValue] = []
            values.reserveCapacity(row.count)
            for index in 0..<row.count { values.append(Self.sqlValue(row[index] as DatabaseValue)) }
            try body(SQLRow(values))
        }
    }

    static func databaseValue(_ value: SQLValue) -> DatabaseValue {
        switch value {
        case .null: return .null
        case .integer(let v): return v.databaseValue
        case .real(let v): return v.databaseValue
        case .text(let v): return v.databaseValue
        case .blob(let v): return Data(v).databaseValue
        }
    }

    static func sqlValue(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: return .null
        case .int64(let v): return .integer(v)
        case .double(let v): return .real(v)
        case .string(let v): return .text(v)
        case .blob(let v): return .blob([UInt8](v))
        }
    }
}
