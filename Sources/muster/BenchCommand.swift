import ArgumentParser

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Muster's speed on your own data.",
        subcommands: [BenchExtractCommand.self, BenchLedgerCommand.self, BenchServeCommand.self]
    )
}
