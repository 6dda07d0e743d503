import Foundation
import MusterCore
import Testing
@testable import MusterStore

@Suite struct LedgerCopyTests {
    /// Everything a copy must carry, read straight from the tables.
    struct Contents: Equatable {
        var documents: [[SQLValue]]
        var claims: [[SQLValue]]
        var entries: [[SQLValue]]
        var rates: [[SQLValue]]
        var accounts: [[SQLValue]]
        var commitments: [CommitmentRecord]
        var summary: [SummaryRow]
        var coalitions: [Coalition]
        var csv: String
    }

    func contents(_ store: any SQLLedgerStore) throws -> Contents {
        let tables = try store.database.read { db in
            try [
                "SELECT id, sha256, source, retrieved_at, title, published, text, bytes FROM document ORDER BY id",
                "SELECT id, document_id, position, type, json, quote, state, reviewer, reason, correction, commitment_id "
                    + "FROM claim ORDER BY id",
                "SELECT seq, kind, who, recorded_at, valid_date, commitment_id, change, why, prev_hash, hash FROM entry ORDER BY seq",
                "SELECT currency, day, per_eur FROM rate ORDER BY currency, day",
                "SELECT a.id, a.name, a.role, a.password_hash, a.created_at, a.removed_at, t.id, t.label, t.hash, "
                    + "t.created_at, t.revoked_at FROM account a LEFT JOIN api_token t ON t.account_id = a.id "
                    + "ORDER BY a.id, t.id",
                "SELECT nonce, expires FROM ended_session ORDER BY nonce",
                "SELECT name, value FROM server_setting ORDER BY name",
            ].map { sql in try db.rows(sql).map(\.values) }
        }
        return Contents(documents: tables[0], claims: tables[1], entries: tables[2], rates: tables[3],
                        accounts: tables[4] + tables[5] + tables[6],
                        commitments: try store.commitments(), summary: try store.summary(),
                        coalitions: try store.coalitions(), csv: try store.exportCSV())
    }

    func populate(_ ledger: TestLedger) throws {
        try ledger.store.importRates(csv: "Date,USD,GBP,\n2019-09-05,1.1000,0.8000,\n2019-09-03,1.2500,N/A,\n")
        let first = try ledger.ingest("Binary-safe: caf\u{E9} \u{1F1FA}\u{1F1E6}", published: "2019-09-05", claims: [
            pledge("US", .equipment, .pledged, amount: Quantity(value: 5e8, unit: "USD")),
            pledge("GB", .troops, .considering), pledge("DE", .airDefense, .pledged, object: "IRIS-T"),
        ])
        try ledger.store.accept(claim: first.claimIDs[0], reviewer: "alice", reason: "clear")
        try ledger.store.accept(claim: first.claimIDs[1], reviewer: "bob", reason: "says will", correction:
            pledge("GB", .troops, .pledged), target: .match)
        try ledger.store.reject(claim: first.claimIDs[2], reviewer: "carol", reason: "speculation")
        try ledger.ingest("Undated follow-up", published: nil, claims: [pledge("US", .equipment, .delivered)], accept: "dan")
        _ = try ledger.store.addCoalition(name: "Coalition", members: [CoalitionMember(actor: "FR"),
                                                                       CoalitionMember(actor: "GB", joined: Day(iso: "2025-03-01"))],
                                          by: "erin")
        let accounts = ledger.store.accounts
        _ = try accounts.addAccount(name: "alice", role: .editor, passwordHash: "$2b$04$" + String(repeating: "a", count: 53))
        _ = try accounts.addAccount(name: "gone", role: .liaison("FR"), passwordHash: "$2b$04$" + String(repeating: "b", count: 53))
        _ = try accounts.addToken(account: "alice", label: "bot", hash: String(repeating: "1", count: 64))
        _ = try accounts.addToken(account: "gone", label: nil, hash: String(repeating: "2", count: 64))
        try accounts.removeAccount(named: "gone")
        try accounts.endSession("nonce-1", expires: 2_000_000_000)
        _ = try accounts.setSettingIfAbsent("session_secret", value: "kept across the copy")
    }

    @Test func sqliteToPostgresAndBackPreservesEverything() throws {
        let source = try TestLedger(.sqlite)
        defer { source.remove() }
        try populate(source)
        // Bytes that are not UTF-8 must survive too.
        try source.store.database.write { db in
            _ = try db.execute("UPDATE document SET bytes = ? WHERE id = 1", [[UInt8]([0, 255, 128, 10, 13])])
        }
        let original = try contents(source.store)
        #expect(original.entries.count > 10)

        let postgres = try TestLedger(.postgres)
        defer { postgres.remove() }
        let report = try LedgerCopy.copy(from: source.store, to: postgres.store)
        #expect(report.entries == original.entries.count)
        #expect(report.rows["document"] == 2 && report.rows["rate"] == 3 && report.rows["account"] == 2 && report.rows["api_token"] == 2)
        #expect(try contents(postgres.store) == original)
        #expect(try postgres.store.verify().isIntact)

        // Into a non-empty target: refused, and nothing changes.
        #expect(throws: LedgerError.targetNotEmpty(postgres.store.location)) {
            try LedgerCopy.copy(from: source.store, to: postgres.store)
        }
        #expect(try contents(postgres.store) == original)

        let back = try TestLedger(.sqlite)
        defer { back.remove() }
        _ = try LedgerCopy.copy(from: postgres.store, to: back.store)
        #expect(try contents(back.store) == original)
        // The copy is a working ledger: it takes the next entry after the copied ones.
        try back.ingest("after the copy", published: "2025-09-10", claims: [pledge("FR", .troops, .pledged)], accept: "a")
        #expect(try back.store.verify().entries == original.entries.count + 4)
        #expect(try back.store.search("copy").documents.count == 1)
    }

    @Test func aBrokenSourceIsNotCopied() throws {
        let source = try TestLedger(.sqlite)
        defer { source.remove() }
        try populate(source)
        try source.dropAppendOnlyTriggers()
        try source.execute("UPDATE entry SET who = 'mallory' WHERE seq = 3")
        let target = try TestLedger(.sqlite)
        defer { target.remove() }
        #expect(throws: LedgerError.self) { try LedgerCopy.copy(from: source.store, to: target.store) }
        #expect(try target.store.status().entries == 0)
    }
}
