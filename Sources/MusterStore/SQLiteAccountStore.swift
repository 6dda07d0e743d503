import Foundation
import GRDB
import MusterCore

/// `AccountStore` on the ledger's SQLite file (the same `DatabasePool`, so one file holds the
/// ledger and who may change it).
public final class SQLiteAccountStore: AccountStore {
    let pool: DatabasePool
    let clock: @Sendable () -> Date

    init(pool: DatabasePool, clock: @escaping @Sendable () -> Date) {
        self.pool = pool
        self.clock = clock
    }

    private static let accountColumns = "id, name, role, password_hash, created_at, removed_at"

    private static func account(_ row: Row) -> Account? {
        guard let role = Role(row["role"] as String) else { return nil }
        return Account(id: row["id"], name: row["name"], role: role, passwordHash: row["password_hash"],
                       createdAt: row["created_at"], removedAt: row["removed_at"])
    }

    public func addAccount(name: String, role: Role, passwordHash: String) throws -> Account {
        try AccountError.validate(name: name)
        let now = RecordedTime.format(clock())
        return try pool.write { db in
            if let existing = try Row.fetchOne(db, sql: "SELECT removed_at FROM account WHERE name = ?", arguments: [name]) {
                throw (existing["removed_at"] as String?) == nil ? AccountError.duplicateName(name) : AccountError.nameRetired(name)
            }
            try db.execute(sql: "INSERT INTO account (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [name, role.description, passwordHash, now])
            return Account(id: db.lastInsertedRowID, name: name, role: role, passwordHash: passwordHash, createdAt: now,
                           removedAt: nil)
        }
    }

    public func account(named name: String) throws -> Account? {
        try pool.read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT \(Self.accountColumns) FROM account WHERE name = ?"),
                             arguments: [name]).flatMap(Self.account)
        }
    }

    public func account(id: Int64) throws -> Account? {
        try pool.read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT \(Self.accountColumns) FROM account WHERE id = ?"),
                             arguments: [id]).flatMap(Self.account)
        }
    }

    public func accounts() throws -> [Account] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.accountColumns) FROM account ORDER BY name").compactMap(Self.account)
        }
    }

    /// Updates one column of an active account; throws when there is none by that name.
    private func updateActive(_ name: String, sql: String, _ value: String) throws {
        try pool.write { db in
            try db.execute(sql: "UPDATE account SET \(sql) = ? WHERE name = ? AND removed_at IS NULL",
                           arguments: [value, name])
            guard db.changesCount == 1 else { throw AccountError.noSuchAccount(name) }
        }
    }

    public func setRole(_ role: Role, account name: String) throws {
        try updateActive(name, sql: "role", role.description)
    }

    public func setPasswordHash(_ hash: String, account name: String) throws {
        try updateActive(name, sql: "password_hash", hash)
    }

    public func removeAccount(named name: String) throws {
        let now = RecordedTime.format(clock())
        try pool.write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM account WHERE name = ? AND removed_at IS NULL",
                                              arguments: [name]) else { throw AccountError.noSuchAccount(name) }
            try db.execute(sql: "UPDATE account SET removed_at = ? WHERE id = ?", arguments: [now, id])
            try db.execute(sql: "UPDATE api_token SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL",
                           arguments: [now, id])
        }
    }

    public func addToken(account name: String, label: String?, hash: String) throws -> APIToken {
        let now = RecordedTime.format(clock())
        return try pool.write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM account WHERE name = ? AND removed_at IS NULL",
                                              arguments: [name]) else { throw AccountError.noSuchAccount(name) }
            try db.execute(sql: "INSERT INTO api_token (account_id, label, hash, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [id, label, hash, now])
            return APIToken(id: db.lastInsertedRowID, account: name, label: label, createdAt: now, revokedAt: nil)
        }
    }

    public func tokens() throws -> [APIToken] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.id, a.name, t.label, t.created_at, t.revoked_at
                FROM api_token t JOIN account a ON a.id = t.account_id ORDER BY t.id
                """).map { row in
                APIToken(id: row[0], account: row[1], label: row[2], createdAt: row[3], revokedAt: row[4])
            }
        }
    }

    public func revokeToken(id: Int64) throws {
        let now = RecordedTime.format(clock())
        try pool.write { db in
            guard let revoked = try Row.fetchOne(db, sql: "SELECT revoked_at FROM api_token WHERE id = ?", arguments: [id])
            else { throw AccountError.noSuchToken(id) }
            guard (revoked[0] as String?) == nil else { throw AccountError.tokenAlreadyRevoked(id) }
            try db.execute(sql: "UPDATE api_token SET revoked_at = ? WHERE id = ?", arguments: [now, id])
        }
    }

    /// Runs on every API request with a token: one statement, so it needs no transaction
    /// (`unsafeRead` skips BEGIN/COMMIT; a single SELECT reads one consistent snapshot).
    public func account(tokenHash hash: String) throws -> Account? {
        try pool.unsafeRead { db in
            try Row.fetchOne(db.cachedStatement(sql: """
                SELECT a.id, a.name, a.role, a.password_hash, a.created_at, a.removed_at
                FROM api_token t JOIN account a ON a.id = t.account_id
                WHERE t.hash = ? AND t.revoked_at IS NULL AND a.removed_at IS NULL
                """), arguments: [hash]).flatMap(Self.account)
        }
    }

    /// Failures older than a day are of no use to any window the server uses.
    static let failureRetention: Int64 = 86_400

    public func recordLoginFailure(account: String, address: String, at seconds: Int64) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM login_failure WHERE at < ?", arguments: [seconds - Self.failureRetention])
            try db.execute(sql: "INSERT INTO login_failure (account, address, at) VALUES (?, ?, ?)",
                           arguments: [account, address, seconds])
        }
    }

    public func loginFailures(account: String, address: String, since seconds: Int64) throws -> LoginFailures {
        try pool.read { db in
            let byAccount = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT count(*), min(at) FROM login_failure WHERE account = ? AND at >= ?
                """), arguments: [account, seconds])
            let byAddress = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT count(*), min(at) FROM login_failure WHERE address = ? AND at >= ?
                """), arguments: [address, seconds])
            return LoginFailures(forAccount: byAccount?[0] ?? 0, forAddress: byAddress?[0] ?? 0,
                                 oldestForAccount: byAccount?[1], oldestForAddress: byAddress?[1])
        }
    }

    public func clearLoginFailures(account: String) throws {
        try pool.write { db in try db.execute(sql: "DELETE FROM login_failure WHERE account = ?", arguments: [account]) }
    }

    public func endSession(_ nonce: String, expires seconds: Int64) throws {
        let now = Int64(clock().timeIntervalSince1970)
        try pool.write { db in
            try db.execute(sql: "DELETE FROM ended_session WHERE expires < ?", arguments: [now])
            try db.execute(sql: "INSERT INTO ended_session (nonce, expires) VALUES (?, ?) ON CONFLICT (nonce) DO NOTHING",
                           arguments: [nonce, seconds])
        }
    }

    /// Runs on every request with a session cookie: one statement, like `account(tokenHash:)`.
    public func sessionAccount(id: Int64, nonce: String) throws -> Account? {
        try pool.unsafeRead { db in
            try Row.fetchOne(db.cachedStatement(sql: """
                SELECT \(Self.accountColumns) FROM account
                WHERE id = ? AND removed_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM ended_session WHERE nonce = ?)
                """), arguments: [id, nonce]).flatMap(Self.account)
        }
    }

    public func setting(_ name: String) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM server_setting WHERE name = ?", arguments: [name]) }
    }

    public func setSettingIfAbsent(_ name: String, value: String) throws -> String {
        try pool.write { db in
            if let existing = try String.fetchOne(db, sql: "SELECT value FROM server_setting WHERE name = ?", arguments: [name]) {
                return existing
            }
            try db.execute(sql: "INSERT INTO server_setting (name, value) VALUES (?, ?)", arguments: [name, value])
            return value
        }
    }
}

extension SQLiteLedgerStore {
    /// The accounts kept in this ledger's file.
    public var accounts: SQLiteAccountStore { SQLiteAccountStore(pool: pool, clock: clock) }
}
