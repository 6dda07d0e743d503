import Foundation
import MusterCore
import Testing
@testable import MusterExtract

/// The quality bar, measured on the labelled dev corpus with its gold text and
/// published date (ingest is tested on its own): fails when extraction gets worse.
@Suite struct CorpusQualityTests {
    static func goldDocuments(in folder: URL = SharedData.url("corpus/dev")) throws -> [(id: String, text: String, published: Day?, claims: [Claim])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".gold.jsonl") }.sorted()
        return try names.map { name in
            let lines = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").filter { !$0.isEmpty }
            let document = try JSONDecoder().decode(DocumentRecord.self, from: Data(lines[0].utf8))
            let claims = try lines.dropFirst().map { try JSONDecoder().decode(Claim.self, from: Data($0.utf8)) }
            return (String(name.dropLast(".gold.jsonl".count)), document.text, document.published, claims)
        }
    }

    /// Two inputs, both with the labelled published date: the gold text, and the raw files
    /// (site chrome and all) — what `muster extract` gives once ingest finds the date,
    /// whatever chrome it leaves.
    @Test(.enabled(if: SharedData.isPresent), arguments: ["gold text", "raw files"])
    func devCorpusMeetsTheBars(_ input: String) throws {
        let extractor = ClaimExtractor()
        var score = CorpusScore()
        for document in try Self.goldDocuments() {
            let text = input == "raw files"
                ? try String(contentsOf: SharedData.url("corpus/dev/\(document.id).txt"), encoding: .utf8)
                : document.text
            score.add(document: document.id, gold: document.claims,
                      predicted: extractor.extract(text: text, published: document.published))
        }
        if ProcessInfo.processInfo.environment["MUSTER_VERBOSE"] != nil {
            print(score.report.joined(separator: "\n"))
        }
        print(String(format: "dev corpus (\(input)): commitments F1 %.2f (P %.2f R %.2f) | amounts %.2f | events F1 %.2f | incidents F1 %.2f",
                     score.commitments.f1, score.commitments.precision, score.commitments.recall, score.amounts,
                     score.events.f1, score.incidents.f1))
        #expect(score.commitments.f1 >= 0.85)
        #expect(score.amounts >= 0.8)
        #expect(score.incidents.f1 >= 0.85)
        #expect(score.events.f1 >= 0.7)
    }

    /// The project's held-out sets (Tests/Fixtures/heldout, heldout2: written for evaluation,
    /// never tuned sentence by sentence), scored on their gold text and dates. The bars sit a
    /// little below the figures reached when they were set (BENCHMARKS.md), so a change that
    /// loses recall on unseen wording fails here.
    @Test(arguments: [("heldout", 0.93), ("heldout2", 0.87)])
    func heldOutSetsKeepTheirRecall(_ set: String, _ bar: Double) throws {
        let folder = SharedData.repositoryRoot.appendingPathComponent("Tests/Fixtures/\(set)")
        let extractor = ClaimExtractor()
        var score = CorpusScore()
        for document in try Self.goldDocuments(in: folder) {
            score.add(document: document.id, gold: document.claims,
                      predicted: extractor.extract(text: document.text, published: document.published))
        }
        print(String(format: "\(set): commitments F1 %.2f (P %.2f R %.2f) | amounts %.2f | events F1 %.2f | incidents F1 %.2f",
                     score.commitments.f1, score.commitments.precision, score.commitments.recall, score.amounts,
                     score.events.f1, score.incidents.f1))
        #expect(score.commitments.f1 >= bar)
    }

    /// Sets 3–112 (Tests/Fixtures/heldoutN), written by separate annotators from the spec alone;
    /// each was scored unseen (23, 24, 27, 28, 31 and 32 blind through two rounds, 33–112 through one) before its
    /// misses drove rules (BENCHMARKS.md). Pooled over all of them (about 4,200 commitments), so
    /// one annotator's odd call cannot swing it; the bar sits a little below the figure reached
    /// (in-process on gold text).
    @Test func annotatorSetsKeepTheirPooledScore() throws {
        let extractor = ClaimExtractor()
        var score = CorpusScore()
        var documents = 0
        for set in Array(3...112) {
            let folder = SharedData.repositoryRoot.appendingPathComponent("Tests/Fixtures/heldout\(set)")
            for document in try Self.goldDocuments(in: folder) {
                documents += 1
                score.add(document: document.id, gold: document.claims,
                          predicted: extractor.extract(text: document.text, published: document.published))
            }
        }
        print(String(format: "heldout3–112 (%d pages): commitments F1 %.3f (P %.3f R %.3f) | amounts %.2f | events F1 %.2f | incidents F1 %.2f",
                     documents, score.commitments.f1, score.commitments.precision, score.commitments.recall, score.amounts,
                     score.events.f1, score.incidents.f1))
        #expect(documents == 1320)
        // (0.839 by the CLI when heldout49–52 joined in session 11; 0.831 in-process when
        // heldout53–56 joined in session 12, which were unseen until that session's start;
        // 0.831 in-process when heldout57–60 joined in session 13, read from that session on;
        // heldout61–64 joined in session 14, unseen until then; heldout65–68 joined in session 15 at
        // 0.63 on their own, which took the pool from 0.828 to 0.813 before any rule was written
        // from them, so the guard moved from 0.82 to 0.81; 0.815 at the end of session 15;
        // heldout69–72 joined in session 16 at 0.70 on their own, taking the pool to 0.807
        // before any rule was written from them, so the guard moved to 0.80; 0.810 at the end of
        // session 16; heldout73–76 joined in session 17 at 0.75 on their own, the pool 0.807; 0.813 at the
        // end of session 17; heldout77–80 joined in session 18 at 0.735 on their own, the pool 0.809;
        // 0.812 at the end of session 18; heldout81–84 joined in session 19 at 0.73 on their own, the
        // pool 0.806; 0.807 at the end of session 19; heldout85–88 joined in session 20 at 0.62 on
        // their own, which took the pool to 0.797 (0.796 by the CLI) before any rule was written from them,
        // so the guard moved to 0.79; 0.802 at the end of session 20; heldout89–92 joined in session 21 at
        // 0.72 on their own, the pool 0.798; 0.801 at the end of session 21; heldout93–96 joined in
        // session 22 at 0.72 on their own, the pool 0.798, and 0.798 at its end; heldout97–100 joined in
        // session 23 at 0.70 on their own, the pool 0.793, and 0.796 at its end; heldout101–104 joined in
        // session 24 at 0.73 on their own, the pool 0.794, and 0.795 at its end; heldout105–108 joined in
        // session 25 at 0.77 on their own, the pool 0.793 by the CLI (0.794 in-process after the round's first rules),
        // and 0.796 at its end; heldout109–112 joined in session 26 at 0.64 on their own, which took the pool
        // to 0.788 by the CLI before any rule was written from them, so the guard moved to 0.78.)
        #expect(score.commitments.f1 >= 0.78)
    }
}
