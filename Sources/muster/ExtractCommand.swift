import ArgumentParser
import Foundation
import MusterCore
import MusterExtract
import MusterIngest

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read an article (HTML or pasted text) and print its clean text, metadata and claims.",
        discussion: """
            Reads FILE (HTML or text, optionally gzip'd; '-' for standard input), detects which
            it is, removes the site's boilerplate and prints the document. Never uses the network.

            Examples:
              muster extract article.html
              muster extract --format jsonl page.txt        # the document record of spec/claims.md
              muster extract --explain --trace page.txt     # why each claim was (or was not) found
              curl -s https://example.org/a | muster extract --url https://example.org/a -
            """
    )

    @Argument(help: "An HTML or text file, or '-' for standard input.")
    var file: String

    @Option(help: """
        table (for people); jsonl (the document record, then one claim per line: spec/claims.md); \
        json (one object: document and claims); csv (one row per claim).
        """)
    var format: OutputFormat = .table

    @Option(help: "Where the page came from, when reading standard input or a saved page.")
    var url: String?

    @Option(help: "Refuse inputs larger than this many bytes (after gunzip).")
    var maxBytes: Int = IngestPipeline.defaultMaxBytes

    @Flag(help: "Show for each claim the words that gave its actor, category, status and amount.")
    var explain = false

    @Flag(help: "Before the claims, print what each stage found in each sentence (actors, status words, categories, quantities): to see why a claim is missing.")
    var trace = false

    // (Hidden: for scripts/train-claim-model.py.)
    @Flag(help: .hidden)
    var candidates = false

    func run() throws {
        let bytes: [UInt8]
        do {
            bytes = try InputReader.read(file, maxBytes: maxBytes)
        } catch {
            printError("muster: \(file): \(error)")
            throw ExitCode(badInputExitCode)
        }
        let pipeline = IngestPipeline(maxBytes: maxBytes)
        let document: IngestedDocument
        do {
            document = try pipeline.ingest(bytes, id: InputReader.documentID(for: file), url: url)
        } catch {
            printError("muster: \(file): \(error)")
            throw ExitCode(badInputExitCode)
        }
        for warning in document.warnings {
            printError("muster: \(file): warning: \(warning)")
        }
        if trace {
            for line in ClaimExtractor().trace(sentences: document.sentences, published: document.record.published, title: document.record.title) { printError(line) }
        }
        // (For scripts/train-claim-model.py: the candidate commitments and their features, one JSON
        // object per line, instead of the claims.)
        if candidates {
            for line in ClaimExtractor().candidateLines(sentences: document.sentences, published: document.record.published, title: document.record.title) { print(line) }
            return
        }
        let claims = ClaimExtractor().explain(sentences: document.sentences, published: document.record.published, title: document.record.title)
        switch format {
        case .jsonl:
            print(JSONLines.encode(document.record))
            for claim in claims { print(ClaimPrinter.jsonLine(claim, explain: explain)) }
        case .json:
            print(ClaimPrinter.jsonDocument(document.record, claims: claims, explain: explain))
        case .csv:
            print(ClaimCSV.render(documentID: document.record.id, claims: claims), terminator: "")
        case .table:
            print(DocumentPrinter.render(document))
            print(ClaimPrinter.render(claims, explain: explain))
        }
    }
}
