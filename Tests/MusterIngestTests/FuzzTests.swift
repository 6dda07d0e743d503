import Foundation  // memcmp only
import MusterCore
import Testing
@testable import MusterIngest

/// Robustness of the whole ingest pipeline, through its public API only: whatever the bytes,
/// `ingest` must not crash, and must either refuse the input with an `IngestError` or return a
/// document whose sentence offsets are valid. Inputs come from a fixed-seed generator, so every
/// run tries the same cases; a failure names its seed and case number.
@Suite struct FuzzTests {
    /// What a batch of cases did, for the expectations that keep a fuzz test from passing vacuously.
    struct Tally {
        var accepted = 0
        var refused = 0
        var slowest: Duration = .zero
        var slowestCase = ""
    }

    /// Runs one case and records an issue if the pipeline misbehaves.
    static func check(_ input: [UInt8], _ label: String, pipeline: IngestPipeline = IngestPipeline(),
                      tally: inout Tally) {
        let clock = ContinuousClock()
        let started = clock.now
        do {
            let document = try pipeline.ingest(input, id: "fuzz")
            if let problem = problem(in: document) {
                Issue.record("\(label): \(problem)")
            }
            tally.accepted += 1
        } catch is IngestError {
            tally.refused += 1
        } catch {
            Issue.record("\(label): threw \(type(of: error)) rather than IngestError: \(error)")
        }
        let elapsed = clock.now - started
        if elapsed > tally.slowest {
            tally.slowest = elapsed
            tally.slowestCase = label
        }
    }

    /// Why a document's sentences are not a faithful, ordered segmentation of its text, or nil.
    static func problem(in document: IngestedDocument) -> String? {
        let text = Array(document.record.text.utf8)
        var previousEnd = 0
        for (number, sentence) in document.sentences.enumerated() {
            guard sentence.start >= previousEnd, sentence.start < sentence.end, sentence.end <= text.count else {
                return "sentence \(number) at \(sentence.start)..<\(sentence.end), after \(previousEnd), in \(text.count) bytes"
            }
            guard sameBytes(text[sentence.start..<sentence.end], sentence.text) else {
                return "sentence \(number) text differs from the text at its offsets"
            }
            previousEnd = sentence.end
        }
        let hasContent = document.record.text.unicodeScalars.contains {
            !$0.properties.isWhitespace && $0 != "\u{200B}" && $0 != "\u{FEFF}"
        }
        if hasContent && document.sentences.isEmpty {
            return "text has content but no sentences"
        }
        return nil
    }

    /// Byte equality with memcmp: a debug build compares a 3 MB sentence byte by byte slowly.
    private static func sameBytes(_ slice: ArraySlice<UInt8>, _ string: String) -> Bool {
        var string = string
        return string.withUTF8 { utf8 in
            slice.withUnsafeBufferPointer { bytes in
                bytes.count == utf8.count
                    && (bytes.isEmpty || memcmp(bytes.baseAddress!, utf8.baseAddress!, bytes.count) == 0)
            }
        }
    }

    static func report(_ name: String, _ tally: Tally) {
        print("fuzz \(name): \(tally.accepted) accepted, \(tally.refused) refused; slowest \(tally.slowest) (\(tally.slowestCase))")
    }

    @Test func randomBytes() {
        var random = SplitMix64(seed: 0x5EED_0001)
        var tally = Tally()
        for number in 0..<600 {
            var input = random.bytes(random.between(0...2048))
            // Some start like gzip, to reach the decompressor with garbage.
            if random.oneIn(8) { input.insert(contentsOf: [0x1F, 0x8B, 0x08, 0x00], at: 0) }
            Self.check(input, "random bytes #\(number)", tally: &tally)
        }
        Self.report("random bytes", tally)
        #expect(tally.accepted + tally.refused == 600)
        #expect(tally.refused > 0)
    }

    @Test func randomASCII() {
        var random = SplitMix64(seed: 0x5EED_0002)
        var tally = Tally()
        for number in 0..<600 {
            var input = random.ascii(random.between(0...4096))
            if random.oneIn(3) { input.insert(contentsOf: Array("<html><body>".utf8), at: 0) }
            Self.check(input, "random ASCII #\(number)", tally: &tally)
        }
        Self.report("random ASCII", tally)
        #expect(tally.accepted > 500)
    }

    @Test func mutatedPages() {
        var random = SplitMix64(seed: 0x5EED_0003)
        var tally = Tally()
        let fixtures = FuzzFixtures.all
        for number in 0..<2_000 {
            let fixture = random.below(fixtures.count)
            let input = FuzzMutator.mutate(fixtures[fixture], &random)
            Self.check(input, "mutated fixture \(fixture) #\(number)", tally: &tally)
        }
        Self.report("mutated pages", tally)
        // Most damage leaves something readable; NUL bytes near the top are refused as binary.
        #expect(tally.accepted > 1_000)
    }

    @Test func mutatedGzipPages() {
        var random = SplitMix64(seed: 0x5EED_0004)
        var tally = Tally()
        let fixtures = FuzzFixtures.all
        for number in 0..<300 {
            let page = fixtures[random.below(fixtures.count)]
            let input: [UInt8]
            switch random.below(3) {
            case 0: input = StoredGzip.wrap(FuzzMutator.mutate(page, &random))  // damaged page, sound stream
            case 1: input = Array(StoredGzip.wrap(page).prefix(random.between(2...page.count)))  // cut stream
            default:  // a flipped byte somewhere in the stream
                var stream = StoredGzip.wrap(page)
                stream[random.between(2...(stream.count - 1))] ^= UInt8(random.between(1...255))
                input = stream
            }
            Self.check(input, "gzip case #\(number)", tally: &tally)
        }
        Self.report("mutated gzip", tally)
        #expect(tally.accepted > 0)
        #expect(tally.refused > 0)
    }

    /// Inputs built to find recursion, quadratic scans and unbounded buffers.
    @Test(arguments: PathologicalInput.allCases)
    func pathologicalInput(_ kind: PathologicalInput) {
        var tally = Tally()
        Self.check(kind.bytes, "\(kind)", tally: &tally)
        Self.report("\(kind)", tally)
        #expect(tally.accepted + tally.refused == 1)
    }

    /// NUL bytes past the first 4 KiB, and UTF-16 (whose NULs follow a byte-order mark), are
    /// not refused as binary: they must reach the extractors, and the extractors must cope.
    @Test func nulBytesThatPassTheBinaryCheckReachTheExtractors() {
        var tally = Tally()
        var page = Array(FuzzFixtures.longPage.utf8)
        #expect(page.count > 6_000)
        for offset in [5_000, 6_000, page.count - 40] { page.insert(0, at: offset) }
        Self.check(page, "long page with NULs", tally: &tally)
        let utf16: [UInt8] = [0xFF, 0xFE]
            + FuzzFixtures.articlePage.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        Self.check(utf16, "UTF-16LE article page", tally: &tally)
        let text: [UInt8] = [0xFE, 0xFF]
            + FuzzFixtures.pastedText.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        Self.check(text, "UTF-16BE pasted text", tally: &tally)
        #expect(tally.accepted == 3)
    }

    @Test func storedGzipHelperMatchesZlib() throws {
        #expect(StoredGzip.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        let page = Array(FuzzFixtures.longPage.utf8) + Array(repeating: 0x20, count: 70_000)
        #expect(try IngestPipeline().unpack(StoredGzip.wrap(page)) == page)
    }

    @Test func splitMixIsTheReferenceSequence() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test func inputOverTheLimitFailsFast() throws {
        let limit = 64 * 1024
        let pipeline = IngestPipeline(maxBytes: limit)
        let huge = [UInt8](repeating: UInt8(ascii: "a"), count: 32 * 1024 * 1024)
        let clock = ContinuousClock()
        var refusal: (any Error)?
        let elapsed = clock.measure {
            do { _ = try pipeline.ingest(huge, id: "huge") } catch { refusal = error }
        }
        #expect(refusal as? IngestError == .tooLarge(bytes: huge.count, limit: limit))
        // Refusing must not scan, decode or copy the 32 MiB: a debug build does all that in seconds.
        #expect(elapsed < .milliseconds(100))

        // A small gzip that inflates past the limit is refused too, without inflating it all.
        let bomb = StoredGzip.wrap([UInt8](repeating: UInt8(ascii: "b"), count: 4 * 1024 * 1024))
        #expect(throws: IngestError.tooLarge(bytes: limit + 1, limit: limit)) { try pipeline.ingest(bomb, id: "bomb") }
    }

    @Test func htmlPageWithoutAnArticleGivesEmptyTextAndAWarning() throws {
        let page = """
            <!DOCTYPE html><html><head><title>Shop</title><script>var basket = [];</script>
            <style>nav { color: red }</style></head>
            <body><nav><a href="/">Home</a> <a href="/cart">Cart</a></nav><script>init();</script>
            <footer>© 2025 Example Shop</footer></body></html>
            """
        let document = try IngestPipeline().ingest(Array(page.utf8), id: "shop")
        #expect(document.kind == .html)
        #expect(document.record.text.isEmpty)
        #expect(document.sentences.isEmpty)
        #expect(document.warnings.contains { $0.contains("no article") })
    }
}

/// One-off inputs, each a known way to break parsers and scanners.
enum PathologicalInput: String, CaseIterable, CustomStringConvertible, Sendable {
    case nestedDivs, nestedMixedTags, unclosedNesting, nestedInsideArticle, hugeAttribute, manyAttributes
    case longLineWithoutBreaks, manyPeriods, manyAbbreviations, lessThanSigns, nestedQuotesInText
    case manyEmptyLines, longWord

    var description: String { rawValue }

    var bytes: [UInt8] {
        let depth = 10_000
        switch self {
        case .nestedDivs:
            return Array(("<html><body>" + String(repeating: "<div>", count: depth) + "Deep text. Very deep."
                + String(repeating: "</div>", count: depth) + "</body></html>").utf8)
        case .nestedMixedTags:
            let open = (0..<depth).map { ["<div>", "<span>", "<b>", "<i>", "<section>"][$0 % 5] }.joined()
            let close = (0..<depth).reversed().map { ["</div>", "</span>", "</b>", "</i>", "</section>"][$0 % 5] }.joined()
            return Array(("<!doctype html><html><body>" + open + "Inside. Still inside." + close).utf8)
        case .unclosedNesting:
            return Array(("<html><body>" + String(repeating: "<div><p>Text. ", count: depth)).utf8)
        case .nestedInsideArticle:
            return Array(("<html><body><article><p>Lead paragraph of the story.</p>"
                + String(repeating: "<blockquote>", count: depth) + "<p>Quoted. More.</p>"
                + String(repeating: "</blockquote>", count: depth) + "</article></body></html>").utf8)
        case .hugeAttribute:
            return Array(("<html><body><article><p title=\"" + String(repeating: "x", count: 2_000_000)
                + "\">Body text. After a huge attribute.</p></article></body></html>").utf8)
        case .manyAttributes:
            let attributes = (0..<50_000).map { " a\($0)=\"\($0)\"" }.joined()
            return Array(("<html><body><p" + attributes + ">Text. More text.</p></body></html>").utf8)
        case .longLineWithoutBreaks:
            return Array(String(repeating: "word ", count: 200_000).utf8)
        case .manyPeriods:
            return Array(String(repeating: ". ", count: 100_000).utf8) + Array(String(repeating: "a.", count: 100_000).utf8)
        case .manyAbbreviations:
            return Array(String(repeating: "U.S. Mr. J. e.g. No. 5 etc. The ", count: 10_000).utf8)
        case .lessThanSigns:
            return Array(("<html><body><p>" + String(repeating: "<", count: 500_000) + "</p></body></html>").utf8)
        case .nestedQuotesInText:
            return Array((String(repeating: "“(\"'", count: depth) + "Deep. Deeper." + String(repeating: "'\")”", count: depth)).utf8)
        case .manyEmptyLines:
            return Array(("Start.\n" + String(repeating: "\n \r\n\t\n", count: 50_000) + "End.").utf8)
        case .longWord:
            return Array(String(repeating: "x", count: 1_000_000).utf8)
        }
    }
}
