import ArgumentParser
import MusterCore
import MusterStore

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Per actor and category: pledged against delivered, valued in EUR.",
        discussion: """
            "Pledged" counts commitments now pledged, allocated or delivered;
            "delivered" those delivered. Money is valued in EUR on the date of the
            statement that gave the amount, with the ECB reference rate of that day (or
            the last business day before).

            Examples:
              muster summary
              muster summary --format csv > summary.csv
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Option(help: "table, json or csv.")
    var format: DataFormat = .table

    func run() throws {
        let store = try ledger.open()
        let rows = try reportingErrors { try store.summary() }
        LedgerRendering.print(
            rows, format: format,
            header: ["actor", "category", "commitments", "pledged", "pledged_eur", "delivered", "delivered_eur"],
            table: ["actor", "category", "commitments", "pledged", "pledged EUR", "delivered", "delivered EUR"],
            json: { row in
                .object([("actor", .string(row.actor.rawValue)), ("category", .string(row.category.rawValue)),
                         ("commitments", .number(Double(row.commitments))), ("pledged", .number(Double(row.pledged))),
                         ("pledged_eur", .number(row.pledgedEUR)), ("delivered", .number(Double(row.delivered))),
                         ("delivered_eur", .number(row.deliveredEUR))])
            },
            csv: { row in
                [row.actor.rawValue, row.category.rawValue, String(row.commitments), String(row.pledged),
                 CSV.number(row.pledgedEUR), String(row.delivered), CSV.number(row.deliveredEUR)]
            },
            cells: { row in
                [row.actor.rawValue, row.category.rawValue, String(row.commitments), String(row.pledged),
                 LedgerRendering.money(row.pledgedEUR), String(row.delivered), LedgerRendering.money(row.deliveredEUR)]
            })
    }
}
