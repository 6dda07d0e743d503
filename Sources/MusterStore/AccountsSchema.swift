import GRDB

/// The tables behind `AccountStore`, in the ledger's file. Registered as migration
/// `v4-accounts` after the ledger's own migrations; like them, never edited once shipped.
/// Plain TEXT and INTEGER columns and no triggers; PostgreSQL's copy of these tables is
/// migration `pg-v2-accounts` (PostgresSchema.swift), which must keep the same columns.
enum AccountsSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE account (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE CHECK (name <> ''),
                role TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                created_at TEXT NOT NULL,
                removed_at TEXT
            );
            CREATE TABLE api_token (
                id INTEGER PRIMARY KEY,
                account_id INTEGER NOT NULL REFERENCES account(id),
                label TEXT,
                hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
                created_at TEXT NOT NULL,
                revoked_at TEXT
            );
            -- One row per failed sign-in; rows older than the window are pruned on insert.
            CREATE TABLE login_failure (
                account TEXT NOT NULL,
                address TEXT NOT NULL,
                at INTEGER NOT NULL
            );
            CREATE INDEX login_failure_by_account ON login_failure(account, at);
            CREATE INDEX login_failure_by_address ON login_failure(address, at);
            -- Sessions signed out before their expiry; pruned once expired.
            CREATE TABLE ended_session (
                nonce TEXT PRIMARY KEY,
                expires INTEGER NOT NULL
            );
            CREATE TABLE server_setting (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            """)
    }
}
