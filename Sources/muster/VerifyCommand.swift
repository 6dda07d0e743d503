import ArgumentParser
import MusterStore

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the ledger's hash chain; name the first broken entry.",
        discussion: """
            Recomputes every entry's SHA-256 from its stored content and the previous
            entry's hash. Exits 0 when the chain holds, 1 when an entry was altered,
            removed or reordered.

            Example:
              muster verify --database /data/ledger.sqlite
            """
    )

    @OptionGroup var ledger: LedgerOptions

    func run() throws {
        let store = try ledger.open()
        let report = try reportingErrors { try store.verify() }
        if let broken = report.firstBroken {
            print("broken at entry \(broken.seq): \(broken.problem)")
            throw ExitCode(badInputExitCode)
        }
        print("ok: \(report.entries) entries, hash chain intact")
    }
}
