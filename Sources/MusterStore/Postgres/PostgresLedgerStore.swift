import Foundation
import MusterCore

/// The ledger on a PostgreSQL server (PostgresNIO). The same logic as `SQLiteLedgerStore`
/// (everything in `SQLLedgerStore`), on `PostgresDatabase`.
public final class PostgresLedgerStore: SQLLedgerStore {
    let pool: PostgresConnectionPool
    public let clock: @Sendable () -> Date
    public let locationDetails: PostgresLocation
    private let postgres: PostgresDatabase

    public var database: any SQLDatabase { postgres }
    public var location: String { locationDetails.redacted }

    /// Connects to the server named by `url` (postgres://user:password@host:port/database,
    /// see PostgresLocation).
    /// - Parameters:
    ///   - schema: migrate (the default), require an up-to-date schema, or leave it as it is.
    ///   - connections: at most this many connections at once (concurrent requests beyond it wait).
    public init(url: String, schema: SchemaPolicy = .migrate, connections: Int = 8,
                clock: @escaping @Sendable () -> Date = { Date() }) throws {
        locationDetails = try PostgresLocation(url: url)
        pool = try PostgresConnectionPool(location: locationDetails, maximum: connections)
        postgres = PostgresDatabase(pool: pool)
        self.clock = clock
        try apply(schema)
    }

    public func pendingMigrations() throws -> [String] {
        try postgres.read { db in
            guard try PostgresSchema.hasMigrationsTable(db) else { return PostgresSchema.names }
            return try PostgresSchema.pending(db).map(\.name)
        }
    }

    @discardableResult
    public func migrate() throws -> [String] {
        let now = RecordedTime.format(clock())
        return try postgres.migrating { db in
            try PostgresSchema.prepare(db, schema: locationDetails.schema)
            let pending = try PostgresSchema.pending(db)
            for migration in pending {
                for statement in migration.statements { try db.execute(statement) }
                try db.execute("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)", [migration.name, now])
            }
            return pending.map(\.name)
        }
    }

    /// Closes the idle connections now rather than when the store is released.
    public func close() { pool.close() }

    /// Drops the schema named in the URL with everything in it (tests clean up with this).
    public func dropSchema() throws {
        guard let schema = locationDetails.schema else { return }
        _ = try postgres.migrating { db in try db.execute("DROP SCHEMA IF EXISTS \"\(schema)\" CASCADE") }
    }
}
