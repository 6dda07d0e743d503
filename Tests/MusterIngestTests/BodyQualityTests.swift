import Foundation
import Testing
@testable import MusterIngest

/// The article-body benchmark (../shared/bench/article-body, 181 pages) run in-process through
/// the whole ingest pipeline and scored with the benchmark's own metric. Fails when quality
/// drops below the bar the project promises (F1 0.95; readability scores 0.955 here).
@Suite struct BodyQualityTests {
    static let bench = SharedData.url("bench/article-body")
    static let minimumF1 = 0.95

    @Test func metricMatchesTheBenchmarkScript() {
        // Hand-checked against score_body.py's page_counts.
        let same = ShingleMetric.pageCounts(truth: "one two three four five", predicted: "one two three four five")
        #expect(same.truePositive == 1 && same.falsePositive == 0 && same.falseNegative == 0)
        let half = ShingleMetric.pageCounts(truth: "a b c d e", predicted: "a b c d x")
        #expect(half.truePositive == 1.0 / 3 && half.falsePositive == 1.0 / 3 && half.falseNegative == 1.0 / 3)
        #expect(ShingleMetric.words("Kyiv's 2-day café_visit, ok") == ["Kyiv", "s", "2", "day", "café_visit", "ok"])
        #expect(ShingleMetric.shingles("too short").count == 1)
        let score = ShingleMetric.score([same, half, ShingleMetric.Counts(truePositive: 0, falsePositive: 0, falseNegative: 1)])
        #expect(abs(score.precision - 0.75) < 1e-9)
        #expect(abs(score.recall - 0.5) < 1e-9)
    }

    @Test(.enabled(if: SharedData.isPresent, "needs ../shared"))
    func articleBodyF1MeetsTheBar() throws {
        let data = try Data(contentsOf: Self.bench.appendingPathComponent("ground-truth.json"))
        let truth = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
        #expect(truth.count == 181)
        let pipeline = IngestPipeline()
        var pages: [ShingleMetric.Counts] = []
        for (id, entry) in truth.sorted(by: { $0.key < $1.key }) {
            let page = Self.bench.appendingPathComponent("html/\(id).html.gz")
            let bytes = [UInt8](try Data(contentsOf: page))
            let text = (try? pipeline.ingest(bytes, id: id))?.record.text ?? ""
            pages.append(ShingleMetric.pageCounts(truth: entry["articleBody"] as? String ?? "", predicted: text))
        }
        let score = ShingleMetric.score(pages)
        print(String(format: "article body F1 %.3f (P %.3f R %.3f) over %d pages", score.f1, score.precision,
                     score.recall, pages.count))
        #expect(score.f1 >= Self.minimumF1)
    }
}
