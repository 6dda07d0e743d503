import Foundation
import MusterCore
import Testing
@testable import MusterStore

@Suite struct LedgerCSVTests {
    func populated(_ backend: Backend) throws -> TestLedger {
        let ledger = try TestLedger(backend)
        let outcome = try ledger.ingest("Doc one, with \"quotes\", commas\nand lines.", published: "2025-09-04", claims: [
            pledge("FR", .troops, .pledged, object: "reassurance force", quote: "France, \"firmly\", will"),
            pledge("DE", .financial, .pledged, amount: Quantity(value: 1.5e9, unit: "EUR", qualifier: .approx)),
            pledge("US", .intelligence, .considering),
            pledge("GB", .troops, .considering),
        ])
        try ledger.store.accept(claim: outcome.claimIDs[0], reviewer: "alice", reason: "clear")
        try ledger.store.accept(claim: outcome.claimIDs[1], reviewer: "bob", reason: nil,
                                correction: pledge("DE", .financial, .allocated, amount: Quantity(value: 1.5e9, unit: "EUR")),
                                target: .match)
        try ledger.store.reject(claim: outcome.claimIDs[2], reviewer: "carol", reason: "speculation")
        try ledger.ingest("Doc two (undated)", published: nil, claims: [
            pledge("FR", .troops, .delivered),
            .event(Event(name: "summit", date: Day(iso: "2025-09-04"), place: "Paris", participants: ["GB", "FR"],
                         quote: "Leaders met in Paris.")),
            .incident(Incident(actor: "RU", target: "UA", weapon: .drones, launched: Quantity(value: 100, unit: "drones"),
                               quote: "Russia launched 100 drones.")),
        ], accept: "dan")
        return ledger
    }

    @Test(arguments: Backend.tested) func exportImportRoundTrips(_ backend: Backend) throws {
        let source = try populated(backend)
        defer { source.remove() }
        let exported = try source.store.exportCSV()
        let target = try TestLedger(backend)
        defer { target.remove() }
        let outcome = try target.store.importCSV(exported, by: "importer")
        #expect(outcome.claimsAdded == 7)
        #expect(try target.store.exportCSV() == exported)
        #expect(try target.store.summary() == source.store.summary())
        #expect(try target.store.commitments().map(\.status) == source.store.commitments().map(\.status))
        #expect(try target.store.verify().isIntact)
        // Importing the same file again adds nothing.
        let again = try target.store.importCSV(exported, by: "importer")
        #expect(again.claimsAdded == 0 && again.skipped == 7)
    }

    @Test(arguments: Backend.tested) func badRowsNameRowAndFieldAndApplyNothing(_ backend: Backend) throws {
        let source = try populated(backend)
        defer { source.remove() }
        let exported = try source.store.exportCSV()
        let rows = try CSV.parse(exported)
        let header = rows[0]
        /// The export with one field of one row (numbered as in errors: the header is row 1) changed.
        func broken(row: Int, field: String, to value: String) throws -> String {
            var copy = rows
            copy[row - 1][header.firstIndex(of: field)!] = value
            return copy.map(CSV.line).joined(separator: "\n") + "\n"
        }
        let target = try TestLedger(backend)
        defer { target.remove() }
        #expect(throws: LedgerError.badRow(row: 3, field: "published", problem: "bad date \"2025-02-30\", expected YYYY-MM-DD")) {
            _ = try target.store.importCSV(try broken(row: 3, field: "published", to: "2025-02-30"), by: "i")
        }
        #expect(throws: LedgerError.badRow(row: 4, field: "status", problem: "unknown status \"promised\"")) {
            _ = try target.store.importCSV(try broken(row: 4, field: "status", to: "promised"), by: "i")
        }
        #expect(throws: LedgerError.badRow(row: 5, field: "actor", problem: "unknown actor code \"XX\"")) {
            _ = try target.store.importCSV(try broken(row: 5, field: "actor", to: "XX"), by: "i")
        }
        #expect(throws: LedgerError.badRow(row: 7, field: "claim_json", problem: "participants: unknown actor code \"XX\"")) {
            _ = try target.store.importCSV(try broken(row: 7, field: "claim_json", to: """
                {"type":"event","name":null,"date":null,"place":null,"participants":["XX"],"quote":"q"}
                """), by: "i")
        }
        let status = try target.store.status()
        #expect(status.documents == 0 && status.entries == 0)
    }
}
