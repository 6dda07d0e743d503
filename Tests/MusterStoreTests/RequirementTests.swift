import Foundation
import MusterCore
import Testing
@testable import MusterStore

@Suite struct RequirementTests {
    static let name = "Coalition of the willing"

    /// FR, GB, DE joined in March; PL only in October. Troop statements on 2025-09-04, a
    /// delivery on 2025-11-01.
    func seeded(_ backend: Backend) throws -> TestLedger {
        let ledger = try TestLedger(backend)
        _ = try ledger.store.addCoalition(name: Self.name, members: [
            CoalitionMember(actor: "FR", joined: Day(iso: "2025-03-01")), CoalitionMember(actor: "GB", joined: Day(iso: "2025-03-01")),
            CoalitionMember(actor: "DE", joined: Day(iso: "2025-03-01")), CoalitionMember(actor: "PL", joined: Day(iso: "2025-10-01")),
        ], by: "a")
        try ledger.ingest("troops", published: "2025-09-04", claims: [
            pledge("FR", .troops, .pledged, amount: Quantity(value: 10_000, unit: "troops"), object: "brigade"),
            pledge("GB", .troops, .allocated, amount: Quantity(value: 8_000, unit: "troops"), object: "brigade"),
            pledge("DE", .troops, .considering, amount: Quantity(value: 5_000, unit: "troops"), object: "brigade"),
            pledge("PL", .troops, .pledged, amount: Quantity(value: 3_000, unit: "Troops"), object: "brigade"),
            pledge("US", .troops, .pledged, amount: Quantity(value: 9_000, unit: "troops"), object: "brigade"),
            pledge("FR", .financial, .pledged, amount: Quantity(value: 2_000_000_000, unit: "EUR")),
            pledge("GB", .financial, .pledged, amount: Quantity(value: 1_000_000_000, unit: "GBP")),
        ], accept: "a")
        try ledger.ingest("delivered", published: "2025-11-01", source: "https://example.org/b", claims: [
            pledge("FR", .troops, .delivered, amount: Quantity(value: 10_000, unit: "troops"), object: "brigade"),
        ], accept: "a")
        return ledger
    }

    @Test(arguments: Backend.tested) func gapSumsMembersFirmCommitmentsInTheRequirementsUnit(_ backend: Backend) throws {
        let ledger = try seeded(backend)
        defer { ledger.remove() }
        let set = try ledger.store.setRequirement(coalition: Self.name, category: .troops,
                                                  amount: Quantity(value: 25_000, unit: "troops"), note: "first rotation",
                                                  validFrom: Day(iso: "2025-09-01"), by: "editor")
        #expect(set.validFrom == Day(iso: "2025-09-01"))
        let gaps = try ledger.store.gaps(coalition: Self.name, asOf: nil)
        #expect(gaps.count == 1)
        let gap = try #require(gaps.first)
        // FR delivered 10,000, GB allocated 8,000, PL pledged 3,000 (unit differs only in case);
        // DE only considers, US is no member.
        #expect(gap.unit == "troops" && gap.required == 25_000)
        #expect(gap.pledged == 21_000 && gap.delivered == 10_000)
        #expect(gap.shortfall == 4_000 && gap.undelivered == 15_000)
        #expect(gap.contributors == 3 && gap.members == 4 && gap.unquantified == 0)
        #expect(gap.requirement.note == "first rotation")

        // As of 2025-10-15: PL has joined, FR had not yet delivered.
        let october = try #require(try ledger.store.gaps(coalition: Self.name, asOf: Day(iso: "2025-10-15")).first)
        #expect(october.pledged == 21_000 && october.delivered == 0)
        // As of 2025-09-10: PL not yet a member.
        let september = try #require(try ledger.store.gaps(coalition: Self.name, asOf: Day(iso: "2025-09-10")).first)
        #expect(september.pledged == 18_000 && september.members == 3)
        // Before the requirement applied there is none.
        #expect(try ledger.store.gaps(coalition: Self.name, asOf: Day(iso: "2025-08-31")).isEmpty)
    }

    @Test(arguments: Backend.tested) func laterRequirementSupersedesFromItsDay(_ backend: Backend) throws {
        let ledger = try seeded(backend)
        defer { ledger.remove() }
        for (value, day) in [(25_000.0, "2025-09-01"), (30_000.0, "2025-12-01")] {
            try ledger.store.setRequirement(coalition: Self.name, category: .troops,
                                            amount: Quantity(value: value, unit: "troops"), note: nil,
                                            validFrom: Day(iso: day), by: "editor")
        }
        #expect(try ledger.store.requirements(coalition: Self.name, asOf: nil).map(\.amount.value) == [30_000])
        #expect(try ledger.store.requirements(coalition: Self.name, asOf: Day(iso: "2025-11-30")).map(\.amount.value)
            == [25_000])
    }

    @Test(arguments: Backend.tested) func moneyIsComparedInEUR(_ backend: Backend) throws {
        let ledger = try seeded(backend)
        defer { ledger.remove() }
        try ledger.store.setRequirement(coalition: Self.name, category: .financial,
                                        amount: Quantity(value: 5_000_000_000, unit: "EUR"), note: nil,
                                        validFrom: Day(iso: "2025-09-01"), by: "editor")
        let gap = try #require(try ledger.store.gaps(coalition: Self.name, asOf: nil).first)
        let gbp = try #require(try ledger.store.valueInEUR(Quantity(value: 1_000_000_000, unit: "GBP"),
                                                            on: Day(iso: "2025-09-04")!))
        #expect(gap.unit == "EUR" && gap.required == 5_000_000_000)
        #expect(abs(gap.pledged - (2_000_000_000 + gbp)) < 1)
        #expect(gap.contributors == 2)
    }

    @Test(arguments: Backend.tested) func requirementIsAChainedEntryThatReplays(_ backend: Backend) throws {
        let ledger = try seeded(backend)
        defer { ledger.remove() }
        try ledger.store.setRequirement(coalition: Self.name, category: .troops,
                                        amount: Quantity(value: 25_000, unit: "troops", qualifier: .atLeast),
                                        note: "brigades", validFrom: Day(iso: "2025-09-01"), by: "editor")
        let before = try ledger.store.gaps(coalition: Self.name, asOf: nil)
        try ledger.store.rebuildProjection()
        #expect(try ledger.store.gaps(coalition: Self.name, asOf: nil) == before)
        #expect(before.first?.requirement.amount.qualifier == .atLeast)
        #expect(try ledger.store.verify().isIntact)
        #expect(try ledger.store.coalitions().map(\.name) == [Self.name])
    }

    @Test(arguments: Backend.tested) func refusesUnknownCoalitionsAndEmptyAmounts(_ backend: Backend) throws {
        let ledger = try seeded(backend)
        defer { ledger.remove() }
        #expect(throws: LedgerError.noSuchCoalition("nobody")) {
            try ledger.store.setRequirement(coalition: "nobody", category: .troops,
                                            amount: Quantity(value: 1, unit: "troops"), note: nil, validFrom: nil,
                                            by: "editor")
        }
        #expect(throws: LedgerError.self) {
            try ledger.store.setRequirement(coalition: Self.name, category: .troops,
                                            amount: Quantity(value: 0, unit: "troops"), note: nil, validFrom: nil,
                                            by: "editor")
        }
        #expect(throws: LedgerError.self) {
            try ledger.store.setRequirement(coalition: Self.name, category: .troops,
                                            amount: Quantity(value: 5, unit: " "), note: nil, validFrom: nil,
                                            by: "editor")
        }
    }

    @Test(arguments: Backend.tested) func copyCarriesRequirements(_ backend: Backend) throws {
        let source = try seeded(.sqlite)
        defer { source.remove() }
        try source.store.setRequirement(coalition: Self.name, category: .troops,
                                        amount: Quantity(value: 25_000, unit: "troops"), note: "brigades",
                                        validFrom: Day(iso: "2025-09-01"), by: "editor")
        let target = try TestLedger(backend)
        defer { target.remove() }
        let report = try LedgerCopy.copy(from: source.store, to: target.store)
        #expect(report.rows["coalition_requirement"] == 1)
        #expect(try target.store.gaps(coalition: Self.name, asOf: nil) == source.store.gaps(coalition: Self.name, asOf: nil))
    }
}
