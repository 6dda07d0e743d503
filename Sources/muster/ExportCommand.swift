import ArgumentParser
import MusterStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the claims and their review decisions as CSV.",
        discussion: """
            One row per claim with its document (SHA-256, source, dates), review
            state, reviewer and reason, and the commitment it supports. A commitment's
            fields have columns of their own; an event or incident is carried as JSON
            in `claim_json`. `muster import` of the file into an empty ledger
            reproduces the same export.

            Example:
              muster export --format csv > ledger.csv
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Option(help: "csv (the only export format).")
    var format: DataFormat = .csv

    func validate() throws {
        if format != .csv { throw ValidationError("export writes csv only; use `muster commitments --format json`") }
    }

    func run() throws {
        let store = try ledger.open()
        print(try reportingErrors { try store.exportCSV() }, terminator: "")
    }
}
