import ArgumentParser
import Foundation
import MusterCore
import MusterStore

/// Builds the ledger the web benchmark runs against: the demo ledger grown with synthetic
/// reports until it holds the requested number of commitments. The load itself comes from
/// wrk against `muster serve` (the commands are printed, and recorded in BENCHMARKS.md).
struct BenchServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build a large ledger for benchmarking `muster serve`, and print the wrk commands.",
        discussion: """
            Starts from the demo ledger (the sample briefs and the coalition), then ingests
            generated reports, three commitment claims each, accepted at once, whose objects are
            distinct so every claim is a new commitment. Then run the printed commands.

            Example:
              muster bench serve --commitments 100000 --database /tmp/bench.sqlite
            """
    )

    @Option(help: "How many commitments the ledger should hold.")
    var commitments: Int = 100_000

    @Option(help: ArgumentHelp("The ledger to build; replaced.", valueName: "path"))
    var database: String = "muster-bench.sqlite"

    @Option(help: "The port the printed commands use.")
    var port: Int = 8080

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        _ = try reportingErrors(database) { try DemoLedger.build(at: database) }
        let store = try reportingErrors(database) { try SQLiteLedgerStore(path: database) }
        var generator = LedgerBenchGenerator()
        var status = try store.status()
        let progress = Progress(total: max(commitments - status.commitments, 0), label: "grow")
        let initial = status.commitments
        var n = 0
        while status.commitments < commitments {
            var batch: [(document: NewDocument, claims: [Claim])] = []
            for _ in 0..<500 {
                n += 1
                let article = generator.document(n)
                // A distinct object per claim: each accepted claim opens its own commitment.
                let claims = article.claims.enumerated().map { index, claim -> Claim in
                    guard case .commitment(var c) = claim else { return claim }
                    c.object = "\(c.object ?? "package") \(n)-\(index)"
                    return .commitment(c)
                }
                batch.append((NewDocument(bytes: Array(article.text.utf8), source: "bench:\(n)",
                                          title: "Bench report \(n)", published: article.published,
                                          text: article.text), claims))
            }
            _ = try store.ingest(batch: batch, by: "bench", acceptAs: "bench")
            status = try store.status()
            progress.update(min(status.commitments - initial, progress.total))
        }
        progress.finish()
        let seconds = Double((clock.now - start).components.seconds)
        print("ledger: \(database): \(status.commitments) commitments, \(status.documents) documents, "
            + "\(status.entries) entries (built in \(Int(seconds)) s)")
        print("""
            then, with a release build:
              muster serve --database \(database) --port \(port) &
              wrk -t2 -c64 -d10s --latency http://127.0.0.1:\(port)/api/v1/summary
              wrk -t2 -c64 -d10s --latency http://127.0.0.1:\(port)/
            """)
    }
}
