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
}
