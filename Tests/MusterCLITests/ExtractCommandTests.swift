import Foundation
import Testing

@Suite struct ExtractCommandTests {
    @Test func missingFileIsANamedErrorWithExitCode1() throws {
        let result = try MusterProcess.run(["extract", "/nonexistent/page.html"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/page.html"))
        #expect(result.stderr.contains("no such file"))
        #expect(result.stdout.isEmpty)
    }

    @Test func emptyAndOversizedInputsAreRefused() throws {
        let directory = try MusterProcess.temporaryDirectory()
        let empty = directory.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let emptyResult = try MusterProcess.run(["extract", empty.path])
        #expect(emptyResult.status == 1)
        #expect(emptyResult.stderr.contains("empty.txt: input is empty"))

        let big = directory.appendingPathComponent("big.txt")
        try Data(repeating: UInt8(ascii: "a"), count: 2048).write(to: big)
        let bigResult = try MusterProcess.run(["extract", "--max-bytes", "1000", big.path])
        #expect(bigResult.status == 1)
        #expect(bigResult.stderr.contains("over the limit of 1000"))
    }

    @Test func jsonlStartsWithTheDocumentRecordFromStandardInput() throws {
        let page = "<html lang=\"en\"><head><title>Ministers meet</title></head><body><article>"
            + "<p>The ministers met in Brussels on Monday and agreed to keep talking about the plan.</p>"
            + "</article></body></html>"
        let result = try MusterProcess.run(["extract", "--format", "jsonl", "-"], stdin: Data(page.utf8))
        #expect(result.status == 0)
        let firstLine = try #require(result.stdout.split(separator: "\n").first)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(firstLine.utf8)) as? [String: Any])
        #expect(record["type"] as? String == "document")
        #expect(record["id"] as? String == "stdin")
        #expect(record.keys.contains("published"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try MusterProcess.run(["extract", "--format", "xml", "-"], stdin: Data("x".utf8))
        #expect(result.status == 64)
        #expect(result.stderr.contains("format"))
    }
}

@Suite struct ExtractFormatTests {
    static let brief = """
        Ministers back air defence for Ukraine

        March 3, 2025

        Canada has pledged two air defence systems to Ukraine, the defence minister said.
        """

    @Test func csvHasAHeaderAndOneRowPerClaim() throws {
        let result = try MusterProcess.run(["extract", "--format", "csv", "-"], stdin: Data(Self.brief.utf8))
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("document,type,actor,") == true)
        #expect(lines.count >= 2)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("stdin,") })
    }

    @Test func jsonIsOneObjectWithDocumentAndClaims() throws {
        let result = try MusterProcess.run(["extract", "--format", "json", "-"], stdin: Data(Self.brief.utf8))
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let document = try #require(object["document"] as? [String: Any])
        #expect(document["published"] as? String == "2025-03-03")
        let claims = try #require(object["claims"] as? [[String: Any]])
        #expect(claims.contains { $0["actor"] as? String == "CA" && $0["category"] as? String == "air_defense" })
    }
}

@Suite struct StandardInputLimitTests {
    @Test func standardInputOverTheLimitIsRefused() throws {
        let result = try MusterProcess.run(["extract", "--max-bytes", "100", "-"],
                                           stdin: Data(repeating: UInt8(ascii: "a"), count: 5000))
        #expect(result.status == 1)
        #expect(result.stderr.contains("over the limit of 100"))
    }
}
