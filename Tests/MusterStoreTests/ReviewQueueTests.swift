import Foundation
import MusterCore
import Testing
@testable import MusterStore

/// The review queue: pending claims, the ones the extractor is least confident of first.
@Suite struct ReviewQueueTests {
    @Test(arguments: Backend.tested) func leastConfidentComeFirstAndUnscoredLast(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        let outcome = try ledger.ingest("Four claims.", claims: [
            pledge("FR", .troops, .pledged), pledge("DE", .airDefense, .pledged),
            pledge("GB", .troops, .considering), pledge("PL", .equipment, .delivered),
        ], confidences: [0.9, 0.12, nil, 0.5])
        let ids = outcome.claimIDs
        #expect(try ledger.store.reviewQueue(after: nil, limit: 10).map(\.id) == [ids[1], ids[3], ids[0], ids[2]])
        #expect(try ledger.store.claim(id: ids[1])?.confidence == 0.12)
        // Pages continue exactly where the last one ended, across the unscored tail too.
        let first = try ledger.store.reviewQueue(after: nil, limit: 2)
        let lastOfFirst = try #require(first.last)
        let cursor = try #require(ReviewQueueCursor(token: ReviewQueueCursor(after: lastOfFirst).token))
        #expect(try ledger.store.reviewQueue(after: cursor, limit: 2).map(\.id) == [ids[0], ids[2]])
        let last = try ledger.store.reviewQueue(after: ReviewQueueCursor(confidence: 0.9, id: ids[0]), limit: 2)
        #expect(last.map(\.id) == [ids[2]])
        #expect(try ledger.store.reviewQueue(after: ReviewQueueCursor(after: last[0]), limit: 2).isEmpty)
        // A decided claim leaves the queue.
        try ledger.store.reject(claim: ids[1], reviewer: "alice", reason: "speculation")
        #expect(try ledger.store.reviewQueue(after: nil, limit: 10).first?.id == ids[3])
    }

    @Test(arguments: Backend.tested) func aConfidenceOutsideZeroToOneStoresNothing(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        #expect(throws: LedgerError.badConfidence(position: 1, value: 1.5)) {
            try ledger.ingest("Two claims.", claims: [pledge("FR", .troops, .pledged), pledge("DE", .troops, .pledged)],
                              confidences: [0.4, 1.5])
        }
        #expect(try ledger.store.status().documents == 0)
    }

    @Test(arguments: Backend.tested) func titlesComeWithoutTheDocuments(_ backend: Backend) throws {
        let ledger = try TestLedger(backend)
        defer { ledger.remove() }
        let outcome = try ledger.ingest("One claim.", claims: [pledge("FR", .troops, .pledged)], confidences: [0.5])
        let titles = try ledger.store.documentTitles([outcome.documentID, 999])
        #expect(titles.count == 1)
        #expect(titles[outcome.documentID] == .some("t"))
        #expect(try ledger.store.documentTitles([]).isEmpty)
    }

    @Test func cursorsReadBackOnlyWhatTheyWrote() {
        #expect(ReviewQueueCursor(token: "0.25_12") == ReviewQueueCursor(confidence: 0.25, id: 12))
        #expect(ReviewQueueCursor(token: "-_7") == ReviewQueueCursor(confidence: nil, id: 7))
        for bad in ["", "12", "x_1", "0.5_", "1.5_3", "0.5_-2", "0.5_1_2"] { #expect(ReviewQueueCursor(token: bad) == nil) }
    }
}
