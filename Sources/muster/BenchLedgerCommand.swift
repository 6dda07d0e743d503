import ArgumentParser
import Foundation
import MusterCore
import MusterIngest
import MusterStore

struct BenchLedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "Measure ledger ingest throughput and query latency on generated documents.",
        discussion: """
            1. Ingests --documents generated articles, one transaction each, as
               `muster ingest --accept` does: ingest pipeline, claim extraction,
               store, accept.
            2. Grows the ledger to --entries entries with generated documents in
               batches.
            3. Times `summary`, `commitments --as-of` (all actors, and one actor) and
               the current `commitments` (median and fastest of 9 runs each), and
               `verify`.

            Every document goes through claim extraction (its cost is in the figure);
            the generator's terse sentences rarely yield claims, so where the extractor
            finds none the generator's own claims are stored in their place.

            --database also takes a postgres:// URL: the same benchmark on PostgreSQL
            (use an empty database or a fresh ?schema=NAME).

            Examples:
              swift build -c release && .build/release/muster bench ledger
              muster bench ledger --documents 1000 --entries 100000 \\
                --database /tmp/bench.sqlite
              muster bench ledger --documents 1000 --entries 100000 \\
                --database 'postgres://muster@localhost:5432/muster?schema=bench'
              muster bench ledger --documents 2000 --ingest-only   # quick throughput check
            """
    )

    @Option(help: "Documents to ingest one by one for the throughput figure.")
    var documents: Int = 10_000

    @Option(help: "Ledger size (entries) at which queries are timed.")
    var entries: Int = 1_000_000

    @Option(help: ArgumentHelp(
        "Where to build the ledger: a SQLite file or a postgres:// URL (default: a temporary file, removed afterwards).",
        valueName: "path|url"))
    var database: String?

    @Flag(help: "Measure ingest throughput only: no growth to --entries, no query timings.")
    var ingestOnly = false

    func run() throws {
        let path = database ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("muster-bench-\(UUID().uuidString).sqlite").path
        defer {
            if database == nil {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        }
        let store = try LedgerLocation.open(path)
        print("backend:           \(LedgerLocation.isPostgres(path) ? "PostgreSQL" : "SQLite") (\(store.location))")
        var generator = LedgerBenchGenerator()
        let pipeline = IngestPipeline()
        let clock = ContinuousClock()
        var n = try store.status().documents

        // 1. One document per transaction, through the pipeline.
        let progress = Progress(total: documents, label: "ingest")
        var extracted = 0
        let ingestStart = clock.now
        let ingestCPUStart = Self.cpuSeconds()
        for index in 0..<documents {
            let article = generator.document(n)
            n += 1
            let bytes = Array(article.text.utf8)
            let document = try pipeline.ingest(bytes, id: "bench-\(n)")
            var (claims, confidences) = extractClaims(document)
            if claims.isEmpty { (claims, confidences) = (article.claims, []) } else { extracted += claims.count }
            _ = try store.ingest(NewDocument(bytes: bytes, source: "bench:\(n)", title: document.record.title,
                                             published: document.record.published ?? article.published,
                                             text: document.record.text),
                                 claims: claims, confidences: confidences, by: "bench", acceptAs: "bench")
            progress.update(index + 1)
        }
        progress.finish()
        let ingestSeconds = Self.seconds(clock.now - ingestStart)
        let ingestCPU = Self.cpuSeconds() - ingestCPUStart
        if ingestOnly {
            printIngest(seconds: ingestSeconds, cpu: ingestCPU, extracted: extracted)
            return
        }

        // 2. Grow to the target size in batches.
        var status = try store.status()
        let growStart = clock.now
        let grow = Progress(total: max(entries - status.entries, 0), label: "grow")
        let startEntries = status.entries
        while status.entries < entries {
            var batch: [(document: NewDocument, claims: [Claim])] = []
            for _ in 0..<500 {
                let article = generator.document(n)
                n += 1
                batch.append((NewDocument(bytes: Array(article.text.utf8), source: "bench:\(n)", title: "Bench report \(n)",
                                          published: article.published, text: article.text), article.claims))
            }
            _ = try store.ingest(batch: batch, by: "bench", acceptAs: "bench")
            status = try store.status()
            grow.update(min(status.entries - startEntries, grow.total))
        }
        grow.finish()
        let growSeconds = Self.seconds(clock.now - growStart)

        // 3. Query latency at that size.
        /// Median and fastest of 9 runs, in ms: the fastest shows the cost without other load.
        func timed(_ body: () throws -> Void) rethrows -> (median: Double, min: Double) {
            var times: [Double] = []
            for _ in 0..<9 {
                let start = clock.now
                try body()
                times.append(Self.seconds(clock.now - start) * 1000)
            }
            times.sort()
            return (times[4], times[0])
        }
        let asOf = LedgerBenchGenerator.firstDay.adding(days: LedgerBenchGenerator.days / 2)
        var summaryRows = 0, asOfRows = 0, actorRows = 0, currentRows = 0
        let summaryMs = try timed { summaryRows = try store.summary().count }
        let asOfMs = try timed { asOfRows = try store.commitments(asOf: asOf).count }
        let actorMs = try timed { actorRows = try store.commitments(CommitmentQuery(actor: "FR", asOf: asOf)).count }
        let currentMs = try timed { currentRows = try store.commitments().count }
        let verifyStart = clock.now
        let report = try store.verify()
        let verifySeconds = Self.seconds(clock.now - verifyStart)

        printIngest(seconds: ingestSeconds, cpu: ingestCPU, extracted: extracted)
        print("ledger:            \(status.entries) entries, \(status.documents) documents, "
            + "\(status.commitments) commitments" + String(format: " (grown in %.1f s, %.0f entries/s)", growSeconds,
                                                           Double(status.entries - startEntries) / max(growSeconds, 1e-9)))
        print(String(format: "summary:           %.1f ms median, %.1f ms fastest (%d rows)", summaryMs.median,
                     summaryMs.min, summaryRows))
        print(String(format: "commitments as-of: %.1f ms median, %.1f ms fastest (%d rows, --as-of %@)", asOfMs.median,
                     asOfMs.min, asOfRows, asOf.iso))
        print(String(format: "  one actor:       %.1f ms median, %.1f ms fastest (%d rows, --actor FR)", actorMs.median,
                     actorMs.min, actorRows))
        print(String(format: "commitments now:   %.1f ms median, %.1f ms fastest (%d rows)", currentMs.median,
                     currentMs.min, currentRows))
        print(String(format: "verify:            %.1f s (%d entries, %@)", verifySeconds, report.entries,
                     report.isIntact ? "intact" : "BROKEN"))
    }

    private func printIngest(seconds: Double, cpu: Double, extracted: Int) {
        print("ingest:            \(documents) documents in " + String(format: "%.2f s = %.0f documents/s", seconds,
              Double(documents) / max(seconds, 1e-9)) + " (pipeline + claims + store + accept, 1 transaction each)")
        print(String(format: "                   %.2f s of CPU = %.0f documents per CPU-second (the machine is shared)",
                     cpu, Double(documents) / max(cpu, 1e-9)))
        if extracted == 0 { print("                   claims: generated (the extractor returned none)") }
    }

    /// CPU time this process has used, to separate our cost from other load on the machine.
    static func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
