import Foundation
import MusterCore

/// A ledger kept in an SQL database. Every `LedgerStore` operation is implemented once, here
/// and in the files it calls (Review, Projection, EntryChain, LedgerCSV, RateTable), against
/// `SQLDatabase`; a backend supplies only the database, its schema and its search.
public protocol SQLLedgerStore: LedgerStore {
    var database: any SQLDatabase { get }
    /// The recorded time of writes; tests pass their own.
    var clock: @Sendable () -> Date { get }
}

extension SQLLedgerStore {
    public func ingest(_ document: NewDocument, claims: [Claim], confidences: [Double?], by who: String,
                       acceptAs reviewer: String?) throws -> IngestOutcome
    {
        let sha = EntryChain.sha256(document.bytes)
        let now = clock()
        return try database.write { db in
            if let existing = try db.value("SELECT id FROM document WHERE sha256 = ?", [sha], as: Int64.self) {
                return IngestOutcome(documentID: existing, duplicate: true, claimIDs: [], commitmentIDs: [], leftPending: [])
            }
            var writer = try LedgerWriter(db, now: now)
            return try LedgerWrites.ingest(&writer, document: document, sha256: sha, storeBytes: true, claims: claims,
                                           confidences: confidences, who: who, acceptAs: reviewer)
        }
    }

    public func ingest(batch: [(document: NewDocument, claims: [Claim])], by who: String, acceptAs reviewer: String?)
        throws -> [IngestOutcome]
    {
        let hashes = batch.map { EntryChain.sha256($0.document.bytes) }
        let now = clock()
        return try database.write { db in
            var writer = try LedgerWriter(db, now: now)
            var outcomes: [IngestOutcome] = []
            for (item, sha) in zip(batch, hashes) {
                if let existing = try db.value("SELECT id FROM document WHERE sha256 = ?", [sha], as: Int64.self) {
                    outcomes.append(IngestOutcome(documentID: existing, duplicate: true, claimIDs: [], commitmentIDs: [],
                                                  leftPending: []))
                    continue
                }
                outcomes.append(try LedgerWrites.ingest(&writer, document: item.document, sha256: sha, storeBytes: true,
                                                        claims: item.claims, who: who, acceptAs: reviewer))
            }
            return outcomes
        }
    }

    @discardableResult
    public func accept(claim id: Int64, reviewer: String, reason: String?, correction: Claim?, target: AcceptTarget)
        throws -> Int64?
    {
        let now = clock()
        return try database.write { db in
            var writer = try LedgerWriter(db, now: now)
            return try Review.accept(&writer, claim: id, reviewer: reviewer, reason: reason, correction: correction,
                                     target: target)
        }
    }

    public func reject(claim id: Int64, reviewer: String, reason: String) throws {
        let now = clock()
        try database.write { db in
            var writer = try LedgerWriter(db, now: now)
            try Review.reject(&writer, claim: id, reviewer: reviewer, reason: reason)
        }
    }

    public func addCoalition(name: String, members: [CoalitionMember], by who: String) throws -> Int64 {
        for member in members where !KnownActors.contains(member.actor) {
            throw LedgerError.unknownActor(member.actor.rawValue, field: "members")
        }
        let now = clock()
        return try database.write { db in
            var writer = try LedgerWriter(db, now: now)
            let id: Int64
            if let existing = try db.value("SELECT id FROM coalition WHERE name = ?", [name], as: Int64.self) {
                id = existing
            } else {
                id = try db.nextID("coalition")
                try writer.append(.coalition, who: who, validDate: nil,
                                  change: CoalitionChange(coalition: id, name: name).json)
                try Projection.addCoalition(db, id: id, name: name)
            }
            for member in members {
                try writer.append(.member, who: who, validDate: member.joined,
                                  change: MemberChange(coalition: id, actor: member.actor, joined: member.joined).json)
                try Projection.addMember(db, coalition: id, actor: member.actor, joined: member.joined)
            }
            return id
        }
    }

    public func rebuildProjection() throws {
        try database.write { db in try Projection.rebuild(db) }
    }

    public func verify() throws -> VerifyReport {
        try database.read { db in try EntryChain.verify(db) }
    }

    @discardableResult
    public func importRates(csv: String) throws -> Int {
        let rates = try ExchangeRates.parse(csv)
        try database.write { db in try RateTable.store(rates, in: db) }
        return rates.count
    }

    public func valueInEUR(_ amount: Quantity, on day: Day) throws -> Double? {
        try database.read { db in try RateTable.valueInEUR(amount, on: day, in: db) }
    }

    public func exportCSV() throws -> String {
        try database.read { db in try LedgerCSV.export(db) }
    }

    public func importCSV(_ text: String, by who: String) throws -> ImportOutcome {
        let rows = try LedgerCSV.parse(text)
        let now = clock()
        return try database.write { db in
            var writer = try LedgerWriter(db, now: now)
            return try LedgerCSV.apply(rows, writer: &writer, who: who)
        }
    }
}

/// The evidence-store writes (documents and claims) inside a write transaction.
enum LedgerWrites {
    static func ingest(_ writer: inout LedgerWriter, document: NewDocument, sha256: String, storeBytes: Bool,
                       claims: [Claim], confidences: [Double?] = [], who: String, acceptAs reviewer: String?) throws
        -> IngestOutcome
    {
        let db = writer.db
        // Checked before any write, so a bad score stores nothing of the document.
        for (position, confidence) in confidences.enumerated() {
            if let confidence, !(0...1).contains(confidence) { throw LedgerError.badConfidence(position: position, value: confidence) }
        }
        let retrievedAt = RecordedTime.format(document.retrievedAt)
        let documentID = try db.nextID("document")
        try db.execute("""
            INSERT INTO document (id, sha256, source, retrieved_at, title, published, text, bytes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [documentID, sha256, document.source, retrievedAt, document.title, document.published?.iso,
                  document.text, storeBytes ? document.bytes : nil])
        let validDate = document.published ?? RecordedTime.day(document.retrievedAt)
        try writer.append(.document, who: who, validDate: validDate,
                          change: DocumentChange(document: documentID, sha256: sha256, source: document.source,
                                                 title: document.title, published: document.published,
                                                 retrievedAt: retrievedAt).json)
        var claimIDs: [Int64] = []
        for (position, claim) in claims.enumerated() {
            let confidence = position < confidences.count ? confidences[position] : nil
            claimIDs.append(try insertClaim(&writer, document: documentID, position: position, claim: claim,
                                            confidence: confidence, who: who, validDate: validDate))
        }
        var commitmentIDs: [Int64] = []
        var left: [(Int64, String)] = []
        if let reviewer {
            for (claimID, claim) in zip(claimIDs, claims) {
                let known = Review.ClaimRow(documentID: documentID, claim: claim, state: .pending, commitmentID: nil,
                                            validDate: validDate)
                do {
                    if let id = try Review.accept(&writer, claim: claimID, reviewer: reviewer,
                                                  reason: "accepted on ingest", correction: nil, target: .match,
                                                  known: known) {
                        commitmentIDs.append(id)
                    }
                } catch let error as LedgerError {
                    // A claim the ledger cannot accept as extracted (an unknown actor code) stays
                    // pending for a person; it must not cost the document. Validation precedes
                    // every write in `accept`, so nothing of it was applied.
                    left.append((claimID, error.description))
                }
            }
        }
        return IngestOutcome(documentID: documentID, duplicate: false, claimIDs: claimIDs, commitmentIDs: commitmentIDs,
                             leftPending: left.map { LeftPending(claimID: $0.0, reason: $0.1) })
    }

    static func insertClaim(_ writer: inout LedgerWriter, document documentID: Int64, position: Int, claim: Claim,
                            confidence: Double? = nil, who: String, validDate: Day) throws -> Int64 {
        let claimID = try writer.db.nextID("claim")
        try writer.db.execute("""
            INSERT INTO claim (id, document_id, position, type, json, quote, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [claimID, documentID, position, claim.typeName, claim.json.serialized(), claim.quote, confidence])
        try writer.append(.claim, who: who, validDate: validDate,
                          change: ClaimChange(claim: claimID, document: documentID, position: position,
                                              content: claim).json)
        return claimID
    }
}
