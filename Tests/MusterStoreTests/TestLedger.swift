import Foundation
import MusterCore
import Testing
@testable import MusterStore

/// A clock tests move by hand, so recorded times are known.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_757_000_000)) { current = start }

    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}

/// The backends every ledger behaviour test runs on.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// The backends to run: PostgreSQL when a server is given, or when one is required (then
    /// its cases fail for want of one). Otherwise `TestPostgres.serverCheck` reports the skip.
    static var tested: [Backend] {
        TestPostgres.url != nil || TestPostgres.required ? [.sqlite, .postgres] : [.sqlite]
    }
}

/// The PostgreSQL server the tests use: MUSTER_TEST_POSTGRES_URL (`scripts/pg-throwaway.sh
/// start` prints one). Without it the PostgreSQL cases are cancelled with the reason shown in
/// the test report, unless MUSTER_REQUIRE_POSTGRES=1 (CI), which makes them fail instead: a
/// CI run must never pass by leaving PostgreSQL out.
enum TestPostgres {
    static var url: String? {
        let value = ProcessInfo.processInfo.environment["MUSTER_TEST_POSTGRES_URL"] ?? ""
        return value.isEmpty ? nil : value
    }

    static var required: Bool { ProcessInfo.processInfo.environment["MUSTER_REQUIRE_POSTGRES"] == "1" }

    struct Unavailable: Error, CustomStringConvertible {
        var description: String {
            "MUSTER_REQUIRE_POSTGRES=1 but MUSTER_TEST_POSTGRES_URL is unset: no PostgreSQL server to test against "
                + "(eval \"$(scripts/pg-throwaway.sh start)\" starts one)"
        }
    }

    /// A URL to a fresh, empty schema of its own on the test server.
    static func freshURL() throws -> String {
        guard let url else {
            if required { throw Unavailable() }
            try Test.cancel(Comment(rawValue: "PostgreSQL case skipped: MUSTER_TEST_POSTGRES_URL is unset "
                + "(eval \"$(scripts/pg-throwaway.sh start)\" runs it; CI sets MUSTER_REQUIRE_POSTGRES=1)"))
        }
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        return url + (url.contains("?") ? "&" : "?") + "schema=" + schema
    }
}

/// A ledger on a fresh SQLite file in a temporary directory, or in a fresh schema on the test
/// PostgreSQL server; removed when the test is done with it.
struct TestLedger {
    let backend: Backend
    let directory: URL
    /// The SQLite file, or the postgres:// URL.
    let path: String
    let clock = TestClock()
    let store: any SQLLedgerStore

    init(_ backend: Backend = .sqlite) throws {
        self.backend = backend
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("muster-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        switch backend {
        case .sqlite: path = directory.appendingPathComponent("ledger.sqlite").path
        case .postgres: path = try TestPostgres.freshURL()
        }
        let clock = self.clock
        store = try Self.open(backend, path, clock: clock)
    }

    static func open(_ backend: Backend, _ path: String, clock: TestClock) throws -> any SQLLedgerStore {
        switch backend {
        case .sqlite: return try SQLiteLedgerStore(path: path, clock: { clock.now })
        case .postgres: return try PostgresLedgerStore(url: path, clock: { clock.now })
        }
    }

    /// Another store on the same ledger: another pool of connections, as another process has.
    func reopen() throws -> any SQLLedgerStore { try Self.open(backend, path, clock: clock) }

    func remove() {
        if let postgres = store as? PostgresLedgerStore { try? postgres.dropSchema() }
        try? FileManager.default.removeItem(at: directory)
    }

    /// Raw SQL, bypassing the ledger's logic (to prove tampering is detected).
    func execute(_ sql: String) throws {
        try store.database.write { db in _ = try db.execute(sql) }
    }

    /// Removes the triggers that keep entries append-only, as someone with the database could.
    func dropAppendOnlyTriggers() throws {
        switch backend {
        case .sqlite:
            try execute("DROP TRIGGER entry_no_update")
            try execute("DROP TRIGGER entry_no_delete")
        case .postgres:
            try execute("DROP TRIGGER entry_no_change ON entry")
        }
    }

    /// Ingests a small document with the given claims.
    @discardableResult
    func ingest(_ text: String, published: String?, source: String = "https://example.org/a",
                claims: [Claim], accept: String? = nil) throws -> IngestOutcome {
        clock.advance(60)
        let document = NewDocument(bytes: Array(text.utf8), source: source, retrievedAt: clock.now,
                                   title: "t", published: published.flatMap { Day(iso: $0) }, text: text)
        return try store.ingest(document, claims: claims, by: "test", acceptAs: accept)
    }
}

func pledge(_ actor: ActorCode, _ category: MusterCore.Category, _ status: CommitmentStatus,
            amount: Quantity? = nil, object: String? = nil, recipient: ActorCode? = "UA",
            quote: String = "a sentence") -> Claim {
    .commitment(Commitment(actor: actor, recipient: recipient, category: category, status: status, amount: amount,
                           object: object, quote: quote))
}

extension TestLedger {
    /// Ingests a small document whose claims carry the extractor's confidences.
    @discardableResult
    func ingest(_ text: String, claims: [Claim], confidences: [Double?]) throws -> IngestOutcome {
        clock.advance(60)
        let document = NewDocument(bytes: Array(text.utf8), source: "https://example.org/scored", retrievedAt: clock.now,
                                   title: "t", published: Day(iso: "2025-09-04"), text: text)
        return try store.ingest(document, claims: claims, confidences: confidences, by: "test", acceptAs: nil)
    }
}
