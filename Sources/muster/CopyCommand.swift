import ArgumentParser
import Foundation
import MusterStore

struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole ledger between backends (SQLite file ⇄ PostgreSQL).",
        discussion: """
            Verifies the source's hash chain, copies documents (bytes and text), claims
            with their reviews, ledger entries (same sequence numbers and hashes),
            commitments, coalitions and exchange rates in one transaction on the target,
            and verifies the target's chain before committing. Refuses a target that
            already holds anything.

            Examples:
              muster copy --from muster.sqlite --to postgres://muster@db.internal/muster
              muster copy --from postgres://muster@db.internal/muster --to backup.sqlite
            """
    )

    @Option(help: ArgumentHelp("The ledger to copy: a SQLite file or a postgres:// URL.", valueName: "path|url"))
    var from: String

    @Option(help: ArgumentHelp("Where to copy it: a new SQLite file or an empty PostgreSQL database.",
                               valueName: "path|url"))
    var to: String

    func run() throws {
        guard LedgerLocation.isPostgres(from) || FileManager.default.fileExists(atPath: from) else {
            printError("muster: \(from): no ledger there")
            throw ExitCode(badInputExitCode)
        }
        // The source is read as it is: copying must not change it, migrations included.
        let sourceStore = try LedgerOptions.open(from, schema: .requireCurrent)
        let targetStore = try LedgerOptions.open(to)
        let report = try reportingErrors { try LedgerCopy.copy(from: sourceStore, to: targetStore) }
        let order = ["document", "claim", "entry", "commitment", "evidence", "coalition", "coalition_member",
                     "coalition_requirement", "rate",
                     "account", "api_token"]
        print("copied \(sourceStore.location) → \(targetStore.location)")
        print(order.map { "\(report.rows[$0] ?? 0) \($0)" }.joined(separator: ", "))
        print("ok: \(report.entries) entries, hash chain intact on both sides")
    }
}
