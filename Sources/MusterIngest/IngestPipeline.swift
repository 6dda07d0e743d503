import Foundation
import Logging
import MusterCore

/// A document as ingest leaves it: the record of spec/claims.md plus its sentences.
public struct IngestedDocument: Sendable {
    public var record: DocumentRecord
    public var sentences: [Sentence]
    public var kind: InputKind
    public var charset: String
    /// Non-fatal problems (invalid bytes replaced, no article found…), for stderr.
    public var warnings: [String]
}

/// Why an input was refused. Each case reads as one line naming the problem.
public enum IngestError: Error, Equatable, CustomStringConvertible {
    case empty
    case tooLarge(bytes: Int, limit: Int)
    case binary
    case badCompression(String)

    public var description: String {
        switch self {
        case .empty: return "input is empty"
        case .tooLarge(let bytes, let limit):
            return "input is \(bytes) bytes, over the limit of \(limit) (raise it with --max-bytes)"
        case .binary: return "input looks binary (NUL bytes or mostly control characters), not HTML or text"
        case .badCompression(let why): return "gzip input could not be read: \(why)"
        }
    }
}

/// Timings of one run through the pipeline, per stage, for `muster bench extract`.
public struct StageTimings: Sendable {
    public var decode: Duration = .zero
    public var extract: Duration = .zero
    public var sentences: Duration = .zero

    public init() {}

    public static func += (lhs: inout StageTimings, rhs: StageTimings) {
        lhs.decode += rhs.decode
        lhs.extract += rhs.extract
        lhs.sentences += rhs.sentences
    }
}

/// Bytes in, clean document out: decode → detect kind → extract body and metadata → sentences.
public struct IngestPipeline: Sendable {
    /// 10 MiB: far above any real article (the largest benchmark page is under 1 MiB) and small
    /// enough that a mistaken `muster extract big.iso` fails fast instead of eating memory.
    public static let defaultMaxBytes = 10 * 1024 * 1024

    public var maxBytes: Int
    let html = HTMLArticleExtractor()
    let plain = PlainTextArticleExtractor()
    let splitter = SentenceSplitter()
    let logger = Logger(label: "muster.ingest")

    public init(maxBytes: Int = IngestPipeline.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }

    /// Gunzips when needed and applies the size limit: the part of ingest that is I/O
    /// preparation rather than text work (the benchmark does it before timing).
    public func unpack(_ input: [UInt8]) throws -> [UInt8] {
        guard Gzip.isCompressed(input) else { return input }
        do {
            return try Gzip.decompress(input, limit: maxBytes)
        } catch let failure as Gzip.Failure {
            if failure.description.hasPrefix("decompresses to more") {
                throw IngestError.tooLarge(bytes: maxBytes + 1, limit: maxBytes)
            }
            throw IngestError.badCompression(failure.description)
        }
    }

    /// - Parameters:
    ///   - bytes: the raw input, possibly gzip-compressed.
    ///   - id: the document id (usually the file name without extension).
    ///   - url: where the page came from, when known; used only as a last-resort hint.
    public func ingest(_ bytes: [UInt8], id: String, url: String? = nil) throws -> IngestedDocument {
        var timings = StageTimings()
        return try ingest(bytes, id: id, url: url, timings: &timings)
    }

    public func ingest(_ input: [UInt8], id: String, url: String? = nil,
                       timings: inout StageTimings) throws -> IngestedDocument {
        let clock = ContinuousClock()
        var start = clock.now
        let bytes = try unpack(input)
        guard !bytes.isEmpty else { throw IngestError.empty }
        guard bytes.count <= maxBytes else { throw IngestError.tooLarge(bytes: bytes.count, limit: maxBytes) }
        guard !Self.looksBinary(bytes) else { throw IngestError.binary }

        let decoded = TextDecoding.decode(bytes)
        var warnings = decoded.warnings
        let kind = InputKind.detect(decoded.text)
        timings.decode += clock.now - start

        start = clock.now
        let article: ArticleExtraction
        switch kind {
        case .html: article = html.extract(html: decoded.text, url: url)
        case .text: article = plain.extract(text: decoded.text)
        }
        timings.extract += clock.now - start
        if article.text.isEmpty {
            warnings.append("no article text found")
        }

        start = clock.now
        let sentences = splitter.split(article.text)
        timings.sentences += clock.now - start

        let record = DocumentRecord(id: id, title: article.title, published: article.published,
                                    language: article.language ?? "en", tags: article.tags, text: article.text)
        for warning in warnings { logger.debug("\(id): \(warning)") }
        return IngestedDocument(record: record, sentences: sentences, kind: kind,
                                charset: decoded.charset, warnings: warnings)
    }

    /// NUL bytes, or more than 10 % control bytes in the first 4 KiB, mean this is not a page.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096)
        if head.contains(0) {
            // UTF-16 text has NULs too; it starts with a BOM.
            return !(bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]))
        }
        let control = head.reduce(0) { count, byte in
            count + ((byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C) ? 1 : 0)
        }
        return control * 10 > head.count
    }
}
