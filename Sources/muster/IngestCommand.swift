import ArgumentParser
import Foundation
import MusterCore
import MusterIngest
import MusterStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store documents in the ledger and queue their claims for review.",
        discussion: """
            Each FILE (HTML or text, optionally gzip'd; a directory means the files in
            it) is stored with its bytes and SHA-256: the same bytes twice are one
            document. Its claims are stored as pending, or accepted at once with
            --accept. A `.jsonl` file in the format of `muster extract --format jsonl`
            (a document record, then claims) is stored with the claims it carries. Each
            document is one transaction: an interrupted run leaves whole documents only,
            and running it again completes the rest.

            Examples:
              muster ingest article.html more/*.txt
              muster ingest --accept --reviewer nightly-pipeline feed/
              MUSTER_DATABASE=/data/ledger.sqlite muster ingest page.html
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Argument(help: "Files or directories to ingest.")
    var files: [String]

    @Flag(help: "Accept every claim at once (trusted pipelines).")
    var accept = false

    @Option(help: "Who accepts, with --accept (default: pipeline).")
    var reviewer: String = "pipeline"

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = IngestPipeline.defaultMaxBytes

    func run() throws {
        let store = try ledger.open()
        let paths = try expand(files)
        let pipeline = IngestPipeline(maxBytes: maxBytes)
        let progress = Progress(total: paths.count, label: "ingest")
        var stored = 0, duplicates = 0, claims = 0, failures = 0
        for (index, path) in paths.enumerated() {
            do {
                let (document, found, confidences) = try read(path, pipeline: pipeline)
                let outcome = try store.ingest(document, claims: found, confidences: confidences, by: currentUser,
                                               acceptAs: accept ? reviewer : nil)
                if outcome.duplicate { duplicates += 1 } else { stored += 1 }
                for left in outcome.leftPending {
                    printError("muster: \(path): claim \(left.claimID) left pending: \(left.reason)")
                }
                claims += outcome.claimIDs.count
            } catch {
                failures += 1
                printError("muster: \(path): \(error)")
            }
            progress.update(index + 1)
        }
        progress.finish()
        print("ingested \(stored) documents (\(duplicates) already stored), \(claims) claims "
            + (accept ? "accepted" : "pending review") + (failures > 0 ? ", \(failures) failed" : ""))
        if failures > 0 { throw ExitCode(badInputExitCode) }
    }

    func expand(_ arguments: [String]) throws -> [String] {
        var paths: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: argument).sorted()
                paths += names.filter { !$0.hasPrefix(".") }.map { (argument as NSString).appendingPathComponent($0) }
            } else {
                paths.append(argument)
            }
        }
        return paths
    }

    func read(_ path: String, pipeline: IngestPipeline) throws -> (NewDocument, [Claim], [Double?]) {
        let bytes = try InputReader.read(path, maxBytes: maxBytes)
        // An absolute path: provenance that still means something when read from elsewhere.
        let source = path == "-" ? "stdin" : URL(fileURLWithPath: path).standardizedFileURL.path
        if path.hasSuffix(".jsonl") { return try Self.readJSONLines(bytes, source: source) }
        let document = try pipeline.ingest(bytes, id: InputReader.documentID(for: path))
        let record = document.record
        let found = extractClaims(document)
        return (NewDocument(bytes: bytes, source: source, title: record.title, published: record.published,
                            text: record.text), found.claims, found.confidences)
    }

    struct BadJSONLines: Error, CustomStringConvertible {
        let description: String
    }

    /// A document record line, then one claim per line (spec/claims.md).
    /// The extractor's confidence, when the lines come from `muster extract --explain` (under
    /// "explain"); other claims, read by someone else, have none.
    struct Explained: Decodable {
        struct Explain: Decodable { var confidence: Double? }
        var explain: Explain?
    }

    static func readJSONLines(_ bytes: [UInt8], source: String) throws -> (NewDocument, [Claim], [Double?]) {
        let decoder = JSONDecoder()
        var record: DocumentRecord?
        var claims: [Claim] = []
        var confidences: [Double?] = []
        for (index, line) in bytes.split(separator: UInt8(ascii: "\n")).enumerated() {
            do {
                if record == nil {
                    record = try decoder.decode(DocumentRecord.self, from: Data(line))
                } else {
                    claims.append(try decoder.decode(Claim.self, from: Data(line)))
                    confidences.append(try decoder.decode(Explained.self, from: Data(line)).explain?.confidence)
                }
            } catch {
                throw BadJSONLines(description: "line \(index + 1): not a \(record == nil ? "document record" : "claim"): \(error)")
            }
        }
        guard let record else { throw BadJSONLines(description: "no document record") }
        return (NewDocument(bytes: bytes, source: source, title: record.title, published: record.published,
                            text: record.text), claims, confidences)
    }
}
