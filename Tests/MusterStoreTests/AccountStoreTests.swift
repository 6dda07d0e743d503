import Foundation
import MusterCore
@testable import MusterStore
import Testing

/// Every case runs on SQLite and, with a test server, on PostgreSQL (`Backend.tested`): one
/// `SQLAccountStore` serves both, so both must behave alike.
@Suite("Account store")
struct AccountStoreTests {
    static let hash = "$2b$04$" + String(repeating: "x", count: 53)
    static func tokenHash(_ n: Int) -> String { String(repeating: String(n % 10), count: 64) }

    @Test(arguments: Backend.tested) func accountsKeepTheirNamesAndRoles(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        let accounts = ledger.store.accounts
        let marie = try accounts.addAccount(name: "marie", role: .liaison("FR"), passwordHash: Self.hash)
        #expect(try accounts.account(named: "marie") == marie)
        #expect(try accounts.account(id: marie.id)?.role == .liaison("FR"))
        try accounts.setRole(.reviewer, account: "marie")
        #expect(try accounts.account(named: "marie")?.role == .reviewer)
        #expect(throws: AccountError.noSuchAccount("nobody")) { try accounts.setRole(.viewer, account: "nobody") }
        try accounts.removeAccount(named: "marie")
        #expect(try accounts.account(named: "marie")?.isActive == false)
        #expect(throws: AccountError.noSuchAccount("marie")) { try accounts.setRole(.viewer, account: "marie") }
        #expect(throws: AccountError.nameRetired("marie")) {
            try accounts.addAccount(name: "marie", role: .viewer, passwordHash: Self.hash)
        }
        // Accounts are no ledger history: the chain is untouched and still verifies.
        #expect(try ledger.store.status().entries == 0)
        #expect(try ledger.store.verify().firstBroken == nil)
    }

    @Test(arguments: Backend.tested) func tokensResolveUntilRevokedOrTheirAccountIsRemoved(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        let accounts = ledger.store.accounts
        _ = try accounts.addAccount(name: "bot", role: .editor, passwordHash: Self.hash)
        let first = try accounts.addToken(account: "bot", label: "a", hash: Self.tokenHash(1))
        _ = try accounts.addToken(account: "bot", label: nil, hash: Self.tokenHash(2))
        #expect(try accounts.account(tokenHash: Self.tokenHash(1))?.name == "bot")
        try accounts.revokeToken(id: first.id)
        #expect(try accounts.account(tokenHash: Self.tokenHash(1)) == nil)
        #expect(try accounts.account(tokenHash: Self.tokenHash(2))?.name == "bot")
        #expect(throws: AccountError.noSuchToken(99)) { try accounts.revokeToken(id: 99) }
        try accounts.removeAccount(named: "bot")
        #expect(try accounts.account(tokenHash: Self.tokenHash(2)) == nil)
        #expect(try accounts.tokens().map(\.isActive) == [false, false])
        #expect(throws: AccountError.noSuchAccount("bot")) { try accounts.addToken(account: "bot", label: nil, hash: Self.tokenHash(3)) }
    }

    @Test(arguments: Backend.tested) func failuresAreCountedPerKeyInsideTheWindowAndPruned(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        let accounts = ledger.store.accounts
        try accounts.recordLoginFailure(account: "alice", address: "10.0.0.1", at: 1_000)
        try accounts.recordLoginFailure(account: "alice", address: "10.0.0.2", at: 1_100)
        try accounts.recordLoginFailure(account: "bob", address: "10.0.0.1", at: 1_200)
        let counts = try accounts.loginFailures(account: "alice", address: "10.0.0.1", since: 1_000)
        #expect(counts == LoginFailures(forAccount: 2, forAddress: 2, oldestForAccount: 1_000, oldestForAddress: 1_000))
        let later = try accounts.loginFailures(account: "alice", address: "10.0.0.1", since: 1_050)
        #expect(later == LoginFailures(forAccount: 1, forAddress: 1, oldestForAccount: 1_100, oldestForAddress: 1_200))
        try accounts.clearLoginFailures(account: "alice")
        #expect(try accounts.loginFailures(account: "alice", address: "x", since: 0).forAccount == 0)
        // A failure a day later prunes what no window needs any more.
        try accounts.recordLoginFailure(account: "carol", address: "10.0.0.3", at: 1_200 + 86_401)
        let rows = try ledger.store.database.read { db in try db.value("SELECT count(*) FROM login_failure", as: Int.self) }
        #expect(rows == 1)
    }

    @Test(arguments: Backend.tested) func endedSessionsAndSettings(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        let accounts = ledger.store.accounts
        let alice = try accounts.addAccount(name: "alice", role: .viewer, passwordHash: Self.hash)
        #expect(try accounts.sessionAccount(id: alice.id, nonce: "n1")?.name == "alice")
        try accounts.endSession("n1", expires: Int64(ledger.clock.now.timeIntervalSince1970) + 3600)
        try accounts.endSession("n1", expires: Int64(ledger.clock.now.timeIntervalSince1970) + 3600)
        #expect(try accounts.sessionAccount(id: alice.id, nonce: "n1") == nil)
        #expect(try accounts.sessionAccount(id: alice.id, nonce: "n2")?.name == "alice")
        #expect(try accounts.setting("session_secret") == nil)
        #expect(try accounts.setSettingIfAbsent("session_secret", value: "first") == "first")
        #expect(try accounts.setSettingIfAbsent("session_secret", value: "second") == "first")
    }

    /// The two migrations (`v4-accounts`, `pg-v2-accounts`) must keep the same columns, and
    /// `muster copy` must carry every one of them.
    @Test(arguments: Backend.tested) func accountTablesHaveTheColumnsTheCopyCarries(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        for name in ["account", "api_token", "ended_session", "server_setting"] {
            let copied = try #require(LedgerCopy.tables.first { $0.name == name }).columns
            let sql = backend == .sqlite
                ? "SELECT name FROM pragma_table_info('\(name)') ORDER BY cid"
                : "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                    + "AND table_name = '\(name)' ORDER BY ordinal_position"
            let columns = try ledger.store.database.read { db in try db.rows(sql).map { $0[0] as String } }
            #expect(columns == copied, "\(name) on \(backend)")
        }
    }

    @Test func rolesReadBackAsWritten() {
        for text in ["admin", "editor", "reviewer", "liaison:FR", "liaison:GB", "viewer"] {
            #expect(Role(text)?.description == text)
        }
        #expect(Role("liaison:") == nil)
        #expect(Role("Admin") == nil)
    }
}
