import Foundation
import GRDB
import MusterCore
import Testing
@testable import MusterStore

/// Real `muster ingest` child processes: one killed with SIGKILL halfway through a thousand
/// documents must leave a ledger that opens, verifies and holds whole documents only, and
/// running the same ingest again completes the rest without duplicates; two ingesting into one
/// file at once must both succeed.
@Suite struct ChildProcessIngestTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The `muster` that `swift test` built beside this test bundle, whatever the scratch path
    /// (`--scratch-path .build-dbg` as well as `.build`).
    static let executable: URL = {
        let bundle = Bundle.main.bundleURL
        for directory in [bundle, bundle.deletingLastPathComponent()] {
            let candidate = directory.appendingPathComponent("muster")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/muster")
    }()

    static let actors: [ActorCode] = ["FR", "GB", "DE", "PL", "NL", "IT", "ES", "SE", "DK", "FI"]

    /// Writes `count` documents in the `.jsonl` form `muster ingest` reads, three claims each.
    func writeDocuments(_ count: Int, to directory: URL, first: Int = 0) throws {
        for n in first..<(first + count) {
            let actor = Self.actors[n % Self.actors.count]
            let text = "Report \(n): \(actor) states its support, document number \(n)."
            let record = DocumentRecord(id: "doc-\(n)", title: "Report \(n)",
                                        published: Day(year: 2025, month: 1, day: 1)!.adding(days: n % 300), text: text)
            var lines = [record.json.serialized()]
            for (index, category) in [MusterCore.Category.troops, .financial, .training].enumerated() {
                let claim = Claim.commitment(Commitment(
                    actor: actor, recipient: "UA", category: category,
                    status: CommitmentStatus.allCases[(n + index) % 4],
                    amount: category == .financial ? Quantity(value: Double(n + 1) * 1e6, unit: "EUR") : nil,
                    object: "object \(n % 7)", quote: text))
                lines.append(claim.json.serialized())
            }
            let name = String(format: "doc-%04d.jsonl", n)
            try (lines.joined(separator: "\n") + "\n").write(to: directory.appendingPathComponent(name),
                                                            atomically: false, encoding: .utf8)
        }
    }

    func ingest(_ directory: URL, database: String) throws -> Process {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["ingest", directory.path, "--accept", "--reviewer", "pipeline", "--database", database]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func killedIngestLeavesWholeDocumentsAndResumes() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable.path),
                "build the muster executable first (swift build)")
        let ledger = try TestLedger()
        defer { ledger.remove() }
        let documents = ledger.directory.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        let total = 1000
        try writeDocuments(total, to: documents)

        let child = try ingest(documents, database: ledger.path)
        let deadline = Date().addingTimeInterval(120)
        var seen = 0
        while child.isRunning, Date() < deadline {
            seen = try ledger.store.status().documents
            if seen >= 150 { break }
            usleep(5_000)
        }
        #expect(child.isRunning, "the ingest finished before it could be killed (saw \(seen) documents)")
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)

        // Reopen as a new process would, and check what the kill left.
        let reopened = try SQLiteLedgerStore(path: ledger.path)
        #expect(try reopened.verify().isIntact)
        let afterKill = try reopened.status()
        #expect(afterKill.documents > 0 && afterKill.documents < total)
        try reopened.databasePool.read { db in
            let partial = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM document d
                WHERE (SELECT count(*) FROM claim c WHERE c.document_id = d.id AND c.state = 'accepted') <> 3
                """)
            #expect(partial == 0, "documents without all their accepted claims")
        }
        #expect(afterKill.claims[.accepted] == afterKill.documents * 3)

        let rerun = try ingest(documents, database: ledger.path)
        rerun.waitUntilExit()
        #expect(rerun.terminationStatus == 0)
        let final = try reopened.status()
        #expect(final.documents == total)
        #expect(final.claims[.accepted] == total * 3)
        #expect(try reopened.verify().isIntact)
        let sources = try reopened.databasePool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(DISTINCT source) FROM document")
        }
        #expect(sources == total)
    }

    @Test func twoProcessesIngestingIntoOneFileBothSucceed() throws {
        let ledger = try TestLedger()
        defer { ledger.remove() }
        var directories: [URL] = []
        for index in 0..<2 {
            let directory = ledger.directory.appendingPathComponent("batch-\(index)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try writeDocuments(150, to: directory, first: index * 150)
            directories.append(directory)
        }
        let children = try directories.map { try ingest($0, database: ledger.path) }
        for child in children { child.waitUntilExit() }
        #expect(children.map(\.terminationStatus) == [0, 0])
        let status = try ledger.store.status()
        #expect(status.documents == 300)
        #expect(status.claims[.accepted] == 900)
        #expect(try ledger.store.verify().isIntact)

        // `muster status --format json` reports the same counts under the documented keys.
        let statusProcess = Process()
        statusProcess.executableURL = Self.executable
        statusProcess.arguments = ["status", "--format", "json"]
        statusProcess.environment = ["MUSTER_DATABASE": ledger.path]
        let pipe = Pipe()
        statusProcess.standardOutput = pipe
        try statusProcess.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        statusProcess.waitUntilExit()
        let json = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        #expect(json["documents"] as? Int == 300)
        #expect((json["claims"] as? [String: Any])?["accepted"] as? Int == 900)
        #expect(json["entries"] as? Int == status.entries)
        #expect(json["commitments"] as? Int == status.commitments)
    }
}
