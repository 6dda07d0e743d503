import ArgumentParser
import Foundation
import MusterCore
import MusterIngest
import MusterServer
import MusterStore

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a fresh ledger from the bundled sample briefs and serve it.",
        discussion: """
            Replaces DATABASE (default ./muster-demo.sqlite) with a new ledger, ingests the
            sample briefs shipped with Muster through the normal ingest path, accepts most of
            their claims (reviewer "demo") and leaves a few pending for the review queue,
            records the coalition of the willing, then serves it like `muster serve --public`:
            anyone can read, and a reviewer account "demo-reviewer" is created with a fresh
            random password, printed at start, to sign in at /login and decide claims.
            The samples are short briefs written by the project from public reporting, not
            news articles; each names its source.

            Examples:
              muster demo
              muster demo --port 9000 --database /tmp/demo.sqlite
              muster demo --no-serve
            """
    )

    @Option(help: "The port to listen on.")
    var port: Int = 8080

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: ArgumentHelp("The demo ledger file; replaced on every run.", valueName: "path"))
    var database: String = "muster-demo.sqlite"

    @Flag(help: "Build the ledger and stop without serving it.")
    var noServe = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535") }
    }

    func run() async throws {
        let report = try reportingErrors(database) { try DemoLedger.build(at: database) }
        print(report.lines.joined(separator: "\n"))
        let password = try reportingErrors(database) { try DemoLedger.addReviewer(at: database) }
        print("  reviewer account: \(DemoLedger.reviewerName) (password \(password))")
        guard !noServe else { return }
        print("Serving http://\(host):\(port)/ (Ctrl-C to stop); sign in at http://\(host):\(port)/login to review")
        // Standard output to a file or pipe is block-buffered: flush (every stream), so whoever started the
        // demo can read the reviewer's password while the server runs.
        fflush(nil)
        try await ServeCommand.serve(ServerConfig(databasePath: database, host: host, port: port, isPublic: true,
                                                  sessionSecret: ServeCommand.sessionSecret))
    }
}

/// The demo ledger: the sample briefs, their claims (mostly accepted), and the coalition.
enum DemoLedger {
    struct Report {
        var lines: [String]
        var pending: Int
        var accepted: Int
    }

    /// States reported as taking part in the coalition of the willing's 2025 meetings, with
    /// the EU and NATO, which attend as organisations. Reporting gave 30 to 35 participants
    /// depending on the meeting; this list is the project's reading of it, for the demo.
    static let coalitionMembers: [String] = [
        "AT", "AU", "BE", "BG", "CA", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR",
        "IE", "IS", "IT", "JP", "LT", "LU", "LV", "NL", "NO", "NZ", "PL", "PT", "RO", "SE", "SI", "TR",
        "EU", "NATO",
    ]
    /// London, 2 March 2025: the first leaders' meeting under that name.
    static let firstMeeting = Day(year: 2025, month: 3, day: 2)

    /// Every fourth claim, in ingest order, is left for the review queue.
    static func leavesPending(_ index: Int) -> Bool { index % 4 == 3 }

    /// One brief of manifest.json: the file and the public report its facts come from.
    struct Sample {
        var file: String
        var source: String
    }

    static func build(at path: String) throws -> Report {
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
        let store = try SQLiteLedgerStore(path: path)
        guard let folder = Bundle.module.url(forResource: "Samples", withExtension: nil) else {
            throw DemoError(description: "the sample briefs are missing from this build")
        }
        let samples = try manifest(folder.appendingPathComponent("manifest.json"))
        let pipeline = IngestPipeline()
        var lines: [String] = ["Demo ledger: \(path) (new)"]
        var claimIDs: [Int64] = []
        var extracted = 0
        for sample in samples {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(sample.file)))
            let document = try pipeline.ingest(bytes, id: sample.file, url: sample.source)
            let (claims, confidences) = extractClaims(document)
            extracted += claims.count
            let record = document.record
            let outcome = try store.ingest(
                NewDocument(bytes: bytes, source: sample.source, title: record.title,
                            published: record.published, text: record.text),
                claims: claims, confidences: confidences, by: "demo", acceptAs: nil)
            claimIDs += outcome.claimIDs
            lines.append("  ingested \(sample.file): \(record.title ?? "untitled"), "
                + "\(outcome.claimIDs.count) claims")
        }
        var accepted = 0, pending = 0
        for (index, id) in claimIDs.enumerated() {
            if leavesPending(index) {
                pending += 1
            } else {
                try store.accept(claim: id, reviewer: "demo", reason: "demo: accepted as extracted")
                accepted += 1
            }
        }
        let members = coalitionMembers.map { CoalitionMember(actor: ActorCode($0), joined: firstMeeting) }
        _ = try store.addCoalition(name: "Coalition of the willing", members: members, by: "demo")
        lines.append("  claims: \(extracted) extracted; "
            + "\(accepted) accepted as \"demo\", \(pending) left pending for review")
        lines.append("  coalition of the willing: \(members.count) members")
        return Report(lines: lines, pending: pending, accepted: accepted)
    }

    static let reviewerName = "demo-reviewer"

    /// The demo's reviewer account, with a new random password (returned, to print): the
    /// demo is public to read, and reviewing needs an account like on any server.
    static func addReviewer(at path: String) throws -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789")
        let password = String((0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
        // A throwaway account on a throwaway ledger: a lower bcrypt cost keeps the start quick.
        let service = AccountService(store: try SQLiteLedgerStore(path: path).accounts, bcryptCost: 10)
        _ = try service.addUser(name: reviewerName, role: .reviewer, password: password)
        return password
    }

    static func manifest(_ url: URL) throws -> [Sample] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        guard let entries = object?["samples"] as? [[String: Any]] else {
            throw DemoError(description: "manifest.json: no \"samples\" list")
        }
        return try entries.map { entry in
            guard let file = entry["file"] as? String, let source = entry["source"] as? String else {
                throw DemoError(description: "manifest.json: every sample needs \"file\" and \"source\"")
            }
            return Sample(file: file, source: source)
        }
    }
}

struct DemoError: Error, CustomStringConvertible {
    let description: String
}
