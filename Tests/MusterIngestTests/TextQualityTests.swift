import Foundation
import MusterCore
import Testing
@testable import MusterIngest

/// Runs the pipeline over the labelled dev corpus and scores it as `tools/score.py` does, so a
/// change that lets chrome back in or loses body text fails here, not only in the scorer.
@Suite(.enabled(if: SharedData.isPresent, "needs ../shared"))
struct TextQualityTests {
    struct Scores {
        var textF1: [Double] = []
        var chromeRemoved: [Double] = []
        var datesRight = 0
        var documents = 0
    }

    /// The shared dev corpus, and the project's own held-out pages (Tests/Fixtures/heldout),
    /// which the text rules were not written against.
    @Test(arguments: ["dev", "heldout"])
    func corpusMeetsTheTextBars(_ corpus: String) throws {
        let folder = corpus == "dev" ? SharedData.url("corpus/dev")
            : SharedData.repositoryRoot.appendingPathComponent("Tests/Fixtures/heldout")
        let scores = try Self.score(folder)
        #expect(scores.documents >= 10)
        let textF1 = scores.textF1.reduce(0, +) / Double(scores.textF1.count)
        let chrome = scores.chromeRemoved.reduce(0, +) / Double(max(1, scores.chromeRemoved.count))
        let dates = Double(scores.datesRight) / Double(scores.documents)
        #expect(textF1 >= 0.97, "text F1 \(textF1)")
        #expect(chrome >= 0.9, "chrome removed \(chrome)")
        #expect(dates >= 0.9, "dates \(dates)")
    }

    /// The bars mean something only if the scorer sees the chrome: the raw page itself, as a
    /// prediction, must score no chrome removed.
    @Test func rawPagesScoreNoChromeRemoved() throws {
        let folder = SharedData.url("corpus/dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        for name in names {
            let goldURL = folder.appendingPathComponent(String(name.dropLast(4)) + ".gold.jsonl")
            guard let goldData = try? Data(contentsOf: goldURL),
                  let firstLine = String(decoding: goldData, as: UTF8.self).split(separator: "\n").first else { continue }
            let gold = try JSONDecoder().decode(DocumentRecord.self, from: Data(firstLine.utf8))
            let raw = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
            if let chrome = Self.chromeRemoved(raw: raw, gold: gold.text, predicted: raw) {
                #expect(chrome == 0, "\(name)")
            }
        }
    }

    @Test func scorerMatchesTheReferenceDefinitions() {
        #expect(Self.tokens("Ukraine’s €1.3bn, Élysée_2!") == ["ukraine", "s", "1", "3bn", "élysée_2"])
        #expect(Self.tokenF1(gold: "a b c d", predicted: "a b c d") == 1)
        #expect(abs(Self.tokenF1(gold: "a b c d", predicted: "a b") - 2.0 / 3.0) < 1e-9)
        // Raw "x a b y", body "a b": chrome is {x, y}; keeping y removes half of it.
        #expect(Self.chromeRemoved(raw: "x a b y", gold: "a b", predicted: "a b y") == 0.5)
        #expect(Self.chromeRemoved(raw: "a b", gold: "a b", predicted: "a") == nil)
    }

    static func score(_ folder: URL) throws -> Scores {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var scores = Scores()
        let pipeline = IngestPipeline()
        for name in names {
            let id = String(name.dropLast(4))
            let goldURL = folder.appendingPathComponent(id + ".gold.jsonl")
            guard let goldData = try? Data(contentsOf: goldURL),
                  let firstLine = String(decoding: goldData, as: UTF8.self).split(separator: "\n").first
            else { continue }
            let gold = try JSONDecoder().decode(DocumentRecord.self, from: Data(firstLine.utf8))
            let raw = try Data(contentsOf: folder.appendingPathComponent(name))
            let record = try pipeline.ingest(Array(raw), id: id).record
            scores.documents += 1
            if record.published == gold.published { scores.datesRight += 1 }
            scores.textF1.append(tokenF1(gold: gold.text, predicted: record.text))
            if let chrome = chromeRemoved(raw: String(decoding: raw, as: UTF8.self), gold: gold.text, predicted: record.text) {
                scores.chromeRemoved.append(chrome)
            }
        }
        return scores
    }

    /// Python's `re.findall(r"\w+", text.lower())`: runs of letters, digits and underscores.
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || scalar == "_" {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    static func counts(_ text: String) -> [String: Int] {
        tokens(text).reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    static func tokenF1(gold: String, predicted: String) -> Double {
        let g = counts(gold)
        let p = counts(predicted)
        let common = g.reduce(0) { $0 + min($1.value, p[$1.key] ?? 0) }
        if g.isEmpty && p.isEmpty { return 1 }
        if common == 0 { return 0 }
        let precision = Double(common) / Double(p.values.reduce(0, +))
        let recall = Double(common) / Double(g.values.reduce(0, +))
        return 2 * precision * recall / (precision + recall)
    }

    /// Share of the raw page's non-body tokens (multiset raw − gold) that the prediction leaves
    /// out; nil when the page has none.
    static func chromeRemoved(raw: String, gold: String, predicted: String) -> Double? {
        let r = counts(raw)
        let g = counts(gold)
        let p = counts(predicted)
        var chrome: [String: Int] = [:]
        for (token, count) in r where count > (g[token] ?? 0) { chrome[token] = count - (g[token] ?? 0) }
        let total = chrome.values.reduce(0, +)
        guard total > 0 else { return nil }
        var kept = 0
        for (token, count) in chrome {
            let extra = (p[token] ?? 0) - (g[token] ?? 0)
            if extra > 0 { kept += min(count, extra) }
        }
        return 1 - Double(kept) / Double(total)
    }
}
