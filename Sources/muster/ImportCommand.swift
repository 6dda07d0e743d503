import ArgumentParser
import Foundation
import MusterStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a CSV written by `muster export` into the ledger, all or nothing.",
        discussion: """
            Every row is checked before anything is written; a bad row (bad date,
            unknown status or actor code…) is reported with its row number and field and
            nothing is applied. Claims already present (same document and position) are
            skipped.

            Example:
              muster import ledger.csv --database copy.sqlite
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Argument(help: "The CSV file ('-' for standard input).")
    var file: String

    func run() throws {
        let text = try reportingErrors(file) { try InputReader.readText(file) }
        let store = try ledger.open()
        let outcome = try reportingErrors(file) { try store.importCSV(text, by: currentUser) }
        print("\(outcome.rows) rows: \(outcome.claimsAdded) claims added, \(outcome.skipped) already present")
    }
}
