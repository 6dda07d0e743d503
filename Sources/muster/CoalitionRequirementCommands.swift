import ArgumentParser
import MusterCore
import MusterStore

struct CoalitionRequireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "require",
        abstract: "Record what a coalition needs in a category (a ledger entry).",
        discussion: """
            Setting a requirement again for the same category and day replaces it; one from a
            later day supersedes it from that day on. Money is compared in EUR.

            Examples:
              muster coalition require "Coalition of the willing" --category troops --amount 25000 --unit troops
              muster coalition require "Coalition of the willing" --category financial --amount 5000000000 --unit EUR \\
                  --note "2026 budget support" --valid-from 2026-01-01
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Argument(help: "The coalition's name.")
    var name: String

    @Option(help: "The category (troops, air_defense, financial…).")
    var category: MusterCore.Category

    @Option(help: "How much is needed, a plain number (5000000000, not 5bn).")
    var amount: Double

    @Option(help: "The unit: a plural noun for counts (troops, systems) or an ISO 4217 currency (EUR, USD).")
    var unit: String

    @Option(help: "A note: what the requirement is for, where it comes from.")
    var note: String?

    @Option(help: "The day it applies from (YYYY-MM-DD); today when not given.")
    var validFrom: String?

    func run() throws {
        let day = try parseDay(validFrom, option: "--valid-from")
        let store = try ledger.open()
        let requirement = try reportingErrors {
            try store.setRequirement(coalition: name, category: category, amount: Quantity(value: amount, unit: unit),
                                     note: note, validFrom: day, by: currentUser)
        }
        print("\(name) needs \(LedgerRendering.amount(requirement.amount)) (\(category.rawValue)) "
            + "from \(requirement.validFrom.iso)")
    }
}

struct CoalitionGapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Each requirement against what the members have pledged and delivered.",
        discussion: """
            Pledged counts pledged, allocated and delivered commitments of members who had
            joined by the day; amounts are summed in the requirement's unit (money in EUR).
            Commitments without an amount in that unit are counted as unquantified.

            Examples:
              muster coalition gaps "Coalition of the willing"
              muster coalition gaps "Coalition of the willing" --as-of 2025-09-05 --format json
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Argument(help: "The coalition's name.")
    var name: String

    @Option(help: "Valid time: requirements, members and commitments as of this day (YYYY-MM-DD).")
    var asOf: String?

    @Option(help: "table, json or csv.")
    var format: DataFormat = .table

    func run() throws {
        let day = try parseDay(asOf, option: "--as-of")
        let store = try ledger.open()
        let gaps = try reportingErrors { try store.gaps(coalition: name, asOf: day) }
        LedgerRendering.print(
            gaps, format: format, header: Gap.columns, table: Gap.columns,
            json: \.json,
            csv: { gap in
                [gap.requirement.category.rawValue, gap.requirement.validFrom.iso, gap.unit, CSV.number(gap.required),
                 CSV.number(gap.pledged), CSV.number(gap.delivered), CSV.number(gap.shortfall),
                 String(gap.contributors), String(gap.members), String(gap.unquantified), gap.requirement.note ?? ""]
            },
            cells: { gap in
                let number = { (value: Double) in gap.unit == "EUR" ? LedgerRendering.money(value) : CSV.number(value) }
                return [gap.requirement.category.rawValue, gap.requirement.validFrom.iso, gap.unit, number(gap.required),
                        number(gap.pledged), number(gap.delivered), number(gap.shortfall), String(gap.contributors),
                        String(gap.members), String(gap.unquantified), gap.requirement.note ?? ""]
            })
    }
}
