import Foundation
import GRDB
import MusterCore

/// The ledger in one SQLite file (GRDB `DatabasePool`, WAL mode).
///
/// WAL lets readers work while one writer commits; GRDB begins every write with
/// `BEGIN IMMEDIATE`, and the busy timeout makes a second process wait for the write lock
/// instead of failing, so two `muster ingest` runs into one file both complete.
public final class SQLiteLedgerStore: SQLLedgerStore {
    let pool: DatabasePool
    public let clock: @Sendable () -> Date
    public var database: any SQLDatabase { GRDBDatabase(pool: pool) }

    /// Opens (creating when needed) the ledger at `path`.
    /// - Parameters:
    ///   - schema: migrate (the default), require an up-to-date schema, or leave it as it is.
    ///   - clock: the recorded time of writes; tests pass their own.
    public init(path: String, busyTimeout: TimeInterval = 30, schema: SchemaPolicy = .migrate,
                clock: @escaping @Sendable () -> Date = { Date() }) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "muster.ledger"
        pool = try DatabasePool(path: path, configuration: configuration)
        self.clock = clock
        try apply(schema)
    }

    /// For tests and tools that need raw access (e.g. to prove tampering is detected).
    public var databasePool: DatabasePool { pool }

    public var location: String { pool.path }

    public func pendingMigrations() throws -> [String] {
        let applied = try pool.read { db in try Schema.migrator.appliedIdentifiers(db) }
        return Schema.migrator.migrations.filter { !applied.contains($0) }
    }

    @discardableResult
    public func migrate() throws -> [String] {
        let pending = try pendingMigrations()
        try Schema.migrator.migrate(pool)
        return pending
    }
}
