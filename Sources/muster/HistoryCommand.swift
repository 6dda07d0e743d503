import ArgumentParser
import MusterCore
import MusterStore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Every change to a commitment: who, when recorded, valid for which day, why; and its evidence.",
        discussion: """
            Examples:
              muster history 12
              muster history 12 --format json
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Argument(help: "The commitment id (see `muster commitments`).")
    var id: Int64

    @Option(help: "table or json.")
    var format: DataFormat = .table

    func run() throws {
        let store = try ledger.open()
        let found: CommitmentRecord? = try reportingErrors { try store.commitment(id: id) }
        guard let commitment = found else {
            printError("muster: no commitment with id \(id)")
            throw ExitCode(badInputExitCode)
        }
        let entries = try reportingErrors { try store.history(commitment: id) }
        let evidence = try reportingErrors { try store.evidence(commitment: id) }
        if format == .json {
            print(JSONValue.object([
                ("commitment", LedgerRendering.json(commitment)),
                ("entries", .array(entries.map { entry in
                    .object([("seq", .number(Double(entry.seq))), ("kind", .string(entry.kind)), ("who", .string(entry.who)),
                             ("recorded_at", .string(entry.recordedAt)), ("valid_date", JSONValue(entry.validDate)),
                             ("change", .string(entry.change)), ("why", JSONValue(entry.why)), ("hash", .string(entry.hash))])
                })),
                ("evidence", .array(evidence.map { item in
                    .object([("claim", .number(Double(item.claimID))), ("document", .number(Double(item.documentID))),
                             ("source", .string(item.source)), ("valid_date", JSONValue(item.validDate)),
                             ("status", .string(item.status.rawValue)), ("quote", .string(item.quote)),
                             ("reviewer", JSONValue(item.reviewer)), ("retracted", .bool(item.retracted))])
                })),
            ]).serialized())
            return
        }
        var head = Table(LedgerRendering.tableHeader)
        head.add(LedgerRendering.tableRow(commitment))
        print(head.render())
        print("")
        var table = Table(["seq", "recorded", "valid", "who", "kind", "why", "change"])
        for entry in entries {
            table.add([String(entry.seq), entry.recordedAt, entry.validDate?.iso ?? "", entry.who, entry.kind,
                       entry.why ?? "", entry.change])
        }
        print(table.render())
        print("")
        print("evidence (\(Set(evidence.filter { !$0.retracted }.map(\.documentID)).count) documents):")
        for item in evidence {
            print("  claim \(item.claimID) \(item.status.rawValue) \(item.validDate?.iso ?? "")"
                + (item.retracted ? " [retracted]" : "") + " — \(item.source)")
            print("    \"\(item.quote)\"")
        }
    }
}
