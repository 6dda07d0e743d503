import ArgumentParser
import MusterStore

struct RatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rates",
        abstract: "Exchange rates used to value money in EUR.",
        discussion: "Example:\n  muster rates import eurofxref-hist.csv",
        subcommands: [RatesImportCommand.self]
    )
}

struct RatesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load ECB reference rates (eurofxref-hist.csv) into the ledger.",
        discussion: """
            The file is the ECB's own CSV: a Date column, then one column per currency
            in units per EUR ('N/A' where none). Muster ships a snapshot from 2020;
            importing refreshes it. Only commitments accepted after the import are
            valued with the new rates (`rebuildProjection` re-values everything).

            Example:
              curl -sO https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip && unzip eurofxref-hist.zip
              muster rates import eurofxref-hist.csv
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Argument(help: "The CSV file.")
    var file: String

    func run() throws {
        let text = try reportingErrors(file) { try InputReader.readText(file) }
        let store = try ledger.open()
        let count = try reportingErrors(file) { try store.importRates(csv: text) }
        print("\(count) rates imported")
    }
}
