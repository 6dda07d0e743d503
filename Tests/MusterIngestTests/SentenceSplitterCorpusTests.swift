import Foundation
import MusterCore
import Testing
@testable import MusterIngest

/// The hand-labelled corpus quotes whole sentences (spec/claims.md: "`quote` is the sentence the
/// claim is read from; a heading line before it may be included"). So on the labelled document
/// text, every quote should start where one of our sentences starts and end where one ends.
/// Also times the splitter over the article-body benchmark's reference bodies.
@Suite(.enabled(if: SharedData.isPresent, "needs ../shared"))
struct SentenceSplitterCorpusTests {
    let splitter = SentenceSplitter()

    @Test func goldQuotesLineUpWithSentenceBoundaries() throws {
        let directory = SharedData.url("corpus/dev")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".gold.jsonl") }.sorted()
        #expect(!files.isEmpty)
        var quotes = 0
        var aligned = 0
        var misaligned: [String] = []
        for file in files {
            let lines = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n")
            guard let first = lines.first, let document = try Self.object(first),
                  let text = document["text"] as? String else { continue }
            let sentences = splitter.split(text)
            expectValidSentenceOffsets(sentences, in: text)
            let starts = Set(sentences.map(\.start))
            let ends = Set(sentences.map(\.end))
            let utf8 = Array(text.utf8)
            for line in lines.dropFirst() {
                guard let claim = try Self.object(line), let quote = claim["quote"] as? String,
                      let range = Self.firstRange(of: Array(quote.utf8), in: utf8) else { continue }
                quotes += 1
                // Labels sometimes leave out the quotation marks around a quoted sentence.
                let outer = Self.widened(range, in: utf8)
                if (starts.contains(range.lowerBound) || starts.contains(outer.lowerBound))
                    && (ends.contains(range.upperBound) || ends.contains(outer.upperBound)) {
                    aligned += 1
                } else {
                    misaligned.append("\(file): \(quote.prefix(120))")
                }
            }
        }
        let share = quotes == 0 ? 0 : Double(aligned) / Double(quotes)
        print("sentence splitter: \(aligned)/\(quotes) gold quotes on sentence boundaries"
            + " (\(String(format: "%.1f", share * 100)) %)")
        for line in misaligned.prefix(20) { print("  misaligned: \(line)") }
        #expect(quotes > 0)
        #expect(share >= 0.95)
    }

    @Test func splitsTheBenchmarkBodiesWithValidOffsets() throws {
        let data = try Data(contentsOf: SharedData.url("bench/article-body/ground-truth.json"))
        let truth = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let bodies = truth.values.compactMap { ($0 as? [String: Any])?["articleBody"] as? String }
        #expect(bodies.count > 100)
        for body in bodies {
            expectValidSentenceOffsets(splitter.split(body), in: body)
        }
        // Timing, for the report: representative in release builds only.
        let clock = ContinuousClock()
        var sentences = 0
        let rounds = 5
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for body in bodies { sentences += splitter.split(body).count }
            }
        }
        let perPage = elapsed / (rounds * bodies.count)
        print("sentence splitter: \(bodies.count) benchmark bodies, \(sentences / rounds) sentences, \(perPage) per page")
        #expect(sentences > bodies.count)
        // Release builds take about 0.03 ms a page; this bound only catches a blow-up (a
        // quadratic scan, per-character allocation) even in an unoptimised build on a busy machine.
        #expect(perPage < .milliseconds(5))
    }

    private static func object(_ line: Substring) throws -> [String: Any]? {
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    }

    /// `range` grown over the quotation marks directly around it.
    private static func widened(_ range: Range<Int>, in utf8: [UInt8]) -> Range<Int> {
        let opening: [[UInt8]] = [Array("\"".utf8), Array("“".utf8), Array("‘".utf8), Array("'".utf8)]
        let closing: [[UInt8]] = [Array("\"".utf8), Array("”".utf8), Array("’".utf8), Array("'".utf8)]
        var lower = range.lowerBound
        var upper = range.upperBound
        if let mark = opening.first(where: { lower >= $0.count && utf8[(lower - $0.count)..<lower].elementsEqual($0) }) {
            lower -= mark.count
        }
        if let mark = closing.first(where: { upper + $0.count <= utf8.count && utf8[upper..<(upper + $0.count)].elementsEqual($0) }) {
            upper += mark.count
        }
        return lower..<upper
    }

    private static func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count)
        where haystack[start] == needle[0] && haystack[start..<start + needle.count].elementsEqual(needle) {
            return start..<start + needle.count
        }
        return nil
    }
}
