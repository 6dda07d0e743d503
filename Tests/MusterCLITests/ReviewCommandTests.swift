import Foundation
import Testing

@Suite struct ReviewCommandTests {
    /// `muster ingest` stores the extractor's confidence and `muster review` walks the claims it
    /// doubts most first, saying how sure it was.
    @Test func theWalkStartsWithTheLeastConfidentClaim() throws {
        let directory = try MusterProcess.temporaryDirectory()
        let page = directory.appendingPathComponent("page.txt")
        try Data("""
            Allies and Ukraine

            Germany will send 30 Leopard tanks to Ukraine, Defence Minister Boris Pistorius said on Tuesday.

            Officials in Paris, who have long argued that Europe must do more and who met Zelensky last week, said Belgium could consider some help with drones at a later stage.
            """.utf8).write(to: page)
        let database = directory.appendingPathComponent("ledger.sqlite").path
        let ingest = try MusterProcess.run(["ingest", page.path, "--database", database])
        #expect(ingest.status == 0)
        let walk = try MusterProcess.run(["review", "--database", database, "--reviewer", "alice"], stdin: Data("q\n".utf8))
        #expect(walk.status == 0)
        let first = try #require(walk.stdout.split(separator: "\n").first { $0.hasPrefix("claim ") })
        #expect(first.contains("(1 of "))
        #expect(first.contains("extractor's confidence"))
        let quote = try #require(walk.stdout.split(separator: "\n").first { $0.hasPrefix("  \"") })
        #expect(quote.contains("Belgium could consider"))
    }

    /// Extraction and ingest may run apart: `extract --explain --format jsonl` carries the
    /// confidence, and ingesting those lines keeps it; plain claim lines have none.
    @Test func confidenceTravelsWithExplainedJSONLines() throws {
        let directory = try MusterProcess.temporaryDirectory()
        let page = directory.appendingPathComponent("page.txt")
        try Data("Allies\n\nGermany will send 30 Leopard tanks to Ukraine, Defence Minister Boris Pistorius said.\n".utf8)
            .write(to: page)
        let explained = try MusterProcess.run(["extract", "--explain", "--format", "jsonl", page.path])
        #expect(explained.status == 0)
        let lines = directory.appendingPathComponent("claims.jsonl")
        try Data(explained.stdout.utf8).write(to: lines)
        let database = directory.appendingPathComponent("ledger.sqlite").path
        #expect(try MusterProcess.run(["ingest", lines.path, "--database", database]).status == 0)
        let walk = try MusterProcess.run(["review", "--database", database], stdin: Data("q\n".utf8))
        #expect(walk.stdout.contains("extractor's confidence"))
        // (A confidence outside 0–1 is refused, naming the file and the claim.)
        let bad = directory.appendingPathComponent("bad.jsonl")
        try Data(explained.stdout.replacingOccurrences(of: #""confidence":"#, with: #""confidence":7"#).utf8).write(to: bad)
        let refused = try MusterProcess.run(["ingest", bad.path, "--database", database])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("bad.jsonl"))
        #expect(refused.stderr.contains("is not between 0 and 1"))
    }
}
