import Foundation
import MusterCore
import Testing
@testable import MusterStore

@Suite struct MigrationTests {
    @Test(arguments: Backend.tested) func migrateAppliesPendingOnceAndRequireCurrentRefusesBehind(_ backend: Backend)
        throws
    {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        // TestLedger opened (and so migrated) the ledger; a fresh location starts behind.
        let fresh: String
        switch backend {
        case .sqlite: fresh = ledger.directory.appendingPathComponent("fresh.sqlite").path
        case .postgres: fresh = try TestPostgres.freshURL()
        }
        let untouched = try LedgerLocation.open(fresh, schema: .leave)
        defer { (untouched as? PostgresLedgerStore).map { try? $0.dropSchema() } }
        let all = try untouched.pendingMigrations()
        #expect(!all.isEmpty)
        #expect(throws: LedgerError.schemaOutOfDate(pending: all)) {
            _ = try LedgerLocation.open(fresh, schema: .requireCurrent)
        }
        #expect(try untouched.migrate() == all)
        #expect(try untouched.pendingMigrations().isEmpty)
        #expect(try untouched.migrate().isEmpty)
        let current = try LedgerLocation.open(fresh, schema: .requireCurrent)
        #expect(try current.status().entries == 0)
        #expect(try ledger.store.pendingMigrations().isEmpty)
    }

    @Test func postgresURLsAreReadLikeLibpq() throws {
        let full = try PostgresLocation(url: "postgres://ann:s%40cret@db.example:6543/ledger?schema=team_a&sslmode=require")
        #expect(full.user == "ann" && full.password == "s@cret" && full.host == "db.example" && full.port == 6543)
        #expect(full.database == "ledger" && full.schema == "team_a" && full.requireTLS)
        #expect(!full.redacted.contains("cret"))
        let socket = try PostgresLocation(url: "postgresql://muster@/muster?host=/tmp/pg&port=55432")
        #expect(socket.socketDirectory == "/tmp/pg" && socket.port == 55432 && socket.database == "muster")
        #expect(throws: LedgerError.self) { _ = try PostgresLocation(url: "postgres://a@h/db?schema=x;drop") }
        #expect(throws: LedgerError.self) { _ = try PostgresLocation(url: "postgres://a@h/db?colour=red") }
        #expect(LedgerLocation.isPostgres("postgres://x") && !LedgerLocation.isPostgres("ledger.sqlite"))
    }

    @Test func placeholdersBecomeNumberedOutsideQuotes() {
        #expect(Placeholders.postgres("SELECT ? FROM t WHERE a = ? AND b = '?' AND \"c?\" = ?")
            == "SELECT $1 FROM t WHERE a = $2 AND b = '?' AND \"c?\" = $3")
        #expect(Placeholders.postgres("UPDATE t SET a = ?2 WHERE id = ?1 AND b = ?2") == "UPDATE t SET a = $2 WHERE id = $1 AND b = $2")
    }
}

/// Says, in every test report, whether the PostgreSQL half of the ledger suite ran: skipped
/// with the reason when no server is given, failing when one is required but missing or
/// unreachable.
@Suite struct PostgresServerTests {
    @Test(.enabled(if: TestPostgres.url != nil || TestPostgres.required,
                   "MUSTER_TEST_POSTGRES_URL is unset: the PostgreSQL cases of the ledger suite are skipped (eval \"$(scripts/pg-throwaway.sh start)\" to run them)"))
    func postgresServerAnswers() throws {
        let ledger = try TestLedger(.postgres)
        defer { ledger.remove() }
        #expect(ledger.store is PostgresLedgerStore)
        #expect(try ledger.store.status().entries == 0)
    }
}
