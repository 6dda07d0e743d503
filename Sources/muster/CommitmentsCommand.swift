import ArgumentParser
import Foundation
import MusterCore
import MusterStore

struct CommitmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commitments",
        abstract: "List commitments: now, as stated on a day, or as recorded before an instant.",
        discussion: """
            --as-of selects on valid time (the date statements were made);
            --recorded-before selects on recorded time (when they entered the ledger).
            `docs` counts the distinct documents supporting a commitment (shown for the
            current view only).

            Examples:
              muster commitments --actor FR --category troops
              muster commitments --as-of 2025-09-05 --format json
              muster commitments --recorded-before 2025-09-10T12:00:00Z --format csv
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Option(help: "Only this actor code (FR, GB, EU, GROUP…).")
    var actor: String?

    @Option(help: "Only this category (troops, air_defense, financial…).")
    var category: MusterCore.Category?

    @Option(help: "Valid time: as stated on or before this day (YYYY-MM-DD).")
    var asOf: String?

    @Option(help: "Recorded time: as the ledger held it before this instant (ISO 8601, UTC).")
    var recordedBefore: String?

    @Option(help: "table, json or csv.")
    var format: DataFormat = .table

    func run() throws {
        var query = CommitmentQuery(actor: actor.map { ActorCode($0) }, category: category)
        query.asOf = try parseDay(asOf, option: "--as-of")
        if let recordedBefore {
            guard let instant = parseInstant(recordedBefore) else {
                throw ValidationError("--recorded-before: expected an ISO 8601 time or day, got \"\(recordedBefore)\"")
            }
            query.recordedBefore = instant
        }
        let store = try ledger.open()
        let records = try reportingErrors { try store.commitments(query) }
        LedgerRendering.print(records, format: format, header: LedgerRendering.commitmentHeader,
                              table: LedgerRendering.tableHeader, json: LedgerRendering.json,
                              csv: LedgerRendering.csvRow, cells: LedgerRendering.tableRow)
    }
}

extension MusterCore.Category: ExpressibleByArgument {}

/// The day an option names, nil when the option was not given; a malformed value is a usage
/// error that names the option and what was expected.
func parseDay(_ text: String?, option: String) throws -> Day? {
    guard let text else { return nil }
    guard let day = Day(iso: text) else { throw ValidationError("\(option): expected YYYY-MM-DD, got \"\(text)\"") }
    return day
}

/// "2025-09-10" (midnight UTC) or a full ISO 8601 time.
func parseInstant(_ text: String) -> Date? {
    if let day = Day(iso: text) { return Date(timeIntervalSince1970: Double(day.daysSinceEpoch) * 86_400) }
    let formatter = ISO8601DateFormatter()
    if let date = formatter.date(from: text) { return date }
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.date(from: text)
}
