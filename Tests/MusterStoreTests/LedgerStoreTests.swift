import Foundation
import MusterCore
import Testing
@testable import MusterStore

/// Every ledger behaviour, on every backend (see TestLedger: PostgreSQL cases need
/// MUSTER_TEST_POSTGRES_URL).
@Suite struct LedgerStoreTests {
    @Test(arguments: Backend.tested) func sameBytesTwiceAreOneDocument(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        let first = try ledger.ingest("France pledges.", published: "2025-09-04", claims: [pledge("FR", .troops, .pledged)])
        let second = try ledger.ingest("France pledges.", published: "2025-09-04", claims: [pledge("FR", .troops, .pledged)])
        #expect(!first.duplicate)
        #expect(second.duplicate)
        #expect(second.documentID == first.documentID)
        let status = try ledger.store.status()
        #expect(status.documents == 1)
        #expect(status.claims[.pending] == 1)
    }

    @Test(arguments: Backend.tested) func acceptOnIngestLeavesUnacceptableClaimsPending(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        let outcome = try ledger.ingest("Two claims, one with a bad code.", published: "2025-09-04",
                                        claims: [pledge("FR", .troops, .pledged), pledge("QQ", .troops, .pledged)],
                                        accept: "pipeline")
        #expect(!outcome.duplicate && outcome.claimIDs.count == 2)
        #expect(outcome.leftPending.map(\.claimID) == [outcome.claimIDs[1]])
        let status = try ledger.store.status()
        #expect(status.claims[.accepted] == 1 && status.claims[.pending] == 1)
        #expect(try ledger.store.verify().isIntact)
    }

    @Test(arguments: Backend.tested) func twoOutletsCorroborateOneCommitment(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        let a = try ledger.ingest("Outlet A: France will send troops.", published: "2025-09-04",
                                  claims: [pledge("FR", .troops, .pledged, object: "reassurance force")], accept: "alice")
        let b = try ledger.ingest("Outlet B: Paris commits a force.", published: "2025-09-05",
                                  claims: [pledge("FR", .troops, .pledged, object: "the reassurance force")], accept: "bob")
        #expect(a.commitmentIDs == b.commitmentIDs)
        let commitments = try ledger.store.commitments()
        #expect(commitments.count == 1)
        #expect(commitments[0].corroboration == 2)
        #expect(try ledger.store.evidence(commitment: commitments[0].id).count == 2)
        // A different object is a different undertaking.
        try ledger.ingest("Outlet C: France sends a frigate.", published: "2025-09-06",
                          claims: [pledge("FR", .troops, .pledged, object: "naval task group")], accept: "bob")
        #expect(try ledger.store.commitments().count == 2)
    }

    @Test(arguments: Backend.tested) func reviewsAreAttributedWithReasons(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        let outcome = try ledger.ingest("Several claims.", published: "2025-09-04", claims: [
            pledge("DE", .airDefense, .pledged), pledge("GB", .troops, .considering), pledge("US", .intelligence, .considering),
        ])
        let ids = outcome.claimIDs
        try ledger.store.accept(claim: ids[0], reviewer: "alice", reason: "matches the communiqué")
        let corrected = pledge("GB", .troops, .pledged)
        try ledger.store.accept(claim: ids[1], reviewer: "bob", reason: "the text says will",
                                correction: corrected, target: .match)
        try ledger.store.reject(claim: ids[2], reviewer: "carol", reason: "reported as speculation")

        let first = try #require(try ledger.store.claim(id: ids[0]))
        #expect(first.state == .accepted && first.reviewer == "alice" && first.reason == "matches the communiqué")
        let second = try #require(try ledger.store.claim(id: ids[1]))
        #expect(second.state == .corrected && second.reviewer == "bob" && second.effective == corrected)
        let third = try #require(try ledger.store.claim(id: ids[2]))
        #expect(third.state == .rejected && third.reviewer == "carol" && third.commitmentID == nil)

        let gb = try #require(try ledger.store.commitments(CommitmentQuery(actor: "GB")).first)
        #expect(gb.status == .pledged)
        #expect(try ledger.store.commitments(CommitmentQuery(actor: "US")).isEmpty)
        let history = try ledger.store.history(commitment: gb.id)
        #expect(history.map(\.who) == ["bob", "bob"])
        #expect(history.last?.why == "the text says will")

        #expect(throws: LedgerError.alreadyReviewed(claim: ids[0], state: .accepted)) {
            try ledger.store.accept(claim: ids[0], reviewer: "alice")
        }
        #expect(throws: LedgerError.unknownActor("QQ", field: "actor")) {
            try ledger.store.accept(claim: ids[2], reviewer: "dan", reason: nil,
                                    correction: pledge("QQ", .troops, .pledged), target: .match)
        }
    }

    @Test(arguments: Backend.tested) func statusMovesOverTimeAndAsOfSeesThePast(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        try ledger.ingest("Considering.", published: "2025-03-01", claims: [pledge("DE", .airDefense, .considering, object: "IRIS-T systems")], accept: "a")
        let afterFirst = ledger.clock.now.addingTimeInterval(1)
        try ledger.ingest("Delivered.", published: "2025-09-01", claims: [pledge("DE", .airDefense, .delivered, object: "IRIS-T systems")], accept: "a")
        // Recorded last, stated in between: changes the past, not the present.
        try ledger.ingest("Pledged.", published: "2025-06-01", claims: [pledge("DE", .airDefense, .pledged, object: "IRIS-T")], accept: "a")

        let now = try ledger.store.commitments()
        #expect(now.count == 1)
        #expect(now[0].status == .delivered)
        #expect(now[0].statusDate == Day(iso: "2025-09-01"))
        #expect(try ledger.store.commitments(asOf: Day(iso: "2025-02-28")).isEmpty)
        #expect(try ledger.store.commitments(asOf: Day(iso: "2025-04-01")).map(\.status) == [.considering])
        #expect(try ledger.store.commitments(asOf: Day(iso: "2025-07-01")).map(\.status) == [.pledged])
        #expect(try ledger.store.commitments(asOf: Day(iso: "2025-12-01")).map(\.status) == [.delivered])
        // What the ledger held before the second document was recorded.
        #expect(try ledger.store.commitments(asOf: Day(iso: "2025-12-01"), recordedBefore: afterFirst).map(\.status)
            == [.considering])

        // Rejecting the delivery later changes the present, but not what was recorded before.
        let beforeRejection = ledger.clock.now.addingTimeInterval(1)
        ledger.clock.advance(60)
        let delivered = try #require(try ledger.store.evidence(commitment: now[0].id).first { $0.status == .delivered })
        try ledger.store.reject(claim: delivered.claimID, reviewer: "b", reason: "it was a plan, not a delivery")
        #expect(try ledger.store.commitments().map(\.status) == [.pledged])
        #expect(try ledger.store.commitments(recordedBefore: beforeRejection).map(\.status) == [.delivered])
        #expect(try ledger.store.history(commitment: now[0].id).last?.why == "it was a plan, not a delivery")
    }

    @Test(arguments: Backend.tested) func verifyDetectsAnEntryAlteredInTheFile(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        for day in 1...5 {
            try ledger.ingest("Doc \(day)", published: "2025-09-0\(day)", claims: [pledge("FR", .troops, .pledged)], accept: "a")
        }
        let report = try ledger.store.verify()
        #expect(report.isIntact)
        #expect(try report.entries == ledger.store.status().entries)
        // The schema refuses updates to entries; someone with the database can drop the trigger.
        #expect(throws: (any Error).self) { try ledger.execute("UPDATE entry SET who = 'mallory' WHERE seq = 4") }
        #expect(try ledger.store.verify().isIntact)
        try ledger.dropAppendOnlyTriggers()
        try ledger.execute("UPDATE entry SET who = 'mallory' WHERE seq = 4")
        let tampered = try ledger.store.verify()
        #expect(tampered.firstBroken?.seq == 4)
    }

    @Test(arguments: Backend.tested) func verifyDetectsAMissingEntry(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        for day in 1...3 {
            try ledger.ingest("Doc \(day)", published: "2025-09-0\(day)", claims: [], accept: "a")
        }
        #expect(throws: (any Error).self) { try ledger.execute("DELETE FROM entry WHERE seq = 2") }
        try ledger.dropAppendOnlyTriggers()
        try ledger.execute("DELETE FROM entry WHERE seq = 2")
        #expect(try ledger.store.verify().firstBroken?.seq == 2)
    }

    @Test(arguments: Backend.tested) func projectionRebuiltFromEntriesMatches(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        let first = try ledger.ingest("A", published: "2025-01-10", claims: [
            pledge("FR", .financial, .pledged, amount: Quantity(value: 2e9, unit: "EUR")),
            pledge("GB", .troops, .considering), pledge("US", .equipment, .pledged, amount: Quantity(value: 5e8, unit: "USD")),
        ])
        try ledger.store.accept(claim: first.claimIDs[0], reviewer: "a")
        try ledger.store.accept(claim: first.claimIDs[1], reviewer: "b", reason: "fix", correction: pledge("GB", .troops, .pledged),
                                target: .match)
        try ledger.store.accept(claim: first.claimIDs[2], reviewer: "c")
        try ledger.store.reject(claim: first.claimIDs[2], reviewer: "d", reason: "misread")
        try ledger.ingest("B", published: "2025-05-10", claims: [pledge("FR", .financial, .delivered)], accept: "a")
        _ = try ledger.store.addCoalition(name: "Coalition", members: [CoalitionMember(actor: "FR"), CoalitionMember(actor: "GB")],
                                          by: "a")
        let before = try snapshot(ledger.store)
        try ledger.store.rebuildProjection()
        let after = try snapshot(ledger.store)
        #expect(before == after)
        #expect(!before.commitments.isEmpty)
    }

    @Test(arguments: Backend.tested) func incrementalUpdatesAgreeWithAFullRecompute(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        // Statements arrive out of valid-date order, some on the same day, some from one document twice.
        let days = ["2025-05-01", "2025-02-01", "2025-05-01", "2025-08-01", "2025-03-15", "2025-08-01", "2025-01-01"]
        let statuses: [CommitmentStatus] = [.pledged, .considering, .allocated, .pledged, .delivered, .withdrawn, .pledged]
        for (index, (day, status)) in zip(days, statuses).enumerated() {
            let amount = index % 2 == 0 ? Quantity(value: Double(index + 1) * 1e6, unit: "EUR") : nil
            try ledger.ingest("statement \(index)", published: day, claims: [
                pledge("NL", .airDefense, status, amount: amount, object: "Patriot"),
                pledge("NL", .airDefense, status, object: "Patriot batteries"),
            ], accept: "a")
        }
        let incremental = try ledger.store.commitments()
        #expect(incremental.count == 1)
        #expect(incremental[0].status == .withdrawn) // 2025-08-01, the stronger of the two that day
        #expect(incremental[0].amount?.value == 3e6) // 2025-05-01: allocated beats pledged that day
        #expect(incremental[0].corroboration == 7)
        try ledger.store.database.write { db in
            for record in incremental { try Projection.recompute(db, commitment: record.id) }
        }
        #expect(try ledger.store.commitments() == incremental)
    }

    struct Snapshot: Equatable {
        var commitments: [CommitmentRecord]
        var asOf: [CommitmentRecord]
        var claims: [StoredClaim]
        var summary: [SummaryRow]
        var coalitions: [Coalition]
    }

    func snapshot(_ store: any LedgerStore) throws -> Snapshot {
        Snapshot(commitments: try store.commitments(), asOf: try store.commitments(asOf: Day(iso: "2025-03-01")),
                 claims: try store.claims(state: nil, limit: nil), summary: try store.summary(),
                 coalitions: try store.coalitions())
    }

    @Test(arguments: Backend.tested) func moneyIsValuedInEUROnTheStatementDate(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        try ledger.store.importRates(csv: """
            Date,USD,JPY,GBP,
            2019-09-05,1.1000,N/A,0.8000,
            2019-09-03,1.2500,160.1,0.8500,

            """)
        // Friday's rate applies on the weekend (the bundled snapshot starts in 2020).
        let usd = Quantity(value: 1_100, unit: "USD")
        #expect(abs(try #require(try ledger.store.valueInEUR(usd, on: Day(iso: "2019-09-07")!)) - 1_000) < 1e-6)
        #expect(abs(try #require(try ledger.store.valueInEUR(usd, on: Day(iso: "2019-09-04")!)) - 880) < 1e-6)
        #expect(try ledger.store.valueInEUR(Quantity(value: 5, unit: "EUR"), on: Day(iso: "2025-09-04")!) == 5)
        #expect(try ledger.store.valueInEUR(Quantity(value: 26, unit: "troops"), on: Day(iso: "2025-09-04")!) == nil)
        // The bundled ECB snapshot knows 2020 onward.
        let bundled = try #require(try ledger.store.valueInEUR(Quantity(value: 1_000, unit: "GBP"), on: Day(iso: "2024-01-02")!))
        #expect(bundled > 1_100 && bundled < 1_250)

        try ledger.ingest("US $500m", published: "2019-09-04", claims: [
            pledge("US", .equipment, .pledged, amount: Quantity(value: 5e8, unit: "USD")),
        ], accept: "a")
        let summary = try ledger.store.summary()
        #expect(summary.count == 1)
        #expect(abs(summary[0].pledgedEUR - 4e8) < 1)
        #expect(summary[0].deliveredEUR == 0)
    }

    @Test func badRatesNameTheLine() throws {
        #expect(throws: LedgerError.badRates(line: 3, problem: "bad date \"2025-13-01\"")) {
            try ExchangeRates.parse("Date,USD,\n2025-09-05,1.1,\n2025-13-01,1.2,\n")
        }
    }

    @Test(arguments: Backend.tested) func coalitionCoverageCountsMembersWithFirmCommitments(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        _ = try ledger.store.addCoalition(name: "Coalition of the willing", members: [
            CoalitionMember(actor: "FR", joined: Day(iso: "2025-03-01")), CoalitionMember(actor: "GB", joined: Day(iso: "2025-03-01")),
            CoalitionMember(actor: "DE", joined: Day(iso: "2025-03-01")), CoalitionMember(actor: "PL", joined: Day(iso: "2025-10-01")),
        ], by: "a")
        try ledger.ingest("x", published: "2025-09-04", claims: [
            pledge("FR", .troops, .pledged), pledge("GB", .troops, .allocated), pledge("DE", .troops, .considering),
            pledge("PL", .troops, .pledged),
        ], accept: "a")
        let coverage = try ledger.store.coverage(coalition: "Coalition of the willing", category: .troops, asOf: nil)
        #expect(coverage.members == 4)
        #expect(coverage.covered == ["FR", "GB", "PL"])
        #expect(coverage.missing == ["DE"])
        let earlier = try ledger.store.coverage(coalition: "Coalition of the willing", category: .troops,
                                                asOf: Day(iso: "2025-09-10"))
        #expect(earlier.members == 3 && earlier.covered == ["FR", "GB"])
        #expect(throws: LedgerError.unknownActor("ZZ", field: "members")) {
            _ = try ledger.store.addCoalition(name: "x", members: [CoalitionMember(actor: "ZZ")], by: "a")
        }
    }
}
