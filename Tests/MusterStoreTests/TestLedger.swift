import Foundation
import MusterCore
@testable import MusterStore

/// A clock tests move by hand, so recorded times are known.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_757_000_000)) { current = start }

    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}

/// A ledger in a fresh temporary directory, removed when the test is done with it.
struct TestLedger {
    let directory: URL
    let path: String
    let clock = TestClock()
    let store: SQLiteLedgerStore

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("muster-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("ledger.sqlite").path
        let clock = self.clock
        store = try SQLiteLedgerStore(path: path, clock: { clock.now })
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

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
