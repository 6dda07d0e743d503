import Foundation

/// What opening a ledger does about its schema.
public enum SchemaPolicy: Sendable {
    /// Apply pending migrations (the default).
    case migrate
    /// Refuse a ledger with pending migrations (`LedgerError.schemaOutOfDate`): `serve --no-migrate`.
    case requireCurrent
    /// Neither: `muster migrate` opens this way, lists what is pending, then applies it.
    case leave
}

/// Opens the ledger a `--database` value (or MUSTER_DATABASE) names: a postgres:// or
/// postgresql:// URL is a PostgreSQL server, anything else a SQLite file.
public enum LedgerLocation {
    public static func isPostgres(_ location: String) -> Bool { PostgresLocation.isPostgresURL(location) }

    public static func open(_ location: String, schema: SchemaPolicy = .migrate) throws -> any LedgerStore {
        if isPostgres(location) { return try PostgresLedgerStore(url: location, schema: schema) }
        return try SQLiteLedgerStore(path: location, schema: schema)
    }
}

extension LedgerStore {
    func apply(_ policy: SchemaPolicy) throws {
        switch policy {
        case .migrate: try migrate()
        case .requireCurrent:
            let pending = try pendingMigrations()
            if !pending.isEmpty { throw LedgerError.schemaOutOfDate(pending: pending) }
        case .leave: break
        }
    }
}
