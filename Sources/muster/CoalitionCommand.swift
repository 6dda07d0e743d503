import ArgumentParser
import MusterCore
import MusterStore

struct CoalitionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coalition",
        abstract: "Coalitions, their members, what they need, and who among them has committed what.",
        discussion: """
            Examples:
              muster coalition add "Coalition of the willing" --members FR,GB,DE,PL --joined 2025-03-02
              muster coalition list
              muster coalition coverage "Coalition of the willing" --category troops
              muster coalition require "Coalition of the willing" --category troops --amount 25000 --unit troops
              muster coalition gaps "Coalition of the willing" --as-of 2025-09-05
            """,
        subcommands: [CoalitionAddCommand.self, CoalitionListCommand.self, CoalitionCoverageCommand.self,
                      CoalitionRequireCommand.self, CoalitionGapsCommand.self]
    )
}

struct CoalitionAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Create a coalition or add members to it.",
        discussion: """
            Examples:
              muster coalition add "Coalition of the willing" --members FR,GB,DE
              muster coalition add "Coalition of the willing" --members PL --joined 2025-09-04
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Argument(help: "The coalition's name.")
    var name: String

    @Option(help: "Member actor codes, comma-separated.")
    var members: String

    @Option(help: "The day they joined (YYYY-MM-DD).")
    var joined: String?

    func run() throws {
        let day = try parseDay(joined, option: "--joined")
        let codes = members.split(separator: ",").map { ActorCode(String($0).trimmingCharacters(in: .whitespaces)) }
        let store = try ledger.open()
        _ = try reportingErrors {
            try store.addCoalition(name: name, members: codes.map { CoalitionMember(actor: $0, joined: day) },
                                   by: currentUser)
        }
        print("\(name): \(codes.count) members recorded")
    }
}

struct CoalitionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List coalitions and their members.",
        discussion: "Example:\n  muster coalition list --format json"
    )

    @OptionGroup var ledger: LedgerOptions

    @Option(help: "table, json or csv.")
    var format: DataFormat = .table

    func run() throws {
        let store = try ledger.open()
        let coalitions = try reportingErrors { try store.coalitions() }
        let rows = coalitions.flatMap { coalition in coalition.members.map { (coalition.name, $0) } }
        LedgerRendering.print(
            rows, format: format, header: ["coalition", "actor", "joined"], table: ["coalition", "member", "joined"],
            json: { .object([("coalition", .string($0.0)), ("actor", .string($0.1.actor.rawValue)),
                             ("joined", JSONValue($0.1.joined))]) },
            csv: { [$0.0, $0.1.actor.rawValue, $0.1.joined?.iso ?? ""] },
            cells: { [$0.0, $0.1.actor.rawValue, $0.1.joined?.iso ?? ""] })
    }
}

struct CoalitionCoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "How many members have a pledged, allocated or delivered commitment in a category.",
        discussion: """
            Examples:
              muster coalition coverage "Coalition of the willing" --category troops
              muster coalition coverage "Coalition of the willing" --category financial --as-of 2025-09-05
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Argument(help: "The coalition's name.")
    var name: String

    @Option(help: "The category (troops, air_defense, financial…).")
    var category: MusterCore.Category

    @Option(help: "Valid time: members and commitments as of this day (YYYY-MM-DD).")
    var asOf: String?

    @Option(help: "table or json.")
    var format: DataFormat = .table

    func run() throws {
        let day = try parseDay(asOf, option: "--as-of")
        let store = try ledger.open()
        let coverage = try reportingErrors { try store.coverage(coalition: name, category: category, asOf: day) }
        switch format {
        case .json:
            print(JSONValue.object([
                ("coalition", .string(coverage.coalition)), ("category", .string(coverage.category.rawValue)),
                ("members", .number(Double(coverage.members))),
                ("covered", .array(coverage.covered.map { .string($0.rawValue) })),
                ("missing", .array(coverage.missing.map { .string($0.rawValue) })),
            ]).serialized())
        case .table, .csv:
            print("\(coverage.covered.count) of \(coverage.members) members of \(name) committed \(category.rawValue)")
            print("committed: " + (coverage.covered.isEmpty ? "—" : coverage.covered.map(\.rawValue).joined(separator: ", ")))
            print("not yet:   " + (coverage.missing.isEmpty ? "—" : coverage.missing.map(\.rawValue).joined(separator: ", ")))
        }
    }
}
