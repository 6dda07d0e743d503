import Foundation
import Testing

/// `muster migrate`, `muster copy` and `serve --no-migrate` as a user runs them (SQLite files;
/// the PostgreSQL side of copy is covered in MusterStoreTests).
@Suite struct MigrateCopyCommandTests {
    @Test func migrateNamesWhatItAppliesThenSaysUpToDate() throws {
        let directory = try MusterProcess.temporaryDirectory()
        let ledger = directory.appendingPathComponent("ledger.sqlite").path
        let first = try MusterProcess.run(["migrate", "--database", ledger])
        #expect(first.status == 0)
        #expect(first.stdout.contains("applied v1-ledger"))
        #expect(first.stdout.contains("migrations applied"))
        let second = try MusterProcess.run(["migrate", "--database", ledger])
        #expect(second.status == 0)
        #expect(second.stdout.contains("schema up to date"))
    }

    @Test func serveWithoutMigrateRefusesAnOutOfDateSchema() throws {
        let directory = try MusterProcess.temporaryDirectory()
        let ledger = directory.appendingPathComponent("empty.sqlite")
        try Data().write(to: ledger)
        let result = try MusterProcess.run(["serve", "--no-migrate", "--port", "1", "--database", ledger.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("schema is out of date"))
        #expect(result.stderr.contains("muster migrate"))
    }

    @Test func copyMovesTheLedgerAndRefusesANonEmptyTarget() throws {
        let directory = try MusterProcess.temporaryDirectory()
        let source = directory.appendingPathComponent("source.sqlite").path
        let target = directory.appendingPathComponent("target.sqlite").path
        let brief = "Canada has pledged two air defence systems to Ukraine, the defence minister said on March 3, 2025."
        let file = directory.appendingPathComponent("brief.txt")
        try Data(brief.utf8).write(to: file)
        #expect(try MusterProcess.run(["ingest", "--database", source, file.path]).status == 0)
        let copy = try MusterProcess.run(["copy", "--from", source, "--to", target])
        #expect(copy.status == 0)
        #expect(copy.stdout.contains("hash chain intact on both sides"))
        let exported = try MusterProcess.run(["export", "--format", "csv", "--database", source])
        let copied = try MusterProcess.run(["export", "--format", "csv", "--database", target])
        #expect(exported.status == 0 && copied.stdout == exported.stdout)
        let again = try MusterProcess.run(["copy", "--from", source, "--to", target])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already holds a ledger"))
        let missing = try MusterProcess.run(["copy", "--from", directory.appendingPathComponent("none.sqlite").path,
                                             "--to", target])
        #expect(missing.status == 1)
    }
}
