import Foundation
import MusterCore

/// `AccountStore` over the SQL layer, so one implementation serves the SQLite file and a
/// PostgreSQL database alike: the ledger's database also holds who may change it. Ids are
/// chosen by the application (`nextID`), as for the ledger's tables, so PostgreSQL needs no
/// sequence.
public struct SQLAccountStore: AccountStore {
    let database: any SQLDatabase
    let clock: @Sendable () -> Date

    init(database: any SQLDatabase, clock: @escaping @Sendable () -> Date) {
        self.database = database
        self.clock = clock
    }

    private static let accountColumns = "id, name, role, password_hash, created_at, removed_at"

    private static func account(_ row: SQLRow) -> Account? {
        guard let role = Role(row[2] as String) else { return nil }
        return Account(id: row[0], name: row[1], role: role, passwordHash: row[3], createdAt: row[4], removedAt: row[5])
    }

    public func addAccount(name: String, role: Role, passwordHash: String) throws -> Account {
        try AccountError.validate(name: name)
        let now = RecordedTime.format(clock())
        return try database.write { db in
            if let existing = try db.row("SELECT removed_at FROM account WHERE name = ?", [name]) {
                throw (existing[0] as String?) == nil ? AccountError.duplicateName(name) : AccountError.nameRetired(name)
            }
            let id = try db.nextID("account")
            try db.execute("INSERT INTO account (id, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                           [id, name, role.description, passwordHash, now])
            return Account(id: id, name: name, role: role, passwordHash: passwordHash, createdAt: now, removedAt: nil)
        }
    }

    public func account(named name: String) throws -> Account? {
        try database.read { db in
            try db.row("SELECT \(Self.accountColumns) FROM account WHERE name = ?", [name]).flatMap(Self.account)
        }
    }

    public func account(id: Int64) throws -> Account? {
        try database.read { db in
            try db.row("SELECT \(Self.accountColumns) FROM account WHERE id = ?", [id]).flatMap(Self.account)
        }
    }

    public func accounts() throws -> [Account] {
        try database.read { db in
            try db.rows("SELECT \(Self.accountColumns) FROM account ORDER BY name").compactMap(Self.account)
        }
    }

    /// Updates one column of an active account; throws when there is none by that name.
    private func updateActive(_ name: String, column: String, _ value: String) throws {
        try database.write { db in
            let changed = try db.execute("UPDATE account SET \(column) = ? WHERE name = ? AND removed_at IS NULL",
                                         [value, name])
            guard changed == 1 else { throw AccountError.noSuchAccount(name) }
        }
    }

    public func setRole(_ role: Role, account name: String) throws {
        try updateActive(name, column: "role", role.description)
    }

    public func setPasswordHash(_ hash: String, account name: String) throws {
        try updateActive(name, column: "password_hash", hash)
    }

    public func removeAccount(named name: String) throws {
        let now = RecordedTime.format(clock())
        try database.write { db in
            guard let id = try db.value("SELECT id FROM account WHERE name = ? AND removed_at IS NULL", [name],
                                        as: Int64.self) else { throw AccountError.noSuchAccount(name) }
            try db.execute("UPDATE account SET removed_at = ? WHERE id = ?", [now, id])
            try db.execute("UPDATE api_token SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL", [now, id])
        }
    }

    public func addToken(account name: String, label: String?, hash: String) throws -> APIToken {
        let now = RecordedTime.format(clock())
        return try database.write { db in
            guard let account = try db.value("SELECT id FROM account WHERE name = ? AND removed_at IS NULL", [name],
                                             as: Int64.self) else { throw AccountError.noSuchAccount(name) }
            let id = try db.nextID("api_token")
            try db.execute("INSERT INTO api_token (id, account_id, label, hash, created_at) VALUES (?, ?, ?, ?, ?)",
                           [id, account, label, hash, now])
            return APIToken(id: id, account: name, label: label, createdAt: now, revokedAt: nil)
        }
    }

    public func tokens() throws -> [APIToken] {
        try database.read { db in
            try db.rows("""
                SELECT t.id, a.name, t.label, t.created_at, t.revoked_at
                FROM api_token t JOIN account a ON a.id = t.account_id ORDER BY t.id
                """).map { row in
                APIToken(id: row[0], account: row[1], label: row[2], createdAt: row[3], revokedAt: row[4])
            }
        }
    }

    public func revokeToken(id: Int64) throws {
        let now = RecordedTime.format(clock())
        try database.write { db in
            guard let revoked = try db.row("SELECT revoked_at FROM api_token WHERE id = ?", [id])
            else { throw AccountError.noSuchToken(id) }
            guard (revoked[0] as String?) == nil else { throw AccountError.tokenAlreadyRevoked(id) }
            try db.execute("UPDATE api_token SET revoked_at = ? WHERE id = ?", [now, id])
        }
    }

    /// Runs on every API request with a token: one statement.
    public func account(tokenHash hash: String) throws -> Account? {
        try database.read { db in
            try db.row("""
                SELECT a.id, a.name, a.role, a.password_hash, a.created_at, a.removed_at
                FROM api_token t JOIN account a ON a.id = t.account_id
                WHERE t.hash = ? AND t.revoked_at IS NULL AND a.removed_at IS NULL
                """, [hash]).flatMap(Self.account)
        }
    }

    /// Failures older than a day are of no use to any window the server uses.
    static let failureRetention: Int64 = 86_400

    public func recordLoginFailure(account: String, address: String, at seconds: Int64) throws {
        try database.write { db in
            try db.execute("DELETE FROM login_failure WHERE at < ?", [seconds - Self.failureRetention])
            try db.execute("INSERT INTO login_failure (account, address, at) VALUES (?, ?, ?)", [account, address, seconds])
        }
    }

    public func loginFailures(account: String, address: String, since seconds: Int64) throws -> LoginFailures {
        try database.read { db in
            let byAccount = try db.row("SELECT count(*), min(at) FROM login_failure WHERE account = ? AND at >= ?",
                                       [account, seconds])
            let byAddress = try db.row("SELECT count(*), min(at) FROM login_failure WHERE address = ? AND at >= ?",
                                       [address, seconds])
            return LoginFailures(forAccount: byAccount?[0] ?? 0, forAddress: byAddress?[0] ?? 0,
                                 oldestForAccount: byAccount?[1], oldestForAddress: byAddress?[1])
        }
    }

    public func clearLoginFailures(account: String) throws {
        try database.write { db in _ = try db.execute("DELETE FROM login_failure WHERE account = ?", [account]) }
    }

    public func endSession(_ nonce: String, expires seconds: Int64) throws {
        let now = Int64(clock().timeIntervalSince1970)
        try database.write { db in
            try db.execute("DELETE FROM ended_session WHERE expires < ?", [now])
            try db.execute("INSERT INTO ended_session (nonce, expires) VALUES (?, ?) ON CONFLICT (nonce) DO NOTHING",
                           [nonce, seconds])
        }
    }

    /// Runs on every request with a session cookie: one statement, like `account(tokenHash:)`.
    public func sessionAccount(id: Int64, nonce: String) throws -> Account? {
        try database.read { db in
            try db.row("""
                SELECT \(Self.accountColumns) FROM account
                WHERE id = ? AND removed_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM ended_session WHERE nonce = ?)
                """, [id, nonce]).flatMap(Self.account)
        }
    }

    public func setting(_ name: String) throws -> String? {
        try database.read { db in try db.value("SELECT value FROM server_setting WHERE name = ?", [name], as: String.self) }
    }

    /// INSERT … ON CONFLICT DO NOTHING, then read back: whichever server stored first wins, on
    /// either backend, without relying on how writers are serialised.
    public func setSettingIfAbsent(_ name: String, value: String) throws -> String {
        try database.write { db in
            try db.execute("INSERT INTO server_setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                           [name, value])
            return try db.value("SELECT value FROM server_setting WHERE name = ?", [name], as: String.self) ?? value
        }
    }
}

extension SQLLedgerStore {
    /// The accounts kept in this ledger's database.
    public var accounts: any AccountStore { SQLAccountStore(database: database, clock: clock) }
}
