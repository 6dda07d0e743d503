import ArgumentParser
import MusterStore

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply the ledger's pending schema migrations and name them.",
        discussion: """
            Works on both backends: a SQLite file (created when missing) or a PostgreSQL
            database (postgres:// URL). Prints one line per migration applied, or that the
            schema is up to date. `muster serve --no-migrate` refuses a ledger that needs this.

            Examples:
              muster migrate --database ledger.sqlite
              muster migrate --database postgres://muster@db.internal:5432/muster
            """
    )

    @OptionGroup var ledger: LedgerOptions

    func run() throws {
        let store = try ledger.open(schema: .leave)
        let applied = try reportingErrors(ledger.displayName) { try store.migrate() }
        if applied.isEmpty {
            print("\(store.location): schema up to date")
            return
        }
        for name in applied { print("applied \(name)") }
        print("\(store.location): \(applied.count) migration\(applied.count == 1 ? "" : "s") applied")
    }
}
