import ArgumentParser
import MusterCore
import MusterStore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Counts: documents, claims by review state, commitments, ledger entries.",
        discussion: """
            Examples:
              muster status
              muster status --format json   # {"documents":…,"claims":{"pending":…},"commitments":…,"entries":…}
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Option(help: "table or json.")
    var format: DataFormat = .table

    func run() throws {
        let store = try ledger.open()
        let status = try reportingErrors { try store.status() }
        if format == .json {
            print(JSONValue.object([
                ("documents", .number(Double(status.documents))),
                ("claims", .object(ReviewState.allCases.map { ($0.rawValue, .number(Double(status.claims[$0] ?? 0))) })),
                ("commitments", .number(Double(status.commitments))),
                ("entries", .number(Double(status.entries))),
            ]).serialized())
            return
        }
        print("ledger:      \(store.location)")
        print("documents:   \(status.documents)")
        print("claims:      " + ReviewState.allCases.map { "\(status.claims[$0] ?? 0) \($0.rawValue)" }
            .joined(separator: ", "))
        print("commitments: \(status.commitments)")
        print("entries:     \(status.entries)")
    }
}
