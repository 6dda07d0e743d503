import ArgumentParser
import Foundation
import MusterExtract
import MusterIngest

struct BenchExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Run the ingest pipeline over every file in DIR, N times, in one process.",
        discussion: """
            Prints pages/s, MB/s (of uncompressed input) and the time spent in each stage.
            Files may be HTML or text, gzip'd or not; they are read and gunzipped before timing.

            Example:
              swift build -c release && .build/release/muster bench extract ../shared/bench/article-body/html
            """
    )

    @Argument(help: "A directory of pages.")
    var directory: String

    @Option(name: .shortAndLong, help: "How many times to run over the whole set.")
    var iterations: Int = 5

    func run() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        let pipeline = IngestPipeline()
        var pages: [(String, [UInt8])] = []
        for name in files {
            let path = (directory as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: path) else { continue }
            pages.append((name, try pipeline.unpack([UInt8](data))))
        }
        guard !pages.isEmpty else {
            printError("muster: \(directory): no files to benchmark")
            throw ExitCode(badInputExitCode)
        }
        let totalBytes = pages.reduce(0) { $0 + $1.1.count }
        var timings = StageTimings()
        var claimTime = Duration.zero
        var claimCount = 0
        let extractor = ClaimExtractor()
        var failures = 0
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<iterations {
            for (name, bytes) in pages {
                do {
                    let document = try pipeline.ingest(bytes, id: name, timings: &timings)
                    let claimStart = clock.now
                    // (`explain`, as `muster ingest` runs it: with the review queue's confidence.)
                    claimCount += extractor.explain(sentences: document.sentences, published: document.record.published, title: document.record.title).count
                    claimTime += clock.now - claimStart
                } catch {
                    failures += 1
                }
            }
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let pageCount = pages.count * iterations
        func ms(_ duration: Duration) -> String {
            let total = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
            return String(format: "%.3f ms/page", total / Double(pageCount))
        }
        print("pages:      \(pages.count) files × \(iterations) iterations = \(pageCount) pages, "
            + String(format: "%.1f MB", Double(totalBytes * iterations) / 1e6))
        print(String(format: "throughput: %.1f pages/s, %.1f MB/s", Double(pageCount) / seconds,
                     Double(totalBytes * iterations) / 1e6 / seconds))
        print("decode:     \(ms(timings.decode))")
        print("extract:    \(ms(timings.extract))  (parse + body + metadata)")
        print("sentences:  \(ms(timings.sentences))")
        print("claims:     \(ms(claimTime))  (\(claimCount / max(iterations, 1)) claims per pass)")
        if failures > 0 { print("failures:   \(failures)") }
    }
}
