import Foundation
import MusterCore
import Testing
@testable import MusterStore

/// Runs `body(0..<count)` on `count` threads that start together; rethrows the first error.
/// Threads rather than tasks: each writer blocks while it waits for the database, which is
/// what a thread is for and what Swift's small cooperative pool must not be made to do.
func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) throws -> Void) throws {
    final class State: @unchecked Sendable {
        let condition = NSCondition()
        var waiting = 0
        var finished = 0
        var errors: [any Error] = []
    }
    let state = State()
    for index in 0..<count {
        let thread = Thread {
            var failure: (any Error)?
            do { try body(index) } catch { failure = error }
            state.condition.lock()
            if let failure { state.errors.append(failure) }
            state.finished += 1
            state.condition.broadcast()
            state.condition.unlock()
        }
        thread.start()
    }
    state.condition.lock()
    while state.finished < count { state.condition.wait() }
    let errors = state.errors
    state.condition.unlock()
    if let first = errors.first { throw first }
}

/// A gate that opens when `count` threads have reached it, so writers really start at once.
final class StartGate: @unchecked Sendable {
    private let condition = NSCondition()
    private var arrived = 0
    private let count: Int

    init(_ count: Int) { self.count = count }

    func wait() {
        condition.lock()
        arrived += 1
        condition.broadcast()
        while arrived < count { condition.wait() }
        condition.unlock()
    }
}

@Suite struct ConcurrentWritersTests {
    /// Eight writers, each with its own store (its own connections; for SQLite, its own pool on
    /// the one file), accept claims and ingest documents at the same moment. Every claim is
    /// about the same commitment, so a writer that read a stale chain or projection would show
    /// as a second commitment, a missing or duplicated `seq`, or a broken hash link.
    @Test(arguments: Backend.tested) func eightWritersKeepTheChainLinearAndComplete(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        let writers = 8, acceptsEach = 10, ingestsEach = 4
        let seeded = try ledger.ingest("France will send a reassurance force.", published: "2025-09-04", claims:
            (0..<(writers * acceptsEach)).map { _ in pledge("FR", .troops, .pledged, object: "reassurance force") })
        let before = try ledger.store.status().entries
        let claimIDs = seeded.claimIDs
        let gate = StartGate(writers)
        let path = ledger.path, clock = ledger.clock
        try onThreads(writers) { writer in
            let store = try TestLedger.open(backend, path, clock: clock)
            gate.wait()
            for n in 0..<acceptsEach {
                try store.accept(claim: claimIDs[writer * acceptsEach + n], reviewer: "writer\(writer)")
                if n < ingestsEach {
                    let text = "writer \(writer) report \(n)"
                    _ = try store.ingest(NewDocument(bytes: Array(text.utf8), source: "w\(writer)", text: text),
                                         claims: [pledge("GB", .troops, .considering)], by: "writer\(writer)",
                                         acceptAs: nil)
                }
            }
        }
        let report = try ledger.store.verify()
        #expect(report.isIntact, "\(String(describing: report.firstBroken))")
        // One review per claim, one commitment created once, two entries (document, claim) per ingest.
        let expected = before + writers * acceptsEach + 1 + writers * ingestsEach * 2
        #expect(report.entries == expected)
        #expect(try ledger.store.latestSeq() == Int64(expected))
        let status = try ledger.store.status()
        #expect(status.commitments == 1)
        #expect(status.claims[.accepted] == writers * acceptsEach)
        #expect(status.claims[.pending] == writers * ingestsEach)
        #expect(try ledger.store.evidence(commitment: try #require(ledger.store.commitments().first).id).count
            == writers * acceptsEach)
    }
}
