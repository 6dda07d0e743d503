import ArgumentParser

@main
struct Muster: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "muster",
        abstract: "Turn reporting into an evidence-backed ledger of commitments.",
        discussion: """
            Examples:
              muster extract article.html
              muster extract --format jsonl page.txt
              curl -s https://example.org/news | muster extract --url https://example.org/news -
              muster bench extract ../shared/bench/article-body/html
              muster ingest article.html more/*.txt && muster review
              muster commitments --actor FR --category troops --as-of 2025-09-05
              muster summary; muster verify; muster status --format json
              muster demo; muster serve --database ledger.sqlite --port 8080
              muster serve --database postgres://muster@localhost:5432/muster
              muster copy --from muster.sqlite --to postgres://muster@localhost:5432/muster

            Exit codes: 0 success, 1 bad input (the message names the file and the problem),
            64 bad command-line usage.
            """,
        subcommands: [
            ExtractCommand.self, IngestCommand.self, ReviewCommand.self, CommitmentsCommand.self,
            SummaryCommand.self, CoalitionCommand.self, HistoryCommand.self, VerifyCommand.self,
            StatusCommand.self, ExportCommand.self, ImportCommand.self, RatesCommand.self, BenchCommand.self,
            ServeCommand.self, DemoCommand.self, MigrateCommand.self, CopyCommand.self,
            UserCommand.self, TokenCommand.self,
        ]
    )
}
